"""Assemble the RDF graph: resources, facts, and the evidence of every fact.

Each fact is stated as a plain triple and reified once per piece of evidence: an
``rdf:Statement`` with ``rdf:subject/predicate/object``, ``prov:wasDerivedFrom`` the NIF span
the rule matched, ``prov:hadPrimarySource`` the article and ``kgo:rule`` the rule. A negated
or planned fact ("did not attend", "will adopt") is only reified, with ``kgo:modality``. Spans,
sentences and mentions follow NIF 2.0, offsets in Unicode code points of the article text.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.extract import Extraction
from kg.gazetteer import Node
from kg.iris import mint, rule_iri, span_iri, statement_iri
from kg.rulebase import RuleBase, shown_path
from kg.triples import Triples
from kg.vocab import ITSRDF, KGO, NIF, PREFIXES, WD


def _index(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.nonNegativeInteger)


class _Builder:
    """Adds one article's resources and evidence to a set of triples."""

    def __init__(self, triples: Triples, rulebase: RuleBase, base: str) -> None:
        self.triples = triples
        self.rulebase = rulebase
        self.base = base
        self.entities = rulebase.gazetteer.by_node()
        self.labels: dict[Node, str] = {}

    def node(self, node: Node) -> URIRef:
        iri = mint(node, self.base, self.rulebase.classes)
        add = self.triples.add
        add((iri, RDF.type, KGO[node.klass]))
        entity = self.entities.get(node)
        if entity is None:
            add((iri, RDFS.label, Literal(self.labels.get(node, node.name))))
            return iri
        add((iri, RDFS.label, Literal(entity.name)))
        add((iri, SKOS.prefLabel, Literal(entity.name)))
        for form in entity.aliases + entity.adjectival + entity.metonyms:
            add((iri, SKOS.altLabel, Literal(form)))
        if entity.wikidata:
            add((iri, OWL.sameAs, WD[entity.wikidata]))
        return iri

    def rule(self, rule_id: str) -> URIRef:
        iri = rule_iri(self.base, rule_id)
        add = self.triples.add
        add((iri, RDF.type, KGO.ExtractionRule))
        add((iri, DCTERMS.identifier, Literal(rule_id)))
        add((iri, RDFS.label, Literal(rule_id)))
        source = self.rulebase.rule_file(rule_id)
        if source:
            add((iri, DCTERMS.source, Literal(shown_path(source))))
        return iri

    def article(self, extraction: Extraction) -> None:
        article = extraction.article
        text = article.text
        add = self.triples.add
        headline = text[article.headline.begin : article.headline.end] if article.headline else article.slug
        self.labels[Node("Article", article.slug)] = headline
        doc = self.node(Node("Article", article.slug))
        context = span_iri(str(doc), 0, len(text))
        add((doc, KGO.hasText, context))
        add((context, RDF.type, NIF.Context))
        add((context, NIF.isString, Literal(text)))
        add((context, NIF.beginIndex, _index(0)))
        add((context, NIF.endIndex, _index(len(text))))
        sentences = article.sentences

        def sentence_of(begin: int, end: int) -> URIRef | None:
            for sentence in sentences:
                if sentence.begin <= begin and end <= sentence.end:
                    return span_iri(str(doc), sentence.begin, sentence.end)
            return None

        def span(begin: int, end: int) -> URIRef:
            iri = span_iri(str(doc), begin, end)
            add((iri, RDF.type, NIF.OffsetBasedString))
            add((iri, NIF.beginIndex, _index(begin)))
            add((iri, NIF.endIndex, _index(end)))
            add((iri, NIF.anchorOf, Literal(text[begin:end])))
            add((iri, NIF.referenceContext, context))
            # Every span links to its sentence, a sentence to itself, so that one pattern
            # (?span nif:sentence ?sentence) finds the sentence of any evidence.
            holder = sentence_of(begin, end)
            if holder is not None:
                add((iri, NIF.sentence, holder))
            return iri

        for sentence in sentences:
            iri = span(sentence.begin, sentence.end)
            add((iri, RDF.type, NIF.Sentence))
        for mention in extraction.mentions:
            iri = span(mention.begin, mention.end)
            add((iri, RDF.type, NIF.Phrase))
            add((iri, ITSRDF.taIdentRef, self.node(mention.node)))
            add((iri, KGO.surfaceForm, Literal(mention.form)))
            add((iri, KGO.rule, self.rule(mention.rule)))
            if mention.antecedent:
                add((iri, KGO.antecedent, span_iri(str(doc), *mention.antecedent)))
        for fact in extraction.facts:
            subject = self.node(fact.subject)
            obj = self.node(fact.object) if isinstance(fact.object, Node) else fact.object
            if fact.modality is None:
                add((subject, fact.predicate, obj))
            evidence = span(fact.begin, fact.end)
            key = "|".join(
                (str(doc), str(fact.begin), str(fact.end), fact.rule, subject, fact.predicate, obj.n3())
                + ((fact.modality,) if fact.modality else ())
            )
            statement = statement_iri(self.base, key)
            add((statement, RDF.type, RDF.Statement))
            add((statement, RDF.subject, subject))
            add((statement, RDF.predicate, fact.predicate))
            add((statement, RDF.object, obj))
            add((statement, PROV.wasDerivedFrom, evidence))
            add((statement, PROV.hadPrimarySource, doc))
            add((statement, KGO.rule, self.rule(fact.rule)))
            if fact.time_phrase:
                add((statement, KGO.timePhrase, Literal(fact.time_phrase)))
            if fact.modality:
                add((statement, KGO.modality, Literal(fact.modality)))


def prefixes(rulebase: RuleBase, base: str) -> dict[str, str]:
    """The project's prefixes, and one per resource kind under ``base`` (``person:`` …)."""
    bound = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    segments = {rulebase.classes.segment(c) for c in rulebase.classes.parents}
    for segment in sorted(segments | {"rule", "statement"}):
        bound[segment.replace("-", "")] = f"{base}{segment}/"
    return bound


def assemble(extractions: Iterable[Extraction], rulebase: RuleBase, base: str) -> Triples:
    """The triples of all ``extractions``: one resource per entity, however many articles
    mention it, each article with its own text, mentions and evidence.

    extractions: the articles' extractions; rulebase: for classes and gazetteer data;
    base: the base IRI resources are minted under (ends with / or #).
    """
    triples = Triples(prefixes(rulebase, base))
    builder = _Builder(triples, rulebase, base)
    for extraction in extractions:
        builder.article(extraction)
    return triples
