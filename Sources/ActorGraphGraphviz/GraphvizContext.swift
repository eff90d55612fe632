import CGraphviz
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one Graphviz context of the process, and the lock that serialises every call into libgvc.
///
/// libgvc and libcgraph are not thread-safe: the DOT parser, the string pool, the error state
/// and some layouts live in C globals, and separate `GVC_t`s do not help. So the process owns a
/// single `GVC_t`, created on first use and never freed, behind one `Mutex`. Every Graphviz call
/// (parse, layout, render, free, close) runs inside ``withContext(_:)``.
enum GraphvizContext {
    private struct State: ~Copyable {
        var gvc: OpaquePointer?
    }

    private static let state = Mutex(State(gvc: nil))

    /// Runs `body` with the context while holding the lock, with Graphviz's message buffer
    /// cleared and its sticky error level reset. Throws ``GraphvizError/Stage/context`` when the
    /// context cannot be made.
    static func withContext<Result: Sendable>(
        _ body: (OpaquePointer) throws(GraphvizError) -> Result
    ) throws(GraphvizError) -> Result {
        let outcome: Swift.Result<Result, GraphvizError> = state.withLock { state in
            if state.gvc == nil {
                _ = agseterrf(graphvizMessageHandler)   // messages come to us, not to stderr
                _ = agseterr(AGWARN)                    // …warnings included
                state.gvc = gvContext()
            }
            guard let gvc = state.gvc else {
                return .failure(GraphvizError(stage: .context, messages: drainMessages()))
            }
            capturedMessages.removeAll(keepingCapacity: true)
            _ = agreseterrors()
            do throws(GraphvizError) {
                return .success(try body(gvc))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Parses `text` like `agmemread`, but with ids in order of appearance (see
    /// `cgraphviz_read_graph` in the shim: with cgraph's default ids, clusters are visited in
    /// heap-address order and `dot` output changes from one render to the next), then puts
    /// cgraph's global lexer back in its initial state.
    ///
    /// The DOT lexer is a flex scanner whose buffer and start condition are C globals shared by
    /// all parses, and the public API cannot reset them. Two things leak from one parse into the
    /// next unless undone here:
    /// - `agmemread` stops at the first graph's closing brace and leaves the rest of that input
    ///   line buffered, so `digraph { a } digraph { b }` would make the *next* call return `b`.
    ///   The leftover is read out by parsing empty texts until nothing comes back.
    /// - input that ends inside a quoted string, an HTML string or a comment leaves the lexer in
    ///   that state, and every later parse in the process would fail. A probe (`graph{}`) detects
    ///   this, and the closers `"`, `*/` and `>` are fed until the probe parses again.
    ///
    /// Messages from the clean-up are dropped; those of the real parse are kept. Call only inside
    /// ``withContext(_:)``.
    static func readGraph(_ text: String) -> UnsafeMutablePointer<Agraph_t>? {
        let graph = cgraphviz_read_graph(text)
        let messages = capturedMessages
        resetLexer()
        capturedMessages = messages
        _ = agreseterrors()
        return graph
    }

    private static func resetLexer() {
        discardLeftoverInput()
        if lexerIsReset() { return }
        // A quote may be taken as escaped by a trailing backslash, hence two; HTML strings nest.
        let closers = ["\"", "\"", "*/"] + Array(repeating: String(repeating: ">", count: 256), count: 64)
        for closer in closers {
            if let graph = agmemread(closer) { agclose(graph) }
            discardLeftoverInput()
            if lexerIsReset() { return }
        }
    }

    private static func discardLeftoverInput() {
        for _ in 0..<64 {                      // each round consumes at least one token
            guard let leftover = agmemread("") else { return }
            agclose(leftover)
        }
    }

    private static func lexerIsReset() -> Bool {
        guard let probe = agmemread("graph{}") else { return false }
        agclose(probe)
        return true
    }

    /// The message lines Graphviz reported since the last call, and clears them.
    /// Call only inside ``withContext(_:)``.
    static func drainMessages() -> [String] {
        defer { capturedMessages.removeAll(keepingCapacity: true) }
        return capturedMessages.joined()
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingTrailingWhitespace() }
            .filter { !$0.isEmpty }
    }
}

/// Graphviz's message fragments since the last drain. Touched only while the context lock is
/// held: the C callback below runs synchronously inside a locked Graphviz call.
nonisolated(unsafe) private var capturedMessages: [String] = []

/// The `agseterrf` callback. A C function pointer cannot capture context, hence the global buffer.
private let graphvizMessageHandler: agusererrf = { message in
    if let message { capturedMessages.append(String(cString: message)) }
    return 0
}

private extension Substring {
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last.isWhitespace {
            end = index(before: end)
        }
        return String(self[..<end])
    }
}
