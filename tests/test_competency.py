"""Competency questions: each named query of kg/queries/, run on the seed graph with the
ontology beside it (as `kg query` runs it), gives exactly the rows of tests/competency/NAME.tsv."""

from pathlib import Path

import pytest

from kg.query import named_queries, run_query, short
from kg.query import prefixes_for as prefixes_for_iris
from kg.vocab import DEFAULT_BASE

COMPETENCY = Path(__file__).resolve().parent / "competency"
QUERIES = named_queries()
#: Parameters each query is asked with (the .rq files' Example lines say the same).
PARAMS = {
    "fact-to-evidence": {"subject": "Belarus", "predicate": "org:memberOf"},
    "sentence-to-facts": {"start": "In their meeting on Wednesday"},
}
#: Queries whose .tsv lists hand-counted rows that must be among the answers, not all of them.
SUBSET = {"entities"}


def expected_rows(name: str) -> tuple[list[str], list[tuple[str, ...]]]:
    lines = (COMPETENCY / f"{name}.tsv").read_text(encoding="utf-8").rstrip("\n").split("\n")
    header = lines[0].split("\t")
    rows = [tuple(line.split("\t")) for line in lines[1:]]
    assert all(len(row) == len(header) for row in rows), f"{name}.tsv: ragged row"
    return header, rows


def result_rows(result) -> tuple[list[str], list[tuple[str, ...]]]:
    names = [v.value for v in result.variables]
    solutions = [[solution[n] for n in names] for solution in result]
    iris = [
        t.value for row in solutions for t in row if hasattr(t, "value") and type(t).__name__ == "NamedNode"
    ]
    prefixes = prefixes_for_iris(iris, DEFAULT_BASE)
    return names, [tuple(short(t, prefixes) for t in row) for row in solutions]


def test_competency_every_query_documented_and_answered():
    assert len(QUERIES) >= 17
    for name, query in QUERIES.items():
        assert query.question and query.shape, f"{name}.rq lacks # Question: or # Shape:"
        assert (COMPETENCY / f"{name}.tsv").is_file(), f"{name}.rq has no expected answer"
        if name in PARAMS:
            assert all(p in query.parameters for p in PARAMS[name]), (
                f"{name}.rq does not document its parameters"
            )


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_competency_answers(exports_store_with_reference, name):
    header, expected = expected_rows(name)
    names, actual = result_rows(run_query(exports_store_with_reference, QUERIES[name].text, PARAMS.get(name)))
    assert names == header
    missing = sorted(set(expected) - set(actual))
    extra = [] if name in SUBSET else sorted(set(actual) - set(expected))
    assert not missing and not extra, f"missing: {missing}\nextra: {extra}"
    assert len(actual) == len(set(actual)), "duplicate rows"


def test_competency_mention_counts_match_extraction(exports_store_with_reference, seed_extraction):
    """The entities query counts, for every entity, the mentions extraction found."""
    from collections import Counter

    counted = Counter(m.node.name for m in seed_extraction.mentions)
    _names, rows = result_rows(run_query(exports_store_with_reference, QUERIES["entities"].text))
    by_label = {entity: int(n) for _cls, entity, n in rows}
    article_label = "SCO vital for peace, security and prosperity"
    assert {k: v for k, v in by_label.items() if v} == {
        k: v for k, v in counted.items() if k != article_label
    }
