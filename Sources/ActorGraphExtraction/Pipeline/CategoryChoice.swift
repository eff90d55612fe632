import ActorGraph

// `category.isOne(of: .a, .b)` is `[.a, .b].contains(category)` without making an array: the
// finders test categories this way for every mention, where an array literal costs an allocation.

extension Category {
    /// True when the category is `a` or `b`.
    @inline(__always) func isOne(of a: Category, _ b: Category) -> Bool { self == a || self == b }

    /// True when the category is one of `a`, `b` and `c`.
    @inline(__always) func isOne(of a: Category, _ b: Category, _ c: Category) -> Bool { self == a || self == b || self == c }

    /// True when the category is one of `a`, `b`, `c` and `d`.
    @inline(__always) func isOne(of a: Category, _ b: Category, _ c: Category, _ d: Category) -> Bool {
        self == a || self == b || self == c || self == d
    }
}

extension Optional where Wrapped == Category {
    /// True when the category is `a` or `b` (false for none).
    @inline(__always) func isOne(of a: Category, _ b: Category) -> Bool { self == a || self == b }

    /// True when the category is one of `a`, `b` and `c` (false for none).
    @inline(__always) func isOne(of a: Category, _ b: Category, _ c: Category) -> Bool { self == a || self == b || self == c }

    /// True when the category is one of `a` to `e` (false for none).
    @inline(__always) func isOne(of a: Category, _ b: Category, _ c: Category, _ d: Category, _ e: Category) -> Bool {
        self == a || self == b || self == c || self == d || self == e
    }
}
