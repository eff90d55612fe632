import ActorGraph
import ActorGraphQuery
import ActorGraphTestSupport
import Testing

/// What queries answer on the hand-made graph of ``Fixtures``.
@Suite("Query evaluation")
struct EvaluationTests {
    func run(_ text: String, options: QueryOptions = QueryOptions()) throws -> QueryResult {
        try Fixtures.engine.run(text, options: options)
    }

    @Test func directionAndAlternatives() throws {
        let supporters = try run("MATCH (a)-[:supports|backs]->(b) RETURN a, b")
        #expect(supporters.column("a") == ["Iran", "Russia"])
        #expect(supporters.column("b") == ["Hezbollah", "Syrian army"])
        let incoming = try run("MATCH (b)<-[:supports|backs]-(a) RETURN a, b")
        #expect(incoming.column("a") == ["Iran", "Russia"])
        let either = try run("MATCH (x {name: \"Syrian army\"})-[e:conflict]-(y) RETURN DISTINCT y, e.relation AS r")
        #expect(either.column("y") == ["Rebels", "Rebels", "United Nations"])
        #expect(either.column("r") == ["attacks", "shells", "condemns"])
    }

    @Test func symmetricRelationsMatchBothWays() throws {
        // allied-with is stored hezbollah → army but reads both ways.
        let allies = try run("MATCH (army {name: \"Syrian army\"})-[:allied-with]->(x) RETURN x")
        #expect(allies.column("x") == ["Hezbollah"])
        let fights = try run("MATCH (a)-[:fights]->(b) RETURN a, b")
        #expect(fights.column("a") == ["Islamic State", "Turkey"])
        // A non-symmetric relation does not.
        #expect(try run("MATCH (army {name: \"Syrian army\"})-[:supports]->(x) RETURN x").rows.isEmpty)
    }

    @Test func labelsAndCategories() throws {
        #expect(try run("MATCH (p:place) RETURN p").column("p") == ["East Aleppo", "Masaken Hanano", "Sheikh Maqsoud"])
        #expect(try run("MATCH (a:state) RETURN a").column("a") == ["Iran", "Russia", "Turkey"])
        #expect(try run("MATCH (a:militia|state) RETURN count(*) AS n").column("n") == ["5"])
        // Two label groups must both hold.
        #expect(try run("MATCH (a:actor:militia) RETURN a").column("a") == ["Hezbollah", "YPG"])
        #expect(try run("MATCH (a:armedGroup) RETURN a").column("a") == ["Islamic State", "Rebels", "Syrian army"])
    }

    @Test func namesMatchIDsLabelsAndAliasesIgnoringCase() throws {
        for name in ["army", "Syrian army", "SYRIAN ARMY", "government forces", "  syrian   army "] {
            #expect(try run("MATCH (a {name: \"\(name)\"}) RETURN a").column("a") == ["Syrian army"], "\(name)")
        }
        #expect(try run("MATCH (a {name: [\"UN\", \"YPG\", \"not in the graph\"]}) RETURN a").column("a") == ["United Nations", "YPG"])
        #expect(try run("MATCH (a {id: \"un\"}) RETURN a").column("a") == ["United Nations"])
        #expect(try run("MATCH (a {category: \"state\", name: \"Moscow\"}) RETURN a").column("a") == ["Russia"])
    }

    @Test func unknownNamesSuggestNearMatches() throws {
        let error = try #require(throws: QueryError.self) { try run("MATCH (a {name: \"Hezbolah\"}) RETURN a") }
        #expect(error.location?.line == 1 && error.location?.column == 17)
        #expect(error.message.contains("no node is named \"Hezbolah\""))
        #expect(error.message.contains("hezbollah (Hezbollah)"))
        let list = try #require(throws: QueryError.self) { try run("MATCH (a {name: [\"x1\", \"x2\"]}) RETURN a") }
        #expect(list.message.contains("none of the 2 names"))
    }

    @Test func chainsOfSeveralHops() throws {
        // Who is attacked by someone whom Russia supports?
        let result = try run("MATCH (:state {name: \"Russia\"})-[:supports]->(x)-[:shells|attacks]->(victim) RETURN x, victim")
        #expect(result.column("x") == ["Syrian army"])
        #expect(result.column("victim") == ["Rebels"])
        // Anchored in the middle: the walk goes right and left from the named node.
        let middle = try run("MATCH (a)-[:supports]->(b {name: \"army\"})-[:captures]->(p)-[:part-of]->(q) RETURN a, p, q")
        #expect(result.rows.count == 1)
        #expect(middle.column("a") == ["Russia"] && middle.column("p") == ["Masaken Hanano"] && middle.column("q") == ["East Aleppo"])
    }

    @Test func anEdgeIsUsedOnceInAMatch() throws {
        // (a)-[]-(b)-[]-(c) must not walk the same edge back.
        let result = try run("MATCH (a {name: \"Iran\"})--(b)--(c) RETURN c")
        #expect(result.column("c") == ["Syrian army"])
    }

    @Test func sharedVariablesJoinPatterns() throws {
        // Places attacked by someone whose own enemy is condemned by the UN.
        let result = try run("""
            MATCH (un {name: "UN"})-[:condemns]->(x), (x)-[:shells]->(y), (y)-[:shells]->(p:place)
            RETURN x, y, p
            """)
        #expect(result.column("x") == ["Syrian army"] && result.column("y") == ["Rebels"] && result.column("p") == ["Sheikh Maqsoud"])
        // Without a shared variable: every combination.
        #expect(try run("MATCH (a:state), (p:place) RETURN count(*) AS n").column("n") == ["9"])
    }

    @Test func variableLengthPaths() throws {
        let reach = try run("MATCH (a {name: \"Iran\"})-[p*1..2]->(b) RETURN b, length(p) AS hops")
        #expect(reach.column("b") == ["Hezbollah", "Syrian army"])
        #expect(reach.column("hops") == ["1", "2"])
        let exact = try run("MATCH (a {name: \"Iran\"})-[*3]-(b) RETURN DISTINCT b")
        #expect(exact.column("b") == ["Masaken Hanano", "Rebels", "Russia", "United Nations"])
        let zero = try run("MATCH (a {name: \"Iran\"})-[*0..1]->(b) RETURN b")
        #expect(zero.column("b") == ["Hezbollah", "Iran"])
        // Simple paths only: nothing comes back to its start.
        #expect(try run("MATCH (a {name: \"Iran\"})-[*1..6]-(a) RETURN a").rows.isEmpty)
        // Leftward variable-length edges report the path left to right.
        let left = try run("MATCH (a)-[p:backs|allied-with*2]->(b {name: \"Syrian army\"}) RETURN a, p")
        #expect(left.column("p") == ["Iran > Hezbollah > Syrian army"])
    }

    @Test func whereFilters() throws {
        #expect(try run("MATCH (a)-[e]->(b) WHERE e.weight >= 2 RETURN a, b").column("a") == ["Syrian army"])
        #expect(try run("MATCH (a)-[e:conflict]->(b) WHERE e.date >= \"2016-12-01\" AND NOT b:place RETURN a").rows.isEmpty == false)
        let december = try run("MATCH (a)-[e:conflict]->(b) WHERE e.date >= \"2016-12-01\" RETURN DISTINCT a ORDER BY a")
        #expect(december.column("a") == ["Rebels", "Syrian army", "United Nations"])
        let november = try run("MATCH (a)-[e:conflict]->(b) WHERE e.document = \"a.txt\" RETURN DISTINCT a, b")
        // fights is symmetric, so Islamic State fights Turkey too.
        #expect(november.column("a") == ["Islamic State", "Syrian army", "Turkey"])
        let text = try run("MATCH (a)-[e]->(b) WHERE e.evidence CONTAINS \"CAPTURED\" OR b.label STARTS WITH \"isl\" RETURN b")
        #expect(text.column("b") == ["Islamic State", "Masaken Hanano"])
        let inList = try run("MATCH (a:actor) WHERE a.category IN [\"militia\", \"international-org\"] AND a.id <> \"ypg\" RETURN a")
        #expect(inList.column("a") == ["Hezbollah", "United Nations"])
        #expect(try run("MATCH (s:statement) WHERE s.quote IS NOT NULL RETURN s.quote AS q").column("q") == ["The rebels must leave"])
        #expect(try run("MATCH (a:actor) WHERE a.quote IS NULL AND a.degree = 0 RETURN a").rows.isEmpty)
        #expect(try run("MATCH (s:statement) RETURN s.about AS about").column("about") == ["Rebels"])
    }

    @Test func optionalMatchKeepsRowsWithoutAMatch() throws {
        let result = try run("MATCH (a:state) OPTIONAL MATCH (a)-[e:supports|backs]->(b) RETURN a, b, e.relation AS how")
        #expect(result.column("a") == ["Iran", "Russia", "Turkey"])
        #expect(result.column("b") == ["Hezbollah", "Syrian army", ""])
        #expect(result.rows[2]["b"] == .null && result.rows[2]["how"] == .null)
        #expect(result.rows[2].edges.isEmpty)
        // The clause's own WHERE decides whether it matched; the row stays either way.
        let filtered = try run("MATCH (a:state) OPTIONAL MATCH (a)-[e]->(b) WHERE e.weight >= 2 RETURN a, count(b) AS n")
        #expect(filtered.column("a") == ["Iran", "Russia", "Turkey"])
        #expect(filtered.column("n") == ["0", "0", "0"])
        // Aggregates skip the nulls; several optional clauses chain.
        let speakers = try run("""
            MATCH (p:person) OPTIONAL MATCH (p)-[:said]->(s) OPTIONAL MATCH (s)-[:about]->(x)
            RETURN p, count(s) AS quotes, collect(x) AS about
            """)
        #expect(speakers.column("p") == ["Sergei Lavrov"] && speakers.column("quotes") == ["1"] && speakers.column("about") == ["Rebels"])
        let nothing = try run("MATCH (a {name: \"Iran\"}) OPTIONAL MATCH (a)-[:flees-to]->(p) OPTIONAL MATCH (p)-[:part-of]->(q) RETURN a, p, q")
        #expect(nothing.rows.count == 1 && nothing.rows[0]["p"] == .null && nothing.rows[0]["q"] == .null)
        // Built in Swift.
        let built = Query(matching: PathPattern(NodePattern("a", .category(.state))))
            .optionallyMatching(PathPattern(NodePattern("a")).followed(by: EdgePattern(.backs), NodePattern("b")))
            .returning(ReturnItem(.variable("a")), ReturnItem(.variable("b")))
        #expect(built.description == "MATCH (a:state) OPTIONAL MATCH (a)-[:backs]->(b) RETURN a, b")
        #expect(try Fixtures.graph.query(built).column("b") == ["Hezbollah", "", ""])
    }

    @Test func aggregatesGroupByTheOtherColumns() throws {
        let counts = try run("MATCH (a)-[:conflict]-(b) RETURN a, count(*) AS n, collect(DISTINCT b) AS others ORDER BY n DESC, a LIMIT 2")
        #expect(counts.column("a") == ["Rebels", "Syrian army"])
        #expect(counts.column("n") == ["3", "3"])
        #expect(counts.column("others") == ["Syrian army, Sheikh Maqsoud", "Rebels, United Nations"])
        // -[e]-> reads the two symmetric edges (allied-with, fights) both ways: 17 matches of 15 edges.
        let sums = try run("MATCH (a)-[e]->(b) RETURN sum(e.weight) AS total, count(e) AS matches, count(DISTINCT e) AS edges, min(e.weight) AS least, max(e.weight) AS most, avg(e.weight) AS mean")
        let row = try #require(sums.rows.first)
        #expect(row["total"] == .int(18) && row["matches"] == .int(17) && row["edges"] == .int(15))
        #expect(row["least"] == .int(1) && row["most"] == .int(2))
        #expect(abs((row["mean"]?.double ?? 0) - 18.0 / 17.0) < 1e-12)
        // count over no match is one row with 0.
        #expect(try run("MATCH (a:coalition) RETURN count(*) AS n").column("n") == ["0"])
        #expect(try run("MATCH (a:coalition) RETURN a, count(*) AS n").rows.isEmpty)
    }

    @Test func distinctOrderSkipAndLimit() throws {
        let all = try run("MATCH (a)-[:shells]->(b) RETURN a")
        #expect(all.column("a") == ["Rebels", "Syrian army"])
        let distinct = try run("MATCH (a:actor)-[]->(b:place) RETURN DISTINCT a ORDER BY a DESC")
        #expect(distinct.column("a") == ["YPG", "Syrian army", "Rebels"])
        let page = try run("MATCH (a:actor) RETURN a.label AS name ORDER BY name SKIP 2 LIMIT 3")
        #expect(page.column("name") == ["Islamic State", "Rebels", "Russia"])
        let byExpression = try run("MATCH (a:actor) RETURN a ORDER BY a.degree DESC, a LIMIT 1")
        #expect(byExpression.column("a") == ["Syrian army"])
    }

    @Test func shortestPaths() throws {
        let one = try run("PATH SHORTEST (a {name: \"Iran\"})-[p*]-(b {name: \"UN\"}) RETURN p, length(p) AS steps")
        #expect(one.column("p") == ["Iran > Hezbollah > Syrian army > United Nations"])
        #expect(one.column("steps") == ["3"])
        let path = try #require(one.rows.first?["p"]?.path)
        #expect(path.edges.map(\.relation) == [.backs, .alliedWith, .condemns])
        // Every shortest path: Lavrov reaches the army via Russia (2 steps) or via the statement (3): one.
        let all = try run("PATH ALL SHORTEST (a {name: \"Lavrov\"})-[p*]-(b {name: \"Rebels\"}) RETURN p")
        #expect(all.column("p") == ["Sergei Lavrov > The rebels must leave > Rebels"])
        let two = try run("PATH ALL SHORTEST (a {name: \"Russia\"})-[p:cooperation|conflict*]-(b {name: \"Rebels\"}) RETURN p")
        #expect(two.column("p") == ["Russia > Syrian army > Rebels", "Russia > Syrian army > Rebels"])
        // Restricted to a relation class, or too short, nothing connects.
        #expect(try run("PATH SHORTEST (a {name: \"Iran\"})-[p:cooperation*]-(b {name: \"UN\"}) RETURN p").rows.isEmpty)
        #expect(try run("PATH SHORTEST (a {name: \"Iran\"})-[p*..2]-(b {name: \"UN\"}) RETURN p").rows.isEmpty)
        // Directed: Iran reaches the army following arrows (allied-with is symmetric), not the UN.
        #expect(try run("PATH SHORTEST (a {name: \"Iran\"})-[p*]->(b {name: \"UN\"}) RETURN p").rows.isEmpty)
        #expect(try run("PATH SHORTEST (a {name: \"Iran\"})-[p*]->(b {name: \"army\"}) RETURN p").column("p") == ["Iran > Hezbollah > Syrian army"])
        // Many ends: from every state to every place, nearest first.
        let fromStates = try run("PATH SHORTEST (a:state)-[p*]-(b:place) WHERE a.label = \"Turkey\" OR length(p) <= 2 RETURN a, b ORDER BY a, b")
        #expect(fromStates.column("a") == ["Russia"] && fromStates.column("b") == ["Masaken Hanano"])
    }

    @Test func rowsCarryTheirEvidence() throws {
        let result = try run("MATCH (a {name: \"army\"})-[:shells]->(b) RETURN a, b")
        let row = try #require(result.rows.first)
        #expect(row.edges.map(\.relation) == [.shells])
        #expect(row.evidence.map(\.text) == ["The army shelled rebels.", "Again the army shelled rebels."])
        // Anonymous edges count as evidence too, and aggregated rows gather all of theirs.
        let grouped = try run("MATCH (a)-->(b {name: \"army\"}) RETURN count(*) AS n")
        #expect(grouped.rows.first?.edges.count == 4)
    }

    @Test func subgraphOfTheMatches() throws {
        let result = try run("MATCH (a)-[:supports|backs]->(b) RETURN a", options: QueryOptions(collectsSubgraph: true))
        #expect(result.subgraph.nodes.map(\.id) == ["army", "hezbollah", "iran", "russia"])
        #expect(result.subgraph.edges.map(\.relation) == [.backs, .supports])
        #expect(try run("MATCH (a) RETURN a").subgraph.nodeCount == 0)
    }

    @Test func theStepLimitStopsRunawayQueries() throws {
        let error = try #require(throws: QueryError.self) {
            try run("MATCH (a)-[*1..6]-(b) RETURN count(*) AS n", options: QueryOptions(stepLimit: 50))
        }
        #expect(error.message.contains("stopped after 50 steps"))
    }

    @Test func defaultReturnIsEveryNamedVariable() throws {
        let result = try run("MATCH (a)-[e:captures]->(p)")
        #expect(result.columns == ["a", "e", "p"])
        #expect(result.rows.first?["e"]?.edge?.relation == .captures)
    }

    @Test func aSwiftBuiltQueryEqualsTheParsedOne() throws {
        let built = Query(matching: PathPattern(NodePattern("a", .actor))
            .followed(by: EdgePattern(.supports, .backs), NodePattern("b")))
            .filtered(where: .compare(.property("a", "category"), .equal, "state"))
            .returning(ReturnItem(.variable("a")), ReturnItem(.property("b", "label"), as: "target"))
            .ordered(by: SortKey(.variable("a"), descending: true))
            .limited(to: 5)
        let text = "MATCH (a:actor)-[:supports|backs]->(b) WHERE a.category = \"state\" RETURN a, b.label AS target ORDER BY a DESC LIMIT 5"
        #expect(built.description == text)
        #expect(try Query(parsing: text).description == text)
        let result = try Fixtures.graph.query(built)
        #expect(result.column("a") == ["Russia", "Iran"])
        #expect(result.column("target") == ["Syrian army", "Hezbollah"])
        #expect(try Fixtures.graph.query(text) == result)
        // A built query is checked too.
        let broken = Query(matching: PathPattern(NodePattern("a"))).returning(ReturnItem(.variable("zz")))
        #expect(throws: QueryError.self) { try Fixtures.graph.query(broken) }
        let shortest = Query(shortestPath: PathPattern(NodePattern("a", named: "Iran"))
            .followed(by: EdgePattern("p", direction: .either, hops: 1...6), NodePattern("b", named: "UN")))
        #expect(try Fixtures.graph.query(shortest).rows.first?["p"]?.path?.length == 3)
    }

    @Test func deterministicAnswers() throws {
        let text = "MATCH (a)-[e]-(b) RETURN a, e, b"
        let first = try run(text), second = try QueryEngine(Fixtures.graph).run(text)
        #expect(first == second)
        #expect(first.jsonValue.serialized() == second.jsonValue.serialized())
    }

    @Test func emptyGraph() throws {
        let empty = QueryEngine(ActorGraph())
        #expect(try empty.run("MATCH (a) RETURN a").rows.isEmpty)
        #expect(try empty.run("MATCH (a) RETURN count(*) AS n").column("n") == ["0"])
        let error = try #require(throws: QueryError.self) { try empty.run("MATCH (a {name: \"x\"}) RETURN a") }
        #expect(error.message.contains("the graph is empty"))
    }
}

/// Random well-formed queries (from a small grammar, seeded) run on the fixture graph: none may
/// crash, every answer must be deterministic, and printing a query and parsing it back must not
/// change its answer.
@Suite("Query evaluation on random queries")
struct RandomQueryTests {
    @Test func randomWellFormedQueries() throws {
        var random = SplitMix(seed: 2016)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let labels = ["", ":actor", ":place", ":state|militia", ":statement", ":armed-group"]
        let names = ["", " {name: \"army\"}", " {name: [\"UN\", \"Iran\"]}", " {id: \"rebels\"}"]
        let types = ["", ":supports", ":conflict", ":cooperation|conflict", ":shells|attacks", ":said|about"]
        let lengths = ["", "", "*1..2", "*2", "*0..1"]
        for _ in 0..<400 {
            var text = "MATCH (a\(pick(labels))\(pick(names)))"
            let hops = Int(random.next() % 3)
            var variables = ["a"]
            for step in 0..<hops {
                let length = pick(lengths)
                let edge = length.isEmpty ? "e\(step)" : "p\(step)"
                let direction = pick(["-", "->"])
                text += "-[\(edge)\(pick(types))\(length)]\(direction)(n\(step)\(pick(labels)))"
                variables += [edge, "n\(step)"]
            }
            let last = variables.last ?? "a"
            let conditions = ["", " WHERE a.label <> \"x\"", " WHERE \(last) IS NOT NULL OR a.degree > 1",
                              " WHERE NOT a:place AND a.date >= \"2016-12-01\""]
            text += pick(conditions)
            text += pick(["", "", " OPTIONAL MATCH (\(last))-[o:conflict]-(z) WHERE z:actor",
                          " OPTIONAL MATCH (a)<-[:about|said]-(z)"])
            text += pick([" RETURN a, count(*) AS n ORDER BY n DESC LIMIT 3",
                          " RETURN DISTINCT \(last)",
                          " RETURN a.label AS label, collect(DISTINCT \(last)) AS others",
                          " RETURN \(variables.joined(separator: ", ")) SKIP 1"])
            let query = try Query(parsing: text)
            let first = try Fixtures.engine.run(query)
            let second = try Fixtures.engine.run(Query(parsing: query.description))
            #expect(first == second, "\(text)")
        }
    }
}

/// The bidirectional search `PATH SHORTEST` uses between two named nodes agrees with the
/// one-sided search of `PATH ALL SHORTEST` on random graphs, and its paths are real paths.
@Suite("Shortest paths on random graphs")
struct RandomShortestPathTests {
    @Test func bothSearchesAgree() throws {
        var random = SplitMix(seed: 11)
        for round in 0..<6 {
            var graph = ActorGraph()
            let n = 40 + round * 10
            for i in 0..<n { graph.add(Node(id: "n\(i)", kind: .actor, category: .armedGroup, label: "N\(i)")) }
            let relations: [Relation] = [.supports, .fights, .attacks, .alliedWith, .backs, .shells]
            for _ in 0..<(n * 2) {
                let s = Int(random.next() % UInt64(n)), t = Int(random.next() % UInt64(n))
                if s == t { continue }
                graph.add(Edge(source: "n\(s)", target: "n\(t)", relation: relations[Int(random.next() % 6)]))
            }
            let engine = QueryEngine(graph)
            for _ in 0..<60 {
                let a = "n\(random.next() % UInt64(n))", b = "n\(random.next() % UInt64(n))"
                if a == b { continue }
                let edge = ["[p*]-", "[p*]->", "[p:conflict*]-", "[p:cooperation*..4]->"][Int(random.next() % 4)]
                let one = try engine.run("PATH SHORTEST (a {id: \"\(a)\"})-\(edge)(b {id: \"\(b)\"}) RETURN p")
                let all = try engine.run("PATH ALL SHORTEST (a {id: \"\(a)\"})-\(edge)(b {id: \"\(b)\"}) RETURN p")
                #expect(one.rows.count == min(all.rows.count, 1), "\(a) \(edge) \(b)")
                guard let path = one.rows.first?["p"]?.path, let shortest = all.rows.first?["p"]?.path else { continue }
                #expect(path.length == shortest.length, "\(a) \(edge) \(b)")
                #expect(path.nodes.first?.id == a && path.nodes.last?.id == b)
                for (i, step) in path.edges.enumerated() {
                    let ends = Set([step.source, step.target])
                    #expect(ends == Set([path.nodes[i].id, path.nodes[i + 1].id]))
                    if edge.hasSuffix(">") && !step.relation.isSymmetric { #expect(step.source == path.nodes[i].id) }
                }
                // The path is one of the shortest ones.
                #expect(all.rows.contains { $0["p"]?.path?.nodes.map(\.id) == path.nodes.map(\.id) })
            }
        }
    }
}

/// Defects found by review, each kept fixed by a test.
@Suite("Query edge cases")
struct QueryEdgeCaseTests {
    func run(_ text: String, options: QueryOptions = QueryOptions()) throws -> QueryResult {
        try Fixtures.engine.run(text, options: options)
    }

    @Test func theStepLimitAlsoStopsPatternsOfLoneNodes() throws {
        for text in ["MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n",
                     "MATCH (a {name: \"Turkey\"}) OPTIONAL MATCH (b), (c), (d), (e) RETURN count(*) AS n",
                     "MATCH (a)-[*0]-(b), (c)-[*0]-(d), (e)-[*0]-(f) RETURN count(*) AS n"] {
            let error = try #require(throws: QueryError.self) { try run(text, options: QueryOptions(stepLimit: 1000)) }
            #expect(error.message.contains("stopped after 1000 steps"), "\(text)")
        }
    }

    @Test func hugeLimitsAndSkipsDoNotOverflow() throws {
        #expect(try run("MATCH (a:state) RETURN a SKIP 1 LIMIT 9223372036854775807").column("a") == ["Russia", "Turkey"])
        #expect(try run("MATCH (a:state) RETURN a SKIP 9223372036854775807 LIMIT 9223372036854775807").rows.isEmpty)
        let sum = try run("MATCH (a:state) RETURN sum(9223372036854775807) AS s")
        #expect(sum.rows.first?["s"]?.double.map { $0 > 2.7e19 } == true)
    }

    @Test func limitKeepsOnlyTheBestRowsAndStaysCorrect() throws {
        // A graph with thousands of matches, so rows are trimmed while the search runs.
        var graph = ActorGraph()
        for i in 0..<80 { graph.add(Node(id: String(format: "n%02d", i), kind: .actor, category: .state, label: "N\(i % 7)")) }
        for i in 0..<80 { for j in 0..<80 where (i * 7 + j * 3) % 5 == 0 && i != j {
            graph.add(Edge(source: String(format: "n%02d", i), target: String(format: "n%02d", j), relation: .supports))
        } }
        let engine = QueryEngine(graph)
        let all = try engine.run("MATCH (a)-->(b)-->(c) RETURN a.label AS x, c ORDER BY x DESC")
        #expect(all.rows.count > 3000)
        let page = try engine.run("MATCH (a)-->(b)-->(c) RETURN a.label AS x, c ORDER BY x DESC SKIP 5 LIMIT 7")
        #expect(page.rows == Array(all.rows[5..<12]))
        let unordered = try engine.run("MATCH (a)-->(b)-->(c) RETURN a, c LIMIT 4")
        let everything = try engine.run("MATCH (a)-->(b)-->(c) RETURN a, c")
        #expect(unordered.rows == Array(everything.rows.prefix(4)))
        // Without LIMIT, too many rows stop the query instead of filling memory.
        let error = try #require(throws: QueryError.self) {
            try engine.run("MATCH (a)-->(b)-->(c) RETURN a, b, c", options: QueryOptions(rowLimit: 100))
        }
        #expect(error.message.contains("more than 100 rows"))
    }

    @Test func tiesUnderOrderByFallBackToTheColumns() throws {
        let result = try run("MATCH (a:actor)-[:conflict]-(b:actor) RETURN a, count(DISTINCT b) AS foes ORDER BY foes DESC")
        let counts = result.column("foes"), names = result.column("a")
        for i in 1..<result.rows.count where counts[i] == counts[i - 1] {
            #expect(names[i - 1].lowercased() <= names[i].lowercased())
        }
    }

    @Test func builtQueriesAreCheckedLikeParsedOnes() throws {
        let grouped = Query(matching: PathPattern(NodePattern("a", .actor)))
            .returning(ReturnItem(.property("a", "category")), ReturnItem(.countAll, as: "n"))
            .ordered(by: SortKey(.property("a", "degree")))
        let error = try #require(throws: QueryError.self) { try Fixtures.graph.query(grouped) }
        #expect(error.message.contains("ORDER BY must name a returned column"))
        let shortest = Query(shortestPath: PathPattern(NodePattern("a", named: "Iran"))
            .followed(by: EdgePattern("p", direction: .either, hops: 2...4), NodePattern("b", named: "UN")))
        #expect(throws: QueryError.self) { try Fixtures.graph.query(shortest) }
    }

    @Test func optionalMatchMayReuseTheEdgesOfTheMatch() throws {
        let result = try run("MATCH (a)-[e:backs]->(b) OPTIONAL MATCH (b)<-[f:backs]-(c) RETURN a, b, c")
        #expect(result.column("c") == ["Iran"])
        // Within one clause an edge is still used once.
        #expect(try run("MATCH (a {name: \"Iran\"})-[:backs]->(b)<-[:backs]-(c) RETURN c").rows.isEmpty)
    }

    @Test func comparisonsOfListsAndMultiValuedProperties() throws {
        let row = try #require(try run("""
            MATCH (a {name: "Russia"}) RETURN a.aliases <> "Moscow" AS differs, a.aliases = "Moscow" AS has,
              [1, 2] = 1 AS listToNumber, [1] = [1.0] AS lists, 2 IN [null, 1] AS unknown, 1 IN [null, 1] AS found
            """).rows.first)
        #expect(row["differs"] == .bool(false))   // Russia's only alias is Moscow
        #expect(row["has"] == .bool(true))
        #expect(row["listToNumber"] == .bool(false))
        #expect(row["lists"] == .bool(true))
        #expect(row["unknown"] == .null)
        #expect(row["found"] == .bool(true))
    }

    @Test func theDrawnSubgraphIsWhatTheRowsShow() throws {
        let options = QueryOptions(collectsSubgraph: true)
        let all = try run("MATCH (a)-[e:shells]->(b) RETURN a, b", options: options)
        let one = try run("MATCH (a)-[e:shells]->(b) RETURN a, b LIMIT 1", options: options)
        #expect(all.subgraph.edgeCount == 2 && one.subgraph.edgeCount == 1)
        #expect(one.subgraph.nodes.map(\.id) == ["rebels", "maqsoud"].sorted())
    }

    @Test func errorsSuggestIDsAndNearNamesInLists() throws {
        let id = try #require(throws: QueryError.self) { try run("MATCH (a {id: \"Hezbollah\"}) RETURN a") }
        #expect(id.message.contains("did you mean hezbollah (Hezbollah)?"))
        let list = try #require(throws: QueryError.self) { try run("MATCH (a {name: [\"Hezbolah\", \"Turky\"]}) RETURN a") }
        #expect(list.message.contains("hezbollah (Hezbollah)") && list.message.contains("turkey (Turkey)"))
    }

    @Test func annotatedErrorsWorkWithWindowsLineEnds() throws {
        let text = "MATCH (a)\r\nRETURN b\r\n"
        let error = try #require(throws: QueryError.self) { try Query(parsing: text) }
        #expect(error.annotated(source: text, fileName: "q.aq").hasSuffix("  RETURN b\n         ^"))
    }

    @Test func numbersWithExponentsPrintAndParseBack() throws {
        let query = try Query(parsing: "MATCH (a) WHERE a.degree < 1e+20 AND a.degree > -2.5E-3 RETURN a")
        #expect(try Query(parsing: query.description).description == query.description)
        #expect(try Fixtures.engine.run(query).rows.count == Fixtures.graph.nodeCount)
    }

    @Test func csvKeepsNumbersAsNumbers() throws {
        let csv = try run("MATCH (a {name: \"UN\"})-[e]->(b) RETURN e.polarity AS p, -1 AS minus, \"=1+1\" AS formula").csv()
        #expect(csv == "p,minus,formula\r\n-1,-1,'=1+1\r\n")
    }

    @Test func listsNestAsDeepAsBrackets() throws {
        let deep = String(repeating: "[", count: 60) + String(repeating: "]", count: 60)
        #expect(throws: Never.self) { try Query(parsing: "MATCH (a) RETURN \(deep) AS x") }
    }
}
