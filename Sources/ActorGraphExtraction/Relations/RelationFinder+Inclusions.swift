import ActorGraph

/// Membership stated by "include": an alliance or an armed group that includes named groups has
/// them as members ("the alliance, which includes A, B and C", "its members include A").
extension RelationFinder {
    func findIncludedMembers(_ c: SentenceContext) {
        guard c.keywords.contains(.include) || c.keywords.contains(.includes) || c.keywords.contains(.included) else { return }
        // The words of "include", found eight key ids at a time.
        var k = analysis.firstToken(from: c.range.lowerBound, to: c.range.upperBound, keyedBy: .include, .includes, .included)
        while k < c.range.upperBound {
            defer { k = analysis.firstToken(from: k + 1, to: c.range.upperBound, keyedBy: .include, .includes, .included) }
            if c.isQuoted(k) { continue }
            // ("A was included in the talks": a passive; "to include A": an aim.)
            if analysis.isKey(k, .included), analysis.isFormOfBe(k - 1) { continue }
            if analysis.isKey(k - 1, .to) { continue }
            if c.isNegatedOrHypothetical(before: k, window: 4) { continue }
            guard let group = c.subjects(before: k).last, canHaveMembers(group) else { continue }
            // Named groups, not one that only owns the next noun ("al-Qaeda's Syrian branch").
            let members = c.coordinatedMentions(from: k + 1, where: { m in
                isListedMember(m, of: group) && !analysis.isKey(m.tokens.upperBound, .possessive)
            })
            for member in members { add(member.number, .memberOf, group.number, c, at: k) }
        }
    }
}
