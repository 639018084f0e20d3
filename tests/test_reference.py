"""The reference graph: memberships from kg/reference/, each with its sources, written to
exports/reference.ttl and never mixed into the articles' facts."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, RDF, XSD

from kg.errors import RuleError
from kg.reference import load_reference
from kg.validate import ontology_ntriples, violations
from kg.vocab import DEFAULT_BASE, KGO


def test_reference_conforms_and_every_membership_names_its_sources(reference_graph, shacl_shapes):
    assert violations(reference_graph.ntriples(), shacl_shapes, ontology_ntriples()) == []
    graph = reference_graph.to_rdflib()
    memberships = set(graph.subjects(RDF.type, KGO.Membership))
    assert len(memberships) == 10
    for membership in memberships:
        assert all(str(s).startswith("http") for s in graph.objects(membership, DCTERMS.source))
        assert len(list(graph.objects(membership, DCTERMS.source))) >= 1
        assert len(list(graph.objects(membership, KGO.since))) == 1
    belarus = URIRef(f"{DEFAULT_BASE}membership/belarus-in-shanghai-cooperation-organization")
    assert graph.value(belarus, KGO.since) == Literal("2024-07-04", datatype=XSD.date)
    assert graph.value(belarus, ORG.member) == URIRef(f"{DEFAULT_BASE}state/belarus")


def test_reference_is_kept_apart_from_the_articles_facts(reference_graph, root):
    graph = reference_graph.to_rdflib()
    assert not set(graph.subjects(RDF.type, RDF.Statement)) and not set(
        graph.subject_objects(PROV.hadPrimarySource)
    )
    articles = Graph().parse(root / "exports" / "graph.ttl")
    assert not set(articles.subject_objects(DCTERMS.source)) - {
        (s, o)
        for s, o in articles.subject_objects(DCTERMS.source)
        if (s, RDF.type, KGO.ExtractionRule) in articles
    }
    iran = URIRef(f"{DEFAULT_BASE}membership/iran-in-shanghai-cooperation-organization")
    assert (iran, None, None) not in articles  # the seed never states it: only the reference does
    assert (root / "exports" / "reference.ttl").read_bytes() == _turtle(reference_graph)


def _turtle(reference) -> bytes:
    from kg.serialize import to_turtle

    return to_turtle(reference)


ENTRY = "  - {state: belarus, organization: sco, category: member state, since: 2024-07-04, sources: [a]}\n"


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (ENTRY.replace("belarus", "atlantis"), "state 'atlantis' is not a gazetteer id of a State"),
        (
            ENTRY.replace("organization: sco", "organization: belarus"),
            "organization 'belarus' is not a gazetteer id",
        ),
        (ENTRY.replace("member state", "friend"), "unknown category 'friend'"),
        (ENTRY.replace("2024-07-04", "July 2024"), "since 'July 2024' is not a date"),
        (ENTRY.replace("[a]", "[b]"), "unknown source 'b'"),
        (ENTRY.replace("category:", "kind:"), "unknown key 'kind'"),
        # found by a hostile review: each was a traceback, or a wrong xsd:date
        (ENTRY.replace("2024-07-04", "2024-07-04 10:00:00"), "is not a date"),
        (ENTRY.replace("[a]", "a"), "sources 'a' is not a list of source names"),
        (ENTRY.replace("[a]", "[[a]]"), "is not a list of source names"),
        (ENTRY.replace("[a]", "null"), "sources None is not a list of source names"),
    ],
)
def test_reference_file_errors_name_file_and_line(rulebase, tmp_path: Path, entry, message):
    path = tmp_path / "reference.yaml"
    path.write_text(f"sources:\n  a: https://example.org/a\nmemberships:\n{entry}", encoding="utf-8")
    with pytest.raises(RuleError) as failure:
        load_reference([path], rulebase, DEFAULT_BASE)
    assert message in str(failure.value) and f"{path}:4" in str(failure.value)


@pytest.mark.parametrize(
    ("head", "line", "message"),
    [
        ("sources:\n  a: not a url\nmemberships:\n", 2, "the source 'a' 'not a url' is not absolute"),
        ("sources:\n  a: 12\nmemberships:\n", 2, "the source 'a' '12' is not absolute"),
        ("sources:\n  a: https://example.org/a b\nmemberships:\n", 2, "is not a valid IRI"),
        ("sources:\n  a: https://example.org/a\nmemberships: null\n", 3, "memberships must be a list"),
    ],
)
def test_reference_file_errors_in_sources_and_lists(rulebase, tmp_path: Path, head, line, message):
    path = tmp_path / "reference.yaml"
    path.write_text(head, encoding="utf-8")
    with pytest.raises(RuleError) as failure:
        load_reference([path], rulebase, DEFAULT_BASE)
    assert message in str(failure.value) and f"{path}:{line}:" in str(failure.value)


def test_reference_written_by_build_unless_rules_have_none(run_kg, root, tmp_path, rules_copy):
    done = run_kg("build", "--seeds", str(root / "seeds"), "--out", str(tmp_path / "with"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "with" / "reference.ttl").read_bytes() == (
        root / "exports" / "reference.ttl"
    ).read_bytes()
    done = run_kg(
        "build",
        "--seeds",
        str(root / "seeds"),
        "--out",
        str(tmp_path / "without"),
        "--rules",
        str(rules_copy),
    )
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "without" / "reference.ttl").exists()


def test_reference_reads_the_same_in_raptor_and_jena(root, jena):
    import shutil
    import subprocess

    path = root / "exports" / "reference.ttl"
    expected = set(Graph().parse(path))
    assert shutil.which("rapper"), "Raptor is missing: apt-get install -y raptor2-utils (.ci/run does)"
    done = subprocess.run(["rapper", "-q", "-i", "turtle", "-o", "ntriples", str(path)], capture_output=True)
    assert done.returncode == 0 and set(Graph().parse(data=done.stdout.decode(), format="nt")) == expected
    done = jena("riot", "--strict", "--output=ntriples", str(path))
    assert done.returncode == 0 and "WARN" not in done.stderr, done.stderr
    assert set(Graph().parse(data=done.stdout, format="nt")) == expected
