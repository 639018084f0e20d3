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


def to_turtle(graph: Graph) -> bytes:
    """Turtle with the prefixes the graph uses (rdflib sorts subjects and predicates)."""
    return graph.serialize(format="turtle", encoding="utf-8")


def to_ntriples(graph: Graph) -> bytes:
    """N-Triples, one triple a line, lines sorted."""
    lines = graph.serialize(format="nt", encoding="utf-8").splitlines(keepends=True)
    return b"".join(sorted(line for line in lines if line.strip()))


def to_jsonld(graph: Graph) -> bytes:
    """Compact JSON-LD whose context is the graph's prefixes, so keys read ``kgo:holder``;
    nodes sorted by ``@id``, values and keys sorted."""
    iris = {str(term) for triple in graph for term in triple if isinstance(term, URIRef)}
    iris |= {str(o.datatype) for o in graph.objects() if isinstance(o, Literal) and o.datatype}
    context = {
        prefix: str(namespace)
        for prefix, namespace in sorted(graph.namespaces())
        if prefix and any(iri.startswith(str(namespace)) for iri in iris)
    }
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
