"""A build validates its graph in parts (each chunk of articles for their own resources, the
merged graph for resources several articles describe); the parts must give the verdict of
validating the whole graph, and a failed build names the articles behind the problem."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build_triples, run_build
from kg.errors import ValidationError
from kg.triples import Triples
from kg.validate import (
    article_scoped,
    article_violations,
    check_local_shapes,
    entity_violations,
    ontology_ntriples,
    violations,
)
from kg.vocab import DEFAULT_BASE, KGO, NIF, ORG, PROV, RDF, XSD

DATELINE = "2024.07.0{day} 16:10 GMT+8\n\nHeadline {day}\n\n"
MEMBER = "Belarus became the {nth} member state of the Shanghai Cooperation Organization on Thursday.\n"
SOURCE = ox.NamedNode(str(PROV.hadPrimarySource))
ORDINAL = ox.NamedNode(str(KGO.ordinal))
ANCHOR = ox.NamedNode(str(NIF.anchorOf))
ORGANIZATION = ox.NamedNode(str(ORG.organization))
RDF_TYPE = ox.NamedNode(str(RDF.type))
REIFIED_PREDICATE, OBJECT = ox.NamedNode(str(RDF.predicate)), ox.NamedNode(str(RDF.object))


def _article_part(triples: Triples, slug: str) -> Triples:
    """One article's resources, and every resource that is not article-scoped."""
    doc = ox.NamedNode(f"{DEFAULT_BASE}article/{slug}")
    statements = {t.subject for t in triples if t.predicate == SOURCE and t.object == doc}
    return Triples(
        triples.prefixes,
        [
            t
            for t in triples
            if t.subject.value.startswith(doc.value)
            or t.subject in statements
            or not article_scoped(t.subject.value, DEFAULT_BASE)
        ],
    )


def _by_parts(triples: Triples, slugs: list[str], shapes: str) -> set[tuple[str, str]]:
    onto = ontology_ntriples()
    found = entity_violations(triples, DEFAULT_BASE, shapes, onto)
    for slug in slugs:
        found += article_violations(_article_part(triples, slug), DEFAULT_BASE, shapes, onto)
    return {_seen(v) for v in found}


def _whole(triples: Triples, shapes: str) -> set[tuple[str, str]]:
    return {_seen(v) for v in violations(triples.ntriples(), shapes, ontology_ntriples())}


def _seen(v) -> tuple[str, str]:
    """A violation's focus and component; a fact without evidence is reported by the first
    article of the graph validated, whichever it is, so it is told by its value instead."""
    return (v.value or "", v.component) if "#FactHasEvidenceShape" in v.shape else (v.focus, v.component)


def _unchanged(triples: Triples) -> list[ox.Triple]:
    return list(triples)


def _anchor(triples: Triples) -> list[ox.Triple]:
    span = min((t for t in triples if t.predicate == ANCHOR and t.object.value == "Belarus"), key=str)
    return [t for t in triples if t != span] + [ox.Triple(span.subject, ANCHOR, ox.Literal("Belaruz"))]


def _unasserted(triples: Triples) -> list[ox.Triple]:
    return [t for t in triples if t.predicate != ORDINAL]


def _second_ordinal(triples: Triples) -> list[ox.Triple]:
    membership = next(t.subject for t in triples if t.predicate == ORDINAL)
    nine = ox.Literal("9", datatype=ox.NamedNode(str(XSD.integer)))
    return [*triples, ox.Triple(membership, ORDINAL, nine)]


def _article_as_value(triples: Triples, typed: bool) -> list[ox.Triple]:
    """The membership's organization made an article (article-scoped, judged in the shared
    part only through the types ``kg.validate.entity_violations`` brings along); typed as
    an organization too, or not."""
    membership = next(t for t in triples if t.predicate == ORGANIZATION)
    article = ox.NamedNode(f"{DEFAULT_BASE}article/a")
    statements = {t.subject for t in triples if t.predicate == REIFIED_PREDICATE and t.object == ORGANIZATION}
    changed = [
        t for t in triples if t != membership and not (t.subject in statements and t.predicate == OBJECT)
    ]
    changed += [ox.Triple(membership.subject, ORGANIZATION, article)]
    changed += [ox.Triple(statement, OBJECT, article) for statement in statements]
    return changed + ([ox.Triple(article, RDF_TYPE, ox.NamedNode(str(KGO.Organization)))] if typed else [])


def _article_typed_as_value(triples: Triples) -> list[ox.Triple]:
    return _article_as_value(triples, typed=True)


def _article_untyped_as_value(triples: Triples) -> list[ox.Triple]:
    return _article_as_value(triples, typed=False)


def _fact_without_evidence(triples: Triples) -> list[ox.Triple]:
    membership = next(t.subject for t in triples if t.predicate == ORDINAL)
    return [*triples, ox.Triple(membership, ox.NamedNode(str(KGO.acquiredAt)), membership)]


#: Changes after which the graph still conforms.
CONFORMING = (_unchanged, _article_typed_as_value)


@pytest.mark.parametrize(
    "break_graph",
    [
        _unchanged,
        _anchor,
        _unasserted,
        _second_ordinal,
        _fact_without_evidence,
        _article_typed_as_value,
        _article_untyped_as_value,
    ],
)
def test_validate_parts_agree_with_whole(rulebase, shacl_shapes, break_graph):
    articles = [
        (slug, DATELINE.format(day=day) + MEMBER.format(nth="10th")) for slug, day in (("a", 4), ("b", 5))
    ]
    triples = build_triples(articles, rulebase, DEFAULT_BASE)[0]
    broken = Triples(triples.prefixes, break_graph(triples))
    whole = _whole(broken, shacl_shapes)
    assert _by_parts(broken, ["a", "b"], shacl_shapes) == whole
    assert bool(whole) == (break_graph not in CONFORMING)


def test_validate_contradiction_across_articles_stops_build_naming_both_when_asked(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "tenth.txt").write_text(DATELINE.format(day=4) + MEMBER.format(nth="10th"), encoding="utf-8")
    (seeds / "ninth.txt").write_text(DATELINE.format(day=5) + MEMBER.format(nth="9th"), encoding="utf-8")
    with pytest.raises(ValidationError) as failure:
        run_build(seeds, tmp_path / "out", DEFAULT_BASE, on_disagreement="stop")
    report = str(failure.value)
    assert "MaxCountConstraintComponent" in report and "kgo:ordinal" in report
    assert f"kgo:ordinal 10 in 1 article(s): {DEFAULT_BASE}article/tenth\n" in report
    assert f"kgo:ordinal 9 in 1 article(s): {DEFAULT_BASE}article/ninth\n" in report
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "shape",
    [
        "ex:S sh:property [ sh:path ex:p ; sh:node ex:T ] .",
        "ex:S sh:property [ sh:path [ sh:inversePath ex:p ] ; sh:minCount 1 ] .",
        "ex:S sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .",
    ],
)
def test_validate_refuses_shapes_that_look_beyond_a_node(shape):
    with pytest.raises(ValueError, match="validation in parts"):
        check_local_shapes(shape)


def test_validate_threads_do_not_mix(shacl_shapes):
    """`kg build` validates in a thread beside others: validations from several threads at
    once each see their own data only."""
    from concurrent.futures import ThreadPoolExecutor

    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    broken = f"<urn:s> <{rdf}type> <{rdf}Statement> .\n"  # a statement naming no triple
    clean = "<urn:a> <urn:p> <urn:b> .\n"
    onto = ontology_ntriples()
    jobs = [broken if i % 2 else clean for i in range(40)]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda data: violations(data, shacl_shapes, onto), jobs))
    for data, found in zip(jobs, results, strict=True):
        assert bool(found) == (data is broken)
        assert all(v.focus == "urn:s" for v in found)
