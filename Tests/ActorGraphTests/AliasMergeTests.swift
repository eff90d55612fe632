import ActorGraph
import Testing

/// Merging nodes' aliases by walking the two sorted lists gives what the set-based merge gave.
@Suite("Alias merging")
struct AliasMergeTests {
    /// The merge as first written: a set of both alias lists and the other label, minus the label.
    static func referenceAliases(_ node: Node, _ other: Node) -> [String] {
        var names = Set(node.aliases).union(other.aliases)
        if other.label != node.label { names.insert(other.label) }
        names.remove(node.label)
        return names.sorted()
    }

    @Test func walkingSortedListsMatchesTheSetMerge() {
        // Few names, so lists overlap often; "e\u{301}" and "é" are equal Strings.
        let pool = ["A", "B", "C", "Moscow", "é", "e\u{301}", "Zz", "", "the Kremlin", "Россия"]
        var generator = SystemRandomNumberGenerator()
        for round in 0..<2_000 {
            func names() -> [String] { (0..<Int.random(in: 0...5, using: &generator)).map { _ in pool.randomElement(using: &generator)! } }
            let label = pool.randomElement(using: &generator)!
            let otherLabel = Bool.random(using: &generator) ? label : pool.randomElement(using: &generator)!
            var node = Node(id: "x", kind: .actor, label: label, aliases: names())
            var other = Node(id: "x", kind: .actor, label: otherLabel, aliases: names())
            // Some lists unsorted or holding the label, as a caller may set them (the fallback path).
            if round % 5 == 0 { node.aliases = names() }
            if round % 7 == 0 { other.aliases = names() + [label] }
            if round % 11 == 0 { other.aliases = node.aliases; other.label = node.label }
            let expected = Self.referenceAliases(node, other)
            node.merge(other)
            #expect(node.aliases == expected)
            #expect(node.aliases.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) })
        }
    }
}
