import ActorGraph
import ActorGraphExtraction

/// A small lexicon written for the tests, independent of the bundled domain pack.
enum TestLexicon {
    static let yaml = """
    format: actorgraph-lexicon-1
    actors:
      - id: russia
        name: Russia
        category: state
        aliases: [Moscow, the Kremlin]
        adjectives: [Russian]
      - id: united-states
        name: United States
        category: state
        aliases: [US, U.S., Washington, the Americans]
        adjectives: [American]
      - id: syrian-government
        name: Syrian government
        category: government
        aliases: [the regime, the government, Syrian regime]
      - id: assad-forces
        name: Syrian government forces
        category: armed-group
        memberOf: syrian-government
        aliases: [government forces, regime forces, the army, Syrian army]
      - id: bashar-al-assad
        name: Bashar al-Assad
        category: person
        leaderOf: syrian-government
        aliases: [Assad, President Assad]
      - id: rebels
        name: Syrian rebels
        category: armed-group
        aliases: [rebels, rebel, rebel fighters, the opposition, opposition]
      - id: kurdish-forces
        name: Kurdish forces
        category: militia
        aliases: [Kurdish forces, Kurdish fighters]
      - id: hezbollah
        name: Hezbollah
        category: armed-group
      - id: iran
        name: Iran
        category: state
        adjectives: [Iranian]
      - id: un
        name: United Nations
        category: international-org
        aliases: [UN, U.N.]
      - id: civilians
        name: Civilians
        category: person
        aliases: [civilians, residents, people, families]
      - id: reuters
        name: Reuters
        category: media
    places:
      - id: syria
        name: Syria
        category: country
        adjectives: [Syrian]
      - id: aleppo
        name: Aleppo
        category: city
        partOf: syria
      - id: sheikh-maqsoud
        name: Sheikh Maqsoud
        category: neighbourhood
        partOf: aleppo
      - id: hanano
        name: Hanano
        category: neighbourhood
        partOf: aleppo
      - id: idlib
        name: Idlib
        category: province
        partOf: syria
    roles:
      - relation: spokesperson-for
        nouns: [spokesman, spokeswoman]
      - relation: leader-of
        nouns: [commander, leader]
      - relation: member-of
        nouns: [member, official, activist, medic]
    relations:
      - relation: backs
        active: [backs, backed]
        passive: [backed]
        compound: [backed]
        nouns: [backer, patrons]
      - relation: supports
        active: [supports, supported]
        passive: [supported]
      - relation: attacks
        active: [attacked, pounded, bombed]
        passive: [attacked, pounded]
        nouns: [attack, offensive]
      - relation: shells
        active: [shelled]
        nouns: [shelling]
      - relation: captures
        active: [captured, seized]
        nouns: [capture]
      - relation: holds
        active: [hold, holds]
        compound: [held]
      - relation: controls
        active: [controls]
        compound: [controlled]
      - relation: advances-into
        active: [advanced, pushed]
      - relation: flees-from
        active: [fled, fleeing]
      - relation: flees-to
        active: [poured into]
      - relation: fights
        active: [clashed with, fought]
      - relation: negotiates-with
        active: [negotiated with]
    quoteVerbs: [said, says, told, added, according to, saying]
    """

    static func lexicon() throws -> Lexicon {
        var lexicon = Lexicon()
        try lexicon.add(yaml: yaml, source: "test-lexicon")
        try lexicon.validate()
        return lexicon
    }

    static func extract(_ text: String, id: String = "t.txt") throws -> ActorGraph {
        Extractor(lexicon: try lexicon()).extract(SourceDocument(id: id, text: text)).graph
    }
}

extension ActorGraph {
    /// `source -relation-> target` strings for the non-statement edges, sorted.
    var factLines: [String] {
        edges.filter { $0.relationClass != .statement && $0.relationClass != .mention }
            .map { "\($0.source) -\($0.relation.rawValue)-> \($0.target)" }
    }

    func has(_ source: String, _ relation: Relation, _ target: String) -> Bool {
        edge(withKey: Edge.Key(source: source, target: target, relation: relation)) != nil
    }
}
