/// The tokens of a range that may start a finder's patterns: those of some word classes, of one
/// key, or right before one key. A finder steps from one to the next in a tight loop over the
/// per-token tables instead of testing every token of the sentence.
struct TokenCandidates: Sequence, IteratorProtocol {
    let analysis: DocumentAnalysis
    /// One past the last token looked at.
    let end: Int
    let classes: WordClass
    let key: Keyword?
    let followingKey: Keyword?
    /// The next token to look at.
    var position: Int

    mutating func next() -> Int? {
        guard position < end else { return nil }
        let t = analysis.firstToken(from: position, to: end, in: classes, orKey: key, orBefore: followingKey)
        guard t < end else {
            position = end
            return nil
        }
        position = t + 1
        return t
    }
}

extension DocumentAnalysis {
    /// The tokens of `range` whose word classes meet `classes` or whose key is `key`, in order.
    func tokens(in range: Range<Int>, of classes: WordClass, orKey key: Keyword? = nil) -> TokenCandidates {
        TokenCandidates(analysis: self, end: range.upperBound, classes: classes, key: key, followingKey: nil, position: range.lowerBound)
    }

    /// The word classes and the keywords of the tokens of `range`, each or-ed together: what a
    /// sentence holds, for the finders' gates.
    func classesAndKeywords(of range: Range<Int>) -> (WordClass, KeywordSet) {
        var classes: WordClass = []
        var keywords = KeywordSet()
        wordClasses.withUnsafeBufferPointer { wordClasses in
            keyIDs.withUnsafeBufferPointer { keyIDs in
                // Unchecked reads: `t` stays in 0..<last, within both buffers.
                // (Two-argument `min`s: the three-argument one takes a variadic rest, an empty
                // array made and released at each call.)
                let last = min(range.upperBound, min(wordClasses.count, keyIDs.count))
                var t = max(range.lowerBound, 0)
                while t < last {
                    classes.formUnion(wordClasses[t])
                    keywords.insert(id: keyIDs[t])
                    t += 1
                }
            }
        }
        return (classes, keywords)
    }

    /// The first token from `start` up to (not including) `end` keyed by `a`, `b` or `c`; `end`
    /// when there is none. (Three comparisons of the key id per token: cheaper than a set's bit.)
    func firstToken(from start: Int, to end: Int, keyedBy a: Keyword, _ b: Keyword, _ c: Keyword) -> Int {
        let a = a.rawValue, b = b.rawValue, c = c.rawValue
        return keyIDs.withUnsafeBufferPointer { keyIDs in
            // Unchecked reads: `t` stays in 0..<last, within the buffer.
            let last = min(end, keyIDs.count)
            var t = max(start, 0)
            // Eight ids at a time while eight remain (`t` + 8 ≤ `last`), compared with the three
            // keywords as vectors and skipped together when none matches; the token found, if
            // any, is then among the next eight. (Most tokens are none of the three: a vector
            // compare costs about what one scalar compare did.)
            if let base = keyIDs.baseAddress {
                let raw = UnsafeRawPointer(base)
                let va = SIMD8<Int32>(repeating: a), vb = SIMD8<Int32>(repeating: b), vc = SIMD8<Int32>(repeating: c)
                while t &+ 8 <= last {
                    let ids = raw.loadUnaligned(fromByteOffset: t &* 4, as: SIMD8<Int32>.self)
                    if any((ids .== va) .| (ids .== vb) .| (ids .== vc)) { break }
                    t &+= 8
                }
            }
            while t < last {
                let id = keyIDs[t]
                if id == a || id == b || id == c { return t }
                t += 1
            }
            return end
        }
    }

    /// The first token from `start` up to (not including) `end` whose word classes meet `classes`,
    /// whose key is `key` or that comes right before a token keyed `next`; `end` when there is none.
    func firstToken(from start: Int, to end: Int, in classes: WordClass, orKey key: Keyword? = nil, orBefore next: Keyword? = nil) -> Int {
        // (-2 is no vocabulary id: ids are -1 for unknown words and from 0 on.)
        let keyID = key?.rawValue ?? -2, nextID = next?.rawValue ?? -2
        return wordClasses.withUnsafeBufferPointer { wordClasses in
            keyIDs.withUnsafeBufferPointer { keyIDs in
                // Unchecked reads: `t` stays in 0..<last, within both buffers, and `t + 1` is
                // compared with the count of `keyIDs` before it is read.
                // (Two-argument `min`s: the three-argument one takes a variadic rest, an empty
                // array made and released at each call, where this is inlined in a finder's loop.)
                let last = min(end, min(wordClasses.count, keyIDs.count))
                var t = max(start, 0)
                // (The tests a call does not need are left out of its loop: most calls look for
                // word classes alone, or for one key alone.)
                if next == nil {
                    if classes.isEmpty {
                        // Eight ids at a time while eight remain (`t` + 8 ≤ `last`), compared with
                        // the key as a vector and skipped together when none is it (as in
                        // ``firstToken(from:to:keyedBy:_:_:)``); the token found, if any, is then
                        // among the next eight.
                        if let base = keyIDs.baseAddress {
                            let raw = UnsafeRawPointer(base)
                            let wanted = SIMD8<Int32>(repeating: keyID)
                            while t &+ 8 <= last {
                                if any(raw.loadUnaligned(fromByteOffset: t &* 4, as: SIMD8<Int32>.self) .== wanted) { break }
                                t &+= 8
                            }
                        }
                        while t < last {
                            if keyIDs[t] == keyID { return t }
                            t += 1
                        }
                    } else if key == nil {
                        // Four tokens at a time while four remain (`t` + 3 < `last`), skipped
                        // together when none of their classes meets `classes`; the token found,
                        // if any, is then among the next four.
                        let mask = classes.rawValue
                        while t &+ 4 <= last,
                              (wordClasses[t].rawValue | wordClasses[t &+ 1].rawValue | wordClasses[t &+ 2].rawValue | wordClasses[t &+ 3].rawValue) & mask == 0 {
                            t &+= 4
                        }
                        while t < last {
                            if !wordClasses[t].isDisjoint(with: classes) { return t }
                            t += 1
                        }
                    } else {
                        // Four tokens at a time while four remain, skipped together when none of
                        // their classes meets `classes` and none of their keys is `key`.
                        let mask = classes.rawValue
                        while t &+ 4 <= last,
                              (wordClasses[t].rawValue | wordClasses[t &+ 1].rawValue | wordClasses[t &+ 2].rawValue | wordClasses[t &+ 3].rawValue) & mask == 0,
                              keyIDs[t] != keyID, keyIDs[t &+ 1] != keyID, keyIDs[t &+ 2] != keyID, keyIDs[t &+ 3] != keyID {
                            t &+= 4
                        }
                        while t < last {
                            if !wordClasses[t].isDisjoint(with: classes) || keyIDs[t] == keyID { return t }
                            t += 1
                        }
                    }
                    return end
                }
                if key == nil {
                    // Four tokens at a time while the key after the fourth is there too
                    // (`t` + 4 < `last` ≤ the count of `keyIDs`), skipped together when none of
                    // their classes meets `classes` and none of the four keys after them is `next`.
                    let mask = classes.rawValue
                    while t &+ 4 < last,
                          (wordClasses[t].rawValue | wordClasses[t &+ 1].rawValue | wordClasses[t &+ 2].rawValue | wordClasses[t &+ 3].rawValue) & mask == 0,
                          keyIDs[t &+ 1] != nextID, keyIDs[t &+ 2] != nextID, keyIDs[t &+ 3] != nextID, keyIDs[t &+ 4] != nextID {
                        t &+= 4
                    }
                }
                while t < last {
                    if !wordClasses[t].isDisjoint(with: classes) || keyIDs[t] == keyID || t + 1 < keyIDs.count && keyIDs[t + 1] == nextID { return t }
                    t += 1
                }
                return end
            }
        }
    }
}
