extension Array where Element: Comparable {
    /// The elements sorted, each equal run reduced to its first element: the same result as
    /// `Set(self).sorted()` without hashing every element (sorting is stable, so the element kept
    /// is the first of its run in the original order, as a set keeps the first one inserted).
    func sortedUnique() -> [Element] {
        var out = self
        out.formSortedUnique()
        return out
    }

    /// Makes the array ``sortedUnique()`` in place: an array held once is sorted without a copy.
    mutating func formSortedUnique() {
        guard count > 1 else { return }
        // Input that is already strictly increasing (often the case) is left as it is.
        if isStrictlyIncreasing { return }
        if count <= 16 { insertionSort() } else { sort() }
        // Compact in place: each run of equal elements keeps its first.
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            if i != kept { self[kept] = self[i] }
            kept += 1
        }
        removeLast(count - kept)
    }

    /// Sorts a short array by insertion, stably (equal elements keep their order, as with the
    /// standard library's stable `sort()`, which also sorts short runs by insertion): the few
    /// names or spans of a node, without the general sort's set-up.
    private mutating func insertionSort() {
        withUnsafeMutableBufferPointer { buffer in
            // Indices stay within 0..<buffer.count: j > 0 is tested before j - 1 is read.
            for i in 1..<buffer.count {
                var j = i
                while j > 0 && buffer[j] < buffer[j - 1] {
                    buffer.swapAt(j, j - 1)
                    j -= 1
                }
            }
        }
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
