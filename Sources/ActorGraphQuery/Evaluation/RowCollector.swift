import ActorGraph

/// Turns matches into result rows: projects the `RETURN` columns, groups and aggregates when a
/// column is an aggregate (grouping by the other columns, as Cypher does), removes duplicates
/// for `DISTINCT`, sorts, and applies `SKIP` and `LIMIT`.
///
/// With `LIMIT` (and no grouping) only the best `SKIP + LIMIT` rows are kept as matches arrive,
/// so memory stays bounded; otherwise more than ``QueryOptions/rowLimit`` rows stop the query.
final class RowCollector {
    private let index: QueryIndex
    private let evaluator: ExpressionEvaluator
    private let items: [ReturnItem]
    private let isDistinct: Bool
    private let options: QueryOptions
    private let aggregating: Bool
    /// The non-aggregate columns, compiled (all columns when nothing aggregates).
    private let keyExpressions: [CompiledExpression]
    /// The argument of each aggregate column (`nil` for count(*)).
    private let aggregateArguments: [CompiledExpression?]
    /// For each `ORDER BY` key: the column it names, or the expression to evaluate per match.
    private let sortKeys: [(column: Int?, expression: CompiledExpression, descending: Bool)]

    private struct Row {
        var values: [Value]
        var sortValues: [Value]
        var edges: Set<Int32>
        var accumulators: [Accumulator]
        var order: Int
    }

    // Updated once per match; no access spans a call that reaches the same property (see
    // PatternMatcher), so exclusivity checks are off.
    @exclusivity(unchecked) private var rows: [Row] = []
    @exclusivity(unchecked) private var rowByKey: [[Value]: Int] = [:]
    @exclusivity(unchecked) private var matchCount = 0
    private let skip: Int?
    private let limit: Int?
    /// How many rows need keeping when LIMIT bounds the answer (no grouping, no DISTINCT).
    private let keep: Int?

    init(index: QueryIndex, evaluator: ExpressionEvaluator, items: [ReturnItem], isDistinct: Bool,
         ordering: [SortKey], skip: Int?, limit: Int?, options: QueryOptions) {
        self.skip = skip
        self.limit = limit
        self.index = index
        self.evaluator = evaluator
        self.items = items
        self.isDistinct = isDistinct
        self.options = options
        aggregating = items.contains { $0.expression.containsAggregate }
        keyExpressions = items.filter { !$0.expression.containsAggregate }.map { evaluator.compile($0.expression) }
        aggregateArguments = items.filter(\.expression.containsAggregate).map { item in
            if case let .call(_, arguments, _) = item.expression, let argument = arguments.first { return evaluator.compile(argument) }
            return nil
        }
        sortKeys = ordering.map { key in
            let column = items.firstIndex { $0.expression == key.expression || $0.alias.map(QueryExpression.variable) == key.expression }
            return (column, evaluator.compile(key.expression), key.descending)
        }
        let grouped = items.contains { $0.expression.containsAggregate } || isDistinct
        keep = grouped ? nil : limit.map { limit in
            let (total, overflow) = (skip ?? 0).addingReportingOverflow(limit)
            return overflow ? Int.max : total
        }
    }

    /// Adds the matcher's current match.
    func add(_ matcher: PatternMatcher) {
        let binding = matcher.binding
        matchCount += 1
        if aggregating {
            let key = keyExpressions.map { evaluator.evaluate($0, binding) }
            let row: Int
            if key.isEmpty && !rows.isEmpty {
                row = 0   // one group: no need to hash the empty key
            } else if let existing = rowByKey[key] {
                row = existing
            } else {
                row = rows.count
                rowByKey[key] = row
                rows.append(Row(values: key, sortValues: [], edges: [], accumulators: items.compactMap(Accumulator.init), order: row))
                if rows.count > options.rowLimit { matcher.stop(tooManyRows) }
            }
            for (a, argument) in aggregateArguments.enumerated() {
                rows[row].accumulators[a].add(argument.map { evaluator.evaluate($0, binding) }, evaluator.index)
            }
            addEvidence(matcher.usedEdges, to: row)
            return
        }
        let values = keyExpressions.map { evaluator.evaluate($0, binding) }
        if isDistinct, let existing = rowByKey[values] {
            addEvidence(matcher.usedEdges, to: existing)
            return
        }
        let sortValues = sortKeys.map { $0.column == nil ? evaluator.evaluate($0.expression, binding) : .null }
        if isDistinct { rowByKey[values] = rows.count }
        rows.append(Row(values: values, sortValues: sortValues, edges: [], accumulators: [], order: matchCount))
        addEvidence(matcher.usedEdges, to: rows.count - 1)
        if let keep, rows.count >= max(2 * min(keep, options.rowLimit), 1024) {
            // Keep only the rows that can still make the answer.
            rows.sort(by: precedes)
            if keep < rows.count { rows.removeLast(rows.count - keep) }
        }
        if rows.count > options.rowLimit { matcher.stop(tooManyRows) }
    }

    private var tooManyRows: QueryError {
        QueryError("the answer has more than \(options.rowLimit) rows; add LIMIT, or count them with count(*)")
    }

    /// The row order: the ORDER BY keys, then the columns left to right, then the order of the
    /// matches, so the answer never depends on how the search went.
    private func precedes(_ a: Row, _ b: Row) -> Bool {
        for (k, key) in sortKeys.enumerated() {
            let x = key.column.map { a.values[$0] } ?? a.sortValues[k]
            let y = key.column.map { b.values[$0] } ?? b.sortValues[k]
            let c = index.compare(x, y)
            if c != 0 { return key.descending ? c > 0 : c < 0 }
        }
        for (x, y) in zip(a.values, b.values) {
            let c = index.compare(x, y)
            if c != 0 { return c < 0 }
        }
        return a.order < b.order
    }

    private func addEvidence(_ edges: [Int32], to row: Int) {
        for e in edges where rows[row].edges.count < options.evidenceLimit { rows[row].edges.insert(e) }
    }

    /// The finished result.
    func result() -> QueryResult {
        var finished = rows
        if aggregating {
            for r in finished.indices {
                var values: [Value] = []
                var k = 0, a = 0
                for item in items {
                    if item.expression.containsAggregate {
                        values.append(finished[r].accumulators[a].value(index))
                        a += 1
                    } else {
                        values.append(finished[r].values[k])
                        k += 1
                    }
                }
                finished[r].values = values
            }
            // count(*) over no match is one row with 0 when nothing is grouped.
            if finished.isEmpty && items.allSatisfy(\.expression.containsAggregate) {
                let empty = items.compactMap(Accumulator.init).map { $0.value(index) }
                finished.append(Row(values: empty, sortValues: [], edges: [], accumulators: [], order: 0))
            }
        }
        finished.sort(by: precedes)
        let from = min(skip ?? 0, finished.count)
        let to = limit.map { $0 >= finished.count - from ? finished.count : from + $0 } ?? finished.count
        let columns = items.map(\.name)
        let kept = finished[from..<to]
        let resultRows = kept.map { row in
            QueryRow(columns: columns, values: row.values.map(index.publicValue),
                     edges: row.edges.sorted().map { index.edges[Int($0)] })
        }
        var subgraph = ActorGraph()
        if options.collectsSubgraph {
            // What the returned rows show: their nodes, paths and edges, and their evidence edges.
            var nodes = Set<Int32>(), edges = Set<Int32>()
            func collect(_ value: Value) {
                switch value {
                case let .node(n): nodes.insert(n)
                case let .edge(e): edges.insert(e)
                case let .path(p): nodes.formUnion(p.nodes); edges.formUnion(p.edges)
                case let .list(items): items.forEach(collect)
                default: break
                }
            }
            for row in kept {
                row.values.forEach(collect)
                edges.formUnion(row.edges)
            }
            for e in edges { nodes.insert(index.edgeSource[Int(e)]); nodes.insert(index.edgeTarget[Int(e)]) }
            subgraph = ActorGraph(documents: index.graph.documents,
                                  nodes: nodes.sorted().map { index.nodes[Int($0)] },
                                  edges: edges.sorted().map { index.edges[Int($0)] })
        }
        return QueryResult(columns: columns, rows: Array(resultRows), subgraph: subgraph)
    }
}

/// The running state of one aggregate column.
struct Accumulator {
    let function: String
    let distinct: Bool
    var count = 0
    var integerSum = 0
    var doubleSum = 0.0
    var allIntegers = true
    var minimum: Value?
    var maximum: Value?
    var items: [Value] = []
    var seen = Set<Value>()

    /// The accumulator for a return item, or `nil` when the item is not an aggregate.
    init?(_ item: ReturnItem) {
        switch item.expression {
        case .countAll: function = "count(*)"; distinct = false
        case let .call(name, _, isDistinct) where QueryExpression.aggregates.contains(name): function = name; distinct = isDistinct
        default: return nil
        }
    }

    /// Adds one match's value of the argument (`nil` for count(*)).
    mutating func add(_ argument: Value?, _ index: QueryIndex) {
        guard let value = argument else {
            count += 1
            return
        }
        if value.isNull { return }
        if distinct && !seen.insert(value).inserted { return }
        count += 1
        switch function {
        case "sum", "avg":
            switch value {
            case let .int(v):
                let (sum, overflow) = integerSum.addingReportingOverflow(v)
                integerSum = sum
                if overflow { allIntegers = false }   // too big for Int: the Double sum is returned
                doubleSum += Double(v)
            case let .double(v): allIntegers = false; doubleSum += v
            default: count -= 1
            }
        case "min":
            if minimum.map({ index.compare(value, $0) < 0 }) ?? true { minimum = value }
        case "max":
            if maximum.map({ index.compare(value, $0) > 0 }) ?? true { maximum = value }
        case "collect":
            items.append(value)
        default:
            break
        }
    }

    func value(_ index: QueryIndex) -> Value {
        switch function {
        case "count(*)", "count": .int(count)
        case "sum": allIntegers ? .int(integerSum) : .double(doubleSum)
        case "avg": count == 0 ? .null : .double(doubleSum / Double(count))
        case "min": minimum ?? .null
        case "max": maximum ?? .null
        case "collect": .list(items)
        default: .null
        }
    }
}
