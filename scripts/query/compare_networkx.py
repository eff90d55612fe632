"""Times the BenchQuery questions with networkx on the same graph, for a side-by-side figure.

    python compare_networkx.py EDGES_FILE [--repeats 3]

EDGES_FILE holds "source target relation weight" lines (BenchQuery --write-edges). The graph is a
networkx MultiDiGraph; symmetric relations are read both ways, as ActorGraph does.
"""
import argparse
import statistics
import time

import networkx as nx

SYMMETRIC = {"allied-with", "fights", "negotiates-with", "cooperates-with"}
COOPERATION = {"supports", "allied-with", "backs", "negotiates-with", "cooperates-with"}
CONFLICT = {"fights", "attacks", "besieges", "shells", "condemns", "accuses", "opposes"}


def timed(repeats, body):
    times, answer = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        answer = body()
        times.append(time.perf_counter() - start)
    return statistics.median(times), answer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("edges")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    graph = nx.MultiDiGraph()
    start = time.perf_counter()
    with open(args.edges) as f:
        for line in f:
            s, t, relation, weight = line.split()
            graph.add_edge(s, t, relation=relation, weight=int(weight))
    print(f"networkx {nx.__version__}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, loaded in {time.perf_counter() - start:.1f} s")

    def arcs(u, relations=None, weight_at_least=0):
        """(edge data, other end) for the arcs leaving u, symmetric relations both ways."""
        for _, v, data in graph.out_edges(u, data=True):
            if (relations is None or data["relation"] in relations) and data["weight"] >= weight_at_least:
                yield v
        for v, _, data in graph.in_edges(u, data=True):
            if data["relation"] in SYMMETRIC and (relations is None or data["relation"] in relations) and data["weight"] >= weight_at_least:
                yield v

    def two_hop_named():
        return sum(1 for b in arcs("n17", COOPERATION) for _ in arcs(b, CONFLICT))

    def two_hop_all():
        return sum(1 for a in graph.nodes for b in arcs(a, COOPERATION) for _ in arcs(b, CONFLICT, 2))

    undirected = nx.Graph(graph)  # built once, like the query index

    def shortest():
        return len(nx.shortest_path(undirected, "n17", "n99991")) - 1

    def shortest_directed_conflict():
        view = nx.subgraph_view(graph, filter_edge=lambda u, v, k: graph[u][v][k]["relation"] in CONFLICT)
        directed = nx.DiGraph(view)
        for u, v, data in list(view.edges(data=True)):
            if data["relation"] in SYMMETRIC:
                directed.add_edge(v, u)
        return len(nx.shortest_path(directed, "n17", "n99991")) - 1

    def all_shortest():
        return sum(1 for _ in nx.all_shortest_paths(undirected, "n17", "n99991"))

    rows = [
        ("two-hop from a named node", two_hop_named),
        ("two-hop over the whole graph, counted (same pattern)", two_hop_all),
        ("shortest path, one", shortest),
        ("shortest path, directed, conflict relations only", shortest_directed_conflict),
        ("all shortest paths (node sequences)", all_shortest),
    ]
    for name, body in rows:
        seconds, answer = timed(args.repeats, body)
        print(f"{name:<55} median {seconds * 1000:10.1f} ms  → {answer}")


if __name__ == "__main__":
    main()
