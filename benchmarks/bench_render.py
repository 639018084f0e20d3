"""Benchmark: time from opening a ~2,000-node graph page to a settled, interactive page in Chromium.

Run by hand (not by pytest), after `pip install playwright` and `apt-get install -y chromium`:

    python benchmarks/bench_render.py [--nodes 2000] [--runs 3]

It builds a synthetic graph (a seeded preferential-attachment graph typed with real kgo
classes, with labels, aliases and a few literal facts), renders it with kg.render.render_html,
and opens it from file:// with every non-file: request aborted. "Settled" is the page's own
signal (body[data-state=ready], set when vis-network's stabilization is done and physics is
switched off); "interactive" is a search answered after that. The baseline, measured in the
same run and browser, is a page holding only the inlined vis-network library and an empty
network.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.render import _vis_assets, render_html
from kg.rulebase import load_rulebase
from kg.vocab import KGO, ORG

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
CLASSES = [
    "Person",
    "State",
    "City",
    "IntergovernmentalOrganization",
    "Summit",
    "Pledge",
    "Topic",
    "Document",
]
PREDICATES = [ORG.memberOf, KGO.madeAt, KGO.topic, KGO.beneficiary, KGO.component, KGO.speaker]
BASE = "https://bench.example.org/id/"


def synthetic_graph(n: int, seed: int = 1) -> Graph:
    """A graph of ``n`` typed entities linked like a news graph: a few hubs, many leaves."""
    rng = random.Random(seed)
    shape = nx.barabasi_albert_graph(n, 1, seed=seed)
    graph = Graph()
    for node in sorted(shape):
        iri = URIRef(f"{BASE}e{node}")
        graph.add((iri, RDF.type, KGO[CLASSES[rng.randrange(len(CLASSES))]]))
        graph.add(
            (iri, RDFS.label, Literal(f"Entity {node} {rng.choice(['Alpha', 'Beta', 'Gamma', 'Delta'])}"))
        )
        graph.add((iri, SKOS.altLabel, Literal(f"E{node}")))
        if node % 7 == 0:
            graph.add((iri, KGO.quantity, Literal(rng.randrange(1, 5000))))
    for a, b in sorted(shape.edges()):
        graph.add((URIRef(f"{BASE}e{max(a, b)}"), rng.choice(PREDICATES), URIRef(f"{BASE}e{min(a, b)}")))
    return graph


def baseline_page() -> str:
    """Only the inlined vis-network library and an empty network, signalling when drawn."""
    js, css = _vis_assets()
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
        + css
        + "html,body,#n{height:100%;margin:0}</style></head><body data-state='loading'><div id='n'></div>"
        + "<script>"
        + js
        + "</script><script>var net = new vis.Network(document.getElementById('n'), "
        + "{nodes: new vis.DataSet([]), edges: new vis.DataSet([])}, {});"
        + "requestAnimationFrame(function () { document.body.setAttribute('data-state', 'ready'); });"
        + "</script></body></html>"
    )


def time_page(browser, path: Path, search: str | None) -> tuple[float, float, int]:
    """Seconds to settled, seconds more to answer a search, and nodes drawn."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    blocked: list[str] = []

    def route(r) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    start = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-state=ready]", timeout=600_000)
    settled = time.perf_counter() - start
    answered = 0.0
    drawn = 0
    if search is not None:
        drawn = page.evaluate("network.body.nodeIndices.length")
        start = time.perf_counter()
        page.fill("#kg-search", search)
        page.press("#kg-search", "Enter")
        page.wait_for_function("() => network.getSelectedNodes().length === 1")
        answered = time.perf_counter() - start
    page.close()
    if blocked:
        raise SystemExit(f"the page tried the network: {blocked[:3]}")
    return settled, answered, drawn


def main() -> None:
    """Build the graph, render it, time it in Chromium against the baseline, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    ontology = load_rulebase().ontology
    graph = synthetic_graph(args.nodes)
    start = time.perf_counter()
    html = render_html(graph, ontology, f"Benchmark: {args.nodes} nodes")
    render_s = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as driver:
        folder = Path(tmp)
        page_path = folder / "graph.html"
        page_path.write_text(html, encoding="utf-8")
        base_path = folder / "baseline.html"
        base_path.write_text(baseline_page(), encoding="utf-8")
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        base = [time_page(browser, base_path, None)[0] for _ in range(args.runs)]
        runs = [time_page(browser, page_path, "E1") for _ in range(args.runs)]
        browser.close()

    settled = [r[0] for r in runs]
    answered = [r[1] for r in runs]
    print(f"graph: {args.nodes} entities, {len(graph)} triples; page {len(html) / 1e6:.2f} MB")
    print(f"render_html (Python): {render_s:.2f} s")
    print(f"nodes drawn: {runs[0][2]}")
    print(f"{'measure (Chromium, offline)':44} {'median':>8} {'min':>8} {'max':>8}   runs={args.runs}")
    for name, values in (
        ("baseline: empty vis-network page ready", base),
        (f"graph page settled ({args.nodes} nodes)", settled),
        ("  then search answered (focus + panel)", answered),
    ):
        print(f"{name:44} {statistics.median(values):7.2f}s {min(values):7.2f}s {max(values):7.2f}s")
    print(f"settled minus baseline (median): {statistics.median(settled) - statistics.median(base):.2f} s")


if __name__ == "__main__":
    main()
