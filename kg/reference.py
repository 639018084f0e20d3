"""The reference graph: world knowledge no article has to state, kept apart from the articles.

``kg/reference/*.yaml`` lists memberships (state, organization, category, date) with the
sources each was checked against. ``kg build`` writes them to ``exports/reference.ttl``: the
same membership resources the articles' facts use (so a query can set an article's claim
beside the reference), each with ``dcterms:source`` links to its sources, and nothing from
any article. Load it into its own named graph to keep the two apart.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, ORG, RDF, RDFS, XSD

from kg.assemble import prefixes
from kg.errors import KgError, RuleError
from kg.gazetteer import Node
from kg.iris import check_iri, mint
from kg.rulebase import RuleBase
from kg.triples import Triples
from kg.vocab import KGO
from kg.yamlfile import LineDict, check_keys, line_of, load_yaml

_CATEGORIES = ("member state", "observer state", "dialogue partner")


def default_reference_dir() -> Path:
    """The reference files shipped with the package: ``kg/reference/``."""
    return Path(__file__).resolve().parent / "reference"


def _iri(term: str) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _entity(path: Path, record: LineDict, key: str, rulebase: RuleBase, klass: str) -> Node:
    entity = rulebase.gazetteer.entity(str(record[key]))
    if entity is None or not rulebase.classes.is_a(entity.klass, klass):
        raise RuleError(
            path,
            line_of(record, key),
            f"{key} {record[key]!r} is not a gazetteer id of a {klass}",
            "use the id",
        )
    return Node(entity.klass, entity.name)


def load_reference(paths: list[Path], rulebase: RuleBase, base: str) -> Triples:
    """The reference graph of the membership files ``paths``; RuleError (file and line) for
    an unknown key, id, category, source or a date that is not ISO 8601."""
    triples = Triples(prefixes(rulebase, base))
    add = triples.add
    for path in paths:
        data = check_keys(path, load_yaml(path), "the reference file", {"sources", "memberships"}, set())
        sources = data["sources"]
        if not isinstance(sources, LineDict):
            raise RuleError(path, line_of(data, "sources"), "sources must map names to URLs")
        for name, url in sources.items():
            try:
                check_iri(url if isinstance(url, str) else repr(url), f"the source {name!r}")
            except KgError as exc:
                raise RuleError(path, line_of(sources, name), str(exc), "write its URL") from None
        if not isinstance(data["memberships"], list):
            raise RuleError(path, line_of(data, "memberships"), "memberships must be a list of memberships")
        for record in data["memberships"]:
            record = check_keys(
                path, record, "a membership", {"state", "organization", "category", "since", "sources"}, set()
            )
            state = _entity(path, record, "state", rulebase, "State")
            org = _entity(path, record, "organization", rulebase, "Organization")
            if record["category"] not in _CATEGORIES:
                raise RuleError(
                    path,
                    line_of(record, "category"),
                    f"unknown category {record['category']!r}",
                    f"one of: {', '.join(_CATEGORIES)}",
                )
            since = record["since"]
            if not isinstance(since, date) or isinstance(since, datetime):  # a date, not a time
                raise RuleError(
                    path, line_of(record, "since"), f"since {since!r} is not a date", "write 2001-06-15"
                )
            membership = Node("Membership", f"{state.name} in {org.name}")
            node = _iri(mint(membership, base, rulebase.classes))
            add(node, _iri(RDF.type), _iri(KGO.Membership))
            add(node, _iri(RDFS.label), ox.Literal(membership.name))
            add(node, _iri(ORG.member), _node(triples, state, base, rulebase))
            add(node, _iri(ORG.organization), _node(triples, org, base, rulebase))
            add(node, _iri(KGO.memberCategory), ox.Literal(str(record["category"])))
            add(node, _iri(KGO.since), ox.Literal(since.isoformat(), datatype=_iri(XSD.date)))
            named = record["sources"]
            if not isinstance(named, list) or not named or not all(isinstance(n, str) for n in named):
                raise RuleError(
                    path,
                    line_of(record, "sources"),
                    f"sources {named!r} is not a list of source names",
                    "write [name, …] with names from sources",
                )
            for name in named:
                if name not in sources:
                    raise RuleError(
                        path, line_of(record, "sources"), f"unknown source {name!r}", "add it to sources"
                    )
                add(node, _iri(DCTERMS.source), ox.NamedNode(str(sources[name])))
    return triples


def _node(triples: Triples, node: Node, base: str, rulebase: RuleBase) -> ox.NamedNode:
    """A gazetteer entity's IRI, typed and labelled (what the shapes ask of it)."""
    iri = _iri(mint(node, base, rulebase.classes))
    triples.add(iri, _iri(RDF.type), _iri(KGO[node.klass]))
    triples.add(iri, _iri(RDFS.label), ox.Literal(node.name))
    return iri
