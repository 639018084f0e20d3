"""A read-only view of a built graph with the few rdflib ``Graph`` methods the page uses.

``render`` walks the graph with ``objects``, ``value``, ``subject_objects``, ``subjects``,
``predicate_objects`` and ``namespace_manager.normalizeUri``. Loading 50,000 triples into an
rdflib ``Graph`` takes seconds (its store indexes every triple three ways, in Python); this
view groups the triples by subject and by predicate in one pass, with rdflib terms, so the
page code works unchanged on either.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD, NamespaceManager
from rdflib.term import Node

from kg.triples import TYPE_MARKER, Triples

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


def _entry(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> tuple[Node, str]:
    """The rdflib term of ``term`` and the text it is looked up by."""
    converted = _to_rdflib(term)
    return converted, str(converted)


class GraphIndex:
    """The triples of a ``Triples`` set, grouped for look-up; lists in sorted triple order.

    Look-ups are keyed by the terms' text (subjects and predicates are IRIs or blank nodes,
    whose text cannot be mistaken for each other's here), values are rdflib terms. The
    index is read off the triples' sorted N-Triples lines (``Triples.sorted_lines``): a
    line's three terms are cut from it, and only a term not met before is asked of its
    triple object and made an rdflib term, which is several times cheaper than asking every
    triple object for its terms.
    """

    def __init__(self, triples: Triples) -> None:
        # term text in the lines (object text ends in " .") → (rdflib term, look-up key)
        terms: dict[bytes, tuple[Node, str]] = {TYPE_MARKER: (RDF.type, str(RDF.type))}
        self._all: list[tuple[Node, Node, Node]] = []
        self._by_subject: dict[str, dict[str, list[Node]]] = {}
        self._by_predicate: dict[str, list[tuple[Node, Node]]] = {}
        # predicate_objects yields terms, and the subject index is keyed by text
        self._predicates: dict[str, Node] = {}
        for triple, line in zip(triples.sorted(), triples.sorted_lines(), strict=True):
            s, p, o = line.split(b" ", 2)
            subject, predicate, obj = terms.get(s), terms.get(p), terms.get(o)
            if subject is None:
                subject = terms[s] = _entry(triple.subject)
            if predicate is None:
                predicate = terms[p] = _entry(triple.predicate)
            if obj is None:
                obj = terms[o] = _entry(triple.object)
            rs, rp, ro = subject[0], predicate[0], obj[0]
            self._all.append((rs, rp, ro))
            outgoing = self._by_subject.get(subject[1])
            if outgoing is None:
                outgoing = self._by_subject[subject[1]] = {}
            values = outgoing.get(predicate[1])
            if values is None:
                outgoing[predicate[1]] = [ro]
            else:
                values.append(ro)
            pairs = self._by_predicate.get(predicate[1])
            if pairs is None:
                self._by_predicate[predicate[1]] = [(rs, ro)]
                self._predicates[predicate[1]] = rp
            else:
                pairs.append((rs, ro))
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
        if subject is None or (type(subject) is not URIRef and isinstance(subject, Literal)):
            return iter(())  # (the type test first: isinstance of an rdflib class is slow)
        found = self._by_subject.get(str(subject))
        return iter(found.get(str(predicate), ()) if found else ())

    def predicate_objects(self, subject: Node) -> Iterator[tuple[Node, Node]]:
        """The (predicate, object) pairs of (subject, ?, ?), in sorted triple order (``rdf:type``
        first)."""
        if subject is None or (type(subject) is not URIRef and isinstance(subject, Literal)):
            return
        for predicate, values in self._by_subject.get(str(subject), {}).items():
            term = self._predicates[predicate]
            for value in values:
                yield term, value

    def value(self, subject: Node, predicate: Node) -> Node | None:
        """One object of (subject, predicate, ?), the first in triple order, or None."""
        return next(self.objects(subject, predicate), None)

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        """The (subject, object) pairs of (?, predicate, ?)."""
        return iter(self._by_predicate.get(str(predicate), ()))

    def subjects(self, predicate: Node, obj: None = None) -> Iterator[Node]:
        """The subjects of (?, predicate, ?); ``obj`` must be None."""
        if obj is not None:
            raise ValueError("GraphIndex.subjects looks up by predicate only")
        return (s for s, _o in self._by_predicate.get(str(predicate), ()))
