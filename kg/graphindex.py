"""A read-only view of a built graph with the few rdflib ``Graph`` methods the page uses.

``render`` walks the graph with ``objects``, ``value``, ``subject_objects``, ``subjects``
and ``namespace_manager.normalizeUri``. Loading 50,000 triples into an rdflib ``Graph``
takes seconds (its store indexes every triple three ways, in Python); this view groups
the triples by subject and by predicate in one pass, with rdflib terms, so the page code
works unchanged on either.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD, NamespaceManager
from rdflib.term import Node

from kg.triples import Triples

_XSD_STRING = str(XSD.string)


def _to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return BNode(term.value)


class GraphIndex:
    """The triples of a ``Triples`` set, grouped for look-up; lists in sorted triple order."""

    def __init__(self, triples: Triples) -> None:
        terms: dict[object, Node] = {}

        def term(value: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
            found = terms.get(value)
            if found is None:
                found = terms[value] = _to_rdflib(value)
            return found

        self._all: list[tuple[Node, Node, Node]] = []
        self._by_subject: dict[Node, dict[Node, list[Node]]] = defaultdict(lambda: defaultdict(list))
        self._by_predicate: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
        for triple in triples.sorted():
            s, p, o = term(triple.subject), term(triple.predicate), term(triple.object)
            self._all.append((s, p, o))
            self._by_subject[s][p].append(o)
            self._by_predicate[p].append((s, o))
        names = Graph(bind_namespaces="none")
        for prefix, namespace in triples.prefixes.items():
            names.bind(prefix, namespace)
        self.namespace_manager: NamespaceManager = names.namespace_manager

    def __len__(self) -> int:
        return len(self._all)

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        return iter(self._all)

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        """The objects of (subject, predicate, ?)."""
        found = self._by_subject.get(subject)
        return iter(found.get(predicate, ()) if found else ())

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """One object of (subject, predicate, ?), the first in triple order, or None."""
        return next(self.objects(subject, predicate), None)

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        """The (subject, object) pairs of (?, predicate, ?)."""
        return iter(self._by_predicate.get(predicate, ()))

    def subjects(self, predicate: Node, obj: None = None) -> Iterator[Node]:
        """The subjects of (?, predicate, ?); ``obj`` must be None."""
        if obj is not None:
            raise ValueError("GraphIndex.subjects looks up by predicate only")
        return (s for s, _o in self._by_predicate.get(predicate, ()))
