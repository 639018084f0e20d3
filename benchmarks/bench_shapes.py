"""What each SHACL shape of ontology/shapes.ttl costs the build's validation: run by hand.

    python benchmarks/bench_shapes.py [--articles 50] [--rounds 3]

Writes generated seed-sized articles (as ``bench_build.py`` does), assembles them in graphs of
``kg.build.CHUNK`` articles, as the build validates them, and measures the CPU time per
article (all threads: shacl-rust uses several) of validating those graphs with shacl-rust:

- against no shape at all, only the shapes file's SPARQL prefixes (the baseline: reading
  the graph and the ontology into the validator);
- against the whole shapes file, and against it without its SHACL-SPARQL constraints
  (SHACL Core alone): what the SPARQL-based checks add, all together (shacl-rust reads the
  graph into a SPARQL store for them, so one costs much of what all do);
- against each node shape alone (its concise bounded description, with the prefixes),
  reported as the time it adds to the baseline; and against one SPARQL-based constraint
  that selects nothing, which is what any such constraint costs before its query runs.

Each figure is the least of ``--rounds`` rounds, measured in this run. Shows where
validation's time goes, and what a new shape would cost.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_build import BASE, write_corpus  # noqa: E402

# A SPARQL-based constraint whose query asks nothing of the data: what any such constraint
# costs before its query runs.
NOTHING = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
<urn:bench:nothing> a sh:NodeShape ;
    sh:targetClass <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context> ;
    sh:sparql [ sh:select "SELECT $this WHERE { FILTER (false) }" ] .
"""


def shape_texts(shapes: str) -> tuple[str, dict[str, str]]:
    """The shapes file's prefix declarations alone (Turtle), and each node shape with them,
    by the shape's local name."""
    from rdflib import Graph, Namespace
    from rdflib.namespace import RDF, SH

    graph = Graph().parse(data=shapes, format="turtle")
    holders = set(graph.objects(None, SH.prefixes))

    def part(nodes) -> str:
        piece = Graph(bind_namespaces="none")
        for prefix, namespace in graph.namespaces():
            piece.bind(prefix, namespace)
        for node in nodes:
            piece += graph.cbd(node)
        return piece.serialize(format="turtle")

    kgs = Namespace(str(next(iter(graph.subjects(RDF.type, SH.NodeShape))).rpartition("#")[0]) + "#")
    names = {str(shape)[len(kgs) :]: shape for shape in graph.subjects(RDF.type, SH.NodeShape)}
    return part(holders), {name: part([shape, *holders]) for name, shape in sorted(names.items())}


def core_only(shapes: str) -> str:
    """The shapes file without its SHACL-SPARQL constraints (``sh:sparql``), SHACL Core alone."""
    from rdflib import Graph
    from rdflib.namespace import SH

    graph = Graph().parse(data=shapes, format="turtle")
    for constraint in list(graph.objects(None, SH.sparql)):
        graph.remove((None, SH.sparql, constraint))
        for triple in list(graph.triples((constraint, None, None))):
            graph.remove(triple)
    return graph.serialize(format="turtle")


def cpu_per_article(data: list[str], shapes: str, articles: int, rounds: int) -> float:
    """The least, over ``rounds``, of the CPU seconds per article to validate every graph."""
    import shacl_rust

    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in data:
            shacl_rust.validate(
                text, shapes, data_format="nt", shapes_format="turtle", experimental_index=True
            )
        best = min(best, time.process_time() - start)
    return best / articles


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=50, help="generated articles (default 50)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per figure, least kept (default 3)")
    args = parser.parse_args()

    from kg.assemble import assemble
    from kg.build import CHUNK, read_articles
    from kg.extract import extract
    from kg.rulebase import load_rulebase
    from kg.validate import load_shapes, ontology_ntriples

    rulebase, shapes, ontology = load_rulebase(None), load_shapes(), ontology_ntriples()
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder), args.articles, 7, rulebase)
        articles = read_articles(Path(folder))
    gc.disable()
    graphs = [
        assemble([extract(s, t, rulebase) for s, t in articles[i : i + CHUNK]], rulebase, BASE)
        for i in range(0, len(articles), CHUNK)
    ]
    gc.enable()
    data = [ontology + graph.ntriples() for graph in graphs]
    triples = sum(len(graph) for graph in graphs)
    prefixes, alone = shape_texts(shapes)
    cpu_per_article(data[:1], shapes, 1, 1)  # once untimed: the first call sets shacl-rust up

    def ms(text: str) -> float:
        return cpu_per_article(data, text, len(articles), args.rounds) * 1000

    baseline, whole = ms(prefixes), ms(shapes)
    print(
        f"{len(articles)} articles in graphs of {CHUNK} ({triples:,} triples), CPU time per article, "
        f"least of {args.rounds} rounds"
    )
    print(f"{'no shapes (baseline: reading the graph)':44s} {baseline:7.2f} ms")
    print(f"{'ontology/shapes.ttl, all shapes':44s} {whole:7.2f} ms  ({whole / baseline:.2f}x the baseline)")
    core = ms(core_only(shapes))
    print(
        f"{'  the same, SHACL Core alone (no sh:sparql)':44s} {core:7.2f} ms  "
        f"(the SPARQL constraints add {whole - core:.2f} ms, {(whole - core) / whole:.0%} of all)"
    )
    for name, text in alone.items():
        extra = ms(text) - baseline
        print(f"  {name:42s} {extra:+7.2f} ms  ({extra / baseline:+.2f}x)")
    extra = ms(prefixes + NOTHING) - baseline
    name = "(a SPARQL constraint that selects nothing)"
    print(f"  {name:42s} {extra:+7.2f} ms  ({extra / baseline:+.2f}x)")


if __name__ == "__main__":
    main()
