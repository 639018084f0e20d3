"""Serialize the graph deterministically: Turtle, N-Triples and JSON-LD.

The graph has no blank nodes, so sorting is enough to make every format byte-stable.
"""

from __future__ import annotations

import json

from rdflib import Graph, Literal, URIRef

#: Output format name → (file name, media type).
FORMATS = {
    "ttl": ("graph.ttl", "text/turtle"),
    "nt": ("graph.nt", "application/n-triples"),
    "jsonld": ("graph.jsonld", "application/ld+json"),
}


def _ox(term):
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.BlankNode(str(term))


def used_prefixes(graph: Graph) -> dict[str, str]:
    """The graph's bound prefixes that some IRI (or datatype) of the graph falls under."""
    iris = {str(term) for triple in graph for term in triple if isinstance(term, URIRef)}
    iris |= {str(o.datatype) for o in graph.objects() if isinstance(o, Literal) and o.datatype}
    return {
        prefix: str(namespace)
        for prefix, namespace in sorted(graph.namespaces())
        if prefix and any(iri.startswith(str(namespace)) for iri in iris)
    }


def to_turtle(graph: Graph) -> bytes:
    """Turtle with the prefixes the graph uses; rdflib's writer sorts subjects, predicates
    and objects, groups them with ``;`` and ``,`` and writes full IRIs where a prefixed name
    would need escapes (``#char=0,22``). (pyoxigraph's writer is faster but escapes those
    local names and writes its prefixes in hash order.)"""
    return graph.serialize(format="turtle", encoding="utf-8")


def to_ntriples(graph: Graph) -> bytes:
    """N-Triples, one triple a line, lines sorted."""
    import pyoxigraph as ox

    triples = [ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in graph]
    lines = (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").splitlines(keepends=True)
    return b"".join(sorted(line for line in lines if line.strip()))


def to_jsonld(graph: Graph) -> bytes:
    """Compact JSON-LD whose context is the graph's prefixes, so keys read ``kgo:holder``;
    nodes sorted by ``@id``, values and keys sorted."""
    context = used_prefixes(graph)
    document = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = document.get("@graph", [document] if "@id" in document else [])
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    nodes.sort(key=lambda n: n.get("@id", ""))
    result = {"@context": context, "@graph": nodes}
    return (json.dumps(result, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


SERIALIZERS = {"ttl": to_turtle, "nt": to_ntriples, "jsonld": to_jsonld}
