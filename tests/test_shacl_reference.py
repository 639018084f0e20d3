"""The build validates with shacl-rust; pySHACL, the reference implementation in Python, must
agree with it on the seed graph and on the seed graph broken in every way the shapes check."""

from __future__ import annotations

from dataclasses import astuple, replace

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.validate import Violation, validate_graph, violations
from kg.vocab import ITSRDF, KGO, NIF, ORG, SCHEMA


def _first(graph: Graph, cls: URIRef) -> URIRef:
    return sorted(graph.subjects(RDF.type, cls))[0]


def _unchanged(graph: Graph) -> None:
    pass


def _anchor(graph: Graph) -> None:
    span = sorted(graph.subjects(NIF.anchorOf, Literal("Belarus")))[0]
    graph.set((span, NIF.anchorOf, Literal("Belaruz")))


def _unasserted(graph: Graph) -> None:
    statement = _first(graph, RDF.Statement)
    s, p, o = (graph.value(statement, x) for x in (RDF.subject, RDF.predicate, RDF.object))
    graph.remove((s, p, o))


def _min_count(graph: Graph) -> None:
    graph.remove((_first(graph, KGO.Pledge), KGO.quantity, None))


def _max_count(graph: Graph) -> None:
    graph.add((_first(graph, KGO.Summit), KGO.ordinal, Literal(99)))


def _datatype(graph: Graph) -> None:
    span = _first(graph, NIF.RFC5147String)
    graph.set((span, NIF.beginIndex, Literal("3")))


def _offsets_as_integers(graph: Graph) -> None:
    # as Oxigraph stores them (every integer-derived datatype as xsd:integer): still conforms
    for predicate in (NIF.beginIndex, NIF.endIndex):
        for node, value in list(graph.subject_objects(predicate)):
            graph.set((node, predicate, Literal(int(value), datatype=XSD.integer)))


def _negative_offset(graph: Graph) -> None:
    graph.set((_first(graph, NIF.Context), NIF.beginIndex, Literal(-1, datatype=XSD.integer)))


def _ill_typed(graph: Graph) -> None:
    graph.set((_first(graph, KGO.Summit), KGO.ordinal, Literal("twenty", datatype=XSD.integer)))


def _class(graph: Graph) -> None:
    membership = _first(graph, KGO.Membership)
    graph.set((membership, ORG.member, _first(graph, KGO.Person)))


def _in(graph: Graph) -> None:
    graph.set((_first(graph, NIF.Phrase), KGO.surfaceForm, Literal("guess")))


def _or(graph: Graph) -> None:
    graph.set((_first(graph, KGO.Article), SCHEMA.datePublished, Literal("2024")))


def _pattern(graph: Graph) -> None:
    graph.add((_first(graph, KGO.State), OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q0")))


def _node_kind(graph: Graph) -> None:
    graph.set((_first(graph, NIF.Phrase), ITSRDF.taIdentRef, Literal("x")))


def _min_inclusive(graph: Graph) -> None:
    graph.set((_first(graph, KGO.Pledge), KGO.quantity, Literal(-5)))


def _subclass_target(graph: Graph) -> None:
    # A Summit is a kgo:Event through rdfs:subClassOf only: its label is still checked.
    graph.remove((_first(graph, KGO.Summit), RDFS.label, None))


def _long_integer(graph: Graph) -> None:
    """Not a break: XSD integers have no bound (the statement that reifies it follows)."""
    pledge, long = _first(graph, KGO.Pledge), Literal("99999999999999999999", datatype=XSD.integer)
    for statement in graph.subjects(RDF.subject, pledge):
        if graph.value(statement, RDF.predicate) == KGO.quantity:
            graph.set((statement, RDF.object, long))
    graph.set((pledge, KGO.quantity, long))


def _restate(graph: Graph, subject: URIRef, predicate: URIRef, value: Literal) -> None:
    """Give ``subject`` the one ``value`` for ``predicate``, in the fact and in the statements
    that reify it, so that only the value's own check can fail."""
    for statement in graph.subjects(RDF.subject, subject):
        if graph.value(statement, RDF.predicate) == predicate:
            graph.set((statement, RDF.object, value))
    graph.set((subject, predicate, value))


def _ill_formed_duration(graph: Graph) -> None:
    # shacl-rust 0.2.12 does not check xsd:duration's lexical form; the shapes' sh:pattern does.
    _restate(graph, _first(graph, KGO.Pledge), KGO.periodDuration, Literal("5 years", datatype=XSD.duration))


def _ill_formed_year(graph: Graph) -> None:
    organization = _first(graph, KGO.IntergovernmentalOrganization)
    _restate(graph, organization, SCHEMA.foundingDate, Literal("20x1", datatype=XSD.gYear))


def _mention(graph: Graph) -> URIRef:
    """The first mention of Belarus, in IRI order."""
    return sorted(
        s for s in graph.subjects(NIF.anchorOf, Literal("Belarus")) if (s, RDF.type, NIF.Phrase) in graph
    )[0]


def _past_the_text(graph: Graph) -> None:
    # a span reaching past the end of its text, its words what the text has up to the end
    span = _mention(graph)
    text = str(graph.value(graph.value(span, NIF.referenceContext), NIF.isString))
    graph.set((span, NIF.beginIndex, Literal(len(text) - 3, datatype=XSD.nonNegativeInteger)))
    graph.set((span, NIF.endIndex, Literal(len(text) + 5, datatype=XSD.nonNegativeInteger)))
    graph.set((span, NIF.anchorOf, Literal(text[-3:])))


def _fragment(graph: Graph) -> None:
    # offsets and words agree with the text, but not with the IRI's #char=
    span = _mention(graph)
    begin = int(graph.value(span, NIF.beginIndex))
    graph.set((span, NIF.beginIndex, Literal(begin + 1, datatype=XSD.nonNegativeInteger)))
    graph.set((span, NIF.anchorOf, Literal("elarus")))


def _outside_its_sentence(graph: Graph) -> None:
    sentences = sorted(graph.subjects(RDF.type, NIF.Sentence))
    span = _mention(graph)
    graph.set((span, NIF.sentence, next(s for s in sentences if s != graph.value(span, NIF.sentence))))


def _phrase_not_a_span(graph: Graph) -> None:
    # a mention that is no RFC 5147 span would escape the check of its words
    graph.remove((_mention(graph), RDF.type, NIF.RFC5147String))


def _evidence_of_another_text(graph: Graph) -> None:
    # a statement's article is not the article whose text its evidence is in
    article = URIRef(str(_first(graph, KGO.Article)) + "-other")
    context = URIRef(str(article) + "#char=0,5")
    graph.add((article, RDF.type, KGO.Article))
    graph.add((article, RDFS.label, Literal("Other")))
    graph.add((article, KGO.hasText, context))
    graph.add((context, RDF.type, NIF.Context))
    graph.add((context, NIF.isString, Literal("hello")))
    graph.set((_first(graph, RDF.Statement), PROV.hadPrimarySource, article))


def _second_preferred_label(graph: Graph) -> None:
    graph.add((_first(graph, KGO.State), SKOS.prefLabel, Literal("Another name")))


def _person(graph: Graph, name: str) -> URIRef:
    return next(s for s in graph.subjects(RDFS.label, Literal(name)) if (s, RDF.type, KGO.Person) in graph)


def _fact_without_evidence(graph: Graph) -> None:
    # a fact no statement reifies (a review: it validated, and `kg query leaders` listed it)
    graph.add((_person(graph, "Vladimir Putin"), ORG.holds, _first(graph, KGO.HeadOfStateOffice)))


def _fact_only_denied(graph: Graph) -> None:
    # an asserted fact whose only statement says the text denies it
    statement = next(
        s for s in graph.subjects(RDF.type, RDF.Statement) if graph.value(s, RDF.predicate) == ORG.memberOf
    )
    graph.add((statement, KGO.modality, Literal("negated")))


def _statement_untyped(graph: Graph) -> None:
    # a statement stripped of its type, and of its rule, escaped every check of statements
    statement = _first(graph, RDF.Statement)
    graph.remove((statement, RDF.type, None))
    graph.remove((statement, KGO.rule, None))


def _span_without_sentence(graph: Graph) -> None:
    # (fact-to-evidence then found no row for its facts)
    graph.remove((_mention(graph), NIF.sentence, None))


def _text_cut(graph: Graph) -> None:
    # a text whose end offset is not its length
    context = _first(graph, NIF.Context)
    end = int(graph.value(context, NIF.endIndex))
    graph.set((context, NIF.endIndex, Literal(end + 7, datatype=XSD.nonNegativeInteger)))


def _derivation_inferred(graph: Graph) -> None:
    # what RDFS inference over PROV-O adds (hadPrimarySource is a sub-property of
    # wasDerivedFrom): the article as a second source of each statement; still conforms
    for statement, article in list(graph.subject_objects(PROV.hadPrimarySource)):
        graph.add((statement, PROV.wasDerivedFrom, article))


def _derived_from_a_person(graph: Graph) -> None:
    graph.add((_first(graph, RDF.Statement), PROV.wasDerivedFrom, _person(graph, "Xi Jinping")))


def _second_start(graph: Graph, value: Literal) -> None:
    """Give the membership that has a start date a second start, ``value``, as another
    article's statement would: the fact and a statement of it."""
    membership = _first(graph, KGO.Membership)
    statement = next(
        s for s in graph.subjects(RDF.subject, membership) if graph.value(s, RDF.predicate) == KGO.since
    )
    second = URIRef(f"{statement}-second")
    for predicate, obj in list(graph.predicate_objects(statement)):
        graph.add((second, predicate, value if predicate == RDF.object else obj))
    graph.add((membership, KGO.since, value))


def _start_year_agreeing(graph: Graph) -> None:
    # a year that agrees with the date (two articles: "on July 4" and "in 2024"); conforms
    _second_start(graph, Literal("2024", datatype=XSD.gYear))


def _start_year_differing(graph: Graph) -> None:
    _second_start(graph, Literal("2023", datatype=XSD.gYear))


def _second_start_date(graph: Graph) -> None:
    _second_start(graph, Literal("2024-07-05", datatype=XSD.date))


def _two_start_years(graph: Graph) -> None:
    # (a review: pySHACL found two years that differ no error, as `!=` on years is a type
    # error to rdflib's SPARQL; the check compares terms)
    _restate(graph, _first(graph, KGO.Membership), KGO.since, Literal("2024", datatype=XSD.gYear))
    _second_start(graph, Literal("2023", datatype=XSD.gYear))


NINE = Literal(9)


def _disputed(
    graph: Graph,
    on: URIRef,
    second_claim: bool = True,
    cls: URIRef = KGO.Membership,
    taken: URIRef = KGO.ordinal,
    other_value: Literal = NINE,
) -> None:
    """The first ``cls`` resource's ``taken`` value (the membership's ordinal) taken out, as
    a build does where articles disagree on it, and a disagreement recorded on the resource
    and the property ``on``; with a second statement (a copy of the first, with its own IRI)
    that gives ``other_value``."""
    subject = _first(graph, cls)
    graph.remove((subject, taken, None))
    (statement,) = (
        st for st in graph.subjects(RDF.subject, subject) if graph.value(st, RDF.predicate) == taken
    )
    disagreement = URIRef("https://kg.example.org/id/disagreement/x")
    graph.add((disagreement, KGO.claim, statement))
    if second_claim:
        other = URIRef(f"{statement}-other")
        for p, o in graph.predicate_objects(statement):
            graph.add((other, p, other_value if p == RDF.object else o))
        graph.add((disagreement, KGO.claim, other))
    graph.add((disagreement, RDF.type, KGO.Disagreement))
    graph.add((disagreement, RDFS.label, Literal(f"disagreement on {taken}")))
    graph.add((disagreement, KGO.disputedSubject, subject))
    graph.add((disagreement, KGO.disputedProperty, on))


def _disagreement_recorded(graph: Graph) -> None:
    _disputed(graph, KGO.ordinal)


def _direct_disputed(graph: Graph) -> None:
    """A quotation's directness, which the shapes require, left out where a disagreement
    names it (one article quotes the words, another reports them)."""
    quotation = _first(graph, KGO.Quotation)
    direct = graph.value(quotation, KGO.direct)
    _disputed(
        graph, KGO.direct, cls=KGO.Quotation, taken=KGO.direct, other_value=Literal(not direct.toPython())
    )


def _direct_missing(graph: Graph) -> None:
    """A quotation without its directness, and without the statements that gave it (so
    nothing but the missing value is wrong)."""
    quotation = _first(graph, KGO.Quotation)
    graph.remove((quotation, KGO.direct, None))
    for statement in list(graph.subjects(RDF.subject, quotation)):
        if graph.value(statement, RDF.predicate) == KGO.direct:
            graph.remove((statement, None, None))


def _direct_missing_another_disputed(graph: Graph) -> None:
    """A quotation without its directness beside a disagreement on its event: the
    disagreement excuses only the property it names."""
    _disputed(graph, KGO.quotedAt, cls=KGO.Quotation, taken=KGO.quotedAt, other_value=KGO.nothing)
    _direct_missing(graph)


def _disagreement_on_another_property(graph: Graph) -> None:
    _disputed(graph, KGO.memberCategory)


def _disagreement_unlabelled(graph: Graph) -> None:
    _disputed(graph, KGO.ordinal)
    graph.remove((URIRef("https://kg.example.org/id/disagreement/x"), RDFS.label, None))


def _disagreement_without_another_value(graph: Graph) -> None:
    """A fact taken out and a disagreement named on it, with no statement that gives
    another value: no disagreement, and a lost fact (a review's tampered graph)."""
    _disputed(graph, KGO.ordinal, second_claim=False)


def _disagreement_without_its_claims(graph: Graph) -> None:
    """A disagreement that links no statement: a record of nothing (a review)."""
    _disputed(graph, KGO.ordinal)
    graph.remove((None, KGO.claim, None))


def _disagreement_with_a_value_left(graph: Graph) -> None:
    _disputed(graph, KGO.ordinal)
    graph.add((_first(graph, KGO.Membership), KGO.ordinal, Literal(10)))


def _disagreement_untyped(graph: Graph) -> None:
    """A node without the type that names the ordinal disputed, while the ordinal is still
    asserted (a review: every engine let it excuse the other article's statement)."""
    _disputed(graph, KGO.ordinal)
    graph.remove((None, RDF.type, KGO.Disagreement))
    graph.add((_first(graph, KGO.Membership), KGO.ordinal, Literal(10)))


def _disagreement_on_a_many_valued_property(graph: Graph) -> None:
    """Every attendee of the summit taken out, and a disagreement named on schema:attendee,
    which the shapes allow many of (a review's tampered graph)."""
    summit = _first(graph, KGO.Summit)
    attendees = list(graph.objects(summit, SCHEMA.attendee))
    for person in attendees:
        graph.remove((summit, SCHEMA.attendee, person))
    disagreement = URIRef("https://kg.example.org/id/disagreement/x")
    graph.add((disagreement, RDF.type, KGO.Disagreement))
    graph.add((disagreement, RDFS.label, Literal("disagreement on schema:attendee")))
    graph.add((disagreement, KGO.disputedSubject, summit))
    graph.add((disagreement, KGO.disputedProperty, SCHEMA.attendee))


#: Changes after which the graph still conforms.
CONFORMING = (
    _unchanged,
    _long_integer,
    _offsets_as_integers,
    _derivation_inferred,
    _start_year_agreeing,
    _disagreement_recorded,
    _direct_disputed,
)

BREAKS = [
    _unchanged,
    _long_integer,
    _anchor,
    _unasserted,
    _min_count,
    _max_count,
    _datatype,
    _ill_typed,
    _class,
    _in,
    _or,
    _pattern,
    _node_kind,
    _min_inclusive,
    _subclass_target,
    _ill_formed_duration,
    _ill_formed_year,
    _past_the_text,
    _fragment,
    _outside_its_sentence,
    _phrase_not_a_span,
    _evidence_of_another_text,
    _second_preferred_label,
    _fact_without_evidence,
    _fact_only_denied,
    _statement_untyped,
    _span_without_sentence,
    _text_cut,
    _offsets_as_integers,
    _negative_offset,
    _derivation_inferred,
    _derived_from_a_person,
    _start_year_agreeing,
    _start_year_differing,
    _second_start_date,
    _two_start_years,
    _disagreement_recorded,
    _disagreement_on_another_property,
    _disagreement_unlabelled,
    _disagreement_without_another_value,
    _disagreement_with_a_value_left,
    _disagreement_without_its_claims,
    _disagreement_untyped,
    _disagreement_on_a_many_valued_property,
    _direct_disputed,
    _direct_missing,
    _direct_missing_another_disputed,
]


@pytest.mark.parametrize("break_graph", BREAKS, ids=lambda f: f.__name__.strip("_"))
def test_validate_agrees_with_pyshacl(seed_graph, shacl_shapes, rulebase, break_graph):
    from pyshacl import validate

    graph = Graph()
    for triple in seed_graph:
        graph.add(triple)
    break_graph(graph)
    ours, report = validate_graph(graph, shacl_shapes, rulebase.ontology)
    reference, _, text = validate(
        graph,
        shacl_graph=Graph().parse(data=shacl_shapes, format="turtle"),
        ont_graph=rulebase.ontology,
        inference="none",
        advanced=True,
    )
    assert ours == reference, f"shacl-rust: {report}\npySHACL: {text}"
    assert ours == (break_graph in CONFORMING)


def _named(found: list[Violation]) -> list[Violation]:
    """The violations with blank-node shape names (made anew on every run) left out, sorted."""
    named = [replace(v, shape="_:") if v.shape.startswith("_:") else v for v in found]
    return sorted(named, key=astuple)


@pytest.mark.parametrize("break_graph", BREAKS, ids=lambda f: f.__name__.strip("_"))
def test_validate_indexed_finds_what_the_default_reading_finds(
    seed_graph, shacl_shapes, rulebase, break_graph, monkeypatch
):
    """shacl-rust's interned index (experimental, used for speed) finds the same violations,
    word for word, as its default way of reading a graph."""
    import shacl_rust

    graph = Graph()
    for triple in seed_graph:
        graph.add(triple)
    break_graph(graph)
    data, ontology = graph.serialize(format="nt"), rulebase.ontology.serialize(format="nt")
    asked: list[bool] = []
    validate = shacl_rust.validate

    def noting(*args, **kwargs):
        asked.append(kwargs["experimental_index"])
        return validate(*args, **kwargs)

    monkeypatch.setattr(shacl_rust, "validate", noting)
    indexed = _named(violations(data, shacl_shapes, ontology))  # the default, as the build calls it
    assert indexed == _named(violations(data, shacl_shapes, ontology, indexed=False))
    assert asked == [True, False]
    assert bool(indexed) == (break_graph not in CONFORMING)


@pytest.mark.parametrize("break_graph", [_ill_formed_duration, _ill_formed_year], ids=lambda f: f.__name__)
def test_validate_catches_ill_formed_years_and_durations(seed_graph, shacl_shapes, rulebase, break_graph):
    """The build's engine reads no lexical form of xsd:gYear or xsd:duration; the shapes'
    patterns make it refuse an ill-formed one all the same."""
    graph = Graph()
    for triple in seed_graph:
        graph.add(triple)
    break_graph(graph)
    data, ontology = graph.serialize(format="nt"), rulebase.ontology.serialize(format="nt")
    found = violations(data, shacl_shapes, ontology)
    assert [v.component for v in found] == ["<http://www.w3.org/ns/shacl#PatternConstraintComponent>"], found


@pytest.mark.parametrize(
    ("predicate", "value", "datatype"),
    [
        (SCHEMA.foundingDate, "-0045", XSD.gYear),
        (SCHEMA.foundingDate, "2024Z", XSD.gYear),
        (SCHEMA.foundingDate, "2024+14:00", XSD.gYear),
        (SCHEMA.foundingDate, "12024", XSD.gYear),
        (KGO.periodDuration, "P1Y2M3DT4H5M6.7S", XSD.duration),
        (KGO.periodDuration, "-P3D", XSD.duration),
        (KGO.periodDuration, "PT0.5S", XSD.duration),
    ],
)
def test_validate_accepts_well_formed_years_and_durations(
    seed_graph, shacl_shapes, rulebase, predicate, value, datatype
):
    """The patterns refuse no value XSD allows (years of more digits, BC, with a zone;
    durations with time, fractions or a sign)."""
    graph = Graph()
    for triple in seed_graph:
        graph.add(triple)
    cls = KGO.IntergovernmentalOrganization if predicate == SCHEMA.foundingDate else KGO.Pledge
    _restate(graph, _first(graph, cls), predicate, Literal(value, datatype=datatype))
    data, ontology = graph.serialize(format="nt"), rulebase.ontology.serialize(format="nt")
    assert violations(data, shacl_shapes, ontology) == []
