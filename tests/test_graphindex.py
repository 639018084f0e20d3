"""The page's graph view (kg.graphindex.GraphIndex) answers as an rdflib Graph of the same
triples does, for any triples: it is read off their N-Triples lines, so literals that hold
what those lines are cut by (spaces, quotes, ``>``, the rdf:type IRI) must not confuse it."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, BNode, Literal

from kg.graphindex import GraphIndex
from kg.triples import Triples
from tests.rdf_strategies import IRIS, PREDICATES, PREFIXES, TRIPLES

# Blank nodes as objects too (never cut as IRIs).
WITH_BLANK_OBJECTS = st.one_of(
    TRIPLES, st.builds(ox.Triple, IRIS, PREDICATES, st.sampled_from(["b1", "b2"]).map(ox.BlankNode))
)


def _text(term) -> tuple:
    """A term as plain comparable text, blank nodes as one placeholder (rdflib renames them
    when it parses); rdflib terms of different kinds do not sort against each other."""
    if isinstance(term, BNode):
        return ("blank",)
    if isinstance(term, Literal):
        return ("literal", str(term), term.language or "", str(term.datatype or ""))
    return ("iri", str(term))


def _plain(terms) -> list:
    """The terms (or tuples of terms) as sorted plain text."""
    return sorted(tuple(map(_text, term)) if isinstance(term, tuple) else _text(term) for term in terms)


@settings(max_examples=150, deadline=None)
@given(st.lists(WITH_BLANK_OBJECTS, max_size=25))
def test_graphindex_answers_as_rdflib_does(triples):
    ours = Triples(PREFIXES, triples)
    index, graph = GraphIndex(ours), ours.to_rdflib()
    assert _plain(index) == _plain(graph)
    assert len(index) == len(graph)
    for subject in set(graph.subjects()):
        assert _plain(index.predicate_objects(subject)) == _plain(graph.predicate_objects(subject))
        for predicate in set(graph.predicates()) | {RDF.type}:
            assert _plain(index.objects(subject, predicate)) == _plain(graph.objects(subject, predicate))
            assert (index.value(subject, predicate) is None) == (graph.value(subject, predicate) is None)
    for predicate in set(graph.predicates()) | {RDF.type}:
        assert _plain(index.subject_objects(predicate)) == _plain(graph.subject_objects(predicate))
        assert _plain(index.subjects(predicate)) == _plain(graph.subjects(predicate))
