"""Names that mint one IRI but differ in case ("acting President", "Acting President") give
the resource one label, the least, with a note, in kg build and kg build --stream alike
(they gave it two, which the shapes refuse, and the whole build failed; a review)."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.build import run_build
from kg.stream import run_stream_build
from kg.validate import load_shapes, ontology_ntriples, validate_ntriples
from kg.vocab import DEFAULT_BASE
from tests.conftest import write_seeds

HEAD = "2024.07.05 16:10 GMT+8\n\nHeadline\n\n"
OFFICE = URIRef(f"{DEFAULT_BASE}office/acting-president-of-china")


def _seeds(tmp_path):
    return write_seeds(
        tmp_path,
        {
            "a.txt": HEAD + "Chinese acting President Xi Jinping arrived.\n",
            "b.txt": HEAD + "Chinese Acting President Xi Jinping spoke.\n",
            "c.txt": "Headline\n\nYesterday, Xi met Putin.\n\nPutin met Xi yesterday.\n",
        },
    )


def test_labels_one_per_resource_whatever_the_case(tmp_path):
    seeds = _seeds(tmp_path)
    result = run_build(seeds, tmp_path / "out", DEFAULT_BASE, html=False, formats=("nt",), per_article=True)
    graph = Graph().parse(tmp_path / "out" / "graph.nt")
    assert list(graph.objects(OFFICE, RDFS.label)) == [Literal("Acting President of China")]
    assert any(
        note.startswith("'Acting President of China' and 'acting President of China' name one resource")
        for note in result.notes
    )
    meeting = URIRef(f"{DEFAULT_BASE}event/meeting-of-vladimir-putin-and-xi-jinping-on-yesterday-c")
    assert len(list(graph.objects(meeting, RDFS.label))) == 1
    streamed = run_stream_build(seeds, tmp_path / "stream", DEFAULT_BASE)
    assert set(Graph().parse(tmp_path / "stream" / "graph.nt")) == set(graph)
    assert sorted(n for n in streamed.notes if "name one resource" in n) == sorted(
        n for n in result.notes if "name one resource" in n
    )
    for alone in sorted((tmp_path / "out" / "articles").glob("*.ttl")):
        nt = Graph().parse(alone).serialize(format="nt")
        assert validate_ntriples(nt, load_shapes(), ontology_ntriples())[0], alone.name
