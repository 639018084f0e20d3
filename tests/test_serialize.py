"""The Turtle writer: triples in a fixed order (subjects sorted, a subject's types first) and
only the prefixes that every IRI under them can use unescaped, for any triples."""

from __future__ import annotations

import itertools

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.rdfbytes import rdf_bytes
from kg.serialize import to_turtle, used_prefixes
from kg.triples import Run, Triples, sort_key
from tests.rdf_strategies import EX, IRIS, PREFIXES, RDF_TYPE, TRIPLES


@settings(max_examples=150, deadline=None)
@given(st.lists(TRIPLES, max_size=25))
def test_triples_sorted_is_the_order_of_sort_key(triples):
    graph = Triples(PREFIXES, triples)
    ordered = graph.sorted()
    assert ordered == sorted(set(triples), key=sort_key)
    for before, after in itertools.pairwise(ordered):
        assert str(before.subject) <= str(after.subject)
        if before.subject == after.subject and after.predicate.value == RDF_TYPE:
            assert before.predicate.value == RDF_TYPE, "a subject's types come first"


@settings(max_examples=150, deadline=None)
@given(st.lists(TRIPLES, max_size=25), st.sampled_from(["", "a", "a.", "x#", "é", "b_2"]))
def test_triples_subject_range_is_the_run_of_subjects_under_a_prefix(triples, local):
    graph = Triples(PREFIXES, triples)
    first, last = graph.subject_range(EX + local)
    inside = [i for i, t in enumerate(graph.sorted()) if t.subject.value.startswith(EX + local)]
    assert list(range(first, last)) == inside


@settings(max_examples=150, deadline=None)
@given(st.lists(TRIPLES, max_size=25), IRIS)
def test_triples_types_of_a_subject(triples, subject):
    graph = Triples(PREFIXES, triples)
    expected = [t for t in graph.sorted() if t.subject == subject and t.predicate.value == RDF_TYPE]
    assert graph.types_of(subject) == expected


@settings(max_examples=150, deadline=None)
@given(st.lists(TRIPLES, max_size=25))
def test_triples_iris_are_the_named_nodes_and_written_datatypes(triples):
    terms = [term for triple in triples for term in triple]
    expected = {t.value for t in terms if isinstance(t, ox.NamedNode)} | {
        t.datatype.value
        for t in terms
        if isinstance(t, ox.Literal) and not t.language and t.datatype.value != PREFIXES["xsd"] + "string"
    }
    assert Triples(PREFIXES, triples).iris() == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(TRIPLES, min_size=1, max_size=25))
def test_serialize_turtle_round_trips_in_pyoxigraph_and_rdflib(triples):
    graph = Triples(PREFIXES, triples)
    turtle = to_turtle(graph)
    assert set(q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)) == set(triples)
    assert len(Graph().parse(data=turtle, format="turtle")) == len(set(triples))
    assert turtle == to_turtle(Triples(PREFIXES, reversed(triples))), "the same triples, the same bytes"


@pytest.mark.parametrize(
    ("locals_", "datatype", "expected"),
    [
        (["a", "b-c", "é"], False, ["ex", "p"]),
        (["a", "x#1"], False, ["p"]),  # '#' needs escaping: every ex: IRI is written in full
        (["a", "z."], False, ["p"]),  # a local name may not end with a dot
        ([""], False, ["p"]),  # the namespace itself is no use for a prefix
        (["a"], True, ["ex", "p", "xsd"]),  # a literal's datatype counts
    ],
)
def test_serialize_used_prefixes(locals_, datatype, expected):
    value = (
        ox.Literal("1", datatype=ox.NamedNode(PREFIXES["xsd"] + "integer")) if datatype else ox.Literal("1")
    )
    triples = [
        ox.Triple(ox.NamedNode(EX + local), ox.NamedNode(PREFIXES["p"] + "rel"), value) for local in locals_
    ]
    graph = Triples(PREFIXES, triples)
    assert list(used_prefixes(graph)) == expected
    turtle = to_turtle(graph).decode()
    assert [
        line.split()[1].rstrip(":") for line in turtle.splitlines() if line.startswith("@prefix")
    ] == expected
    assert set(q.triple for q in ox.parse(turtle, format=ox.RdfFormat.TURTLE)) == set(triples)


@settings(max_examples=100, deadline=None)
@given(st.lists(TRIPLES, max_size=25), st.sampled_from(["nt", "ttl"]))
def test_rdfbytes_writes_what_pyoxigraph_returns(triples, name):
    fmt = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE}[name]
    prefixes = PREFIXES if name == "ttl" else None
    expected = ox.serialize(triples, format=fmt, prefixes=prefixes) or b""
    got = rdf_bytes(triples, fmt, prefixes)
    assert got or not triples
    # The same lines; pyoxigraph may write the prefix lines in another order on each call.
    ours, theirs = got.split(b"\n"), expected.split(b"\n")
    head = sum(1 for line in ours if line.startswith(b"@prefix"))
    assert sorted(ours[:head]) == sorted(theirs[:head])
    assert ours[head:] == theirs[head:]


def _split(triples: list, cuts: list[int]) -> list[list]:
    """``triples`` cut into parts at the ``cuts`` (positions, any order), parts overlapping
    by one triple where they can, as chunks of a corpus share their entities' triples."""
    at = sorted({min(c, len(triples)) for c in cuts} | {0, len(triples)})
    return [triples[max(a - 1, 0) : b] for a, b in itertools.pairwise(at)]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(TRIPLES, max_size=30),
    st.lists(st.integers(0, 30), max_size=4),
    st.lists(TRIPLES, max_size=3),
    st.booleans(),
)
def test_triples_sorted_apart_and_merged_are_the_whole(triples, cuts, more, runs):
    """A build's workers sort their chunks' triples (``Triples.run``) and the main process
    merges them (``add_run``; ``merge`` with one worker): the order, the sort keys, the
    prefixes' uses and the Turtle are those of the whole set, also after triples are added
    and removed afterwards."""
    whole = Triples(PREFIXES, triples)
    merged = Triples(PREFIXES)
    for part in _split(triples, cuts):
        if runs:
            run = Triples(PREFIXES, part).run()
            validated = ox.parse(run.ntriples(), format=ox.RdfFormat.N_TRIPLES)  # (the worker's text)
            assert {quad.triple for quad in validated} == set(part)
            merged.add_run(run)
        else:
            merged.merge(Triples(PREFIXES, part))
    assert set(merged) == set(whole) and len(merged) == len(whole)
    assert merged.namespace_uses() == whole.namespace_uses()
    assert merged.sorted() == whole.sorted() and merged.sorted_lines() == whole.sorted_lines()
    assert to_turtle(merged) == to_turtle(whole)
    merged.update(more)
    merged.discard(triples[:2])
    whole = Triples(PREFIXES, [*triples, *more])
    whole.discard(triples[:2])
    assert merged.namespace_uses() == whole.namespace_uses()
    assert merged.sorted_lines() == whole.sorted_lines()
    assert to_turtle(merged) == to_turtle(whole)


def test_triples_prefix_uses_of_parts_combine_exactly():
    """A prefix is usable for the union only if it is for every part that uses it: one part's
    ``ex:x#1`` (which needs escaping) puts ``ex:`` out for all."""
    rel = ox.NamedNode(PREFIXES["p"] + "rel")
    clean = Triples(PREFIXES, [ox.Triple(ox.NamedNode(EX + "a"), rel, ox.Literal("1"))])
    escaped = Triples(PREFIXES, [ox.Triple(ox.NamedNode(EX + "x#1"), rel, ox.Literal("1"))])
    merged = Triples(PREFIXES)
    merged.add_run(clean.run())
    assert list(used_prefixes(merged)) == ["ex", "p"]
    merged.add_run(escaped.run())
    assert list(used_prefixes(merged)) == ["p"]


_OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["add_run", "add_run_sorted", "merge", "update", "add", "discard", "sort", "check"]),
        st.lists(TRIPLES, max_size=6),
    ),
    max_size=12,
)


def _same(graph: Triples, held: set) -> None:
    whole = Triples(PREFIXES, held)
    assert set(graph) == held and len(graph) == len(held)
    assert graph.namespace_uses() == whole.namespace_uses()
    assert graph.run() == whole.run()  # (whole not yet sorted: its run is made from its keys)
    assert graph.sorted() == whole.sorted() and graph.sorted_lines() == whole.sorted_lines()
    assert graph.run() == Run(b"\n".join(whole.sorted_lines()), whole.namespace_uses())
    assert to_turtle(graph) == to_turtle(whole)


@settings(max_examples=200, deadline=None)
@given(st.lists(TRIPLES, max_size=8), _OPERATIONS)
def test_triples_any_sequence_of_changes_reads_as_the_set_it_holds(start, operations):
    """Whatever order of runs, merges, additions, removals and sorts a graph goes through,
    its order, keys, prefixes, run and Turtle are those of a set made afresh with the
    same triples (no cache of the sort keys, the order or the prefixes' uses goes stale)."""
    graph, held = Triples(PREFIXES, start), set(start)
    for name, triples in operations:
        if name.startswith("add_run"):
            part = Triples(PREFIXES, triples)
            if name == "add_run_sorted":
                part.sorted()  # (its run is then made from the sorted lines)
            graph.add_run(part.run())
        elif name == "merge":
            graph.merge(Triples(PREFIXES, triples))
        elif name == "update":
            graph.update(triples)
        elif name == "add":
            for triple in triples:
                graph.add(triple.subject, triple.predicate, triple.object)
        elif name == "discard":
            graph.discard([*triples, *sorted(held, key=str)[:2]])
            held -= {*triples, *sorted(held, key=str)[:2]}
            continue
        elif name == "sort":
            graph.sorted()
            continue
        else:
            _same(graph, held)
            continue
        held |= set(triples)
    _same(graph, held)


@pytest.mark.parametrize("how", ["add_run", "merge"])
def test_triples_removing_the_last_iri_under_a_prefix_drops_the_prefix(how):
    """The prefixes' uses that came with a run or a merge are not kept past a removal."""
    rel = ox.NamedNode(PREFIXES["p"] + "rel")
    only = ox.Triple(ox.NamedNode(EX + "a"), rel, ox.Literal("1"))
    other = ox.Triple(ox.NamedNode(PREFIXES["p"] + "b"), rel, ox.Literal("2"))
    graph = Triples(PREFIXES)
    if how == "add_run":
        graph.add_run(Triples(PREFIXES, [only, other]).run())
    else:
        graph.merge(Triples(PREFIXES, [only, other]))
    assert list(used_prefixes(graph)) == ["ex", "p"]
    graph.discard([only])
    assert list(used_prefixes(graph)) == ["p"]
    assert b"@prefix ex:" not in to_turtle(graph)


def test_triples_runs_and_merges_refuse_other_prefixes():
    """A run or a set made with other prefixes would leave a prefix's uses wrong."""
    triple = ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(PREFIXES["p"] + "rel"), ox.Literal("1"))
    other = {**PREFIXES, "extra": EX}
    graph = Triples(PREFIXES)
    with pytest.raises(ValueError, match="other prefixes"):
        graph.add_run(Triples(other, [triple]).run())
    with pytest.raises(ValueError, match="other prefixes"):
        graph.merge(Triples(other, [triple]))
