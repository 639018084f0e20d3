"""Validate a graph against the SHACL shapes of ``ontology/shapes.ttl`` with rudof (pyrudof).

rudof implements SHACL Core and SHACL-SPARQL constraints in Rust; it reads N-Triples. The
ontology is validated together with the data, so that sh:class and sh:targetClass follow
rdfs:subClassOf; no other inference is run. A failed report names, beside each offending
node, the articles and rules whose evidence is about that node, so that an author knows
which text to read.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.classes import ontology_dir
from kg.triples import Triples
from kg.vocab import curie


@dataclass(frozen=True)
class Violation:
    """One result of a validation report."""

    shape: str
    component: str
    focus: str
    path: str | None
    value: str | None
    message: str | None


@functools.lru_cache(maxsize=8)
def load_shapes(path: Path | None = None) -> str:
    """The text of the shapes file (default ``ontology/shapes.ttl``), checked to parse;
    read once per process."""
    import pyrudof

    text = (path or ontology_dir() / "shapes.ttl").read_text(encoding="utf-8")
    check_local_shapes(text)
    checker = pyrudof.Rudof(pyrudof.RudofConfig())
    checker.read_shacl(text, reader_mode=pyrudof.ReaderMode.Strict)
    return text


@functools.lru_cache(maxsize=8)
def ontology_ntriples(path: Path | None = None) -> str:
    """The ontology (default ``ontology/kg.ttl``) as N-Triples, to read alongside the data;
    read once per process."""
    return to_ntriples_text(path or ontology_dir() / "kg.ttl")


def rdf_format(path: Path):
    """The pyoxigraph RdfFormat of a file, from its extension; Turtle when unknown."""
    return ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE


def to_ntriples_text(path: Path) -> str:
    """Any RDF file pyoxigraph reads (format from its extension) as N-Triples text.

    Raises OSError when it cannot be read, SyntaxError (with line and column) when it does
    not parse.
    """
    fmt = rdf_format(path)
    triples = (quad.triple for quad in ox.parse(path=str(path), format=fmt))
    return (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")


def _clean(term: str | None) -> str | None:
    if term is None or term == "None":
        return None
    if term.startswith("http://") or term.startswith("https://"):
        return curie(term)
    return term


def violations(data_nt: str, shapes: str, ontology_nt: str) -> list[Violation]:
    """The violations of ``data_nt`` (N-Triples) against ``shapes`` (Turtle text), with the
    ontology (N-Triples) read alongside; sorted, so the report is the same on every run."""
    import pyrudof

    validator = pyrudof.Rudof(pyrudof.RudofConfig())
    validator.read_data(
        data_nt + "\n" + ontology_nt, format=pyrudof.RDFFormat.NTriples, reader_mode=pyrudof.ReaderMode.Strict
    )
    validator.read_shacl(shapes, reader_mode=pyrudof.ReaderMode.Strict)
    report = validator.validate_shacl()
    found = {
        Violation(
            shape=_clean(entry.source_shape) or "",
            component=_clean(entry.constraint_component) or "",
            focus=entry.focus_node,
            path=_clean(entry.path),
            value=_clean(entry.value),
            message=(entry.message or "").strip('"') or None,
        )
        for entry in report
        if entry.severity == "Violation"
    }
    return sorted(found, key=lambda v: (v.focus, v.shape, v.component, v.path or "", v.value or ""))


_EVIDENCE = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX kgo: <https://kg.example.org/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT DISTINCT ?node ?article ?rule ?anchor WHERE {
    VALUES ?node { %s }
    { ?statement rdf:subject ?node } UNION { ?statement rdf:object ?node }
    ?statement prov:hadPrimarySource ?article ; kgo:rule/dcterms:identifier ?rule ;
        prov:wasDerivedFrom/nif:anchorOf ?anchor .
}
"""


def evidence_about(data_nt: str, nodes: list[str]) -> dict[str, list[str]]:
    """For each node IRI: the articles, rules and words of the facts that have it as subject
    or object, one line each, sorted."""
    store = ox.Store()
    store.bulk_load(data_nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    iris = " ".join(str(ox.NamedNode(node)) for node in nodes if node.startswith(("http://", "https://")))
    found: dict[str, list[str]] = {}
    for row in store.query(_EVIDENCE % iris) if iris else ():
        line = f"{row['article'].value} (rule {row['rule'].value}): {row['anchor'].value!r}"
        found.setdefault(row["node"].value, []).append(line)
    return {node: sorted(lines) for node, lines in found.items()}


def report_text(found: list[Violation], evidence: dict[str, list[str]]) -> str:
    """A readable report: one block per violation, then where the facts about its node came from."""
    lines = [f"Validation Report\nConforms: False\nResults ({len(found)}):"]
    for v in found:
        component = v.component.rsplit("#", 1)[-1].rstrip(">")
        lines.append(f"Constraint Violation in {component} ({v.shape}):")
        lines.append(f"\tFocus Node: {_clean(v.focus)}")
        if v.path:
            lines.append(f"\tResult Path: {v.path}")
        if v.value:
            lines.append(f"\tValue Node: {v.value}")
        if v.message:
            lines.append(f"\tMessage: {v.message}")
        for line in evidence.get(v.focus, [])[:10]:
            lines.append(f"\tEvidence: {line}")
    return "\n".join(lines) + "\n"


# --- validating a corpus in parts --------------------------------------------------------
#
# rudof's cost grows faster than the graph (100 seed-sized articles: 120 ms each in one
# graph, 75 ms each in graphs of 10), and one validation uses one core. A build therefore
# validates its graph in parts that give the same verdict as validating it whole:
#
# - Article-scoped resources (the article, its text spans ``article/…#char=…`` and its
#   reified statements ``statement/…``) get all their triples from their own article. The
#   shapes look at a focus node's own triples, the classes of its values and, in the two
#   SPARQL constraints, the same article's text and asserted triples; so such a node is
#   judged exactly in a graph of its article (plus any others).
# - Every other resource (entities, rules) may be described by many articles: it is judged
#   in the graph of all triples about non-article resources, with the types of their values.
#
# A shape that looks further (sh:node, inverse paths, a SPARQL query joining two articles)
# breaks this; ``check_local_shapes`` refuses the shape features that would.

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_NON_LOCAL = re.compile(
    r"\bsh:(?:node|qualifiedValueShape|inversePath|zeroOrMorePath|oneOrMorePath|alternativePath)\b"
    r"|\bsh:path\s*\("
)


def check_local_shapes(shapes: str) -> None:
    """Refuse shapes that judge a node by more than its own triples and its values' types."""
    found = _NON_LOCAL.search(shapes)
    if found:
        raise ValueError(
            f"the shapes use {found.group(0)!r}: validation in parts (kg/validate.py) assumes "
            "that a shape looks only at a node's own triples and the classes of its values"
        )


def article_scoped(iri: str, base: str) -> bool:
    """Whether ``iri`` names an article, one of its spans or one of its statements."""
    return iri.startswith((f"{base}article/", f"{base}statement/"))


def article_violations(triples: Triples, base: str, shapes: str, ontology_nt: str) -> list[Violation]:
    """The violations of the article-scoped resources in ``triples`` (one or more whole
    articles' graphs)."""
    return [v for v in violations(triples.ntriples(), shapes, ontology_nt) if article_scoped(v.focus, base)]


def entity_violations(triples: Triples, base: str, shapes: str, ontology_nt: str) -> list[Violation]:
    """The violations of the resources that are not article-scoped, judged on all their
    triples (the whole corpus's ``triples``) and their values' types."""
    part = [t for t in triples if not article_scoped(t.subject.value, base)]
    values = {
        t.object for t in part if isinstance(t.object, ox.NamedNode) and article_scoped(t.object.value, base)
    }
    part += [t for t in triples if t.subject in values and t.predicate.value == _RDF_TYPE]
    data = (ox.serialize(part, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
    return [v for v in violations(data, shapes, ontology_nt) if not article_scoped(v.focus, base)]


def report(found: list[Violation], data_nt: str) -> str:
    """The report of ``found`` violations of the graph ``data_nt`` (N-Triples)."""
    found = sorted(set(found), key=lambda v: (v.focus, v.shape, v.component, v.path or "", v.value or ""))
    return report_text(found, evidence_about(data_nt, sorted({v.focus for v in found})))


def validate_ntriples(data_nt: str, shapes: str, ontology_nt: str) -> tuple[bool, str]:
    """Return (conforms, report text) for ``data_nt`` (N-Triples) against ``shapes``."""
    found = violations(data_nt, shapes, ontology_nt)
    if not found:
        return True, "Validation Report\nConforms: True\n"
    return False, report_text(found, evidence_about(data_nt, sorted({v.focus for v in found})))


def validate_graph(data, shapes: str, ontology) -> tuple[bool, str]:
    """Return (conforms, report text) for an rdflib graph ``data`` against ``shapes``, with
    the rdflib graph ``ontology`` read alongside."""
    return validate_ntriples(data.serialize(format="nt"), shapes, ontology.serialize(format="nt"))
