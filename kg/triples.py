"""The built graph as a set of pyoxigraph triples, with the prefixes its writers may use.

The rules speak rdflib terms; the assembler converts them (``convert``) and stores
pyoxigraph terms, because pyoxigraph writes Turtle and N-Triples a hundred times faster
than rdflib. An rdflib graph is made on request, for code that walks one (the page).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _convert(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


_CONVERTED: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}


def convert(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term for an rdflib term, remembered (rules reuse few terms)."""
    converted = _CONVERTED.get(term)
    if converted is None:
        if len(_CONVERTED) > 100_000:
            _CONVERTED.clear()
        converted = _CONVERTED[term] = _convert(term)
    return converted


_TYPE_AFTER_SUBJECT = f"> {_RDF_TYPE} "
_FIRST_PREDICATE = "> <\x00> "  # no IRI holds a NUL


def _first(pair: tuple[str, ox.Triple]) -> str:
    return pair[0]


def sort_key(triple: ox.Triple) -> tuple[str, bool, str, str]:
    """Subjects in order, ``rdf:type`` first among a subject's predicates, then the rest."""
    return (str(triple.subject), triple.predicate != _RDF_TYPE, str(triple.predicate), str(triple.object))


class Triples:
    """A set of triples and the prefixes (prefix → namespace) bound for writing them."""

    def __init__(self, prefixes: dict[str, str], triples: Iterable[ox.Triple] = ()) -> None:
        self.prefixes = dict(prefixes)
        self._triples: set[ox.Triple] = set(triples)
        self._sorted: list[ox.Triple] | None = None

    def add(self, subject: ox.NamedNode, predicate: ox.NamedNode, obj: ox.NamedNode | ox.Literal) -> None:
        """Add the triple (subject, predicate, obj) of pyoxigraph terms."""
        self._triples.add(ox.Triple(subject, predicate, obj))
        self._sorted = None

    def update(self, triples: Iterable[ox.Triple]) -> None:
        """Add pyoxigraph triples."""
        self._triples.update(triples)
        self._sorted = None

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def sorted(self) -> list[ox.Triple]:
        """The triples in the order of ``sort_key``; computed once.

        A triple's ``str`` is its N-Triples form, the three terms' ``str`` joined by spaces,
        so sorting on it, with ``rdf:type`` made to sort first, gives that order faster.
        """
        if self._sorted is None:
            keyed = [(str(t).replace(_TYPE_AFTER_SUBJECT, _FIRST_PREDICATE, 1), t) for t in self._triples]
            keyed.sort(key=_first)
            self._sorted = [t for _key, t in keyed]
        return self._sorted

    def ntriples(self) -> str:
        """N-Triples text, in no particular order (for validators and stores)."""
        return (ox.serialize(self._triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")

    def to_rdflib(self) -> Graph:
        """The same triples as an rdflib graph with the same prefixes bound."""
        graph = Graph(bind_namespaces="none")
        for prefix, namespace in self.prefixes.items():
            graph.bind(prefix, namespace)
        graph.parse(data=self.ntriples(), format="nt")
        return graph
