"""What each property a rule may state links: read from the ontology (``rdfs:domain``,
``rdfs:range``, object or datatype property) and, for the borrowed vocabularies' terms
(``schema:``, ``org:`` …), from the SHACL shapes that describe them (``sh:path``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import RuleError
from kg.vocab import KGO

_SH_PATH = "http://www.w3.org/ns/shacl#path"


@dataclass(frozen=True)
class Signature:
    """What a property links: the ``kgo:`` class of its subjects and of its objects (None
    when the ontology says none, or names a class of another vocabulary), and whether its
    objects are literals (True), resources (False) or either (None)."""

    domain: str | None = None
    range: str | None = None
    literal: bool | None = None


def _kgo_class(term: object) -> str | None:
    text = str(term) if term is not None else ""
    return text[len(str(KGO)) :] if text.startswith(str(KGO)) else None


def property_signatures(ontology: Graph, shapes_path: Path) -> dict[str, Signature]:
    """By property IRI: the ontology's own properties, with their signatures, and every
    other property the shapes file describes, with no signature (the shapes check those)."""
    found: dict[str, Signature] = {}
    try:
        for quad in ox.parse(path=str(shapes_path), format=ox.RdfFormat.TURTLE):
            if quad.predicate.value == _SH_PATH and isinstance(quad.object, ox.NamedNode):
                found[quad.object.value] = Signature()
    except (OSError, SyntaxError, ValueError) as exc:  # (not the rules' fault: say whose)
        raise RuleError(
            shapes_path, None, f"the SHACL shapes, which say what the rules may state, do not load: {exc}"
        ) from None
    for kind, literal in ((OWL.ObjectProperty, False), (OWL.DatatypeProperty, True)):
        for prop in ontology.subjects(RDF.type, kind):
            found[str(prop)] = Signature(
                _kgo_class(ontology.value(prop, RDFS.domain)),
                _kgo_class(ontology.value(prop, RDFS.range)),
                literal,
            )
    return found
