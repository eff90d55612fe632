/// How names typed by a user are compared with the names in a graph: case and runs of spaces
/// ignored, and an edit distance for "did you mean" suggestions.
///
/// ```swift
/// NameMatching.key("  Syrian   ARMY ")                          // "syrian army"
/// NameMatching.editDistance("hezbolah", "hezbollah", limit: 3)  // 1
/// ```
public enum NameMatching {
    /// The name lowercased, with surrounding spaces removed and inner runs of spaces made one.
    public static func key(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The Levenshtein distance between `a` and `b` over characters, or `limit + 1` as soon as it
    /// must exceed `limit` (so comparing against many candidates stays cheap).
    public static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...y.count {
                current[j] = min(previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
