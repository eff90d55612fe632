/// A small, fast, seedable random number generator (xoshiro256** seeded through SplitMix64).
///
/// Every randomised algorithm of this module takes an explicit seed and draws from this
/// generator, so the same seed on the same graph always gives the same result, on every platform
/// and Swift version (the module never uses the standard library's unspecified sampling helpers).
///
/// ```swift
/// var rng = SeededGenerator(seed: 42)
/// let die = rng.next(below: 6) + 1
/// ```
public struct SeededGenerator: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// Creates a generator whose whole stream is fixed by `seed`.
    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniformly distributed integer in `0..<bound` (Lemire's multiply-shift method);
    /// `bound` must be positive.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let b = UInt64(bound)
        var product = next().multipliedFullWidth(by: b)
        if product.low < b {
            let threshold = (0 &- b) % b
            while product.low < threshold { product = next().multipliedFullWidth(by: b) }
        }
        return Int(product.high)
    }

    /// A uniformly distributed double in `0..<1` with 53 random bits.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Shuffles `array` in place (Fisher–Yates), reproducibly for a given generator state.
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = next(below: i + 1)
            if i != j { array.swapAt(i, j) }
        }
    }

    /// `count` distinct integers drawn uniformly from `0..<population`, in increasing order
    /// (Floyd's algorithm for small samples, a partial shuffle otherwise).
    public mutating func sample(_ count: Int, from population: Int) -> [Int] {
        let k = max(0, min(count, population))
        if k == population { return Array(0..<population) }
        var chosen = Set<Int>(minimumCapacity: k)
        for j in (population - k)..<population {
            let t = next(below: j + 1)
            if !chosen.insert(t).inserted { chosen.insert(j) }
        }
        return chosen.sorted()
    }
}
