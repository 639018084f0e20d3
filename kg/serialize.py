"""Serialize the graph deterministically: Turtle, N-Triples and JSON-LD.

The graph has no blank nodes, so sorting is enough to make every format byte-stable.
Turtle and N-Triples are written by pyoxigraph, JSON-LD by rdflib.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdfbytes import rdf_bytes
from kg.triples import Triples

#: Output format name → (file name, media type).
FORMATS = {
    "ttl": ("graph.ttl", "text/turtle"),
    "nt": ("graph.nt", "application/n-triples"),
    "jsonld": ("graph.jsonld", "application/ld+json"),
}


def used_prefixes(triples: Triples) -> dict[str, str]:
    """The bound prefixes that some IRI (or datatype) of the triples falls under, leaving out
    any under which some IRI's local name would need escaping; sorted by prefix."""
    uses = triples.namespace_uses()
    return {prefix: triples.prefixes[prefix] for prefix in sorted(uses) if uses[prefix]}


def to_turtle(triples: Triples) -> bytes:
    """Turtle with the prefixes the triples use, written by pyoxigraph: subjects sorted,
    ``rdf:type`` first, then predicates and objects sorted, grouped with ``;`` and ``,``."""
    prefixes = used_prefixes(triples)
    body = rdf_bytes(triples.sorted(), ox.RdfFormat.TURTLE, prefixes)
    # pyoxigraph writes the prefix lines in hash order: write them sorted instead.
    header = [f"@prefix {p}: <{ns}> .\n".encode() for p, ns in prefixes.items()]
    end = 0
    for _ in header:  # (the body is not split: a copy of a large graph's Turtle costs)
        end = body.find(b"\n", end) + 1
        if not end:
            break
    if (not end and header) or sorted(body[:end].splitlines(keepends=True)) != sorted(header):
        raise AssertionError("unexpected Turtle header from pyoxigraph")
    return b"".join([*header, memoryview(body)[end:]])


def to_ntriples(triples: Iterable[ox.Triple]) -> bytes:
    """N-Triples, one triple a line, lines sorted (of a ``Triples`` set or any triples)."""
    lines = rdf_bytes(triples, ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)
    return b"".join(sorted(line for line in lines if line.strip()))


def to_jsonld(triples: Triples) -> bytes:
    """Compact JSON-LD whose context is the graph's prefixes, so keys read ``kgo:holder``;
    nodes sorted by ``@id``, values and keys sorted (written by rdflib: optional, slower)."""
    context = used_prefixes(triples)
    graph = triples.to_rdflib()
    try:
        document = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    except (TypeError, OverflowError) as exc:  # rdflib writes xsd:integer values as JSON
        # numbers, with orjson where installed, which stops at 64 bits
        too_big = sorted(
            {
                t.object.value
                for t in triples
                if isinstance(t.object, ox.Literal) and _beyond_64_bits(t.object)
            }
        )
        if not too_big:
            raise
        raise KgError(
            f"JSON-LD: rdflib cannot write the integer {too_big[0][:40]} (more than 64 bits; "
            f"{len(too_big)} such values); build without --format jsonld, or fix the article"
        ) from exc
    nodes = [
        _exact_integers(node) for node in document.get("@graph", [document] if "@id" in document else [])
    ]
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    nodes.sort(key=lambda n: n.get("@id", ""))
    result = {"@context": context, "@graph": nodes}
    return (json.dumps(result, sort_keys=True, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


_XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")

#: The largest integer every JSON reader holds exactly (a double's 53 bits); JSON-LD readers
#: take a larger number, from 10^21 at least, for an xsd:double.
_EXACT_IN_JSON = 2**53


def _exact_integers(value):
    """``value`` (a JSON-LD node, a list, a value) with each integer too large for a JSON
    number written as a typed value, ``{"@value": "…", "@type": xsd:integer}``: rdflib writes
    an xsd:integer as a number, which pyoxigraph read back as an xsd:double the shapes refuse."""
    if isinstance(value, dict):
        return {key: _exact_integers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_exact_integers(item) for item in value]
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _EXACT_IN_JSON:
        return {"@value": str(value), "@type": _XSD_INTEGER.value}
    return value


def _beyond_64_bits(literal: ox.Literal) -> bool:
    if literal.datatype != _XSD_INTEGER:
        return False
    digits = literal.value.strip().lstrip("+-")
    return digits.isdigit() and (len(digits) > 19 or int(digits) >= 2**63)


SERIALIZERS = {"ttl": to_turtle, "nt": to_ntriples, "jsonld": to_jsonld}
