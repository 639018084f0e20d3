"""The built graph as a set of pyoxigraph triples, with the prefixes its writers may use.

The rules speak rdflib terms; the assembler converts them (``convert``) and stores
pyoxigraph terms, because pyoxigraph writes Turtle and N-Triples a hundred times faster
than rdflib. An rdflib graph is made on request, for code that walks one (the page).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple, cast

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdfbytes import rdf_bytes

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


_TYPE_AFTER_SUBJECT = f"> {_RDF_TYPE} ".encode()
TYPE_MARKER = b"<\x00>"  # sorts before every IRI: no IRI holds a NUL
_FIRST_PREDICATE = b"> " + TYPE_MARKER + b" "


def sort_key(triple: ox.Triple) -> bytes:
    """The triple's N-Triples line as UTF-8, with its ``rdf:type`` predicate (if any) made to
    sort before every other: subjects in order, a subject's types first, then the rest by
    predicate and object. (A literal that holds the text of that predicate's N-Triples form
    is keyed with it replaced too, which only moves it among its fellow objects.)"""
    return f"{triple} .".encode().replace(_TYPE_AFTER_SUBJECT, _FIRST_PREDICATE)


# A local name Turtle would have to escape (PN_LOCAL_ESC), or one ending in a dot: IRIs
# under a prefix with any such name are written in full, never as ``article:slug\#char\=0``.
_NEEDS_ESCAPE = re.compile(r"[~!$&'()*+,;=/?#@]|\.$|^[-.]", re.MULTILINE)


class Run(NamedTuple):
    """A set of triples in a form cheap to hand from a worker process to another: their sort
    keys (``Triples.sorted_lines``), sorted, in one bytes object, one a line; and
    ``Triples.namespace_uses`` of them."""

    lines: bytes
    uses: dict[str, bool]

    def text(self) -> bytes:
        """The triples' N-Triples lines (sorted), without the last line's newline."""
        return self.lines.replace(_FIRST_PREDICATE, _TYPE_AFTER_SUBJECT)

    def ntriples(self) -> str:
        """The triples' N-Triples text (sorted), for a validator."""
        return (self.text() + b"\n").decode("utf-8") if self.lines else ""


class Triples:
    """A set of triples and the prefixes (prefix → namespace) bound for writing them.

    The triples are kept in the order first added (a dict, not a set): the objects then lie
    in memory in that order, and an assembled graph comes in runs that are partly sorted
    already, so walking and sorting them is about twice as fast as in hash order. The
    triples that come with their sort keys (from a ``Run``, or ``merge``d from a sorted set)
    keep them beside them, so that sets sorted apart (by workers, in parallel) are merged,
    not sorted again; the keys a sort makes for other triples are not kept (storing them
    would cost a hash of every triple, for a second sort that few graphs need)."""

    def __init__(self, prefixes: dict[str, str], triples: Iterable[ox.Triple] = ()) -> None:
        self.prefixes = dict(prefixes)
        self._triples: dict[ox.Triple, bytes | None] = dict.fromkeys(triples)
        #: whether some triple may lack its sort key (added by ``add`` or ``update``)
        self._keyless = bool(self._triples)
        self._sorted: list[ox.Triple] | None = None
        self._lines: list[bytes] = []
        #: ``namespace_uses``, when known without reading every triple again
        self._uses: dict[str, bool] | None = None if self._triples else {}

    def add(self, subject: ox.NamedNode, predicate: ox.NamedNode, obj: ox.NamedNode | ox.Literal) -> None:
        """Add the triple (subject, predicate, obj) of pyoxigraph terms."""
        self._triples[ox.Triple(subject, predicate, obj)] = None
        self._uses, self._keyless = None, True
        if self._sorted is not None:  # drop the stale order (not a new list per triple)
            self._sorted, self._lines = None, []

    def update(self, triples: Iterable[ox.Triple]) -> None:
        """Add pyoxigraph triples."""
        self._triples.update(dict.fromkeys(triples))
        self._uses, self._keyless = None, True
        if self._sorted is not None:
            self._sorted, self._lines = None, []

    def discard(self, triples: Iterable[ox.Triple]) -> None:
        """Remove pyoxigraph triples (those not held are ignored)."""
        for triple in triples:
            self._triples.pop(triple, None)
        self._uses = None
        if self._sorted is not None:
            self._sorted, self._lines = None, []

    def run(self) -> Run:
        """These triples as a ``Run``. (Made from their keys alone when the triples are not
        in order yet: a worker has no use for the triple objects in order.)"""
        if self._sorted is not None:
            keys = self._lines
        else:
            text = rdf_bytes(list(self._triples), ox.RdfFormat.N_TRIPLES)
            keys = text.replace(_TYPE_AFTER_SUBJECT, _FIRST_PREDICATE).split(b"\n")[:-1]
            keys.sort()
        if self._uses is None:
            self._uses = _namespace_uses(_iris(keys), self.prefixes)
        return Run(b"\n".join(keys), dict(self._uses))

    def add_run(self, run: Run) -> None:
        """Add the triples of a ``Run`` (made with the same prefixes), with their sort keys:
        a later sort merges the runs rather than sorting every triple anew."""
        if not run.uses.keys() <= self.prefixes.keys():
            unbound = sorted(run.uses.keys() - self.prefixes.keys())
            raise ValueError(f"a run made with other prefixes: {unbound}")
        if not run.lines:
            return
        keys = run.lines.split(b"\n")
        # lenient: the text is pyoxigraph's own N-Triples, its IRIs checked when first made
        parsed = ox.parse(run.text(), format=ox.RdfFormat.N_TRIPLES, lenient=True)
        triples = [quad.triple for quad in parsed]  # (the parser gives quads, in the default graph)
        if len(triples) != len(keys):
            raise ValueError(f"a run of {len(keys)} lines holds {len(triples)} triples")
        self._triples.update(zip(triples, keys, strict=True))
        if self._uses is not None:
            self._uses = merge_uses(self._uses, run.uses)
        if self._sorted is not None:
            self._sorted, self._lines = None, []

    def __len__(self) -> int:
        return len(self._triples)

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(self._triples)

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def sorted(self) -> list[ox.Triple]:
        """The triples in the order of ``sort_key``; computed once."""
        return self._sort()[0]

    def sorted_lines(self) -> list[bytes]:
        """The N-Triples line of each triple of ``sorted``, in the same order, without its
        newline, and with the text ``> <rdf:type> `` cut as in ``sort_key``: ``rdf:type``
        after an IRI (as predicate, or as object) reads ``<\\x00>`` (``TYPE_MARKER``), and so
        does that text inside a literal (no other text can, since N-Triples escapes NUL).
        Kept with the sorted triples, for the page's index."""
        return self._sort()[1]

    def merge(self, other: Triples) -> None:
        """Add the triples of ``other`` (made with the same prefixes), with their sort keys,
        as ``add_run`` does."""
        if other.prefixes != self.prefixes:
            raise ValueError("merging triples made with other prefixes")
        listed, lines = other._sort()
        self._triples.update(zip(listed, lines, strict=True))
        if self._uses is not None:
            self._uses = merge_uses(self._uses, other.namespace_uses())
        if self._sorted is not None:
            self._sorted, self._lines = None, []

    def _sort(self) -> tuple[list[ox.Triple], list[bytes]]:
        # The keys not yet known are cut from one N-Triples text that pyoxigraph writes for
        # those triples in the order given, rather than made triple by triple.
        if self._sorted is None:
            listed = list(self._triples)
            known = list(self._triples.values())
            unknown = [at for at, key in enumerate(known) if key is None] if self._keyless else []
            if unknown:
                text = rdf_bytes([listed[at] for at in unknown], ox.RdfFormat.N_TRIPLES)
                made = text.replace(_TYPE_AFTER_SUBJECT, _FIRST_PREDICATE).split(b"\n")
                for at, key in zip(unknown, made, strict=False):  # (the text ends with a newline)
                    known[at] = key
            keys = cast(list[bytes], known)  # (every key is made now)
            order = sorted(range(len(listed)), key=keys.__getitem__)
            self._sorted = [listed[i] for i in order]
            self._lines = [keys[i] for i in order]
        return self._sorted, self._lines

    def subject_range(self, prefix: str) -> tuple[int, int]:
        """Where in ``sorted`` the triples lie whose subject is an IRI starting with ``prefix``
        (not empty): (first, last + 1). They are one run, since the sort keys begin with the
        subject's ``<iri>``; found by bisection, without looking at each triple."""
        lines = self.sorted_lines()
        low = b"<" + prefix.encode("utf-8")
        high = low[:-1] + bytes([low[-1] + 1])  # the least key above every one starting with low
        first = bisect.bisect_left(lines, low)
        return first, bisect.bisect_left(lines, high, first)

    def types_of(self, subject: ox.NamedNode) -> list[ox.Triple]:
        """The ``rdf:type`` triples of ``subject``: they come first in its run of ``sorted``."""
        lines, listed = self.sorted_lines(), self.sorted()
        head = str(subject).encode("utf-8") + b" " + TYPE_MARKER + b" "
        at = bisect.bisect_left(lines, head)
        found = []
        while at < len(lines) and lines[at].startswith(head):
            found.append(listed[at])
            at += 1
        return found

    def iris(self) -> set[str]:
        """Every IRI that Turtle or N-Triples write of the triples: their named nodes and the
        datatypes of literals, but for ``xsd:string`` and ``rdf:langString``, which go unwritten.

        Read off the N-Triples lines of ``sorted`` (``<s> <p> o .``, IRIs hold no ``>`` or
        space): far cheaper than asking 3 terms of every triple object."""
        return _iris(self.sorted_lines())

    def namespace_uses(self) -> dict[str, bool]:
        """For each bound prefix whose namespace some IRI of the triples (or datatype) falls
        under: whether every such IRI's local name can be written after the prefix
        unescaped (``_NEEDS_ESCAPE``). Exact for the union of sets (``merge_uses``)."""
        if self._uses is None:
            self._uses = _namespace_uses(self.iris(), self.prefixes)
        return dict(self._uses)

    def ntriples(self) -> str:
        """N-Triples text, in no particular order (for validators and stores)."""
        return rdf_bytes(self._triples, ox.RdfFormat.N_TRIPLES).decode("utf-8")

    def to_rdflib(self) -> Graph:
        """The same triples as an rdflib graph with the same prefixes bound."""
        graph = Graph(bind_namespaces="none")
        for prefix, namespace in self.prefixes.items():
            graph.bind(prefix, namespace)
        graph.parse(data=self.ntriples(), format="nt")
        return graph


def _iris(lines: Iterable[bytes]) -> set[str]:
    """``Triples.iris`` of the sort keys ``lines`` (in any order)."""
    subjects: set[bytes] = set()
    predicates: set[bytes] = set()
    objects: set[bytes] = set()
    for line in lines:
        subject, predicate, obj = line.split(b" ", 2)
        subjects.add(subject)
        predicates.add(predicate)
        objects.add(obj)
    rdf_type = str(_RDF_TYPE).encode()
    if TYPE_MARKER in predicates:
        predicates.remove(TYPE_MARKER)
        predicates.add(rdf_type)
    if TYPE_MARKER + b" ." in objects:  # rdf:type as an object is marked too
        objects.remove(TYPE_MARKER + b" .")
        objects.add(rdf_type + b" .")
    iris = {term[1:-1] for term in subjects | predicates if term.startswith(b"<")}
    for obj in objects:
        if obj.startswith(b"<"):
            iris.add(obj[1:-3])  # <iri> .
        elif obj.endswith(b"> ."):
            iris.add(obj.rpartition(b'"^^<')[2][:-3])  # "text"^^<datatype> .
    return {iri.decode("utf-8") for iri in iris}


def _namespace_uses(iris: set[str], prefixes: dict[str, str]) -> dict[str, bool]:
    """``Triples.namespace_uses`` of the triples whose IRIs are ``iris``."""
    listed = sorted(iris)
    uses: dict[str, bool] = {}
    for prefix, namespace in sorted(prefixes.items()):
        # The IRIs under the namespace are one run of the sorted list.
        first = bisect.bisect_right(listed, namespace)
        last = bisect.bisect_left(listed, namespace + "\U0010ffff", first)
        locals_ = "\n".join(iri[len(namespace) :] for iri in listed[first:last])
        if locals_:
            uses[prefix] = not _NEEDS_ESCAPE.search(locals_)
    return uses


def merge_uses(one: dict[str, bool], other: dict[str, bool]) -> dict[str, bool]:
    """``Triples.namespace_uses`` of the union of two sets, from theirs."""
    both = sorted(one.keys() | other.keys())
    return {prefix: one.get(prefix, True) and other.get(prefix, True) for prefix in both}
