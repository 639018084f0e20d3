"""What each property a rule may state links: read from the ontology (``rdfs:domain``,
``rdfs:range``, object or datatype property) and, for the borrowed vocabularies' terms
(``schema:``, ``org:`` …), from the SHACL shapes that describe them (the classes their node
shapes target, and ``sh:class`` or ``sh:datatype`` of their values)."""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.errors import RuleError
from kg.vocab import KGO

_SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Signature:
    """What a property links. ``domains``: the ``kgo:`` classes its subjects may be of (any
    of them; none: unchecked); ``foreign``: a class of another vocabulary its subjects must
    be of (``nif:String``, ``rdf:Statement``: provenance, which no rule's slot or node is);
    ``range``: the ``kgo:`` class of its objects; ``literal``: whether its objects are
    literals (True), resources (False) or either (None); ``datatype``: the literals'
    datatype IRI, where one is required; ``least``: the least number the shapes allow
    (``sh:minInclusive``; the greatest, where several shapes give one); ``irreflexive``:
    declared ``owl:IrreflexiveProperty``."""

    domains: tuple[str, ...] = ()
    foreign: str | None = None
    range: str | None = None
    literal: bool | None = None
    datatype: str | None = None
    least: int | None = None
    #: ``owl:IrreflexiveProperty``: nothing has it with itself ("his counterpart" is another)
    irreflexive: bool = False
    #: (subject class, object class): a node shape targeting the first asks its values to be
    #: of the second (``sh:class``), narrower than the range ("a Summit's kgo:meetingOf is an
    #: OrganizationBody", though the property links any Organization)
    narrowed: tuple[tuple[str, str], ...] = ()


def _kgo_class(term: object) -> str | None:
    text = str(term) if term is not None else ""
    return text[len(str(KGO)) :] if text.startswith(str(KGO)) else None


def _from_ontology(ontology: Graph) -> dict[str, Signature]:
    found = {}
    for kind, literal in ((OWL.ObjectProperty, False), (OWL.DatatypeProperty, True)):
        for prop in ontology.subjects(RDF.type, kind):
            domain, range_ = ontology.value(prop, RDFS.domain), ontology.value(prop, RDFS.range)
            kgo_domain = _kgo_class(domain)
            datatype = str(range_) if literal and str(range_ or "").startswith(str(XSD)) else None
            found[str(prop)] = Signature(
                (kgo_domain,) if kgo_domain else (),
                str(domain) if domain is not None and not kgo_domain else None,
                _kgo_class(range_),
                literal,
                datatype,
                irreflexive=(prop, RDF.type, OWL.IrreflexiveProperty) in ontology,
            )
    return found


@functools.lru_cache(maxsize=8)
def _shape_index(shapes_path: Path) -> tuple[list, dict[tuple[object, str], list[object]]]:
    """The shapes' triples, and their objects by (subject, predicate IRI); read once for
    both readers of the shapes (``_from_shapes``, ``required_relations``), which only read
    them. (A file changed while the process runs is read again only under another path.)"""
    try:
        quads = list(ox.parse(path=str(shapes_path), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError, ValueError) as exc:  # (not the rules' fault: say whose)
        raise RuleError(
            shapes_path, None, f"the SHACL shapes, which say what the rules may state, do not load: {exc}"
        ) from None
    values: dict[tuple[object, str], list[object]] = defaultdict(list)
    for quad in quads:
        values[(quad.subject, quad.predicate.value)].append(quad.object)
    return quads, values


def _from_shapes(shapes_path: Path) -> dict[str, Signature]:
    """The properties the shapes describe (``sh:path``), each with the classes the node
    shapes that describe it target and what they require of its values."""
    quads, values = _shape_index(shapes_path)
    targets: dict[str, set[str]] = defaultdict(set)  # path → classes targeted
    ranges: dict[str, set[tuple[str, str]]] = defaultdict(set)  # path → {("class"|"datatype", IRI)}
    least: dict[str, int] = {}  # path → the least number allowed
    narrowed: dict[str, set[tuple[str, str]]] = defaultdict(set)  # path → {(target, sh:class)}
    for (shape, predicate), objects in list(values.items()):
        if predicate != _SH + "property":
            continue
        classes = {str(c.value) for c in values.get((shape, _SH + "targetClass"), [])}
        for property_shape in objects:
            for path in values.get((property_shape, _SH + "path"), []):
                if not isinstance(path, ox.NamedNode):
                    continue
                targets[path.value] |= classes
                for key in ("class", "datatype"):
                    ranges[path.value] |= {
                        (key, v.value) for v in values.get((property_shape, _SH + key), [])
                    }
                for target in filter(None, map(_kgo_class, classes)):
                    for value in values.get((property_shape, _SH + "class"), []):
                        if _kgo_class(value.value):
                            narrowed[path.value].add((target, str(_kgo_class(value.value))))
                for bound in values.get((property_shape, _SH + "minInclusive"), []):
                    if isinstance(bound, ox.Literal) and bound.value.lstrip("+-").isdigit():
                        least[path.value] = max(int(bound.value), least.get(path.value, int(bound.value)))
    found = {}
    for path in targets.keys() | {q.object.value for q in quads if q.predicate.value == _SH + "path"}:
        kinds = {key for key, _iri in ranges[path]}
        only = {iri for _key, iri in ranges[path]}
        kgo_domains = tuple(sorted(filter(None, map(_kgo_class, targets[path]))))
        foreign = sorted(targets[path])[0] if targets[path] and not kgo_domains else None
        found[path] = Signature(
            kgo_domains,
            foreign,
            _kgo_class(next(iter(only))) if kinds == {"class"} and len(only) == 1 else None,
            {frozenset({"class"}): False, frozenset({"datatype"}): True}.get(frozenset(kinds)),
            next(iter(only)) if kinds == {"datatype"} and len(only) == 1 else None,
            least.get(path),
            narrowed=tuple(sorted(narrowed[path])),
        )
    return found


def property_signatures(ontology: Graph, shapes_path: Path) -> dict[str, Signature]:
    """By property IRI: the ontology's own properties, with the signatures it gives them,
    and every other property the shapes file describes, with the signature the shapes give
    it. A property outside both is none a rule may state."""
    described = _from_shapes(shapes_path)
    own = {
        iri: replace(signature, least=described[iri].least, narrowed=described[iri].narrowed)
        if iri in described
        else signature
        for iri, signature in _from_ontology(ontology).items()
    }
    return {**described, **own}


#: What the assembler states of a gazetteer entry, beside its type.
_NAMING = {
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "http://www.w3.org/2004/02/skos/core#hiddenLabel",
    "http://www.w3.org/2002/07/owl#sameAs",
}


def required_relations(shapes_path: Path) -> dict[str, set[str]]:
    """By ``kgo:`` class (local name): the properties a node shape targeting it requires
    (``sh:minCount`` of 1 or more) other than the names a gazetteer entry gets."""
    _quads, values = _shape_index(shapes_path)
    found: dict[str, set[str]] = defaultdict(set)
    for (shape, predicate), objects in list(values.items()):
        if predicate != _SH + "property":
            continue
        targets = [_kgo_class(c.value) for c in values.get((shape, _SH + "targetClass"), [])]
        for property_shape in objects:
            counts = values.get((property_shape, _SH + "minCount"), [])
            if not any(isinstance(c, ox.Literal) and c.value.isdigit() and int(c.value) >= 1 for c in counts):
                continue
            for path in values.get((property_shape, _SH + "path"), []):
                if isinstance(path, ox.NamedNode) and path.value not in _NAMING:
                    for target in filter(None, targets):
                        found[target].add(path.value)
    return dict(found)
