import ActorGraph
import Foundation

/// Turns one document's analysis into its graph: nodes for what it mentions, edges with the
/// sentences as evidence, statement nodes with `said` and `about` edges.
struct DocumentGraphBuilder {
    let analysis: DocumentAnalysis

    /// A statement node in the making: its first quote and every span it was quoted at.
    private struct StatementDraft {
        var quote: String
        var spans: [TextSpan]
    }

    func build() -> ActorGraph {
        let document = analysis.document
        // Evidence is gathered per edge first, so a fact repeated 10,000 times costs one edge, not
        // 10,000 merges. Spans of one document are told apart by their bounds alone (the text
        // follows from them), which saves hashing whole sentences. Each distinct edge key gets a
        // slot (one hash per fact stated); its bounds go into one flat list, sorted at the end.
        // Edge ends are numbers here (see ``EvidenceTable``): entities by their analysis number,
        // statements by their place in `statementOrder`.
        var evidence = EvidenceTable(capacity: analysis.relations.count + 2 * analysis.statements.count)
        for relation in analysis.relations {
            evidence.add(EvidenceTable.Key(source: relation.source, target: relation.target, relation: relation.relation),
                         analysis.evidenceBounds(sentences: relation.sentences, anchor: relation.anchor))
        }
        let relationKeyCount = evidence.keys.count
        var speakers: [Int32] = []
        speakers.reserveCapacity(analysis.statements.count)
        // Statement nodes in the order first met: ids (numbered in that order) and drafts.
        var statementIDs = IndexTable<String>(capacity: analysis.statements.count)
        var statementDrafts: [StatementDraft] = []
        statementDrafts.reserveCapacity(analysis.statements.count)
        // Quote and evidence spans, their texts made once per distinct bounds.
        var texts = SpanTextCache(document: document, capacity: analysis.relations.count + 2 * analysis.statements.count)
        for statement in analysis.statements {
            let id = Self.statementID(speaker: statement.speaker, quote: statement.quote)
            // (Mostly the quote's own string: see ``SpanTextCache/soleSpan(from:to:sameBytesAs:)``.
            // The list is the one its `about` edges get as their evidence.)
            let quoteSpans = texts.soleSpan(from: statement.quoteStart, to: statement.quoteEnd, sameBytesAs: statement.quote)
            let quoteSpan = quoteSpans[0]
            let (index, isNew) = statementIDs.number(of: id, hash: Self.hash(ofStatementID: id))
            let node = EvidenceTable.statementNode(index)
            if isNew {
                statementDrafts.append(StatementDraft(quote: statement.quote, spans: quoteSpans))
            } else {
                statementDrafts[index].spans.append(quoteSpan)
            }
            let speaker = analysis.number(of: statement.speaker)
            speakers.append(speaker)
            evidence.add(EvidenceTable.Key(source: speaker, target: node, relation: .said),
                         SpanBounds(start: statement.evidenceStart, end: statement.evidenceEnd))
            for entity in statement.about {
                guard let target = analysis.recordedNumber(of: entity) else { continue }
                evidence.add(EvidenceTable.Key(source: node, target: target, relation: .about), SpanBounds(quoteSpan))
            }
        }
        // The ends of relations and the speakers take part in the story (a repeated relation has
        // one key: its ends are counted once), by entity number.
        var involved = [Bool](repeating: false, count: analysis.entityCount)
        for key in evidence.keys.prefix(relationKeyCount) {
            involved[Int(key.source)] = true
            involved[Int(key.target)] = true
        }
        for speaker in speakers { involved[Int(speaker)] = true }
        // The mentions of each record, by index in mention order (a counting sort; the mentions of
        // entities never recorded make no node), and whether the record is named: one of its
        // mentions is a description or holds an upper-case letter.
        let records = analysis.records
        let mentions = analysis.mentions
        // (The tables are written through their buffers: writing the arrays checked each one's
        // uniqueness per mention. Every index written is in bounds: `m` is a mention's index, `r`
        // a record's, and `nextMention[r]` stays below `firstMention[r + 1]`.)
        var firstMention = [Int](repeating: 0, count: records.count + 1)
        var recordOfMention = [Int32](repeating: -1, count: mentions.count)
        var named = [Bool](repeating: false, count: records.count)
        firstMention.withUnsafeMutableBufferPointer { firstMention in
            recordOfMention.withUnsafeMutableBufferPointer { recordOfMention in
                named.withUnsafeMutableBufferPointer { named in
                    for m in mentions.indices {
                        let mention = mentions[m]
                        guard let r = analysis.recordIndex(number: mention.number) else { continue }
                        recordOfMention[m] = Int32(truncatingIfNeeded: r)
                        firstMention[r + 1] += 1
                        if !named[r] && (mention.form == .description || document.scalars[mention.start..<mention.end].contains { scalar in
                            scalar.isASCII ? (0x41...0x5A).contains(scalar.value) : scalar.properties.isUppercase
                        }) {
                            named[r] = true
                        }
                    }
                }
            }
            for r in records.indices { firstMention[r + 1] += firstMention[r] }
        }
        var mentionsByRecord = [Int32](repeating: 0, count: firstMention[records.count])
        var nextMention = firstMention
        mentionsByRecord.withUnsafeMutableBufferPointer { mentionsByRecord in
            nextMention.withUnsafeMutableBufferPointer { nextMention in
                for m in mentions.indices where recordOfMention[m] >= 0 {
                    let r = Int(recordOfMention[m])
                    mentionsByRecord[nextMention[r]] = Int32(truncatingIfNeeded: m)
                    nextMention[r] += 1
                }
            }
        }
        // Nodes and edges are listed, and the graph made of the lists (see
        // ``ActorGraph/init(documents:distinctNodes:distinctEdges:)``): entity ids are distinct
        // (one per entity number), and so are statement ids (``statementIDs``) and edge keys (one
        // per evidence slot). An entity id could only meet a statement id if it had the same
        // form, `statement-` and 12 more bytes: a document with such an entity (none is known)
        // has its graph made by merging, as adding the nodes one by one would.
        let statementOrder = statementIDs.keys
        var nodes: [Node] = []
        nodes.reserveCapacity(records.count + statementOrder.count)
        var entityIDLooksLikeStatement = false
        // Which entity numbers have a node (statements always do).
        var isEntityNode = [Bool](repeating: false, count: analysis.entityCount)
        // Records are read in place (binding one would copy, and retain, all of it).
        for r in records.indices {
            let first = firstMention[r], end = firstMention[r + 1]
            guard first < end else { continue }
            let number = Int(analysis.recordNumbers[r])
            let category = records[r].category
            // Outlets that only report, and collectives named only by common nouns ("people"), are
            // not actors of the story unless they take part in a relation or speak. A city or site
            // the lexicon knows stays when named in lower case ("the citadel", "the city").
            if (category == .media || !named[r] && category != .city && category != .site) && !involved[number] { continue }
            // The mention spans in mention order (as the names take them), then sorted by bounds
            // with each bounds once: spans of one document with equal bounds have equal texts, so
            // this is ``TextSpan`` order, without comparing strings.
            var (spans, names) = spansAndNames(of: r, mentions: mentionsByRecord[first..<end], in: mentions)
            if !spans.isStrictlyIncreasingByBounds {
                spans.sort { ($0.start, $0.end) < ($1.start, $1.end) }
                var kept = 1
                for i in 1..<spans.count where spans[i].start != spans[kept - 1].start || spans[i].end != spans[kept - 1].end {
                    if i != kept { spans.swapAt(i, kept) }
                    kept += 1
                }
                spans.removeLast(spans.count - kept)
            }
            // (Both arrays are handed over, not copied: the node sorts the names in place, which
            // would otherwise copy them, every string retained, while this function still held them.)
            let id = records[r].id
            if Self.hasStatementIDForm(id) { entityIDLooksLikeStatement = true }
            nodes.append(Node(id: id, kind: category.kind, category: category, label: records[r].name,
                              aliases: consume names, orderedMentions: consume spans))
            isEntityNode[number] = true
        }
        for (id, draft) in zip(statementOrder, statementDrafts) {
            nodes.append(Node(id: id, kind: .statement, label: Self.shortened(draft.quote), mentions: draft.spans, quote: draft.quote))
        }
        var edges: [Edge] = []
        edges.reserveCapacity(evidence.keys.count)
        evidence.addEdges(to: &edges, texts: &texts,
                          isNode: { $0 < 0 || isEntityNode[Int($0)] },
                          id: { $0 < 0 ? statementOrder[EvidenceTable.statementIndex($0)] : analysis.id(of: $0) })
        if entityIDLooksLikeStatement {
            return ActorGraph(documents: [document.record], nodes: nodes, edges: edges)
        }
        return ActorGraph(documents: [document.record], distinctNodes: nodes, distinctEdges: edges)
    }

    /// The mention spans of record `r` (the mentions at `indices` in `mentions`, in that order) and
    /// the names of its node before ``Node`` sorts them and drops repeats: its lexicon aliases, the
    /// texts of its alias spans (in the order added), then the texts of its mentions.
    ///
    /// The node keeps the first of equal names in that order, as inserting them into a set in turn
    /// would; so a name may be left out here when the same bytes came before it, which spares
    /// making and sorting it. A mention text with the same bytes as one of the first few distinct
    /// texts made before it shares that string rather than making its own (an entity's name mostly
    /// comes back as it was), and such a text is named once. Alias spans repeat mention bounds (the
    /// texts are then the mention's).
    ///
    /// A mention whose bytes are the label's takes the label's string as its text (nothing made),
    /// and gives no name: the node drops every name equal to its label.
    private func spansAndNames(of r: Int, mentions indices: ArraySlice<Int32>, in mentions: [Mention]) -> (spans: [TextSpan], names: [String]) {
        let document = analysis.document
        let documentID = document.id, offsets = document.utf8Offsets, scalarCount = document.scalars.count
        let label = analysis.records[r].name
        // (A second handle on the label for reading its bytes in place, while `label` is used.)
        var labelUTF8 = label
        var spans: [TextSpan] = []
        spans.reserveCapacity(indices.count)
        // At most this many distinct texts are shared, and their names remembered (bits of a word).
        let remembered = 8
        return document.utf8.withUnsafeBufferPointer { bytes in
            labelUTF8.withUTF8 { labelBytes in
                // For each span, the number of its shared text, -1, or ``labelText``
                // (`textOfSpan[0..<spans.count]`).
                withUnsafeTemporaryAllocation(of: Int.self, capacity: indices.count) { textOfSpan in
                    // The UTF-8 bounds of each shared text, and the span that holds it (`made[0..<madeCount]`).
                    withUnsafeTemporaryAllocation(of: (start: Int, end: Int, span: Int).self, capacity: remembered) { made in
                        var madeCount = 0
                        for i in indices {
                            let mention = mentions[Int(i)]
                            // The bounds of `document.text(from: mention.start, to: mention.end)`.
                            let lower = max(0, min(mention.start, scalarCount)), upper = max(lower, min(mention.end, scalarCount))
                            let start = Int(offsets[lower]), end = Int(offsets[upper])
                            // Offsets of the document's scalars lie within its bytes.
                            precondition(start <= end && end <= bytes.count)
                            // The label's bytes: its string is the text (equal bytes, equal strings).
                            if end - start == labelBytes.count, let labelBase = labelBytes.baseAddress, let base = bytes.baseAddress,
                               memcmp(base + start, labelBase, end - start) == 0 {
                                textOfSpan.initializeElement(at: spans.count, to: Self.labelText)
                                spans.append(TextSpan(document: documentID, start: mention.start, end: mention.end, text: label))
                                continue
                            }
                            var shared = -1
                            if let base = bytes.baseAddress {
                                for k in 0..<madeCount where made[k].end - made[k].start == end - start {
                                    // (Both ranges lie within the document's bytes.)
                                    if memcmp(base + made[k].start, base + start, end - start) == 0 {
                                        shared = k
                                        break
                                    }
                                }
                            }
                            let text: String
                            if shared >= 0 {
                                text = spans[made[shared].span].text
                            } else {
                                text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                                if madeCount < remembered {
                                    made.initializeElement(at: madeCount, to: (start, end, spans.count))
                                    shared = madeCount
                                    madeCount += 1
                                }
                            }
                            textOfSpan.initializeElement(at: spans.count, to: shared)
                            spans.append(TextSpan(document: documentID, start: mention.start, end: mention.end, text: text))
                        }
                        let names = names(of: r, spans: spans, textOfSpan: UnsafeBufferPointer(rebasing: textOfSpan[..<spans.count]))
                        return (spans, names)
                    }
                }
            }
        }
    }

    /// The shared text number of a mention whose text is the node's label (see
    /// ``spansAndNames(of:mentions:in:)``): it gives no name.
    private static var labelText: Int { -2 }

    /// The names of record `r`'s node (see ``spansAndNames(of:mentions:in:)``), for its mention
    /// `spans` whose shared text numbers (below 64, -1 for a text not shared, or ``labelText``)
    /// are `textOfSpan`.
    private func names(of r: Int, spans: [TextSpan], textOfSpan: UnsafeBufferPointer<Int>) -> [String] {
        let document = analysis.document
        let records = analysis.records
        let aliasCount = Int(analysis.aliasEnds[r].count)
        // The spans that may give a name (not the label's).
        let naming = textOfSpan.reduce(0) { $0 + ($1 == Self.labelText ? 0 : 1) }
        // A node named only by its label has no other names: no list is made.
        if naming == 0 && aliasCount == 0 && records[r].aliases.isEmpty { return [] }
        // The lexicon aliases are copied from their set in one go (appending a set name by name
        // costs more than the second allocation that reserving then makes).
        var names: [String] = records[r].aliases.isEmpty ? [] : Array(records[r].aliases)
        names.reserveCapacity(names.count + aliasCount + naming)
        // The shared texts already named, as bits.
        var taken: UInt64 = 0
        // The alias bounds kept so far, looked through linearly: only the first few are remembered
        // (a long document's extra spans are simply kept, as their set would sort them out). They
        // are kept in temporary storage: `given[0..<givenCount]` (SpanBounds is a trivial type,
        // so its slots are simply written).
        let remembered = 16
        withUnsafeTemporaryAllocation(of: SpanBounds.self, capacity: remembered) { given in
            var givenCount = 0
            // The record's alias bounds, in the order added: followed from link to link
            // (``DocumentAnalysis/aliasSpans``).
            let aliasSpans = analysis.aliasSpans
            var next = Int(analysis.aliasEnds[r].first)
            while next >= 0 {
                let bounds = aliasSpans[next].bounds
                next = Int(aliasSpans[next].next)
                // The mention with the same bounds has the same text already made (searched among
                // the first few mentions only). The label's text gives no name, and a shared text
                // is named once by its bit: only other bounds need to be remembered.
                let s = spans.prefix(32).firstIndex(where: { $0.start == bounds.start && $0.end == bounds.end })
                if let s {
                    let text = textOfSpan[s]
                    if text == Self.labelText { continue }
                    if text >= 0 {
                        if taken & 1 << text != 0 { continue }
                        taken |= 1 << text
                        names.append(spans[s].text)
                        continue
                    }
                }
                if (0..<givenCount).contains(where: { given[$0] == bounds }) { continue }
                if givenCount < remembered {
                    given.initializeElement(at: givenCount, to: bounds)
                    givenCount += 1
                }
                names.append(s.map { spans[$0].text } ?? document.text(from: bounds.start, to: bounds.end))
            }
        }
        for s in spans.indices {
            let text = textOfSpan[s]
            if text == Self.labelText { continue }
            if text >= 0 {
                if taken & 1 << text != 0 { continue }
                taken |= 1 << text
            }
            names.append(spans[s].text)
        }
        return names
    }

    /// What a statement id starts with (see ``statementID(speaker:quote:)``).
    static var statementIDPrefix: StaticString { "statement-" }
    /// How many hex digits of the SHA-256 follow ``statementIDPrefix`` in a statement id.
    static var statementIDDigits: Int { 12 }

    /// True when `id` has the form of a statement id: ``statementIDPrefix`` and
    /// ``statementIDDigits`` more bytes.
    static func hasStatementIDForm(_ id: String) -> Bool {
        id.utf8.count == statementIDPrefix.utf8CodeUnitCount + statementIDDigits && id.hasPrefix(statementIDPrefix.description)
    }

    /// The id of a statement: ``statementIDPrefix`` and the first ``statementIDDigits`` hex
    /// digits of the SHA-256 of the speaker, a NUL and the lower-cased quote.
    static func statementID(speaker: String, quote: String) -> String {
        let speakerCount = speaker.utf8.count, quoteCount = quote.utf8.count
        // The message is laid out in temporary storage (no array, no string in between) and
        // lower-cased there. ASCII lower-cases byte for byte, and General Punctuation
        // (U+2000–U+206F: curly quotes, dashes) has no case: such quotes are lower-cased in place,
        // as `lowercased()` would, in one pass over the bytes. Any other scalar leaves the
        // lower-casing to `lowercased()`.
        let id: String? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: speakerCount + 1 + quoteCount) { bytes in
            // The buffer holds exactly the speaker's bytes, the NUL and the quote's bytes.
            _ = UnsafeMutableBufferPointer(rebasing: bytes[..<speakerCount]).initialize(from: speaker.utf8)
            bytes[speakerCount] = 0
            _ = UnsafeMutableBufferPointer(rebasing: bytes[(speakerCount + 1)...]).initialize(from: quote.utf8)
            var i = speakerCount + 1
            while i < bytes.count {
                // Eight ASCII bytes at a time: a byte b < 0x80 is in A…Z when b + 0x3F reaches bit 7
                // and b + 0x25 does not (no sum carries into the next byte), and then gets 0x20.
                // (i + 8 ≤ bytes.count, so the eight bytes are inside the buffer.)
                if bytes.count - i >= 8, let base = bytes.baseAddress {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        let upper = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & 0x8080_8080_8080_8080
                        UnsafeMutableRawPointer(base + i).storeBytes(of: word | upper >> 2, as: UInt64.self)
                        i += 8
                        continue
                    }
                }
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte >= 0x41 && byte <= 0x5A { bytes[i] = byte | 0x20 }
                    i += 1
                } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 || bytes[i + 1] == 0x81 && bytes[i + 2] < 0xB0 {
                    i += 3   // E2 80 80 … E2 81 AF
                } else {
                    return nil
                }
            }
            return SHA256.hexDigest(of: UnsafeRawBufferPointer(bytes), digits: statementIDDigits, after: statementIDPrefix)
        }
        if let id { return id }
        var bytes: [UInt8] = []
        bytes.append(contentsOf: speaker.utf8)
        bytes.append(0)
        bytes.append(contentsOf: quote.lowercased().utf8)
        return bytes.withUnsafeBytes { SHA256.hexDigest(of: $0, digits: statementIDDigits, after: statementIDPrefix) }
    }

    /// A 64-bit FNV-1a hash of a statement id's UTF-8, for ``IndexTable`` (ids are short: hashing
    /// them this way costs less than `Hasher`). Ids are ASCII (``statementID(speaker:quote:)``),
    /// so equal ids have equal bytes, hence equal hashes.
    static func hash(ofStatementID id: String) -> UInt64 {
        // The ids made here are native strings, whose UTF-8 is read in place.
        let contiguous = id.utf8.withContiguousStorageIfAvailable { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash
        }
        if let contiguous { return contiguous }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// A quote cut to about 60 characters at a word boundary, with an ellipsis.
    static func shortened(_ quote: String) -> String {
        // A string has no more characters than UTF-8 bytes: short ones need no counting.
        let utf8 = quote.utf8
        guard utf8.count > 60 else { return quote }
        // When the first 61 bytes are ASCII other than CR (which joins a following LF into one
        // character), each is a character of its own: the first 60 characters are the first 60 bytes.
        // Such a quote is cut on its bytes in place: up to the last space of the first 60 bytes
        // (all of them when there is none), then the ellipsis U+2026 (E2 80 A6).
        let asciiCut = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            // bytes.count > 60, so indices 0...60 are in bounds. Bytes 0..<56 are tested eight
            // at a time: some byte is 0x80 or above when a high bit is set, and (with none) some
            // byte is CR exactly when the word xor CRs has a zero byte.
            guard let base = bytes.baseAddress else { return nil }
            for i in stride(from: 0, to: 56, by: 8) {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let crs = word ^ 0x0D0D_0D0D_0D0D_0D0D
                if word & 0x8080_8080_8080_8080 != 0 || (crs &- 0x0101_0101_0101_0101) & ~crs & 0x8080_8080_8080_8080 != 0 { return nil }
            }
            for i in 56...60 where bytes[i] >= 0x80 || bytes[i] == 0x0D { return nil }
            var kept = 60
            while kept > 0 && bytes[kept - 1] != 0x20 { kept -= 1 }
            if kept > 0 { kept -= 1 } else { kept = 60 }
            return String(unsafeUninitializedCapacity: kept + 3) { out in
                // The kept bytes at once: kept ≤ 60 < bytes.count, and `out` holds kept + 3 bytes
                // (both buffers are non-empty, so they have base addresses).
                if let source = bytes.baseAddress, let target = out.baseAddress {
                    target.initialize(from: source, count: kept)
                }
                out[kept] = 0xE2; out[kept + 1] = 0x80; out[kept + 2] = 0xA6
                return kept + 3
            }
        }
        if let asciiCut {
            if let cut = asciiCut { return cut }
        } else if utf8.prefix(61).allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            // The same cut for a string without contiguous UTF-8.
            let cut = utf8.prefix(60)
            let kept = cut.lastIndex(of: UInt8(ascii: " ")).map { cut[..<$0] } ?? cut
            return String(Substring(kept)) + "\u{2026}"
        }
        // Longer ones are counted up to the 61st character only.
        guard let afterSixty = quote.index(quote.startIndex, offsetBy: 60, limitedBy: quote.endIndex),
              afterSixty != quote.endIndex else { return quote }
        var cut = String(quote[..<afterSixty])
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "\u{2026}"
    }
}

/// The evidence of a document's edges while its graph is built: one slot per distinct edge key,
/// and the bounds of every statement of a fact in one flat list.
///
/// Edge ends are numbers, hashed without strings: an entity's number in the analysis (0 and up),
/// or a statement's node (below 0, see ``statementNode(_:)``). They become ids in
/// ``addEdges(to:texts:isNode:id:)``.
private struct EvidenceTable {
    /// An edge key with numbered ends.
    struct Key: Equatable {
        var source: Int32
        var target: Int32
        var relation: Relation

        /// The ends packed into 64 bits (keys that differ only in their relation share it, and
        /// an entity pair has few relations).
        var hash: UInt64 { UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: target)) }
    }

    /// The end number of the statement node at `index` in the order statements are first met.
    static func statementNode(_ index: Int) -> Int32 { Int32(-1 - index) }

    /// The index of the statement node numbered `node` (below 0).
    static func statementIndex(_ node: Int32) -> Int { Int(-1 - node) }

    /// The edge keys, numbered by slot.
    private var slots: IndexTable<Key>
    /// The edge keys, by slot.
    var keys: [Key] { slots.keys }
    /// Each statement of a fact: its edge's slot and its bounds.
    private var entries: [(slot: Int32, bounds: SpanBounds)] = []

    init(capacity: Int) {
        slots = IndexTable(capacity: capacity)
        entries.reserveCapacity(capacity)
    }

    /// Records that `bounds` state the fact `key`.
    mutating func add(_ key: Key, _ bounds: SpanBounds) {
        entries.append((Int32(truncatingIfNeeded: slots.number(of: key, hash: key.hash).number), bounds))
    }

    /// Appends to `edges`, in slot order, the edges whose ends both pass `isNode`, each with its
    /// distinct evidence spans (made by `texts`, of the document) in ``TextSpan`` order and its
    /// ends named by `id`.
    /// (The table is used up: its entries are sorted in place, not copied.)
    mutating func addEdges(to edges: inout [Edge], texts: inout SpanTextCache, isNode: (Int32) -> Bool, id: (Int32) -> String) {
        // By slot, then bounds: each edge's bounds come out sorted, which for spans of one
        // document with distinct bounds is ``TextSpan`` order.
        entries.sort { ($0.slot, $0.bounds.start, $0.bounds.end) < ($1.slot, $1.bounds.start, $1.bounds.end) }
        let keys = self.keys, count = entries.count
        var i = 0
        while i < count {
            let slot = entries[i].slot
            var j = i
            while j < count && entries[j].slot == slot { j += 1 }
            let key = keys[Int(slot)]
            if isNode(key.source) && isNode(key.target) {
                // One distinct span (the entries are sorted, so the first bounds are the last):
                // the list shared by every edge with that sole span.
                if entries[i].bounds == entries[j - 1].bounds {
                    let bounds = entries[i].bounds
                    edges.append(Edge(source: id(key.source), target: id(key.target), relation: key.relation,
                                      orderedEvidence: texts.soleSpan(from: bounds.start, to: bounds.end)))
                    i = j
                    continue
                }
                var spans: [TextSpan] = []
                spans.reserveCapacity(j - i)
                var last: SpanBounds?
                // (Read by index: iterating a slice of the entries retained and released them per edge.)
                for k in i..<j where entries[k].bounds != last {
                    let bounds = entries[k].bounds
                    spans.append(texts.span(from: bounds.start, to: bounds.end))
                    last = bounds
                }
                edges.append(Edge(source: id(key.source), target: id(key.target), relation: key.relation, orderedEvidence: spans))
            }
            i = j
        }
    }
}

extension [TextSpan] {
    /// True when each span's bounds come after the bounds before (start, then end, increasing):
    /// for spans of one document, strictly increasing in ``TextSpan`` order.
    fileprivate var isStrictlyIncreasingByBounds: Bool {
        var i = 1
        while i < count {
            if !((self[i - 1].start, self[i - 1].end) < (self[i].start, self[i].end)) { return false }
            i += 1
        }
        return true
    }
}
