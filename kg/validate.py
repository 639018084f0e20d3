"""Validate a graph against the SHACL shapes of ``ontology/shapes.ttl`` with pySHACL."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.classes import ontology_dir


def load_shapes(path: Path | None = None) -> Graph:
    """Parse the shapes file (default ``ontology/shapes.ttl``)."""
    return Graph().parse(path or ontology_dir() / "shapes.ttl", format="turtle")


def validate_graph(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, str]:
    """Return (conforms, report text) for ``data`` against ``shapes``.

    ontology: mixed into the data for validation so that sh:class and sh:targetClass follow
    rdfs:subClassOf; no other inference is run.
    """
    from pyshacl import validate  # imported here: only builds and `kg validate` need it

    conforms, _report, text = validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        allow_warnings=False,
    )
    return bool(conforms), str(text)
