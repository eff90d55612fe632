import ActorGraph

/// Membership stated by a banner: groups that fight under another's banner or fly its flag are
/// its members ("factions that fight under the Free Syrian Army banner, among them A and B",
/// "X, which operates under the banner of Y", "the groups carry the flag of Y: A, B and C").
extension RelationFinder {
    /// Verbs of showing a group's banner or flag as one's own: "fly the FSA flag".
    static let bannerVerbs: Set<String> = ["fly", "flies", "flew", "flying", "carry", "carries", "carried", "carrying", "bear", "bears", "bore", "bearing"]

    func findBannerMembers(_ c: SentenceContext) {
        guard c.keywords.contains(.banner) || c.keywords.contains(.flag) else { return }
        for k in c.range where analysis.isKey(k, .banner, .flag) && !c.isQuoted(k) {
            guard let (owner, start, end) = bannerOwner(at: k, in: c) else { continue }
            // "under the banner", or a verb of showing it ("raised the flag over P" takes P).
            let opening = start - 1
            guard analysis.isKey(opening, .under) || Self.bannerVerbs.contains(keys[max(opening, 0)]),
                  !c.isNegatedOrHypothetical(before: opening, window: 4) else { continue }
            func isMember(_ m: Mention) -> Bool { isListedMember(m, of: owner) }
            // The groups listed after the phrase: ", among them A and B", ", such as A or B", ": A, B and C".
            var t = end
            if analysis.isKey(t, .comma) { t += 1 }
            var members: [Mention] = []
            if analysis.isKey(t, .among), analysis.isKey(t + 1, .them) {
                members = c.coordinatedMentions(from: t + 2, where: isMember)
            } else if analysis.isKey(t, .such), analysis.isKey(t + 1, .as) {
                members = c.coordinatedMentions(from: t + 2, where: isMember)
            } else if analysis.isKey(t, .including) || analysis.isKey(t, .notably) || analysis.isKey(end, .colon) {
                members = c.coordinatedMentions(from: t + 1, where: isMember)
            }
            // Else the subject of the verb: "Zinki, which fights under the FSA banner".
            if members.isEmpty {
                members = c.subjects(before: opening).filter(isMember)
            }
            for member in members { add(member.number, .memberOf, owner.number, c, at: k) }
        }
    }

    /// The armed group or alliance whose banner or flag token `k` names, with the first token of the
    /// phrase and the token after it: "the banner of the Free Syrian Army", "the FSA flag". Nil for
    /// a flag of no such group ("the national flag", "the Turkish flag").
    func bannerOwner(at k: Int, in c: SentenceContext) -> (owner: Mention, start: Int, end: Int)? {
        if analysis.isKey(k + 1, .of) {
            let u = analysis.isKey(k + 2, .the) ? k + 3 : k + 2
            guard let owner = c.mention(startingAt: u), canHaveMembers(owner), analysis.isKey(k - 1, .the) else { return nil }
            return (owner, k - 1, owner.tokens.upperBound)
        }
        guard let owner = c.mention(covering: k - 1), owner.tokens.upperBound == k, canHaveMembers(owner) else { return nil }
        let start = analysis.isKey(owner.tokens.lowerBound - 1, .the) ? owner.tokens.lowerBound - 1 : owner.tokens.lowerBound
        return (owner, start, k + 1)
    }

    /// True for a mention that can have member groups: an armed group, militia or alliance named
    /// as a noun ("the Free Syrian Army", not "FSA-backed").
    func canHaveMembers(_ m: Mention) -> Bool {
        let category = analysis.category(of: m)
        return (Self.isArmedBody(category) || category == .coalition) && m.form != .adjective
    }

    /// True for a mention that a list of members of `owner` can hold: another armed group or
    /// militia, named, as a noun.
    func isListedMember(_ m: Mention, of owner: Mention) -> Bool {
        Self.isArmedBody(analysis.category(of: m)) && analysis.isNamed(m) && m.form != .adjective && m.number != owner.number
    }
}
