"""Validate a graph against the SHACL shapes of ``ontology/shapes.ttl`` with shacl-rust.

shacl-rust implements SHACL Core and SHACL-SPARQL constraints in Rust and reads N-Triples;
pySHACL, the reference implementation, is checked to agree with it on the seed graph
broken in every way the shapes test (tests/test_shacl_reference.py). The ontology is
validated together with the data, so that sh:class and sh:targetClass follow
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
from kg.rdfbytes import check_rdf_file, rdf_bytes, rdf_format
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
    """The text of the shapes file (default ``ontology/shapes.ttl``), checked; read once per
    process. Raises ValueError naming the file when it is not UTF-8, does not parse (with
    the line), holds a shape that shacl-rust finds broken (such as a property shape without
    ``sh:path`` or a SPARQL query that does not parse, with the offending triple), or uses
    a feature that validation in parts refuses (``check_local_shapes``)."""
    import shacl_rust

    path = path or ontology_dir() / "shapes.ttl"
    try:
        text = path.read_text(encoding="utf-8")
        check_local_shapes(text)
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValueError(f"{path}: {exc}") from None
    try:
        quads = list(ox.parse(text, format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()))
    except SyntaxError as exc:
        raise ValueError(f"{path}: the SHACL shapes do not parse: {exc}") from None
    targeted = _targets_something(quads)
    recursion = _recursion(quads)  # (before shacl-rust, which crashes on one)
    if recursion:
        raise ValueError(
            f"{path}: the shapes refer to themselves ({' -> '.join(recursion)}); SHACL leaves "
            "validation with recursive shapes undefined"
        )
    try:
        checked = shacl_rust.validate("", text, data_format="nt", shapes_format="turtle", diagnostics=True)
    except ValueError as exc:
        raise ValueError(f"{path}: the SHACL shapes do not parse: {exc}") from None
    if not targeted:
        raise ValueError(
            f"{path}: no SHACL shape in it has a target (sh:targetClass, sh:targetNode, "
            "sh:targetSubjectsOf, sh:targetObjectsOf, or a shape that is a class), so it checks nothing"
        )
    broken = [d for d in checked.get("diagnostics") or () if d.get("severity") == "error"]
    if broken:
        first = broken[0]
        where = "; ".join(snippet["highlight"] for snippet in first.get("snippets") or ())
        detail = " ".join(str(first.get("actual") or "").split())  # one line
        raise ValueError(
            f"{path}: a SHACL shape is broken ({first['code']} {first['title']}): {where}"
            + (f": {detail}" if detail else "")
        )
    return text


_SH = "http://www.w3.org/ns/shacl#"
_RDF_TYPE_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_TARGETS = frozenset(_SH + t for t in ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"))
_CLASSES = frozenset(("http://www.w3.org/2000/01/rdf-schema#Class", "http://www.w3.org/2002/07/owl#Class"))


def _targets_something(quads: list[ox.Quad]) -> bool:
    """Whether some shape of the shapes graph ``quads`` has a target: a target predicate, or
    a shape that is also a class (an implicit class target)."""
    shapes_typed, classes = set(), set()
    for quad in quads:
        if quad.predicate.value in _TARGETS:
            return True
        if quad.predicate.value == _RDF_TYPE_IRI:
            if quad.object.value in (f"{_SH}NodeShape", f"{_SH}PropertyShape"):
                shapes_typed.add(quad.subject)
            elif quad.object.value in _CLASSES:
                classes.add(quad.subject)
    return bool(shapes_typed & classes)


# The predicates by which a shape uses another shape: directly, or through an RDF list.
_USES = frozenset(_SH + p for p in ("not", "node", "property", "qualifiedValueShape"))
_USES_LIST = frozenset(_SH + p for p in ("and", "or", "xone"))
_FIRST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#first"
_REST = "http://www.w3.org/1999/02/22-rdf-syntax-ns#rest"


def _recursion(quads: list[ox.Quad]) -> list[str]:
    """A cycle of shapes that use one another (``sh:not``, ``sh:and`` …), as their names; or
    an empty list."""
    from graphlib import CycleError, TopologicalSorter

    first, rest, uses = {}, {}, {}
    for quad in quads:
        predicate = quad.predicate.value
        if predicate == _FIRST:
            first[quad.subject] = quad.object
        elif predicate == _REST:
            rest[quad.subject] = quad.object
        elif predicate in _USES or predicate in _USES_LIST:
            uses.setdefault(quad.subject, []).append((predicate in _USES_LIST, quad.object))
    graph = {}
    for shape, used in uses.items():
        graph[shape] = set()
        for is_list, node in used:
            seen = set()
            while is_list and node in first and node not in seen:  # the members of a list
                seen.add(node)
                graph[shape].add(first[node])
                node = rest.get(node)
            if not is_list:
                graph[shape].add(node)
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as exc:
        cycle = exc.args[1][:-1]  # (it ends where it starts): told from its first named shape
        at = next((i for i, n in enumerate(cycle) if isinstance(n, ox.NamedNode)), 0)
        cycle = cycle[at:] + cycle[:at] + [cycle[at]]
        return [f"<{n.value}>" if isinstance(n, ox.NamedNode) else "[ ]" for n in cycle]
    return []


@functools.lru_cache(maxsize=8)
def ontology_ntriples(path: Path | None = None) -> str:
    """The ontology (default ``ontology/kg.ttl``) as N-Triples, to read alongside the data;
    read once per process."""
    return to_ntriples_text(path or ontology_dir() / "kg.ttl")


def to_ntriples_text(path: Path) -> str:
    """Any RDF file pyoxigraph reads (format from its extension) as N-Triples text.

    Raises OSError when it cannot be read, SyntaxError (with line and column) when it does
    not parse.
    """
    fmt = rdf_format(path)
    check_rdf_file(path, fmt)
    triples = (quad.triple for quad in ox.parse(path=str(path), format=fmt))
    return rdf_bytes(triples, ox.RdfFormat.N_TRIPLES).decode("utf-8")


def _clean(term: str | None) -> str | None:
    if term is None:
        return None
    if term.startswith("http://") or term.startswith("https://"):
        return curie(term)
    return term


def _term(entry: dict, key: str) -> str | None:
    """The term under ``key`` of a shacl-rust result: an IRI without its angle brackets,
    other terms as written; None when absent."""
    text = entry.get(key)
    if not text:
        return None
    return text[1:-1] if text.startswith("<") and text.endswith(">") else text


def focus_name(term: ox.NamedNode | ox.BlankNode) -> str:
    """How ``violations`` names a focus node: an IRI plain, a blank node as ``_:x``."""
    return term.value if isinstance(term, ox.NamedNode) else str(term)


_VIOLATION = "<http://www.w3.org/ns/shacl#Violation>"


def _report_order(v: Violation) -> tuple[str, ...]:
    # The shape last: a property shape is a blank node, named anew on every run.
    return (v.focus, v.path or "", v.component, v.value or "", v.message or "", v.shape)


def violations(data_nt: str, shapes: str, ontology_nt: str, *, indexed: bool = True) -> list[Violation]:
    """The violations of ``data_nt`` (N-Triples) against ``shapes`` (Turtle text), with the
    ontology (N-Triples) read alongside; sorted, so the report is the same on every run.
    shacl-rust keeps no state between calls and releases the GIL while it works, so
    threads may validate at once. Focus nodes read as plain IRIs, blank nodes as ``_:x``.
    (Ontology and data are read as one document: neither may use blank nodes the other
    does; the ontology uses none and the build mints none.)

    indexed: load the graph into shacl-rust's interned index, which it calls experimental:
    seed-sized articles in graphs of ten take about 7 ms of CPU time each with it, 11.5 ms
    without (measured here). The tests check that both ways give the same results on the seed
    graph broken in every way the shapes check (``tests/test_shacl_reference.py``)."""
    import shacl_rust

    report = shacl_rust.validate(
        ontology_nt + data_nt, shapes, data_format="nt", shapes_format="turtle", experimental_index=indexed
    )
    found = {
        Violation(
            shape=_clean(_term(entry, "sourceShape")) or "",
            component=_clean(_term(entry, "sourceConstraintComponent")) or "",
            focus=_term(entry, "focusNode") or "",
            path=_clean(_term(entry, "resultPath")),
            value=_clean(_term(entry, "value")),
            message="; ".join(entry.get("messages") or []) or None,
        )
        for entry in report["results"]
        if entry.get("severity") == _VIOLATION and not _wrongly_ill_formed(entry)
    }
    return sorted(found, key=_report_order)


# shacl-rust 0.2.12 reads xsd:integer as a 64-bit number, so it calls a longer integer (such
# as "99999999999999999999", which the fuzz tests wrote into a pledge's quantity) an
# ill-formed literal, although XSD integers have no bound; pySHACL and rudof accept it. A
# datatype result whose value is an xsd:integer with an integer's lexical form, and which
# says "ill-formed", is that mistake and is dropped. An integer that is not of the shape's
# datatype is reported as "does not have datatype", and stays.
_XSD_INTEGER_LITERAL = re.compile(r'^"[+-]?[0-9]+"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>$')


def _wrongly_ill_formed(entry: dict) -> bool:
    return (
        entry.get("sourceConstraintComponent") == "<http://www.w3.org/ns/shacl#DatatypeConstraintComponent>"
        and bool(_XSD_INTEGER_LITERAL.match(entry.get("value") or ""))
        and any("ill-formed" in message for message in entry.get("messages") or ())
    )


_EVIDENCE = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX kgo: <https://kg.example.org/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT DISTINCT ?node ?predicate ?object ?article ?rule ?anchor ?modality WHERE {
    VALUES ?node { %s }
    { ?statement rdf:subject ?node } UNION { ?statement rdf:object ?node }
    ?statement rdf:predicate ?predicate ; rdf:object ?object ;
        prov:hadPrimarySource ?article ; kgo:rule/dcterms:identifier ?rule ;
        prov:wasDerivedFrom/nif:anchorOf ?anchor .
    OPTIONAL { ?statement kgo:modality ?modality }
}
"""


@dataclass(frozen=True, order=True)
class Evidence:
    """A fact about a node, where it was read: article, rule and words; modality "negated"
    or "planned" when the text reports it without asserting it (so it is not in the graph)."""

    predicate: str
    value: str
    article: str
    rule: str
    words: str
    modality: str = ""


def evidence_about(data: str | Path, nodes: list[str]) -> dict[str, list[Evidence]]:
    """For each node IRI: the facts that have it as subject or object, with the article,
    rule and words each was read from, sorted. data: the graph as N-Triples text, or the path of an
    N-Triples file (read into a store on disk beside it, for graphs larger than memory)."""
    if isinstance(data, Path):
        store = ox.Store(str(data.with_suffix(".store")))
        store.bulk_load(path=str(data), format=ox.RdfFormat.N_TRIPLES)
    else:
        store = ox.Store()
        store.bulk_load(data.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    iris = " ".join(str(ox.NamedNode(node)) for node in nodes if node.startswith(("http://", "https://")))
    found: dict[str, list[Evidence]] = {}
    for row in store.query(_EVIDENCE % iris) if iris else ():
        value = row["object"]
        shown = curie(value.value) if isinstance(value, ox.NamedNode) else value.value
        modality = row["modality"].value if row["modality"] is not None else ""
        fact = Evidence(
            curie(row["predicate"].value),
            shown,
            row["article"].value,
            row["rule"].value,
            row["anchor"].value,
            modality,
        )
        found.setdefault(row["node"].value, []).append(fact)
    return {node: sorted(facts) for node, facts in found.items()}


_SHOWN = 5  # articles named per value, and facts per violation without a path


def _unasserted(facts: list[Evidence]) -> str:
    """A note when every one of ``facts`` is only reported (negated or planned): such facts
    are not in the graph, which is why a shape may find the value missing."""
    modalities = sorted({f.modality for f in facts})
    if facts and "" not in modalities:
        return f" ({', '.join(modalities)}: reported, not asserted, so not in the graph)"
    return ""


def _sparql_check(v: Violation) -> bool:
    """Whether ``v`` is a SHACL-SPARQL check's: where its focus is a text or an article, the
    broken node is its value, and the facts about the article would only hide it; only the
    evidence on its path, if it names one, is shown."""
    return v.component.rstrip(">").endswith("#SPARQLConstraintComponent")


def report_text(found: list[Violation], evidence: dict[str, list[Evidence]]) -> str:
    """A readable report: one block per violation, then where the facts about its node came
    from: for a violation on a path, each value the articles gave it and which articles."""
    lines = [f"Validation Report\nConforms: False\nResults ({len(found)}):"]
    for v in found:
        component = v.component.rsplit("#", 1)[-1].rstrip(">")
        shape = f"a property shape on {v.path}" if v.shape.startswith("_:") and v.path else v.shape
        lines.append(f"Constraint Violation in {component} ({shape}):")
        lines.append(f"\tFocus Node: {_clean(v.focus)}")
        if v.path:
            lines.append(f"\tResult Path: {v.path}")
        if v.value:
            lines.append(f"\tValue Node: {v.value}")
        if v.message:
            lines.append(f"\tMessage: {v.message}")
        facts = evidence.get(v.focus, []) if v.path or not _sparql_check(v) else []
        on_path = [f for f in facts if f.predicate == v.path]
        if on_path or _sparql_check(v):
            by_value: dict[str, list[Evidence]] = {}
            for fact in on_path:
                by_value.setdefault(fact.value, []).append(fact)
            for value, said in sorted(by_value.items()):
                articles = sorted({f.article for f in said})
                more = f" and {len(articles) - _SHOWN} more" if len(articles) > _SHOWN else ""
                lines.append(f"\tEvidence: {v.path} {value} in {len(articles)} article(s): ")
                lines[-1] += ", ".join(articles[:_SHOWN]) + more + _unasserted(said)
                first = said[0]
                lines.append(f"\t\tfor example (rule {first.rule}): {first.words!r}")
        else:
            for fact in facts[:_SHOWN]:
                lines.append(
                    f"\tEvidence: {fact.article} (rule {fact.rule}): {fact.words!r}{_unasserted([fact])}"
                )
            if len(facts) > _SHOWN:
                lines.append(f"\t… and {len(facts) - _SHOWN} more facts about this node")
    return "\n".join(lines) + "\n"


# --- validating a corpus in parts --------------------------------------------------------
#
# Validation takes about as much CPU time as extraction and assembly together (about 8 ms
# per seed-sized article; shacl-rust spreads part of one validation over a second thread). A build therefore
# validates its graph in parts, in its worker processes, that give the same verdict as
# validating it whole:
#
# - Article-scoped resources (the article, its text spans ``article/…#char=…`` and its
#   reified statements ``statement/…``) get all their triples from their own article. The
#   shapes look at a focus node's own triples, the classes of its values and, in the
#   SPARQL constraints (whose focus nodes are a text and an article), the spans of that
#   text, the statements of that article and the triples they reify, all from the same
#   article; so such a node is judged exactly in a graph of its article (plus any others).
#   One more (FactHasEvidenceShape) asks of every fact in the graph that some statement
#   asserts it, and is reported by the graph's first article: a chunk's graph holds the
#   facts of its own articles only, each with its statements, so the chunks together find
#   what the whole graph's check finds (told apart by the fact, not by the article).
# - Every other resource (entities, rules) may be described by many articles: it is judged
#   in the graph of all triples about non-article resources, with the types of their values.
# - Articles that disagree (two values where a shape allows one, on an entity): the build
#   then takes those triples out and records a ``kgo:Disagreement`` on the resource and
#   property (``kg/disagreements.py``), after the parts were judged. A chunk judged its
#   statements with their triple asserted; in the whole graph the disagreement excuses
#   them from being asserted (ReifiedTripleAssertedShape: where another statement gives
#   another value, which the build checked before recording it), so the verdict is the
#   same. The disagreement itself is a resource of the second kind, judged with its
#   resource's triples (none of the disputed property's values may be left).
#
# A shape that looks further (sh:node, inverse paths, a SPARQL query joining two articles)
# breaks this; ``check_local_shapes`` refuses the core shape features that would, but does
# not read SPARQL queries: those in the shapes follow links back from a text to its spans
# and from an article to its statements, all of one article, or from a fact to its
# statements.

_NON_LOCAL = re.compile(
    r"\bsh:(?:node|qualifiedValueShape|inversePath|zeroOrMorePath|oneOrMorePath|alternativePath)\b"
    r"|\bsh:path\s*\("
)


def check_local_shapes(shapes: str) -> None:
    """Refuse shapes that judge a node by more than its own triples and its values' types.
    SHACL-SPARQL queries are not looked into: those of ``shapes.ttl`` read only one
    article's text, spans and statements and the triples they reify, or every fact with
    its statements (see above); a new one must be checked by hand, and by
    ``tests/test_validate_parts.py``."""
    found = _NON_LOCAL.search(shapes)
    if found:
        raise ValueError(
            f"the shapes use {found.group(0)!r}: validation in parts (kg/validate.py) assumes "
            "that a shape looks only at a node's own triples and the classes of its values"
        )


#: The segments under the base IRI of article-scoped resources: articles (with their text
#: spans, ``article/…#char=…``) and reified statements.
ARTICLE_SEGMENTS = ("article/", "statement/")


def article_scoped(iri: str, base: str) -> bool:
    """Whether ``iri`` names an article, one of its spans or one of its statements."""
    return iri.startswith(article_prefixes(base))


@functools.lru_cache(maxsize=8)
def article_prefixes(base: str) -> tuple[str, ...]:
    """The IRI prefixes of article-scoped resources under ``base``; made once per base (a
    streamed build asks of every triple)."""
    return tuple(base + segment for segment in ARTICLE_SEGMENTS)


def article_violations(triples: Triples | str, base: str, shapes: str, ontology_nt: str) -> list[Violation]:
    """The violations of the article-scoped resources in ``triples`` (one or more whole
    articles' graphs; or their N-Triples text)."""
    data = triples if isinstance(triples, str) else triples.ntriples()
    return [v for v in violations(data, shapes, ontology_nt) if article_scoped(v.focus, base)]


def entity_violations(triples: Triples, base: str, shapes: str, ontology_nt: str) -> list[Violation]:
    """The violations of the resources that are not article-scoped, judged on all their
    triples (the whole corpus's ``triples``) and their values' types."""
    # The article-scoped subjects are runs of the sorted triples: the rest is cut around them.
    listed, part, at = triples.sorted(), [], 0
    for first, last in sorted(triples.subject_range(base + segment) for segment in ARTICLE_SEGMENTS):
        part += listed[at:first]
        at = max(at, last)
    part += listed[at:]
    values = {
        t.object for t in part if isinstance(t.object, ox.NamedNode) and article_scoped(t.object.value, base)
    }
    part += [t for value in sorted(values, key=str) for t in triples.types_of(value)]
    data = rdf_bytes(part, ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return [v for v in violations(data, shapes, ontology_nt) if not article_scoped(v.focus, base)]


def report(found: list[Violation], data: str | Path) -> str:
    """The report of ``found`` violations of the graph ``data`` (N-Triples text or file)."""
    found = sorted(set(found), key=_report_order)
    asked = sorted({v.focus for v in found if v.path or not _sparql_check(v)})
    return report_text(found, evidence_about(data, asked))


def validate_ntriples(data_nt: str, shapes: str, ontology_nt: str) -> tuple[bool, str]:
    """Return (conforms, report text) for ``data_nt`` (N-Triples) against ``shapes``."""
    found = violations(data_nt, shapes, ontology_nt)
    if not found:
        return True, "Validation Report\nConforms: True\n"
    return False, report(found, data_nt)


def validate_graph(data, shapes: str, ontology) -> tuple[bool, str]:
    """Return (conforms, report text) for an rdflib graph ``data`` against ``shapes``, with
    the rdflib graph ``ontology`` read alongside."""
    return validate_ntriples(data.serialize(format="nt"), shapes, ontology.serialize(format="nt"))
