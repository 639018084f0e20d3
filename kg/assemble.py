"""Assemble the RDF graph: resources, facts, and the evidence of every fact.

Each fact is stated as a plain triple and reified once per piece of evidence: an
``rdf:Statement`` with ``rdf:subject/predicate/object``, ``prov:wasDerivedFrom`` the NIF span
the rule matched, ``prov:hadPrimarySource`` the article and ``kgo:rule`` the rule. A negated
or planned fact ("did not attend", "will adopt") is only reified, with ``kgo:modality``. Spans,
sentences and mentions follow NIF 2.0, offsets in Unicode code points of the article text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.article import Sentence
from kg.classes import ClassTree
from kg.extract import Extraction
from kg.gazetteer import Node
from kg.iris import mint, rule_iri, span_iri, statement_iri
from kg.rulebase import RuleBase
from kg.triples import Run, Triples, convert
from kg.vocab import ITSRDF, KGO, NIF, PREFIXES, WD
from kg.yamlfile import source_path


def _iri(term: str) -> ox.NamedNode:
    return ox.NamedNode(str(term))


A = _iri(RDF.type)
LABEL, PREF, ALT, SAME = _iri(RDFS.label), _iri(SKOS.prefLabel), _iri(SKOS.altLabel), _iri(OWL.sameAs)
HIDDEN = _iri(SKOS.hiddenLabel)
IDENTIFIER, SOURCE = _iri(DCTERMS.identifier), _iri(DCTERMS.source)
STATEMENT, SUBJECT, PREDICATE, OBJECT = (
    _iri(t) for t in (RDF.Statement, RDF.subject, RDF.predicate, RDF.object)
)
DERIVED, PRIMARY = _iri(PROV.wasDerivedFrom), _iri(PROV.hadPrimarySource)
CONTEXT, STRING, SPAN_CLASS, SENTENCE, PHRASE = (
    _iri(t) for t in (NIF.Context, NIF.isString, NIF.RFC5147String, NIF.Sentence, NIF.Phrase)
)
BEGIN, END, ANCHOR, REFERENCE, IN_SENTENCE = (
    _iri(t) for t in (NIF.beginIndex, NIF.endIndex, NIF.anchorOf, NIF.referenceContext, NIF.sentence)
)
IDENT_REF = _iri(ITSRDF.taIdentRef)
HAS_TEXT, RULE, EXTRACTION_RULE, SURFACE, ANTECEDENT, TIME_PHRASE, MODALITY = (
    _iri(KGO[name])
    for name in ("hasText", "rule", "ExtractionRule", "surfaceForm", "antecedent", "timePhrase", "modality")
)
DIGEST = _iri(KGO.ruleDigest)
NON_NEGATIVE = _iri(XSD.nonNegativeInteger)


class _Spans:
    """An article's NIF spans, each described once: offsets, anchor text, context, and the
    sentence that holds it. (A class, not two closures that call each other: those would
    make a reference cycle per article, left to the garbage collector.)"""

    def __init__(
        self,
        builder: _Builder,
        doc_iri: str,
        text: str,
        context: ox.NamedNode,
        sentences: tuple[Sentence, ...],
    ) -> None:
        self.add, self.index = builder.add, builder.index
        self.doc_iri, self.text, self.context, self.sentences = doc_iri, text, context, sentences
        self.starts = [sentence.begin for sentence in sentences]
        self.spans: dict[tuple[int, int], ox.NamedNode] = {}

    def sentence_of(self, begin: int, end: int) -> ox.NamedNode | None:
        """The last sentence starting at or before ``begin``, if it holds the span."""
        at = bisect.bisect_right(self.starts, begin) - 1
        for sentence in self.sentences[max(at, 0) : at + 1]:
            if sentence.begin <= begin and end <= sentence.end:
                return self.span(sentence.begin, sentence.end)
        return None

    def span(self, begin: int, end: int) -> ox.NamedNode:
        """The span from ``begin`` to ``end``, described the first time it is asked for."""
        iri = self.spans.get((begin, end))
        if iri is not None:
            return iri
        iri = self.spans[(begin, end)] = _iri(span_iri(self.doc_iri, begin, end))
        add = self.add
        add(iri, A, SPAN_CLASS)  # NIF 2.0's class for RFC 5147 "#char=" IRIs
        add(iri, BEGIN, self.index(begin))
        add(iri, END, self.index(end))
        add(iri, ANCHOR, ox.Literal(self.text[begin:end]))
        add(iri, REFERENCE, self.context)
        # Every span links to its sentence, a sentence to itself, so that one pattern
        # (?span nif:sentence ?sentence) finds the sentence of any evidence.
        holder = self.sentence_of(begin, end)
        if holder is not None:
            add(iri, IN_SENTENCE, holder)
        return iri


class _Builder:
    """Adds articles' resources and evidence to a set of triples; each entity, rule and
    span is described once."""

    def __init__(self, triples: Triples, rulebase: RuleBase, base: str) -> None:
        self.triples = triples
        self.add = triples.add
        self.rulebase = rulebase
        self.base = base
        self.entities = rulebase.gazetteer.by_node()
        self.labels: dict[Node, str] = {}
        self.nodes: dict[Node, ox.NamedNode] = {}
        self.rules: dict[str, ox.NamedNode] = {}
        self.indexes: dict[int, ox.Literal] = {}

    def index(self, value: int) -> ox.Literal:
        literal = self.indexes.get(value)
        if literal is None:
            literal = self.indexes[value] = ox.Literal(str(value), datatype=NON_NEGATIVE)
        return literal

    def node(self, node: Node) -> ox.NamedNode:
        iri = self.nodes.get(node)
        if iri is not None:
            return iri
        iri = self.nodes[node] = _iri(mint(node, self.base, self.rulebase.classes))
        add = self.add
        add(iri, A, _iri(KGO[node.klass]))
        entity = self.entities.get(node)
        if entity is None:
            add(iri, LABEL, ox.Literal(self.labels.get(node, node.name)))
            return iri
        add(iri, LABEL, ox.Literal(entity.name))
        add(iri, PREF, ox.Literal(entity.name))
        for form in entity.aliases:
            add(iri, ALT, ox.Literal(form))
        # "Chinese" and "Beijing" find China in the text, but are not its names: SKOS's
        # hidden labels are for such strings, searched for and never shown as names.
        for form in entity.adjectival + entity.metonyms:
            add(iri, HIDDEN, ox.Literal(form))
        if entity.wikidata:
            add(iri, SAME, _iri(WD[entity.wikidata]))
        return iri

    def rule(self, rule_id: str) -> ox.NamedNode:
        iri = self.rules.get(rule_id)
        if iri is not None:
            return iri
        iri = self.rules[rule_id] = _iri(rule_iri(self.base, rule_id))
        add = self.add
        add(iri, A, EXTRACTION_RULE)
        add(iri, IDENTIFIER, ox.Literal(rule_id))
        add(iri, LABEL, ox.Literal(rule_id))
        source = self.rulebase.rule_file(rule_id)
        if source:
            add(iri, SOURCE, ox.Literal(source_path(source)))
        digest = self.rulebase.rule_digest(rule_id)
        if digest:
            add(iri, DIGEST, ox.Literal(digest))
        return iri

    def article(self, extraction: Extraction) -> None:
        article = extraction.article
        text = article.text
        add = self.add
        headline = text[article.headline.begin : article.headline.end] if article.headline else article.slug
        self.labels[Node("Article", article.slug)] = headline
        doc = self.node(Node("Article", article.slug))
        doc_iri = doc.value
        context = _iri(span_iri(doc_iri, 0, len(text)))
        add(doc, HAS_TEXT, context)
        add(context, A, CONTEXT)
        add(context, STRING, ox.Literal(text))
        add(context, BEGIN, self.index(0))
        add(context, END, self.index(len(text)))
        sentences = article.sentences
        span = _Spans(self, doc_iri, text, context, sentences).span

        for sentence in sentences:
            add(span(sentence.begin, sentence.end), A, SENTENCE)
        for mention in extraction.mentions:
            iri = span(mention.begin, mention.end)
            add(iri, A, PHRASE)
            add(iri, IDENT_REF, self.node(mention.node))
            add(iri, SURFACE, ox.Literal(mention.form))
            add(iri, RULE, self.rule(mention.rule))
            if mention.antecedent:
                add(iri, ANTECEDENT, _iri(span_iri(doc_iri, *mention.antecedent)))
        for fact in extraction.facts:
            subject = self.node(fact.subject)
            predicate = convert(fact.predicate)
            obj = self.node(fact.object) if isinstance(fact.object, Node) else convert(fact.object)
            if fact.modality is None:
                add(subject, predicate, obj)
            evidence = span(fact.begin, fact.end)
            key = "|".join(
                (doc_iri, str(fact.begin), str(fact.end), fact.rule, subject.value, predicate.value)
                + (str(obj) if isinstance(fact.object, Node) else fact.object.n3(),)
                + ((fact.modality,) if fact.modality else ())
            )
            statement = _iri(statement_iri(self.base, key))
            add(statement, A, STATEMENT)
            add(statement, SUBJECT, subject)
            add(statement, PREDICATE, predicate)
            add(statement, OBJECT, obj)
            add(statement, DERIVED, evidence)
            add(statement, PRIMARY, doc)
            add(statement, RULE, self.rule(fact.rule))
            if fact.time_phrase:
                add(statement, TIME_PHRASE, ox.Literal(fact.time_phrase))
            if fact.modality:
                add(statement, MODALITY, ox.Literal(fact.modality))


def prefixes(rulebase: RuleBase, base: str) -> dict[str, str]:
    """The project's prefixes, and one per resource kind under ``base`` (``person:`` …)."""
    return prefixes_of(rulebase.classes, base)


def prefixes_of(classes: ClassTree, base: str) -> dict[str, str]:
    """``prefixes`` from the ontology's classes alone (no rule files needed)."""
    bound = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    segments = {classes.segment(c) for c in classes.parents}
    for segment in sorted(segments | {"rule", "statement"}):
        bound[segment.replace("-", "")] = f"{base}{segment}/"
    return bound


class Assembler:
    """Assembles articles into one set of triples as their extractions come in (a build
    adds each chunk while the workers extract the next). Adding the same extractions in
    the same order, all at once or a chunk at a time, gives the same triples."""

    def __init__(self, rulebase: RuleBase, base: str) -> None:
        self.triples = Triples(prefixes(rulebase, base))
        self._builder = _Builder(self.triples, rulebase, base)

    def add(self, extractions: Iterable[Extraction], assembled: Triples | Run | None = None) -> None:
        """Add the articles of ``extractions``; or, when given, ``assembled``: the triples
        ``assemble`` made of those same extractions (each entity and rule described again,
        which adds nothing twice), or their ``Triples.run``."""
        if isinstance(assembled, Run):
            self.triples.add_run(assembled)
            return
        if assembled is not None:
            self.triples.merge(assembled)
            return
        for extraction in extractions:
            self._builder.article(extraction)


def assemble(extractions: Iterable[Extraction], rulebase: RuleBase, base: str) -> Triples:
    """The triples of all ``extractions``: one resource per entity, however many articles
    mention it, each article with its own text, mentions and evidence.

    extractions: the articles' extractions; rulebase: for classes and gazetteer data;
    base: the base IRI resources are minted under (ends with / or #).
    """
    assembler = Assembler(rulebase, base)
    assembler.add(extractions)
    return assembler.triples
