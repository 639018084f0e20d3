"""Hypothesis strategies for RDF triples that stress the writers and the line-cutting of
N-Triples (shared by tests/test_serialize.py and tests/test_graphindex.py)."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import strategies as st

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
EX = "https://example.org/x/"
PREFIXES = {
    "ex": EX,
    "p": "https://example.org/p/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

# Local names, some that Turtle must escape; literal text, some holding what the sort keys
# cut lines by (quotes, backslashes, newlines, the rdf:type IRI between angle brackets).
LOCALS = st.sampled_from(["a", "b", "ab", "a-b", "a.b", "b_2", "é", "x#1", "y=2", "z.", ""])
TEXTS = st.lists(
    st.sampled_from(["a", "b", " ", '"', "\\", "\n", ">", "<", "é", "😀", f"> <{RDF_TYPE}> ", '"^^<', "> ."]),
    max_size=6,
).map("".join)
IRIS = LOCALS.map(lambda local: ox.NamedNode(EX + local))
PREDICATES = st.one_of(IRIS, st.just(ox.NamedNode(RDF_TYPE)))
LITERALS = st.one_of(
    TEXTS.map(ox.Literal),
    TEXTS.map(lambda text: ox.Literal(text, language="en")),
    st.integers(-3, 3).map(lambda n: ox.Literal(str(n), datatype=ox.NamedNode(PREFIXES["xsd"] + "integer"))),
    st.builds(lambda text, datatype: ox.Literal(text, datatype=datatype), TEXTS, IRIS),
)
# Objects include rdf:type itself, which the sort keys mark like the predicate.
TRIPLES = st.builds(ox.Triple, IRIS, PREDICATES, st.one_of(IRIS, LITERALS, st.just(ox.NamedNode(RDF_TYPE))))
