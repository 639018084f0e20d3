"""The page's graph view (kg.graphindex.GraphIndex) answers as an rdflib Graph of the same
triples does, for any triples: it is read off their N-Triples lines, so literals that hold
what those lines are cut by (spaces, quotes, ``>``, the rdf:type IRI) must not confuse it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF

from kg.graphindex import GraphIndex
from kg.triples import Triples
from tests.test_serialize import PREFIXES, TRIPLES


@settings(max_examples=150, deadline=None)
@given(st.lists(TRIPLES, max_size=25))
def test_graph_index_answers_as_rdflib_does(triples):
    ours = Triples(PREFIXES, triples)
    index, graph = GraphIndex(ours), ours.to_rdflib()
    assert sorted(index) == sorted(graph)
    assert len(index) == len(graph)
    for subject in set(graph.subjects()):
        for predicate in set(graph.predicates()) | {RDF.type}:
            assert sorted(index.objects(subject, predicate)) == sorted(graph.objects(subject, predicate))
            assert (index.value(subject, predicate) is None) == (graph.value(subject, predicate) is None)
    for predicate in set(graph.predicates()) | {RDF.type}:
        assert sorted(index.subject_objects(predicate)) == sorted(graph.subject_objects(predicate))
        assert sorted(index.subjects(predicate)) == sorted(graph.subjects(predicate))
