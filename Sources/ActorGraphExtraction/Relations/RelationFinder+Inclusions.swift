import ActorGraph

/// Membership stated by "include": an alliance or an armed group that includes named groups has
/// them as members ("the alliance, which includes A, B and C", "its members include A").
extension RelationFinder {
    func findIncludedMembers(_ c: SentenceContext) {
        guard c.keywords.contains(.include) || c.keywords.contains(.includes) || c.keywords.contains(.included) else { return }
        for k in c.range where analysis.isKey(k, .include, .includes, .included) && !c.isQuoted(k) {
            // ("A was included in the talks": a passive; "to include A": an aim.)
            if analysis.isKey(k, .included), analysis.isKey(k - 1, .was, .were) || analysis.isKey(k - 1, .is, .are, .be) || analysis.isKey(k - 1, .been, .being) { continue }
            if analysis.isKey(k - 1, .to) { continue }
            if c.isNegatedOrHypothetical(before: k, window: 4) { continue }
            guard let group = c.subjects(before: k).last, group.form != .adjective else { continue }
            let category = analysis.category(of: group)
            guard Self.isArmedBody(category) || category == .coalition else { continue }
            // Named groups, not one that only owns the next noun ("al-Qaeda's Syrian branch").
            let members = c.coordinatedMentions(from: k + 1, where: { m in
                Self.isArmedBody(analysis.category(of: m)) && analysis.isNamed(m) && m.form != .adjective && m.number != group.number
                    && !analysis.isKey(m.tokens.upperBound, .possessive)
            })
            for member in members { add(member.number, .memberOf, group.number, c, at: k) }
        }
    }
}
