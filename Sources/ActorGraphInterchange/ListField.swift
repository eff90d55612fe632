import Foundation

/// A list of strings in one text field (aliases in GraphML, GEXF and CSV), reversible.
///
/// Items are joined by `; `; a `;` or `\` inside an item is written with a backslash before it.
///
/// ```swift
/// ListField.join(["Moscow", "the Kremlin"])   // "Moscow; the Kremlin"
/// ListField.split("a\\;b; c")                  // ["a;b", "c"]
/// ```
enum ListField {
    /// `items` as one field.
    static func join(_ items: [String]) -> String {
        items.map { item in
            item.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
        }.joined(separator: "; ")
    }

    /// The items of a field written by ``join(_:)``; the empty field is the empty list. Spaces
    /// around items are dropped.
    static func split(_ field: String) -> [String] {
        guard !field.isEmpty else { return [] }
        var items: [String] = []
        var current = ""
        var escaping = false
        for character in field {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == ";" {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        items.append(current)
        return items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
