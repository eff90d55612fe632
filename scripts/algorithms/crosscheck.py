#!/usr/bin/env python3
"""Cross-checks `actorgraph analyze` against networkx on random graphs.

Compares PageRank (directed, weighted), betweenness, closeness and eigenvector centrality
(undirected), weak and strong components, and shortest path lengths. Prints a pass/fail line per
check and a summary; exits 1 on any mismatch.

usage: crosscheck.py ACTORGRAPH_BINARY [--graphs N] [--seed S]
"""
import json
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx

TOLERANCE = 1e-6


def node_id(i):
    return "n%04d" % i


def random_graph(rng, n, m):
    """A random simple digraph without reciprocal arcs, with integer weights 1..3."""
    g = nx.DiGraph()
    g.add_nodes_from(node_id(i) for i in range(n))
    pairs = set()
    while len(pairs) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a == b or (a, b) in pairs or (b, a) in pairs:
            continue
        pairs.add((a, b))
    for a, b in sorted(pairs):
        g.add_edge(node_id(a), node_id(b), weight=rng.randint(1, 3))
    return g


def write_actorgraph(g, path):
    nodes = [{"id": v, "kind": "actor", "category": "organization", "label": v.upper(), "aliases": [], "mentions": []}
             for v in sorted(g.nodes)]
    edges = [{"source": a, "target": b, "relation": "supports", "class": "cooperation", "polarity": 1,
              "weight": d["weight"], "evidence": []} for a, b, d in sorted(g.edges(data=True))]
    with open(path, "w") as handle:
        json.dump({"format": "actorgraph-1", "documents": [], "nodes": nodes, "edges": edges}, handle)


def analyze(binary, graph, *args):
    result = subprocess.run([binary, "analyze", graph, *args, "--format", "json"], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError("actorgraph analyze %s failed: %s" % (" ".join(args), result.stderr.strip()))
    return json.loads(result.stdout)


def compare_scores(name, ours, theirs):
    scores = {row["id"]: row["score"] for row in ours}
    worst = max(abs(scores[v] - theirs[v]) for v in theirs)
    return worst <= TOLERANCE, "%s: max |difference| %.2e" % (name, worst)


def main():
    binary = sys.argv[1]
    graphs = 12
    seed = 2024
    args = sys.argv[2:]
    if "--graphs" in args:
        graphs = int(args[args.index("--graphs") + 1])
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    rng = random.Random(seed)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as folder:
        for trial in range(graphs):
            n = rng.randint(20, 160)
            m = rng.randint(n // 2, 3 * n)
            g = random_graph(rng, n, m)
            u = g.to_undirected()
            path = os.path.join(folder, "g%d.json" % trial)
            write_actorgraph(g, path)
            checks = []
            checks.append(compare_scores("pagerank", analyze(binary, path, "centrality", "--measure", "pagerank"),
                                         nx.pagerank(g, weight="weight")))
            checks.append(compare_scores("betweenness", analyze(binary, path, "centrality", "--measure", "betweenness"),
                                         nx.betweenness_centrality(u)))
            checks.append(compare_scores("closeness", analyze(binary, path, "centrality", "--measure", "closeness"),
                                         nx.closeness_centrality(u)))
            try:
                eigen = nx.eigenvector_centrality(u, weight="weight", max_iter=1000)
                ours = analyze(binary, path, "centrality", "--measure", "eigenvector")
                if nx.is_connected(u):
                    checks.append(compare_scores("eigenvector", ours, eigen))
            except nx.PowerIterationFailedConvergence:
                pass
            for strong in (False, True):
                ours = analyze(binary, path, "components", *(["--strong"] if strong else []))["components"]
                theirs = nx.strongly_connected_components(g) if strong else nx.weakly_connected_components(g)
                same = sorted(map(sorted, ours)) == sorted(map(sorted, theirs))
                checks.append((same, "%s components: %d" % ("strong" if strong else "weak", len(ours))))
            lengths_ok, compared = True, 0
            for _ in range(8):
                a, b = node_id(rng.randrange(n)), node_id(rng.randrange(n))
                paths = analyze(binary, path, "path", a, b)["paths"]
                try:
                    expected = nx.shortest_path_length(u, a, b)
                except nx.NetworkXNoPath:
                    expected = None
                got = len(paths[0]["nodes"]) - 1 if paths else None
                compared += 1
                if got != expected:
                    lengths_ok = False
                    print("    path %s → %s: ours %s, networkx %s" % (a, b, got, expected))
            checks.append((lengths_ok, "shortest path lengths: %d pairs" % compared))
            for ok, message in checks:
                passed += ok
                failed += not ok
                print("%s graph %d (%d nodes, %d arcs): %s" % ("PASS" if ok else "FAIL", trial, n, m, message))
    print("\n%d checks passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
