"""Articles that disagree: recorded in the graph instead of stopping the build.

Two articles may give one resource different values of a property the shapes allow once
(Belarus the 9th member and the 10th; a summit opening on two dates; founded in 2000 and
in 2001). Every claim is a reified statement with its evidence; asserting them all would
break the shapes, and choosing one would be a guess. So the build takes the resource's
triples with that property out of the graph, none asserted, and records a
``kgo:Disagreement`` naming the resource and the property and linking the statements that
give each value (``kgo:claim``): they stay, with their evidence, and ``kg query
disagreements`` lists them with their articles and sentences.

What counts as a disagreement is what the validator reports, not a second reading of the
shapes: a ``sh:maxCount`` or SHACL-SPARQL result with a path, on a resource that is not
an article's own (an entity, a membership), where the graph holds two or more values and
every one of them is a fact some statement asserts. Any other result still stops the build.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import PROV, RDF, RDFS

from kg.validate import Violation, article_scoped
from kg.vocab import KGO, PREFIXES, curie

_COMPONENTS = (
    "<http://www.w3.org/ns/shacl#MaxCountConstraintComponent>",
    "<http://www.w3.org/ns/shacl#SPARQLConstraintComponent>",
)
TYPE = ox.NamedNode(str(RDF.type))
LABEL = ox.NamedNode(str(RDFS.label))
DISAGREEMENT = ox.NamedNode(str(KGO.Disagreement))
SUBJECT_OF = ox.NamedNode(str(KGO.disputedSubject))
PROPERTY_OF = ox.NamedNode(str(KGO.disputedProperty))
CLAIM = ox.NamedNode(str(KGO.claim))
STATEMENT = ox.NamedNode(str(RDF.Statement))
_SUBJECT = ox.NamedNode(str(RDF.subject))
_PREDICATE = ox.NamedNode(str(RDF.predicate))


@dataclass(frozen=True, order=True)
class Disagreement:
    """Articles give ``subject`` more than one value of ``predicate``: each value in its
    N-Triples form with the articles that give it and the words it was read from, in
    order of value; and the statements that give them."""

    subject: str
    predicate: str
    #: (value, the articles that give it, the time phrases it was read from: "Thursday")
    claims: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]
    #: the IRIs of the statements that give the values, sorted
    statements: tuple[str, ...] = ()

    def iri(self, base: str) -> ox.NamedNode:
        key = f"{self.subject}|{self.predicate}".encode()
        return ox.NamedNode(f"{base}disagreement/{hashlib.sha1(key).hexdigest()[:20]}")

    def describe(self, label: Callable[[str], str | None]) -> str:
        """One line for the build's notes: what is disputed, and the values, each with the
        articles that give it; ``label`` names an IRI (None: its prefixed name)."""

        def shown(term: str) -> str:
            if term.startswith("<") and term.endswith(">"):
                return label(term[1:-1]) or curie(term[1:-1])
            return term.split('"^^', 1)[0].strip('"') if term.startswith('"') else term

        said = "; ".join(
            f"{shown(value)}{_phrases(phrases)} in {_articles(articles)}"
            for value, articles, phrases in self.claims
        )
        return (
            f"the text gives {len(self.claims)} values of {curie(self.predicate)} for "
            f"{label(self.subject) or curie(self.subject)} ({said}): none is asserted; the "
            "statements that give each stay (kg query disagreements)"
        )


def _phrases(phrases: tuple[str, ...]) -> str:
    """The words a value was resolved from, where it was ("Thursday": two articles' "Thursday"
    of different weeks is no disagreement of theirs but of their dates)."""
    return f" (from {', '.join(map(repr, phrases))})" if phrases else ""


def _articles(iris: tuple[str, ...], shown: int = 3) -> str:
    names = [iri.rsplit("/", 1)[-1] for iri in iris]
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    return ", ".join(names[:shown]) + more


_INTEGER = re.compile(r'^"(-?[0-9]+)"\^\^<http://www\.w3\.org/2001/XMLSchema#integer>$')


def _value_order(term: str) -> tuple:
    """Integers by their value (9 before 10), then every other term by its text."""
    number = _INTEGER.match(term)
    return (0, int(number.group(1)), "") if number else (1, 0, term)


def expand(name: str) -> str | None:
    """The IRI of a name as ``kg.validate`` writes a path: ``prefix:local`` or ``<iri>``."""
    if name.startswith("<") and name.endswith(">"):
        return name[1:-1]
    prefix, _, local = name.partition(":")
    namespace = PREFIXES.get(prefix)
    return f"{namespace}{local}" if namespace is not None else None


def disputed(found: Iterable[Violation], base: str) -> list[tuple[str, str]] | None:
    """The (subject, property IRI) pairs that the violations ``found`` put in doubt, sorted;
    None when any of them is of another kind (which stops the build as before)."""
    pairs = set()
    for v in found:
        path = expand(v.path) if v.path else None
        if v.component not in _COMPONENTS or path is None or article_scoped(v.focus, base):
            return None
        pairs.add((v.focus, path))
    return sorted(pairs)


#: The objects of (subject, predicate) in a graph: an in-memory build's and a streamed one's
#: store look them up differently, and share the rest.
Objects = Callable[[ox.NamedNode, ox.NamedNode], list]


def find(
    pairs: list[tuple[str, str]], objects: Objects, facts: dict[ox.Triple, set[tuple[str, str, str]]]
) -> list[Disagreement] | None:
    """The disagreements on ``pairs``, given the asserted ``facts`` (``asserted_facts``);
    None when one of them is not a disagreement between facts (fewer than two values, or a
    value no statement asserts)."""
    found = []
    for subject, predicate in pairs:
        s, p = ox.NamedNode(subject), ox.NamedNode(predicate)
        values = objects(s, p)
        if len(values) < 2 or not all(ox.Triple(s, p, o) in facts for o in values):
            return None
        claims = tuple(
            sorted(
                (
                    (
                        str(o),
                        tuple(sorted({article for article, _, _ in facts[ox.Triple(s, p, o)]})),
                        tuple(sorted({phrase for _, phrase, _ in facts[ox.Triple(s, p, o)] if phrase})),
                    )
                    for o in values
                ),
                key=lambda claim: _value_order(claim[0]),
            )
        )
        statements = tuple(sorted(st for o in values for _, _, st in facts[ox.Triple(s, p, o)]))
        found.append(Disagreement(subject, predicate, claims, statements))
    return found


def record(disagreement: Disagreement, base: str, label: str | None) -> list[ox.Triple]:
    """The triples that record ``disagreement``."""
    node = disagreement.iri(base)
    text = f"disagreement on {curie(disagreement.predicate)} of {label or curie(disagreement.subject)}"
    return [
        ox.Triple(node, TYPE, DISAGREEMENT),
        ox.Triple(node, LABEL, ox.Literal(text)),
        ox.Triple(node, SUBJECT_OF, ox.NamedNode(disagreement.subject)),
        ox.Triple(node, PROPERTY_OF, ox.NamedNode(disagreement.predicate)),
    ] + [ox.Triple(node, CLAIM, ox.NamedNode(st)) for st in disagreement.statements]


_OBJECT = ox.NamedNode(str(RDF.object))
_MODALITY = ox.NamedNode(str(KGO.modality))
_SOURCE = ox.NamedNode(str(PROV.hadPrimarySource))
_TIME_PHRASE = ox.NamedNode(str(KGO.timePhrase))


def asserted_facts(
    triples: Callable[[], Iterable[ox.Triple]], subjects: set
) -> dict[ox.Triple, set[tuple[str, str, str]]]:
    """The triples about ``subjects`` that some statement without a modality reifies, each
    with the IRIs of the articles whose statements do, the time phrase each read the value
    from ("Thursday"; "" for none) and the statement's IRI; read in two passes over
    ``triples()`` (the graph, or the lines of a streamed file)."""
    statements = {t.subject for t in triples() if t.predicate == _SUBJECT and t.object in subjects}
    parts: dict = {}
    reported = set()
    for t in triples():
        if t.subject in statements:
            if t.predicate == _MODALITY:
                reported.add(t.subject)
            elif t.predicate in (_SUBJECT, _PREDICATE, _OBJECT, _SOURCE, _TIME_PHRASE):
                parts.setdefault(t.subject, {})[t.predicate] = t.object
    facts: dict[ox.Triple, set[tuple[str, str, str]]] = {}
    for st, p in parts.items():
        if st not in reported and {_SUBJECT, _PREDICATE, _OBJECT, _SOURCE} <= p.keys():
            phrase = p[_TIME_PHRASE].value if _TIME_PHRASE in p else ""
            triple = ox.Triple(p[_SUBJECT], p[_PREDICATE], p[_OBJECT])
            facts.setdefault(triple, set()).add((p[_SOURCE].value, phrase, st.value))
    return facts


def record_in(graph, found: Iterable[Violation], base: str) -> tuple[list[tuple[str, str]], list[str]] | None:
    """Record the disagreements that the violations ``found`` of ``graph`` (a
    ``kg.triples.Triples``) are, taking the disputed triples out: the disputed (subject,
    property) pairs and the build's notes on them. None, and the graph unchanged, when any
    violation is not a disagreement."""
    pairs = disputed(found, base)
    if not pairs:
        return None
    subjects = {ox.NamedNode(s) for s, _ in pairs}
    wanted = {(ox.NamedNode(s), ox.NamedNode(p)) for s, p in pairs}
    objects: dict = {}
    for t in graph:
        if (t.subject, t.predicate) in wanted:
            objects.setdefault((t.subject, t.predicate), []).append(t.object)
    named = subjects | {o for values in objects.values() for o in values if isinstance(o, ox.NamedNode)}
    labels = {t.subject.value: t.object.value for t in graph if t.predicate == LABEL and t.subject in named}
    facts = asserted_facts(lambda: graph, subjects)
    notes = _apply(
        find(pairs, lambda s, p: objects.get((s, p), []), facts),
        base,
        labels.get,
        lambda s, p: objects.get((s, p), []),
        graph.discard,
        graph.update,
    )
    return None if notes is None else (pairs, notes)


def disputed_within(graph, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Those of ``pairs`` that ``graph`` itself gives two or more values (an article's own
    graph, where it contradicts itself)."""
    counts: dict = {}
    wanted = {(ox.NamedNode(s), ox.NamedNode(p)): (s, p) for s, p in pairs}
    for t in graph:
        pair = wanted.get((t.subject, t.predicate))
        if pair is not None:
            counts[pair] = counts.get(pair, 0) + 1
    return sorted(pair for pair, n in counts.items() if n > 1)


def record_in_store(
    store: ox.Store, found: Iterable[Violation], base: str, statements: Path
) -> list[str] | None:
    """As ``record_in``, for a streamed build: the shared resources' triples are in
    ``store`` (default graph), the statements in the N-Triples file ``statements``; the
    notes, or None."""
    pairs = disputed(found, base)
    if not pairs:
        return None
    default = ox.DefaultGraph()

    def objects(s: ox.NamedNode, p: ox.NamedNode) -> list:
        return [q.object for q in store.quads_for_pattern(s, p, None, default)]

    def label(iri: str) -> str | None:
        found = [q.object.value for q in store.quads_for_pattern(ox.NamedNode(iri), LABEL, None, default)]
        return min(found) if found else None

    def lines() -> Iterable[ox.Triple]:
        return (q.triple for q in ox.parse(path=str(statements), format=ox.RdfFormat.N_TRIPLES))

    facts = asserted_facts(lines, {ox.NamedNode(s) for s, _ in pairs})
    return _apply(
        find(pairs, objects, facts),
        base,
        label,
        objects,
        lambda triples: [store.remove(ox.Quad(t.subject, t.predicate, t.object, default)) for t in triples],
        lambda triples: store.extend(
            [ox.Quad(t.subject, t.predicate, t.object, default) for t in triples]
            # (the claims' types, which the check of the disagreement reads; a statement is an
            # article's resource, so the streamed build does not write them again)
            + [ox.Quad(t.object, TYPE, STATEMENT, default) for t in triples if t.predicate == CLAIM]
        ),
    )


def _apply(
    disagreements: list[Disagreement] | None,
    base: str,
    label: Callable[[str], str | None],
    objects: Objects,
    remove: Callable[[list[ox.Triple]], object],
    add: Callable[[list[ox.Triple]], object],
) -> list[str] | None:
    """Take each disagreement's values out of the graph (``objects`` of its subject and
    property), add its record, and give the build's notes; None when there is none."""
    if disagreements is None:
        return None
    notes = []
    for disagreement in disagreements:
        s, p = ox.NamedNode(disagreement.subject), ox.NamedNode(disagreement.predicate)
        remove([ox.Triple(s, p, o) for o in objects(s, p)])
        add(record(disagreement, base, label(disagreement.subject)))
        notes.append(disagreement.describe(label))
    return notes
