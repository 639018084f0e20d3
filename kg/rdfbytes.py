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


def check_rdf_file(path: Path, fmt: ox.RdfFormat) -> None:
    """What pyoxigraph does not check before it reads a file of ``fmt``: an RDF/XML file must
    be well-formed XML (``check_xml``). Raises SyntaxError, like pyoxigraph's parser."""
    if fmt == ox.RdfFormat.RDF_XML:
        check_xml(path)


def check_xml(path: Path) -> None:
    """SyntaxError (with line and column) for a file that is not well-formed XML, read by
    expat. pyoxigraph reads an empty file as an empty graph, and expands entities without a
    limit (a "billion laughs" file of a few hundred bytes takes minutes and gigabytes);
    expat refuses both, the second by its amplification limit, within milliseconds."""
    from xml.parsers import expat

    parser = expat.ParserCreate()
    try:
        with path.open("rb") as handle:
            parser.ParseFile(handle)
    except expat.ExpatError as exc:
        raise SyntaxError(f"not well-formed XML: {exc}") from None
    except (ValueError, LookupError) as exc:  # an encoding expat cannot read, or unknown
        raise SyntaxError(f"not readable XML: {exc}") from None
