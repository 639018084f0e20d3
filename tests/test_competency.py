"""Competency questions: each tests/competency/NAME.rq, run on the seed graph (with the
ontology loaded beside it, as a user would), must give exactly the rows of NAME.tsv."""

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

COMPETENCY = Path(__file__).resolve().parent / "competency"
QUERIES = sorted(COMPETENCY.glob("*.rq"))


@pytest.fixture(scope="module")
def queryable(seed_graph, rulebase) -> Graph:
    graph = Graph()
    for source in (seed_graph, rulebase.ontology):
        for triple in source:
            graph.add(triple)
    for prefix, namespace in seed_graph.namespaces():
        graph.bind(prefix, namespace, replace=True)
    return graph


def _cell(term, graph: Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return graph.namespace_manager.normalizeUri(term)
    if isinstance(term, Literal):
        return str(term)
    return term.n3()


def _expected(path: Path) -> tuple[list[str], list[tuple[str, ...]]]:
    lines = path.read_text(encoding="utf-8").rstrip("\n").split("\n")
    header = lines[0].split("\t")
    rows = [tuple(line.split("\t")) for line in lines[1:]]
    assert all(len(row) == len(header) for row in rows), f"{path}: ragged row"
    return header, rows


def test_competency_every_query_has_expected_answer():
    assert len(QUERIES) >= 15
    for query in QUERIES:
        assert query.with_suffix(".tsv").is_file(), f"{query.name} has no expected answer"
        assert query.read_text(encoding="utf-8").startswith("# Question:"), query.name


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_competency_answers(queryable: Graph, query: Path):
    header, expected = _expected(query.with_suffix(".tsv"))
    result = queryable.query(query.read_text(encoding="utf-8"))
    assert [str(v) for v in result.vars] == header
    actual = [tuple(_cell(row[v], queryable) for v in result.vars) for row in result]
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    assert not missing and not extra, f"missing: {missing}\nextra: {extra}"
    assert len(actual) == len(expected), "duplicate rows"
