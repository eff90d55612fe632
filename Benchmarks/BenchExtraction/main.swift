// Extraction throughput benchmark: MB/s of news text on one core and on all cores, and peak memory.
//
//   swift run -c release BenchExtraction [--corpus DIR] [--megabytes N] [--runs N]
//
// The articles of DIR (default ../shared/corpus/aleppo-2016, else examples/) are repeated as
// separate in-memory documents until they total N megabytes (default 50). Each document is
// extracted and dropped (streaming), as `actorgraph extract` does per file.
import ActorGraph
import ActorGraphExtraction
import Dispatch
import Foundation

func peakResidentMegabytes() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
        return kilobytes / 1024
    }
    return .nan
}

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let megabytes = Double(option("--megabytes") ?? "50") ?? 50
let corpus = option("--corpus") ?? (FileManager.default.fileExists(atPath: "../shared/corpus/aleppo-2016") ? "../shared/corpus/aleppo-2016" : "examples")

/// Prints `message` on standard error and exits with status 1 (a missing corpus is a usage error, not a crash).
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("BenchExtraction: \(message)\n".utf8))
    exit(1)
}

let texts: [String]
do {
    let files = try DocumentReader.textFiles(at: [corpus])
    texts = try files.map { try String(contentsOf: $0, encoding: .utf8) }
} catch {
    fail("\(error) (run from the package root, or pass --corpus DIR)")
}
let articleBytes = texts.reduce(0) { $0 + $1.utf8.count }
guard articleBytes > 0 else { fail("no text in \(corpus)") }
let copies = Int((megabytes * 1_000_000 / Double(articleBytes)).rounded(.up))
let totalBytes = copies * articleBytes
let extractor: Extractor
do {
    extractor = Extractor(lexicon: try Lexicon.bundled())
} catch {
    fail("the bundled lexicon did not load: \(error)")
}
print("corpus: \(corpus), \(texts.count) articles, \(articleBytes) bytes, repeated \(copies)× = \(String(format: "%.1f", Double(totalBytes) / 1e6)) MB as \(copies * texts.count) documents")

// Warm-up (lexicon compiled, caches touched).
for (i, text) in texts.enumerated() { _ = extractor.extract(SourceDocument(id: "warm-\(i).txt", text: text)) }

final class TokenTotal: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ n: Int) { lock.lock(); count += n; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}

func run(threads: Int) -> (seconds: Double, tokens: Int) {
    let count = copies * texts.count
    let start = DispatchTime.now().uptimeNanoseconds
    let total = TokenTotal()
    DispatchQueue.concurrentPerform(iterations: threads) { worker in
        var local = 0
        var i = worker
        while i < count {
            let text = texts[i % texts.count]
            let result = extractor.extract(SourceDocument(id: "doc-\(i).txt", text: text))
            local += result.tokenCount
            i += threads
        }
        total.add(local)
    }
    return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, total.value)
}

// Each thread count runs `--runs` times (default 3); the median is the figure to quote, since one run on a
// shared host can be slowed by other work, and the spread shows how noisy the host was.
let runs = max(1, Int(option("--runs") ?? "3") ?? 3)
let cores = ProcessInfo.processInfo.activeProcessorCount
for threads in Array(Set([1, cores])).sorted() {
    var rates: [Double] = []
    for _ in 0..<runs {
        let (seconds, tokens) = run(threads: threads)
        let rate = Double(totalBytes) / 1e6 / seconds
        rates.append(rate)
        print(String(format: "threads %d: %.2f s, %.1f MB/s, %.2f M tokens/s, peak RSS %.0f MB", threads, seconds, rate, Double(tokens) / 1e6 / seconds, peakResidentMegabytes()))
    }
    if runs > 1 {
        let sorted = rates.sorted()
        print(String(format: "threads %d, %d runs: median %.1f MB/s (min %.1f, max %.1f)", threads, runs, sorted[sorted.count / 2], sorted[0], sorted[sorted.count - 1]))
    }
}
