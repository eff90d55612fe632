/// An ordered list of DOT attributes (`name = value`), written in the order they were set.
///
/// Setting a name that is already present replaces its value in place, so the order stays
/// stable and the DOT output is byte-identical for the same inputs.
///
/// ```swift
/// var attributes: DOTAttributes = ["shape": "box", "label": "Russia"]
/// attributes["fillcolor"] = "#56B4E9"
/// attributes["shape"] = "hexagon"     // replaces in place: shape, label, fillcolor
/// ```
public struct DOTAttributes: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One attribute.
    public struct Element: Sendable, Hashable {
        /// The attribute's name, e.g. `fillcolor`.
        public var name: String
        /// Its value.
        public var value: DOTAttributeValue
    }

    private var elements: [Element] = []

    /// An empty list.
    public init() {}

    /// The attributes of the literal, in the literal's order (a later duplicate replaces).
    public init(dictionaryLiteral elements: (String, DOTAttributeValue)...) {
        for (name, value) in elements { self[name] = value }
    }

    /// The value for `name`, or `nil`. Setting `nil` removes the attribute.
    public subscript(name: String) -> DOTAttributeValue? {
        get { elements.first { $0.name == name }?.value }
        set {
            if let index = elements.firstIndex(where: { $0.name == name }) {
                if let newValue { elements[index].value = newValue } else { elements.remove(at: index) }
            } else if let newValue {
                elements.append(Element(name: name, value: newValue))
            }
        }
    }

    /// The attribute names, in order.
    public var names: [String] { elements.map(\.name) }
    /// The number of attributes.
    public var count: Int { elements.count }
    /// Whether there are none.
    public var isEmpty: Bool { elements.isEmpty }

    /// Sets every attribute of `other`, replacing values for names already present.
    public mutating func merge(_ other: DOTAttributes) {
        for element in other { self[element.name] = element.value }
    }

    /// Iterates the attributes in order.
    public func makeIterator() -> IndexingIterator<[Element]> { elements.makeIterator() }
}
