import ActorGraph
import ActorGraphAlgorithms

/// Finds every binding of a query's patterns in a ``QueryIndex`` by depth-first search.
///
/// Each pattern starts at its most selective node (one already bound by an earlier pattern,
/// else one with a `name`/`id`, else one with a category, else one with a kind, else the
/// first), then walks the chain right and left along the CSR edge lists, checking labels,
/// properties and relation masks as it goes. Every `WHERE` term is checked as soon as all its
/// variables are bound. Within one match an edge is used at most once; a variable-length edge
/// follows simple paths (no node twice).
final class PatternMatcher {
    let index: QueryIndex
    let evaluator: ExpressionEvaluator
    let options: QueryOptions
    /// The current binding, by slot (`.null` while unbound).
    // The search state below is touched for every edge examined. Exclusivity checks are turned
    // off for it: every access is a plain read or write of an element (nothing is passed inout
    // across a call that could reach the same property), so no two accesses can overlap.
    @exclusivity(unchecked) var binding: [Value]
    /// The edges of the current match, in the order they were bound.
    @exclusivity(unchecked) var usedEdges: [Int32] = []
    @exclusivity(unchecked) var steps = 0
    @exclusivity(unchecked) var stopped = false

    /// A node pattern ready for matching. A class, so the hot loop retains one reference
    /// instead of each of its arrays.
    final class CompiledNode {
        let slot: Int?
        /// For each label group: the kinds (bit per ordinal) and categories (bit per ordinal) it allows.
        let labelGroups: [(kinds: UInt8, categories: UInt32)]
        /// The nodes a `name`/`id` allows (sorted), or `nil` for any.
        let allowed: [Int32]?
        let allowedSet: Set<Int32>?
        let properties: [(key: PropertyKey, value: Value)]
        let selectivity: Int
        /// True when the variable comes from an earlier clause: if that clause left it `null`
        /// (an unmatched `OPTIONAL MATCH`), this pattern cannot match.
        var requiresBinding = false

        init(slot: Int?, labelGroups: [(kinds: UInt8, categories: UInt32)], allowed: [Int32]?, allowedSet: Set<Int32>?,
             properties: [(key: PropertyKey, value: Value)], selectivity: Int) {
            self.slot = slot
            self.labelGroups = labelGroups
            self.allowed = allowed
            self.allowedSet = allowedSet
            self.properties = properties
            self.selectivity = selectivity
        }
    }

    /// An edge pattern ready for matching.
    final class CompiledEdge {
        let slot: Int?
        let mask: UInt32
        let direction: EdgeDirection
        let hops: ClosedRange<Int>?
        let properties: [(key: PropertyKey, value: Value)]

        init(slot: Int?, mask: UInt32, direction: EdgeDirection, hops: ClosedRange<Int>?, properties: [(key: PropertyKey, value: Value)]) {
            self.slot = slot
            self.mask = mask
            self.direction = direction
            self.hops = hops
            self.properties = properties
        }

        /// The same edge walked the other way.
        var reversed: CompiledEdge {
            CompiledEdge(slot: slot, mask: mask, direction: direction.reversed, hops: hops, properties: properties)
        }
    }

    /// One step of the plan: bind the first node of a pattern, or walk an edge to a node.
    enum Step {
        case anchor(CompiledNode)
        /// Walk `edge` from the node bound at plan step `from` to `to`; `reversed` when walking a
        /// pattern right to left.
        case expand(edge: CompiledEdge, to: CompiledNode, from: Int, reversed: Bool)
        /// The start of an `OPTIONAL MATCH` whose last step is `end`.
        case optionalBegin(end: Int)
        /// The end of an `OPTIONAL MATCH`: the clause matched.
        case optionalEnd
    }

    /// How many times an optional clause has reached its end (to tell whether it matched).
    private var optionalCompletions = 0
    /// Where the current clause's edges start in ``usedEdges``: as in Cypher, an edge is used at
    /// most once within a clause, but a later clause may use an edge an earlier one matched.
    @exclusivity(unchecked) private var clauseEdgesStart = 0

    var plan: [Step] = []
    /// The `WHERE` terms to check after each plan step (index `i` after step `i`; the extra
    /// first entry before any step).
    var checks: [[CompiledExpression]] = []

    init(index: QueryIndex, evaluator: ExpressionEvaluator, slotCount: Int, options: QueryOptions) {
        self.index = index
        self.evaluator = evaluator
        self.options = options
        binding = Array(repeating: .null, count: slotCount)
    }

    // MARK: Compiling

    func compile(_ node: NodePattern) throws(QueryError) -> CompiledNode {
        var groups: [(UInt8, UInt32)] = []
        for group in node.labels {
            var kinds: UInt8 = 0, categories: UInt32 = 0
            for label in group {
                switch label {
                case let .kind(kind): kinds |= 1 << UInt8(QueryIndex.kinds.firstIndex(of: kind) ?? 0)
                case let .category(category): categories |= 1 << UInt32(QueryIndex.categories.firstIndex(of: category) ?? 0)
                }
            }
            groups.append((kinds, categories))
        }
        var allowed: Set<Int32>?
        var properties: [(PropertyKey, Value)] = []
        for property in node.properties {
            switch property.key {
            case "name", "id":
                // One string, or a list of alternatives: {name: ["YPG", "Kurdish forces"]}.
                var names: [String] = []
                if case let .string(name) = property.value { names = [name] }
                if case let .list(items) = property.value {
                    for case let .string(name) in items { names.append(name) }
                }
                var found = Set<Int32>()
                for name in names {
                    let matches: [Int32]
                    if property.key == "name" {
                        matches = index.nodesByName[NameMatching.key(name)] ?? []
                    } else {
                        matches = index.nodeIndex(id: name).map { [$0] } ?? []
                    }
                    if matches.isEmpty && names.count == 1 { throw unknownName(name, at: property.location, isID: property.key == "id") }
                    found.formUnion(matches)
                }
                // In a list, names the graph lacks are skipped; only a list matching nothing is an error.
                if found.isEmpty, let first = names.first {
                    throw unknownName(first, at: property.location, isID: property.key == "id", among: names.count, names: names)
                }
                allowed = allowed.map { $0.intersection(found) } ?? found
            default:
                guard let key = PropertyKey(rawValue: property.key) else {
                    throw QueryError("unknown node property \"\(property.key)\"", at: property.location)
                }
                properties.append((key, ExpressionEvaluator.value(of: property.value)))
            }
        }
        var selectivity = 4
        if let allowed { selectivity = 1 + min(allowed.count, 1_000_000) }
        else if groups.contains(where: { $0.1 != 0 && $0.0 == 0 }) { selectivity = 2_000_000 }
        else if !groups.isEmpty { selectivity = 3_000_000 }
        else { selectivity = 4_000_000 }
        return CompiledNode(slot: node.variable.flatMap { evaluator.slots[$0] }, labelGroups: groups,
                            allowed: allowed.map { $0.sorted() }, allowedSet: allowed, properties: properties,
                            selectivity: selectivity)
    }

    private func unknownName(_ name: String, at location: SourceLocation?, isID: Bool = false, among count: Int = 1,
                             names: [String] = []) -> QueryError {
        let what = isID ? "has the id" : "is named"
        if index.nodes.isEmpty { return QueryError("no node \(what) \"\(name)\": the graph is empty", at: location) }
        if count > 1 {
            let hints = names.compactMap { suggestions(for: $0, isID: isID).first }
            let hint = hints.isEmpty ? "" : "; near matches: " + Array(Set(hints)).sorted().prefix(5).joined(separator: ", ")
            return QueryError("none of the \(count) \(isID ? "ids" : "names") in the list matches a node\(hint)", at: location)
        }
        let found = suggestions(for: name, isID: isID)
        let hint = found.isEmpty ? " (ids, labels and aliases were searched)" : "; did you mean " + found.prefix(3).joined(separator: ", ") + "?"
        return QueryError("no node \(what) \"\(name)\"\(hint)", at: location)
    }

    /// Near matches for an unknown name or id, as `id (label)`.
    private func suggestions(for name: String, isID: Bool) -> [String] {
        do {
            let id = try index.graph.resolveNodeID(name)
            // The text names a node, but not as an id: suggest the id (or the name).
            let label = index.graph.node(withID: id)?.label ?? id
            return isID ? ["\(id) (\(label))"] : []
        } catch {
            switch error {
            case let .unknown(_, suggestions): return suggestions
            case let .ambiguous(_, candidates): return candidates
            }
        }
    }

    func compile(_ edge: EdgePattern) throws(QueryError) -> CompiledEdge {
        var mask = UInt32.max
        if let relations = edge.allowedRelations {
            mask = 0
            for (i, relation) in QueryIndex.relations.enumerated() where relations.contains(relation) { mask |= 1 << UInt32(i) }
        }
        var properties: [(PropertyKey, Value)] = []
        for property in edge.properties {
            guard let key = PropertyKey(rawValue: property.key) else {
                throw QueryError("unknown edge property \"\(property.key)\"", at: property.location)
            }
            properties.append((key, ExpressionEvaluator.value(of: property.value)))
        }
        return CompiledEdge(slot: edge.variable.flatMap { evaluator.slots[$0] }, mask: mask, direction: edge.direction,
                            hops: edge.hops, properties: properties)
    }

    /// Builds the plan for `patterns` and the `OPTIONAL MATCH` clauses, and schedules every
    /// `WHERE` term at the first step that binds all its variables (an optional clause's terms
    /// within that clause, so a failing term makes the clause not match).
    func prepare(_ patterns: [PathPattern], filter: QueryExpression?, optionalMatches: [OptionalMatch] = []) throws(QueryError) {
        var bound = Set<String>()
        var boundAfterStep: [Set<String>] = []
        try appendSteps(for: patterns, bound: &bound, boundAfterStep: &boundAfterStep)
        var terms: [(term: QueryExpression, steps: Range<Int>)] = (filter?.conjuncts ?? []).map { ($0, 0..<plan.count) }
        for optional in optionalMatches {
            let begin = plan.count
            plan.append(.optionalBegin(end: -1))
            boundAfterStep.append(bound)
            try appendSteps(for: optional.patterns, bound: &bound, boundAfterStep: &boundAfterStep)
            let end = plan.count
            plan.append(.optionalEnd)
            boundAfterStep.append(bound)
            plan[begin] = .optionalBegin(end: end)
            terms += (optional.filter?.conjuncts ?? []).map { ($0, begin..<end) }
        }
        checks = Array(repeating: [], count: plan.count + 1)
        stepNodes = Array(repeating: -1, count: plan.count)
        for (term, steps) in terms {
            let needed = term.variables
            if needed.isEmpty && steps.lowerBound == 0 { checks[0].append(evaluator.compile(term)); continue }
            let step = steps.first { needed.isSubset(of: boundAfterStep[$0]) } ?? max(steps.lowerBound, steps.upperBound - 1)
            checks[step + 1].append(evaluator.compile(term))
        }
    }

    /// Appends the anchor and walk steps of each pattern.
    private func appendSteps(for patterns: [PathPattern], bound: inout Set<String>,
                             boundAfterStep: inout [Set<String>]) throws(QueryError) {
        for pattern in patterns {
            let nodes = try pattern.nodes.map { (n) throws(QueryError) in try compile(n) }
            let edges = try pattern.steps.map { (step) throws(QueryError) in try compile(step.edge) }
            for (i, node) in pattern.nodes.enumerated() {
                nodes[i].requiresBinding = node.variable.map { bound.contains($0) } == true
            }
            var anchor = 0
            var best = Int.max
            for (i, node) in pattern.nodes.enumerated() {
                let score = node.variable.map { bound.contains($0) } == true ? 0 : nodes[i].selectivity
                if score < best { best = score; anchor = i }
            }
            let anchorStep = plan.count
            plan.append(.anchor(nodes[anchor]))
            if let name = pattern.nodes[anchor].variable { bound.insert(name) }
            boundAfterStep.append(bound)
            for i in stride(from: anchor, to: nodes.count - 1, by: 1) {
                plan.append(.expand(edge: edges[i], to: nodes[i + 1], from: i == anchor ? anchorStep : plan.count - 1, reversed: false))
                if let name = pattern.steps[i].edge.variable { bound.insert(name) }
                if let name = pattern.nodes[i + 1].variable { bound.insert(name) }
                boundAfterStep.append(bound)
            }
            for i in stride(from: anchor, to: 0, by: -1) {
                let edge = edges[i - 1].reversed
                plan.append(.expand(edge: edge, to: nodes[i - 1], from: i == anchor ? anchorStep : plan.count - 1, reversed: true))
                if let name = pattern.steps[i - 1].edge.variable { bound.insert(name) }
                if let name = pattern.nodes[i - 1].variable { bound.insert(name) }
                boundAfterStep.append(bound)
            }
        }
    }

    // MARK: Matching

    /// Calls `emit` for every match.
    func run(_ emit: (PatternMatcher) -> Void) throws(QueryError) {
        guard passes(checks[0]) else { return }
        descend(0, emit)
        if stopped { throw stepLimitError() }
    }

    /// Why the search stopped early, when not for the step limit.
    private var stopError: QueryError?

    /// Stops the search; the query fails with `error`.
    func stop(_ error: QueryError) {
        stopped = true
        stopError = stopError ?? error
    }

    func stepLimitError() -> QueryError {
        if let stopError { return stopError }
        return QueryError("the query was stopped after \(options.stepLimit) steps; name a node, add labels or relations, or shorten variable-length edges")
    }

    private func passes(_ terms: [CompiledExpression]) -> Bool {
        for term in terms where !evaluator.isTrue(term, binding) { return false }
        return true
    }

    private func descend(_ stepIndex: Int, _ emit: (PatternMatcher) -> Void) {
        if stopped { return }
        if stepIndex == plan.count { emit(self); return }
        switch plan[stepIndex] {
        case let .optionalBegin(end):
            let before = optionalCompletions
            let savedStart = clauseEdgesStart
            clauseEdgesStart = usedEdges.count
            if passes(checks[stepIndex + 1]) { descend(stepIndex + 1, emit) }
            clauseEdgesStart = savedStart
            // No match of the clause: go on with its variables unbound (null).
            if optionalCompletions == before && !stopped { descend(end + 1, emit) }
        case .optionalEnd:
            optionalCompletions += 1
            let savedStart = clauseEdgesStart
            clauseEdgesStart = usedEdges.count
            descend(stepIndex + 1, emit)
            clauseEdgesStart = savedStart
        case let .anchor(node):
            if let slot = node.slot, case let .node(already) = binding[slot] {
                if matches(already, node) {
                    bind(node, already, at: stepIndex) {
                        if passes(checks[stepIndex + 1]) { descend(stepIndex + 1, emit) }
                    }
                }
                return
            }
            if node.requiresBinding { return }
            let candidates: [Int32] = node.allowed ?? Array(0..<Int32(index.nodes.count))
            for candidate in candidates {
                steps += 1
                if steps > options.stepLimit { stopped = true }
                if stopped { return }
                guard matches(candidate, node) else { continue }
                bind(node, candidate, at: stepIndex) {
                    if passes(checks[stepIndex + 1]) { descend(stepIndex + 1, emit) }
                }
            }
        case let .expand(edge, node, fromStep, reversed):
            let from = stepNodes[fromStep]
            if let hops = edge.hops {
                expandPath(from: from, edge: edge, hops: hops, node: node, reversed: reversed, stepIndex: stepIndex, emit)
            } else {
                forEachEdge(from: from, mask: edge.mask, direction: edge.direction) { e, other in
                    guard !usedEdges[clauseEdgesStart...].contains(e), edgeMatches(e, edge), matches(other, node) else { return }
                    usedEdges.append(e)
                    let saved = edge.slot.map { binding[$0] }
                    if let slot = edge.slot { binding[slot] = .edge(e) }
                    bind(node, other, at: stepIndex) {
                        if passes(checks[stepIndex + 1]) { descend(stepIndex + 1, emit) }
                    }
                    if let slot = edge.slot, let saved { binding[slot] = saved }
                    usedEdges.removeLast()
                }
            }
        }
    }

    /// The node each plan step bound, so a walk can continue from it.
    @exclusivity(unchecked) private var stepNodes: [Int32] = []

    /// Binds `node` to `value` (and records it as plan step `step`'s node) during `body`.
    private func bind(_ node: CompiledNode, _ value: Int32, at step: Int, _ body: () -> Void) {
        let saved = node.slot.map { binding[$0] }
        if let slot = node.slot { binding[slot] = .node(value) }
        stepNodes[step] = value
        body()
        if let slot = node.slot, let saved { binding[slot] = saved }
    }

    func matches(_ candidate: Int32, _ node: CompiledNode) -> Bool {
        let c = Int(candidate)
        for group in node.labelGroups {
            let kindBit: UInt8 = 1 << index.nodeKind[c]
            let category = index.nodeCategory[c]
            let categoryBit: UInt32 = category == UInt8.max ? 0 : 1 << UInt32(category)
            if group.kinds & kindBit == 0 && group.categories & categoryBit == 0 { return false }
        }
        if let allowed = node.allowedSet, !allowed.contains(candidate) { return false }
        for (key, value) in node.properties {
            guard case .bool(true) = evaluator.compare(evaluator.nodeProperty(key, of: candidate), .equal, value, anyOfLeft: key.isMultiValued) else { return false }
        }
        if let slot = node.slot {
            switch binding[slot] {
            case let .node(already): if already != candidate { return false }
            case .null: if node.requiresBinding { return false }
            default: break
            }
        }
        return true
    }

    func edgeMatches(_ e: Int32, _ edge: CompiledEdge) -> Bool {
        for (key, value) in edge.properties {
            guard case .bool(true) = evaluator.compare(evaluator.edgeProperty(key, of: e), .equal, value, anyOfLeft: key.isMultiValued) else { return false }
        }
        return true
    }

    /// Calls `body(edge, otherEnd)` for the edges at `u` that the mask and direction allow;
    /// symmetric relations count in both directions, self-loops once.
    func forEachEdge(from u: Int32, mask: UInt32, direction: EdgeDirection, _ body: (Int32, Int32) -> Void) {
        let n = Int(u)
        let symmetric = QueryIndex.symmetricMask & mask
        if direction != .incoming || symmetric != 0 {
            let row = index.outOffsets[n]..<index.outOffsets[n + 1]
            // Steps are counted per row, not per edge, to keep the inner loop lean.
            steps += row.count
            if steps > options.stepLimit { stopped = true; return }
            for k in row {
                let e = index.outEdges[k]
                let bit: UInt32 = 1 << UInt32(index.edgeRelation[Int(e)])
                guard (direction == .incoming ? symmetric : mask) & bit != 0 else { continue }
                let other = index.edgeTarget[Int(e)]
                if direction == .incoming && other == u { continue }
                body(e, other)
                if stopped { return }
            }
        }
        if direction != .outgoing || symmetric != 0 {
            let row = index.inOffsets[n]..<index.inOffsets[n + 1]
            // Steps are counted per row, not per edge, to keep the inner loop lean.
            steps += row.count
            if steps > options.stepLimit { stopped = true; return }
            for k in row {
                let e = index.inEdges[k]
                let bit: UInt32 = 1 << UInt32(index.edgeRelation[Int(e)])
                guard (direction == .outgoing ? symmetric : mask) & bit != 0 else { continue }
                let other = index.edgeSource[Int(e)]
                if direction != .incoming && other == u { continue }
                body(e, other)
                if stopped { return }
            }
        }
    }

    private func expandPath(from start: Int32, edge: CompiledEdge, hops: ClosedRange<Int>, node: CompiledNode,
                            reversed: Bool, stepIndex: Int, _ emit: (PatternMatcher) -> Void) {
        var pathNodes: [Int32] = [start]
        var pathEdges: [Int32] = []
        func visit(_ u: Int32) {
            steps += 1
            if steps > options.stepLimit { stopped = true }
            if stopped { return }
            if pathEdges.count >= hops.lowerBound && matches(u, node) {
                let value = reversed
                    ? PathValue(nodes: pathNodes.reversed(), edges: pathEdges.reversed())
                    : PathValue(nodes: pathNodes, edges: pathEdges)
                let saved = edge.slot.map { binding[$0] }
                if let slot = edge.slot { binding[slot] = .path(value) }
                bind(node, u, at: stepIndex) {
                    if passes(checks[stepIndex + 1]) { descend(stepIndex + 1, emit) }
                }
                if let slot = edge.slot, let saved { binding[slot] = saved }
            }
            guard pathEdges.count < hops.upperBound else { return }
            forEachEdge(from: u, mask: edge.mask, direction: edge.direction) { e, other in
                guard !pathNodes.contains(other), !usedEdges[clauseEdgesStart...].contains(e), edgeMatches(e, edge) else { return }
                pathNodes.append(other); pathEdges.append(e); usedEdges.append(e)
                visit(other)
                pathNodes.removeLast(); pathEdges.removeLast(); usedEdges.removeLast()
            }
        }
        visit(start)
    }
}
