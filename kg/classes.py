"""The ontology's class tree: which classes exist, which is a kind of which, and the IRI
path segment each class's resources are minted under."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS

from kg.vocab import KGO


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl`` and ``shapes.ttl``: the repository's ``ontology/``."""
    return Path(__file__).resolve().parent.parent / "ontology"


@dataclass(frozen=True)
class ClassTree:
    """Local names of the ontology's own classes, each with its direct superclasses."""

    parents: dict[str, tuple[str, ...]]
    #: classes marked ``kgo:namedByWords true``: see ``named_by_words``
    worded: frozenset[str] = frozenset()

    @classmethod
    def from_graph(cls, graph: Graph) -> ClassTree:
        """Read the ``kgo:`` classes, their ``rdfs:subClassOf`` links and the classes marked
        ``kgo:namedByWords true`` from ``graph``."""
        parents: dict[str, list[str]] = {}
        for klass in graph.subjects(RDF.type, OWL.Class):
            if str(klass).startswith(str(KGO)):
                local = str(klass)[len(str(KGO)) :]
                parents[local] = sorted(
                    str(sup)[len(str(KGO)) :]
                    for sup in graph.objects(klass, RDFS.subClassOf)
                    if str(sup).startswith(str(KGO))
                )
        worded = frozenset(
            str(klass)[len(str(KGO)) :]
            for klass in graph.subjects(KGO.namedByWords, Literal(True))
            if str(klass).startswith(str(KGO))
        )
        return cls({name: tuple(sups) for name, sups in sorted(parents.items())}, worded)

    def __contains__(self, name: object) -> bool:
        return name in self.parents

    def ancestors(self, name: str) -> tuple[str, ...]:
        """``name`` and every class it is a kind of, nearest first (made once per class)."""
        found = self._ancestors.get(name)
        if found is None:
            found = self._ancestors[name] = self._walk_up(name)
        return found

    @cached_property
    def _ancestors(self) -> dict[str, tuple[str, ...]]:
        return {}

    def _walk_up(self, name: str) -> tuple[str, ...]:
        seen: list[str] = []
        todo = [name]
        while todo:
            current = todo.pop(0)
            if current not in seen:
                seen.append(current)
                todo.extend(self.parents.get(current, ()))
        return tuple(seen)

    def is_a(self, name: str, ancestor: str) -> bool:
        """True when class ``name`` is ``ancestor`` or a subclass of it."""
        return ancestor in self.ancestors(name)

    def named_by_words(self, name: str) -> bool:
        """True when resources of class ``name`` are named by an article's own words (a kind
        of a class marked ``kgo:namedByWords true``): their IRIs carry a hash of the name."""
        return any(self.is_a(name, klass) for klass in self.worded)

    def hint(self, name: object) -> str:
        """The fix for an unknown class ``name``: the nearest class by spelling
        ("Organisation": did you mean Organization?), else the list of classes."""
        import difflib

        near = difflib.get_close_matches(str(name), list(self.parents), n=1, cutoff=0.75)
        if near:
            return f"did you mean {near[0]}?"
        return f"use a class of ontology/kg.ttl: {', '.join(self.parents)}"

    def descendants(self, name: str) -> tuple[str, ...]:
        """``name`` and every class that is a kind of it, sorted (made once per class)."""
        found = self._descendants.get(name)
        if found is None:
            found = self._descendants[name] = tuple(sorted(c for c in self.parents if self.is_a(c, name)))
        return found

    @cached_property
    def _descendants(self) -> dict[str, tuple[str, ...]]:
        return {}

    @cached_property
    def _segments(self) -> dict[str, str]:
        return {name: _kebab(self._top(name)) for name in self.parents}

    def _top(self, name: str) -> str:
        # The most general kgo class above `name`, skipping the abstract kgo:Agent.
        chain = [c for c in self.ancestors(name) if c != "Agent"]
        return chain[-1] if chain else name

    def segment(self, name: str) -> str:
        """The IRI path segment for resources of class ``name`` (``State`` → ``state``)."""
        return self._segments[name]


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def load_class_tree(path: Path | None = None) -> ClassTree:
    """Parse the ontology at ``path`` (default ``ontology/kg.ttl``) into a ClassTree."""
    graph = Graph().parse(path or ontology_dir() / "kg.ttl", format="turtle")
    return ClassTree.from_graph(graph)
