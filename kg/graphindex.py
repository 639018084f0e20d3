"""A read-only view of a built graph with the few rdflib ``Graph`` methods the page uses.

``render`` walks the graph with ``objects``, ``value``, ``subject_objects``, ``subjects``,
``predicate_objects`` and ``namespace_manager.normalizeUri``. Loading 50,000 triples into an
rdflib ``Graph`` takes seconds (its store indexes every triple three ways, in Python); this
view groups the triples by subject in one pass, with rdflib terms, and by predicate only for
the few predicates asked for, so the page code works unchanged on either.
"""

from __future__ import annotations

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
    triple object for its terms. The page asks ``subject_objects`` of five predicates: their
    pairs are gathered from the subject index when first asked for, rather than a list of
    pairs kept for every predicate (with the list of all triples, 0.6 s of 3 for 1.9 million
    triples).
    """

    def __init__(self, triples: Triples) -> None:
        # term text in the lines (object text ends in " .") → (rdflib term, look-up key); the
        # predicates apart, so that each is registered the first time it is one
        terms: dict[bytes, tuple[Node, str]] = {}
        predicate_terms: dict[bytes, tuple[Node, str]] = {}
        self._by_subject: dict[str, dict[str, list[Node]]] = {}
        # the terms of the subjects and predicates, by their look-up keys
        self._subjects: dict[str, Node] = {}
        self._predicates: dict[str, Node] = {}
        # (subject, object) pairs per predicate, made when first asked for
        self._by_predicate: dict[str, list[tuple[Node, Node]]] = {}
        by_subject, subjects, predicates = self._by_subject, self._subjects, self._predicates
        outgoing: dict[str, list[Node]] = {}
        last = b""
        for triple, line in zip(triples.sorted(), triples.sorted_lines(), strict=True):
            s, p, o = line.split(b" ", 2)
            if s != last:  # a subject's triples are one run of the sorted lines
                subject = terms.get(s)
                if subject is None:
                    subject = terms[s] = _entry(triple.subject)
                outgoing = by_subject.get(subject[1])
                if outgoing is None:
                    outgoing = by_subject[subject[1]] = {}
                    subjects[subject[1]] = subject[0]
                last = s
            predicate, obj = predicate_terms.get(p), terms.get(o)
            if predicate is None:
                predicate = predicate_terms[p] = _entry(triple.predicate)
                predicates[predicate[1]] = predicate[0]
            if obj is None:
                obj = terms[o] = _entry(triple.object)
            values = outgoing.get(predicate[1])
            if values is None:
                outgoing[predicate[1]] = [obj[0]]
            else:
                values.append(obj[0])
        self._count = len(triples)
        names = Graph(bind_namespaces="none")
        for prefix, namespace in triples.prefixes.items():
            names.bind(prefix, namespace)
        self.namespace_manager: NamespaceManager = names.namespace_manager

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[tuple[Node, Node, Node]]:
        """The triples, in sorted triple order."""
        for key, outgoing in self._by_subject.items():
            subject = self._subjects[key]
            for predicate, values in outgoing.items():
                term = self._predicates[predicate]
                for value in values:
                    yield subject, term, value

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
        """The (subject, object) pairs of (?, predicate, ?), in sorted triple order."""
        key = str(predicate)
        pairs = self._by_predicate.get(key)
        if pairs is None:
            subjects = self._subjects
            pairs = self._by_predicate[key] = [
                (subjects[subject], value)
                for subject, outgoing in self._by_subject.items()
                if key in outgoing
                for value in outgoing[key]
            ]
        return iter(pairs)

    def subjects(self, predicate: Node, obj: None = None) -> Iterator[Node]:
        """The subjects of (?, predicate, ?); ``obj`` must be None."""
        if obj is not None:
            raise ValueError("GraphIndex.subjects looks up by predicate only")
        return (s for s, _o in self.subject_objects(predicate))
