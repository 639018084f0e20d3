"""Triples written by pyoxigraph, as bytes, and the RDF format of a file (light: imports
pyoxigraph only)."""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox


def rdf_bytes(
    triples: Iterable[ox.Triple], fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None
) -> bytes:
    """``triples`` written by pyoxigraph in ``fmt`` (with ``prefixes``, for Turtle), as bytes.

    pyoxigraph is handed a file object to write into: that is faster than taking the bytes
    it returns (measured here: 1.8 million triples as N-Triples in 0.49 s against 0.69 to
    1.5 s, 2,200 triples in 0.35 ms against 0.72 ms)."""
    buffer = io.BytesIO()
    ox.serialize(triples, buffer, format=fmt, prefixes=prefixes)
    return buffer.getvalue()


def rdf_format(path: Path) -> ox.RdfFormat:
    """The pyoxigraph RdfFormat of a file, from its extension; Turtle when unknown."""
    return ox.RdfFormat.from_extension(path.suffix.lstrip(".")) or ox.RdfFormat.TURTLE
