"""Namespaces used by the graph, in one place.

The project's own ontology lives in ``ontology/kg.ttl``; its namespace is fixed so that
queries keep working whatever base IRI a build mints its resources under.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KGO = Namespace("https://kg.example.org/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
WD = Namespace("http://www.wikidata.org/entity/")

DEFAULT_BASE = "https://kg.example.org/id/"

#: The named graph `kg query` (and a store) holds the reference graph in, apart from the
#: articles' facts in the default graph.
REFERENCE_GRAPH = "https://kg.example.org/graph/reference"

#: Prefixes bound on every graph; serializers write only those a graph uses.
PREFIXES: dict[str, Namespace] = {
    "kgo": KGO,
    "nif": NIF,
    "itsrdf": ITSRDF,
    "schema": SCHEMA,
    "org": ORG,
    "prov": PROV,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "foaf": FOAF,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "wd": WD,
}


def curie(iri: str) -> str:
    """``prefix:name`` for an IRI in one of the project's vocabularies, else ``<iri>``."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)) and iri != str(namespace):
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return f"<{iri}>"
