#!/usr/bin/env python3
"""Times igraph and networkit (one thread) on ActorGraph's benchmark edge files and prints them
side by side with ActorGraph's own figures.

usage: compare_libraries.py SWIFT_JSON EDGE_FILE... [--skip=step,...]

Steps that can be skipped: components, pagerank, louvain, multilevel (igraph's Louvain, slow on
random graphs), plm (networkit's Louvain), bfs, betweenness.

SWIFT_JSON holds one JSON line per edge file, as printed by `BenchAlgorithms --edges FILE --json`.
Edge files: little-endian int32 node count, then int32 (u, v) pairs.
"""
import json
import sys
import time

import numpy as np

STEPS = ["projection", "components", "pagerank", "louvain", "bfs-pair", "betweenness-100", "blocs"]


def timed(fn, label="", repeats=1):
    best = float("inf")
    result = None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    if label:
        print("  %-28s %.4f s" % (label, best), file=sys.stderr, flush=True)
    return best, result


def pairs(n, count=100, seed=99):
    rng = np.random.default_rng(seed)
    return [(int(a), int(b)) for a, b in rng.integers(0, n, size=(count, 2))]


def bench_igraph(n, edges, skip):
    import igraph as ig
    out = {}
    out["projection"], g = timed(lambda: ig.Graph(n=n, edges=edges, directed=False), "igraph build")
    if "components" not in skip:
        out["components"], _ = timed(lambda: g.connected_components(), "igraph components")
    if "pagerank" not in skip:
        out["pagerank"], _ = timed(lambda: g.pagerank(damping=0.85), "igraph pagerank")
    if "louvain" not in skip:
        # Leiden on modularity (igraph's fastest modularity optimiser); Louvain is community_multilevel.
        out["louvain"], _ = timed(lambda: g.community_leiden(objective_function="modularity"), "igraph leiden")
        if "multilevel" not in skip:
            out["louvain (multilevel)"], _ = timed(lambda: g.community_multilevel(), "igraph multilevel")
    if "bfs" not in skip:
        ps = pairs(n)
        t, _ = timed(lambda: [g.get_shortest_path(a, b) for a, b in ps], "igraph 100 bfs pairs")
        out["bfs-pair"] = t / len(ps)
    if "betweenness" not in skip:
        rng = np.random.default_rng(1)
        sources = sorted(int(x) for x in rng.choice(n, size=100, replace=False))
        out["betweenness-100"], _ = timed(lambda: g.betweenness(sources=sources, directed=False), "igraph betweenness-100")
    return out


def bench_networkit(n, edges, skip):
    import networkit as nk
    nk.setNumberOfThreads(1)
    nk.engineering.setSeed(1, False)
    out = {}
    array = np.asarray(edges, dtype=np.uint64)
    first, second = np.ascontiguousarray(array[:, 0]), np.ascontiguousarray(array[:, 1])

    def build():
        g = nk.Graph(n, weighted=False, directed=False)
        g.addEdges((first, second))
        return g
    out["projection"], g = timed(build, "networkit build")
    if "components" not in skip:
        out["components"], _ = timed(lambda: nk.components.ConnectedComponents(g).run(), "networkit components")
    if "pagerank" not in skip:
        def pagerank():
            pr = nk.centrality.PageRank(g, damp=0.85, tol=1e-6)
            pr.norm = nk.centrality.Norm.L1_NORM
            return pr.run()
        out["pagerank"], _ = timed(pagerank, "networkit pagerank")
    if "louvain" not in skip:
        out["louvain"], _ = timed(lambda: nk.community.ParallelLeiden(g).run(), "networkit leiden")
        if "plm" not in skip:
            out["louvain (PLM)"], _ = timed(lambda: nk.community.PLM(g, refine=False).run(), "networkit PLM")
    if "bfs" not in skip:
        ps = pairs(n)
        t, _ = timed(lambda: [nk.distance.BidirectionalBFS(g, a, b).run() for a, b in ps], "networkit 100 bfs pairs")
        out["bfs-pair"] = t / len(ps)
    if "betweenness" not in skip:
        out["betweenness-100"], _ = timed(lambda: nk.centrality.EstimateBetweenness(g, 100, True, False).run(), "networkit betweenness-100")
    return out


def fmt(seconds):
    if seconds is None:
        return "—"
    return "%.3f ms" % (seconds * 1000) if seconds < 0.01 else "%.3f s" % seconds


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--skip")]
    skip = set()
    for a in sys.argv[1:]:
        if a.startswith("--skip="):
            skip = set(a.split("=", 1)[1].split(","))
    swift_file, files = args[0], args[1:]
    swift = {}
    with open(swift_file) as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                swift[row["graph"]] = row["times"]
    failures = 0
    for path in files:
        words = np.fromfile(path, dtype="<i4")
        n = int(words[0])
        edges = words[1:].reshape(-1, 2).tolist()
        name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        print("%s:" % name, file=sys.stderr, flush=True)
        results = {}
        try:
            results["igraph"] = bench_igraph(n, edges, skip)
        except ImportError as error:
            print("igraph not available: %s" % error)
        try:
            results["networkit"] = bench_networkit(n, edges, skip)
        except ImportError as error:
            print("networkit not available: %s" % error)
        ours = swift.get(name, {})
        print("\n%s: %d nodes, %d edges (one thread; bfs-pair is per pair)" % (name, n, len(edges)))
        print("%-22s %12s %12s %12s %10s" % ("step", "ActorGraph", "igraph", "networkit", "ratio"))
        rows = STEPS + ["louvain (multilevel)", "louvain (PLM)"]
        for step in rows:
            a = ours.get(step)
            key = step
            i = results.get("igraph", {}).get(key)
            k = results.get("networkit", {}).get(key)
            if a is None and i is None and k is None:
                continue
            others = [x for x in (i, k) if x is not None]
            ratio = "" if a is None or not others else "%.2fx" % (a / min(others))
            if a is not None and others and a > min(others):
                failures += 1
                ratio += " SLOWER"
            print("%-22s %12s %12s %12s %10s" % (step, fmt(a), fmt(i), fmt(k), ratio))
        if "peakRSSMB" in ours:
            print("%-22s %12s" % ("peak RSS (ActorGraph)", "%.0f MB" % ours["peakRSSMB"]))
    print("\nratio = ActorGraph time / fastest of igraph and networkit (below 1 is faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
