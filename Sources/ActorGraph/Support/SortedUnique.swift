extension Array where Element: Comparable {
    /// The elements sorted, each equal run reduced to its first element: the same result as
    /// `Set(self).sorted()` without hashing every element (sorting is stable, so the element kept
    /// is the first of its run in the original order, as a set keeps the first one inserted).
    func sortedUnique() -> [Element] {
        guard count > 1 else { return self }
        // Input that is already strictly increasing (often the case) is returned as it is.
        if isStrictlyIncreasing { return self }
        let sorted = self.sorted()
        var out: [Element] = []
        out.reserveCapacity(sorted.count)
        for element in sorted where out.last != element { out.append(element) }
        return out
    }

    /// True when every element is less than the next.
    var isStrictlyIncreasing: Bool {
        withUnsafeBufferPointer { buffer in
            var i = 1
            while i < buffer.count {
                if !(buffer[i - 1] < buffer[i]) { return false }
                i += 1
            }
            return true
        }
    }
}
