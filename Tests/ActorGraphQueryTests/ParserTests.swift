import ActorGraph
import ActorGraphQuery
import ActorGraphTestSupport
import Foundation
import Testing

/// The parser: what it accepts, how it prints queries back, and the errors it gives.
@Suite("Query parser")
struct ParserTests {
    @Test(arguments: [
        "MATCH (a)-[:supports]->(b) RETURN a, b",
        "MATCH (a:actor)-[e:supports|backs]->(b {name: \"Syrian army\"}) RETURN a, e.weight AS w ORDER BY w DESC LIMIT 3",
        "MATCH (a)<-[:conflict]-(b) WHERE a.category IN [\"state\", \"militia\"] RETURN DISTINCT a",
        "MATCH (a)-[*1..3]-(b) RETURN count(*) AS n",
        "MATCH (a)-[p:cooperation*2]->(b) RETURN length(p) AS hops",
        "MATCH (a)-[*..4]-(b), (b)-->(c) WHERE NOT a = c RETURN a, c SKIP 1 LIMIT 2",
        "PATH SHORTEST (a {name: \"Hezbollah\"})-[p*]-(b {name: \"UN\"}) RETURN p",
        "PATH ALL SHORTEST (a:state)-[p:conflict*..5]->(b:place) WHERE a.label STARTS WITH \"R\" RETURN a, b, p",
        "MATCH (s:statement)-[:about]->(x) WHERE s.quote CONTAINS \"truce\" OR x:place|city RETURN s.quote AS q, collect(DISTINCT x) AS about",
        "MATCH (`odd name`)-[e]->(b) WHERE e.weight >= 2 AND (b.label = \"A \\\"quoted\\\" name\" OR b.id IS NULL) RETURN `odd name`",
        "MATCH (a {name: [\"YPG\", \"SDF\"]})-[e {weight: 2}]-(b) RETURN a, b",
        "MATCH (s:statement) WHERE s.quote <> \"\" OPTIONAL MATCH (s)-[:about]->(x:place) WHERE x.label STARTS WITH \"A\" OPTIONAL MATCH (x)-[:part-of]->(y) RETURN s, collect(x) AS places, y",
    ])
    func printsBackWhatItParses(_ text: String) throws {
        let query = try Query(parsing: text)
        let printed = query.description
        // The printed form parses to the same printed form (a fixed point).
        #expect(try Query(parsing: printed).description == printed)
    }

    @Test func keywordsAreCaseInsensitiveAndCommentsIgnored() throws {
        let query = try Query(parsing: """
            // Who backs whom?
            match (a)-[:BACKS]->(b)   // an edge
            where a.weight_free is null or true
            return a order by a desc limit 1
            """.replacingOccurrences(of: "a.weight_free is null or true", with: "a.label <> \"\""))
        #expect(query.patterns.count == 1 && query.limit == 1 && query.ordering.first?.descending == true)
        #expect(query.patterns[0].steps[0].edge.types == [.relation(.backs)])
        #expect(try Query(parsing: "MATCH (a:ARMED_GROUP)-[:Allied_With]-(b) RETURN a").description
                == "MATCH (a:armed-group)-[:allied-with]-(b) RETURN a")
    }

    @Test func curlyQuotesAndEscapesInStrings() throws {
        let query = try Query(parsing: "MATCH (a {name: \u{201C}Aleppo\u{201D}}) WHERE a.label <> 'it\\'s \\u{e9}' RETURN a")
        #expect(query.patterns[0].start.properties[0].value == .string("Aleppo"))
        #expect(query.description.contains("\"it's é\""))
    }

    struct Malformed: CustomTestStringConvertible, Sendable {
        let text: String
        let line: Int
        let column: Int
        let fragment: String
        var testDescription: String { String(text.prefix(60)) }
    }

    static let malformed: [Malformed] = [
        Malformed(text: "", line: 1, column: 1, fragment: "empty query"),
        Malformed(text: "   // only a comment\n", line: 2, column: 1, fragment: "empty query"),
        Malformed(text: "MATCH", line: 1, column: 6, fragment: "expected '(' to start a node pattern"),
        Malformed(text: "MACTH (a) RETURN a", line: 1, column: 1, fragment: "did you mean MATCH"),
        Malformed(text: "SELECT * FROM actors", line: 1, column: 1, fragment: "expected MATCH or PATH"),
        Malformed(text: "MATCH (a RETURN a", line: 1, column: 10, fragment: "expected ')' to close the node pattern"),
        Malformed(text: "MATCH (a)-[:supports->(b) RETURN a", line: 1, column: 21, fragment: "expected ']' to close the edge"),
        Malformed(text: "MATCH (a)-[:supports]->(b RETURN a", line: 1, column: 27, fragment: "expected ')'"),
        Malformed(text: "MATCH (a)-[:suports]->(b) RETURN a", line: 1, column: 13, fragment: "unknown relation \"suports\"; did you mean supports"),
        Malformed(text: "MATCH (a)-[:city]->(b) RETURN a", line: 1, column: 13, fragment: "city is a node label"),
        Malformed(text: "MATCH (a:actr) RETURN a", line: 1, column: 10, fragment: "unknown node label \"actr\"; did you mean actor"),
        Malformed(text: "MATCH (a:backs) RETURN a", line: 1, column: 10, fragment: "backs is a relation"),
        Malformed(text: "MATCH (a) RETURN b", line: 1, column: 18, fragment: "unknown variable \"b\""),
        Malformed(text: "MATCH (actor1)-->(b) RETURN actr1", line: 1, column: 29, fragment: "did you mean actor1"),
        Malformed(text: "MATCH (a) RETURN a.lable", line: 1, column: 20, fragment: "no property \"lable\"; did you mean label"),
        Malformed(text: "MATCH (a)-[e]->(b) RETURN e.label", line: 1, column: 29, fragment: "an edge has no property \"label\""),
        Malformed(text: "MATCH (a) RETURN cuont(a)", line: 1, column: 18, fragment: "unknown function \"cuont\"; did you mean count"),
        Malformed(text: "MATCH (a) WHERE count(*) > 1 RETURN a", line: 1, column: 17, fragment: "not allowed in WHERE"),
        Malformed(text: "MATCH (a) RETURN a LIMIT ten", line: 1, column: 26, fragment: "whole number after LIMIT"),
        Malformed(text: "MATCH (a) RETURN a LIMIT 5 5", line: 1, column: 28, fragment: "expected end of query"),
        Malformed(text: "MATCH (a)) RETURN a", line: 1, column: 10, fragment: "unbalanced ')'"),
        Malformed(text: "MATCH (a {name: \"Aleppo}) RETURN a", line: 1, column: 17, fragment: "unterminated string"),
        Malformed(text: "MATCH (a {name: Aleppo}) RETURN a", line: 1, column: 17, fragment: "put text in quotes"),
        Malformed(text: "MATCH (a {name: 3}) RETURN a", line: 1, column: 17, fragment: "name must be a string"),
        Malformed(text: "MATCH (a {nmae: \"x\"}) RETURN a", line: 1, column: 11, fragment: "did you mean name"),
        Malformed(text: "MATCH (a)<-[:backs]->(b) RETURN a", line: 1, column: 10, fragment: "cannot point both ways"),
        Malformed(text: "MATCH (a)-[*3..1]-(b) RETURN a", line: 1, column: 10, fragment: "is empty"),
        Malformed(text: "MATCH (a)-[*1..99]-(b) RETURN a", line: 1, column: 10, fragment: "not searched"),
        Malformed(text: "MATCH (a)-[e]->(b)-[e]->(c) RETURN a", line: 1, column: 21, fragment: "used twice"),
        Malformed(text: "MATCH (a)-[a]->(b) RETURN a", line: 1, column: 12, fragment: "already a node variable"),
        Malformed(text: "MATCH (a) → (b) RETURN a", line: 1, column: 11, fragment: "ASCII"),
        Malformed(text: "MATCH (a) RETURN a ¿", line: 1, column: 20, fragment: "unexpected character"),
        Malformed(text: "MATCH (a)\nWHERE a.label = \"x\" AND\nRETURN a", line: 3, column: 1, fragment: "expected an expression, found the keyword RETURN"),
        Malformed(text: "MATCH (a)\n  WHERE (a.label = \"x\"\n  RETURN a", line: 3, column: 3, fragment: "expected ')' to close the bracket opened at 2:9"),
        Malformed(text: "MATCH (a) WHERE a.label = \"x\" RETURN a ORDER a", line: 1, column: 46, fragment: "expected BY after ORDER"),
        Malformed(text: "MATCH (a)-->(b) RETURN a, count(*) AS n ORDER BY b", line: 1, column: 50, fragment: "ORDER BY must name a returned column"),
        Malformed(text: "MATCH (a) RETURN a, a", line: 1, column: 21, fragment: "two columns are called \"a\""),
        Malformed(text: "MATCH (a) RETURN *", line: 1, column: 18, fragment: "RETURN * is not supported"),
        Malformed(text: "MATCH ()-->()", line: 1, column: 14, fragment: "expected RETURN"),
        Malformed(text: "MATCH (match) RETURN 1", line: 1, column: 8, fragment: "is a keyword"),
        Malformed(text: "PATH (a)-->(b)", line: 1, column: 6, fragment: "expected SHORTEST after PATH"),
        Malformed(text: "PATH SHORTEST (a)-->(b)-->(c) RETURN a", line: 1, column: 15, fragment: "takes one edge"),
        Malformed(text: "MATCH (a) RETURN length(a, a)", line: 1, column: 18, fragment: "takes 1 argument"),
        Malformed(text: "MATCH (a) RETURN count(count(a))", line: 1, column: 24, fragment: "cannot be nested"),
        Malformed(text: "MATCH (a) RETURN [count(*)]", line: 1, column: 18, fragment: "must be a whole column"),
        Malformed(text: "MATCH (a) WHERE a.label = \"x\\q\" RETURN a", line: 1, column: 29, fragment: "unknown escape"),
        Malformed(text: "MATCH (a) RETURN 12abc", line: 1, column: 18, fragment: "cannot start with a digit"),
        Malformed(text: "MATCH (a) RETURN 99999999999999999999999", line: 1, column: 18, fragment: "too large"),
        Malformed(text: "MATCH (a)-[:supports", line: 1, column: 10, fragment: "unbalanced '['"),
        Malformed(text: "MATCH (a {name: \"x\"", line: 1, column: 10, fragment: "unbalanced '{'"),
        Malformed(text: "MATCH (`unclosed) RETURN 1", line: 1, column: 8, fragment: "unterminated `name`"),
        Malformed(text: "MATCH (a) WHERE a.label IS \"x\" RETURN a", line: 1, column: 28, fragment: "expected NULL after IS"),
        Malformed(text: "MATCH (a) OPTIONAL (a)-->(b) RETURN a", line: 1, column: 20, fragment: "expected MATCH after OPTIONAL"),
        Malformed(text: "PATH SHORTEST (a)-->(b) OPTIONAL MATCH (b)-->(c) RETURN a", line: 1, column: 25, fragment: "cannot follow PATH SHORTEST"),
        Malformed(text: "MATCH (a) OPTONAL MATCH (a)-->(b) RETURN a", line: 1, column: 11, fragment: "did you mean OPTIONAL"),
        Malformed(text: "MATCH (a) RETURN a LIMIT 1 SKIP 1", line: 1, column: 28, fragment: "SKIP cannot come here"),
        Malformed(text: "MATCH (a) RETURN a WHERE a.id = \"x\"", line: 1, column: 20, fragment: "WHERE cannot come here"),
        Malformed(text: "MATCH (a:actor) RETURN a.label AS n ORDER BY lower(n)", line: 1, column: 46, fragment: "only alone"),
        Malformed(text: "PATH SHORTEST (a)-[p*2..4]-(b) RETURN p", line: 1, column: 15, fragment: "must start at 0 or 1"),
    ]

    @Test(arguments: malformed)
    func malformedQueriesGivePositionedErrors(_ example: Malformed) {
        do {
            let query = try Query(parsing: example.text)
            Issue.record("parsed: \(query)")
        } catch {
            #expect(error.location?.line == example.line && error.location?.column == example.column,
                    "\(error) for \(example.text)")
            #expect(error.message.contains(example.fragment), "\(error)")
            #expect(!error.message.hasSuffix("."))
        }
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let megabyte = 1 << 20
        let inputs = [
            "MATCH (a) WHERE " + String(repeating: "(", count: megabyte) + " RETURN a",
            "MATCH " + String(repeating: "(", count: megabyte),
            "MATCH (a) WHERE " + String(repeating: "NOT ", count: 100_000) + "true RETURN a",
            "MATCH (a) WHERE a.label IN " + String(repeating: "[", count: megabyte) + " RETURN a",
            "MATCH (a {name: " + String(repeating: "[", count: megabyte) + "}) RETURN a",
            String(repeating: ")", count: megabyte),
        ]
        for text in inputs {
            do {
                _ = try Query(parsing: text)
                Issue.record("parsed \(text.prefix(40))")
            } catch {
                #expect(error.location != nil)
                #expect(error.description.count < 300)
            }
        }
    }

    @Test func randomTextNeverCrashes() {
        var generator = SplitMix(seed: 7)
        let alphabet = Array("MATCH RETURN WHERE PATH SHORTEST ()[]{}<>-:|*.,=\"' abc 12 é→\n\t")
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 60)
            let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            do {
                let query = try Query(parsing: text)
                // Whatever parses also prints back to something that parses.
                _ = try Query(parsing: query.description)
                _ = try? Fixtures.engine.run(query)
            } catch {
                #expect(error.location == nil || error.location!.line >= 1)
            }
        }
    }

    @Test func annotatedErrorsShowTheLineAndACaret() {
        let text = "MATCH (a)\n  -[:suports]->(b)\nRETURN a"
        do {
            _ = try Query(parsing: text)
            Issue.record("parsed")
        } catch {
            #expect(error.annotated(source: text, fileName: "q.aq") == """
                q.aq:2:6: unknown relation "suports"; did you mean supports?
                    -[:suports]->(b)
                       ^
                """)
        }
    }
}

