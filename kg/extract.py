"""From an article's text to its mentions and facts: the extraction pipeline, pure."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from kg.article import Article, read_article
from kg.mentions import Mention, find_entity_mentions, resolve_anaphora
from kg.metadata import layout_facts
from kg.relations import Fact, apply_rules
from kg.rulebase import RuleBase


@dataclass(frozen=True)
class Extraction:
    """What was found in one article."""

    article: Article
    mentions: tuple[Mention, ...]
    facts: tuple[Fact, ...]
    notes: tuple[str, ...] = ()
    #: gazetteer candidates that lost to an overlapping mention, each with its winner
    lost: tuple[tuple[Mention, Mention], ...] = ()
    #: anaphors ("its", "the summit") with no antecedent in scope: (begin, end, rule id)
    unresolved: tuple[tuple[int, int, str], ...] = ()


def no_stage(_name: str) -> None:
    """An ``on_stage`` callback that does nothing."""


def extract(
    slug: str, text: str, rulebase: RuleBase, on_stage: Callable[[str], None] = no_stage
) -> Extraction:
    """Read an article and extract its mentions and facts.

    slug: the article's stable name; text: its whole text; rulebase: the loaded rules;
    on_stage: called with "read", "match" or "relate" as each stage ends (the benchmark
    times them). Stages: read → gazetteer mentions → the anaphora of people ("he",
    ``RuleBase.anaphora_stages``) → rules that name entities (events) → the other anaphora
    ("the summit", "the bloc") → rules that name entities by the context (a summit's
    declaration) → relation rules.
    """
    composed = []
    if not unicodedata.is_normalized("NFC", text):
        # "Türkiye" as "Tu" + a combining diaeresis matched no gazetteer name: the text is read
        # (and exported) in the composed form, NFC, which the Web and RDF recommend.
        text = unicodedata.normalize("NFC", text)
        composed.append(
            "the text was not in Unicode NFC (it held decomposed characters): it is read and "
            "exported in NFC, and its offsets count NFC characters"
        )
    article = read_article(slug, text, rulebase.layouts)
    on_stage("read")
    lost: list[tuple[Mention, Mention]] = []
    mentions = find_entity_mentions(article, rulebase.gazetteer, lost)
    on_stage("match")
    naming = tuple(r for r in rulebase.rules if r.names_entities and not r.names_in_context)
    in_context = tuple(r for r in rulebase.rules if r.names_in_context)
    relating = tuple(r for r in rulebase.rules if not r.names_entities)
    unresolved: list[tuple[int, int, str]] = []
    early, late = rulebase.anaphora_stages
    # people first ("he"), whom the naming rules read ("He met Xi on Thursday")
    anaphors = resolve_anaphora(article, rulebase.gazetteer, mentions, rulebase.classes, unresolved, early)
    mentions = sorted(mentions + anaphors, key=lambda m: (m.begin, m.end))
    named_facts, named, notes = apply_rules(article, naming, mentions, rulebase.classes, rulebase.gazetteer)
    mentions = sorted(mentions + named, key=lambda m: (m.begin, m.end))
    on_stage("relate")
    # then "the summit", whose antecedents the naming rules name, and "the bloc"
    anaphors = resolve_anaphora(article, rulebase.gazetteer, mentions, rulebase.classes, unresolved, late)
    mentions = sorted(mentions + anaphors, key=lambda m: (m.begin, m.end))
    on_stage("match")
    if in_context:  # ("the Astana Declaration": the declaration of the summit named before it)
        more_facts, named, late_notes = apply_rules(
            article, in_context, mentions, rulebase.classes, rulebase.gazetteer
        )
        named_facts, notes = named_facts + more_facts, notes + late_notes
        mentions = sorted(mentions + named, key=lambda m: (m.begin, m.end))
    facts, _, more_notes = apply_rules(article, relating, mentions, rulebase.classes, rulebase.gazetteer)
    facts = layout_facts(article, tuple(mentions), rulebase.gazetteer, rulebase.classes) + named_facts + facts
    ordered = sorted(
        set(facts),
        key=lambda f: (
            f.begin,
            f.end,
            f.rule,
            f.subject.klass,
            f.subject.name,
            str(f.predicate),
            str(f.object),
        ),
    )
    on_stage("relate")
    return Extraction(
        article,
        tuple(mentions),
        tuple(ordered),
        tuple(dict.fromkeys(composed + list(article.notes) + notes + more_notes)),
        tuple(lost),
        tuple(unresolved),
    )
