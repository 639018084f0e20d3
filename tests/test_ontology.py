"""The ontology is documented, and the export uses only terms it or a standard vocabulary
defines."""

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.vocab import KGO

STANDARD = (
    "https://schema.org/",
    "http://www.w3.org/ns/org#",
    "http://www.w3.org/ns/prov#",
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "http://www.w3.org/2005/11/its/rdf#",
    "http://purl.org/dc/terms/",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
)


@pytest.mark.parametrize("kind", [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty])
def test_ontology_every_term_has_label_and_comment(rulebase, kind):
    terms = list(rulebase.ontology.subjects(RDF.type, kind))
    assert terms
    for term in terms:
        for annotation in (RDFS.label, RDFS.comment):
            value = rulebase.ontology.value(term, annotation)
            assert isinstance(value, Literal) and value.language == "en" and str(value).strip(), (
                term,
                annotation,
            )


def test_ontology_properties_have_domain_or_range(rulebase):
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in rulebase.ontology.subjects(RDF.type, kind):
            assert (prop, RDFS.domain, None) in rulebase.ontology or (
                prop,
                RDFS.range,
                None,
            ) in rulebase.ontology


def test_ontology_export_uses_only_defined_terms(seed_graph, rulebase):
    defined = set(rulebase.ontology.subjects(RDF.type, None))
    used = {p for _s, p, _o in seed_graph} | set(seed_graph.objects(None, RDF.type))
    for term in used:
        assert isinstance(term, URIRef)
        if str(term).startswith(str(KGO)):
            assert term in defined, f"{term} is used but not defined in ontology/kg.ttl"
        else:
            assert str(term).startswith(STANDARD), f"{term} is from no known vocabulary"


# Pairs of external classes that their own vocabulary says no thing is both of.
DISJOINT_BY_DEFINITION = [
    # W3C ORG: an organizational unit "is not a Formal Organization in its own right".
    (
        URIRef("http://www.w3.org/ns/org#FormalOrganization"),
        URIRef("http://www.w3.org/ns/org#OrganizationalUnit"),
    ),
]


@pytest.mark.parametrize(("first", "second"), DISJOINT_BY_DEFINITION)
def test_ontology_no_class_is_below_two_classes_its_vocabulary_keeps_apart(rulebase, first, second):
    ontology = rulebase.ontology
    both = [
        cls
        for cls in ontology.subjects(RDF.type, OWL.Class)
        if {first, second} <= set(ontology.transitive_objects(cls, RDFS.subClassOf))
    ]
    assert not both, f"{both} would be both {first} and {second}"
    # And the alignment is there to check: each is reached by some class of ours.
    for external in (first, second):
        assert any(
            external in set(ontology.transitive_objects(cls, RDFS.subClassOf))
            for cls in ontology.subjects(RDF.type, OWL.Class)
            if cls != external
        )


def test_ontology_states_the_disjointness_the_rule_loader_assumes(rulebase):
    """The rule loader refuses a fact whose subject or object is of a class its property
    rules out, taking classes that are not a kind of one another to share no resource: the
    ontology says so of the most general classes (all of them) and of the kinds of agent."""
    from rdflib.collection import Collection

    ontology = rulebase.ontology
    groups = [
        {str(m).removeprefix(str(KGO)) for m in Collection(ontology, ontology.value(group, OWL.members))}
        for group in ontology.subjects(RDF.type, OWL.AllDisjointClasses)
    ]
    roots = {name for name, parents in rulebase.classes.parents.items() if not parents}
    agents = {name for name, parents in rulebase.classes.parents.items() if parents == ("Agent",)}
    assert sorted(groups, key=len) == [agents, roots]


def test_ontology_disputable_properties_are_those_the_shapes_allow_once(shacl_shapes):
    """The list of properties a kgo:Disagreement may be about (DisagreementShape's sh:in) is
    the properties that the shapes allow once (sh:maxCount) on a resource that is not the
    builder's own (an article, a text span, a statement, a rule, a photo, a disagreement),
    but for its names (rdfs:label, skos:prefLabel, owl:sameAs)."""
    from rdflib import Graph, Namespace
    from rdflib.collection import Collection
    from rdflib.namespace import SKOS

    from kg.vocab import NIF

    sh = Namespace("http://www.w3.org/ns/shacl#")
    shapes = Graph().parse(data=shacl_shapes, format="turtle")
    own = {KGO.Article, KGO.Photo, KGO.ExtractionRule, KGO.Disagreement, RDF.Statement}
    once = set()
    for shape in shapes.subjects(RDF.type, sh.NodeShape):
        targets = set(shapes.objects(shape, sh.targetClass))
        if not targets or all(t in own or str(t).startswith(str(NIF)) for t in targets):
            continue
        for prop in shapes.objects(shape, sh.property):
            if (prop, sh.maxCount, None) in shapes:
                once.add(shapes.value(prop, sh.path))
    names = {RDFS.label, SKOS.prefLabel, OWL.sameAs}
    disagreement = URIRef("https://kg.example.org/shapes#DisagreementShape")
    (listed,) = [
        list(Collection(shapes, shapes.value(prop, sh["in"])))
        for prop in shapes.objects(disagreement, sh.property)
        if shapes.value(prop, sh.path) == KGO.disputedProperty
    ]
    assert sorted(once - names) == sorted(listed)
