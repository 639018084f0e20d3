"""Explain an entity or a fact: which rule produced it, from which span, and which
overlapping candidates lost to its mentions and why; or a sentence: what the rules see of
it, and whether a rule matches it."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

from kg.article import Sentence
from kg.errors import KgError
from kg.extract import Extraction
from kg.gazetteer import Node
from kg.mentions import Mention
from kg.patterns import ANAPHOR_MARK, TOKEN_CLOSE, TOKEN_MID, TOKEN_OPEN, Rule
from kg.relations import mask_sentence
from kg.rulebase import RuleBase, shown_path
from kg.spacing import one_spaced, plain_words
from kg.vocab import curie


def _names(node: Node, rulebase: RuleBase) -> set[str]:
    entity = rulebase.gazetteer.by_node().get(node)
    forms = {node.name}
    if entity is not None:
        forms |= {form for _kind, form in entity.forms()}
    return {f.casefold() for f in forms}


def find_nodes(term: str, extractions: list[Extraction], rulebase: RuleBase) -> list[Node]:
    """The resources whose canonical name or any gazetteer name is ``term`` (any case), or,
    failing that, whose name contains it (but for articles, named by their file names: "kg
    explain Tianjin" gave the article tianjin-summit.txt, hiding that no entity is named so);
    sorted."""
    nodes = {m.node for x in extractions for m in x.mentions}
    nodes |= {f.subject for x in extractions for f in x.facts}
    nodes |= {f.object for x in extractions for f in x.facts if isinstance(f.object, Node)}
    wanted = term.casefold()
    exact = [n for n in nodes if wanted in _names(n, rulebase)]
    found = exact or [n for n in nodes if wanted in n.name.casefold() and n.klass != "Article"]
    return sorted(found, key=lambda n: (n.klass, n.name))


def _why_lost(loser: Mention, winner: Mention, rulebase: RuleBase) -> str:
    loser_len, winner_len = loser.end - loser.begin, winner.end - winner.begin
    if winner_len > loser_len:
        return "a longer match wins"
    by_id = {e.id: e for e in rulebase.gazetteer.entities}
    lose = by_id.get(loser.rule.removeprefix("gazetteer."))
    win = by_id.get(winner.rule.removeprefix("gazetteer."))
    if lose and win and win.priority > lose.priority:
        return f"equal length, higher priority ({win.priority} > {lose.priority})"
    if lose and win:
        return (
            f"equal length and priority, earlier entry ({win.path}:{win.line} before {lose.path}:{lose.line})"
        )
    return "it overlapped a mention accepted first"


def _object(fact) -> str:
    return fact.object.name if isinstance(fact.object, Node) else str(fact.object)


def check_term(term: str) -> str:
    """``term``, unless it is blank (it would match every name): then a KgError."""
    if not term.strip():
        raise KgError("give a name to explain, e.g. kg explain Belarus")
    return term


def explain(term: str, extractions: list[Extraction], rulebase: RuleBase) -> str:
    """A report on the resources named ``term``: their mentions, the facts about them with
    rule, file and span, and the candidates that lost to their mentions. A KgError if
    ``term`` is blank or names nothing."""
    nodes = find_nodes(check_term(term), extractions, rulebase)
    unmentioned = [
        entity
        for entity in rulebase.gazetteer.entities
        if term.casefold() in {form.casefold() for _kind, form in entity.forms()} and entity.node not in nodes
    ]
    if unmentioned:  # named so in the gazetteer: what the articles do name, not containing it
        nodes = [n for n in nodes if term.casefold() in _names(n, rulebase)]
    if not nodes and not unmentioned:
        folders = sorted({shown_path(str(Path(p).parent)) for p in rulebase.gazetteer.paths})
        raise KgError(
            f"nothing named {term!r} in the articles; give a name, alias or adjective of the gazetteer "
            f"({', '.join(f'{folder}/gazetteer*.yaml' for folder in folders)}) that the articles use "
            "(`kg coverage` lists the entries they never do)"
        )
    out: list[str] = []
    for entity in unmentioned:
        out.append(
            f"{entity.name} ({entity.klass}): entry {entity.id!r} of the gazetteer "
            f"({shown_path(entity.path)}:{entity.line}), which no article mentions"
        )
        out.append("")
    for node in nodes:
        out.append(f"{node.name} ({node.klass})")
        for x in extractions:
            text = x.article.text
            mentions = [m for m in x.mentions if m.node == node]
            facts = [f for f in x.facts if node in (f.subject, f.object)]
            lost = [(lo, w) for lo, w in x.lost if node in (lo.node, w.node) and lo.node != w.node]
            if not (mentions or facts or lost):
                continue
            out.append(f"  in {x.article.slug}:")
            for m in mentions:
                out.append(
                    f"    mention {text[m.begin : m.end]!r} at {m.begin}-{m.end}: {m.form}, by {m.rule}"
                )
            for f in facts:
                out.append(
                    f"    fact {_fact_line(f)}\n"
                    f"      by {f.rule} ({rulebase.rule_place(f.rule)}) from {f.begin}-{f.end}: "
                    f"{text[f.begin : f.end]!r}"
                )
            for loser, winner in lost:
                out.append(
                    f"    candidate {text[loser.begin : loser.end]!r} at {loser.begin}-{loser.end} "
                    f"({loser.rule}) lost to {text[winner.begin : winner.end]!r} ({winner.rule}): "
                    f"{_why_lost(loser, winner, rulebase)}"
                )
        out.append("")
    return "\n".join(out)


_TOKEN = re.compile(f"{TOKEN_OPEN}(\\w+){TOKEN_MID}{ANAPHOR_MARK}?(\\d+){TOKEN_CLOSE}")
#: A relation rule's note on a match: "RULE at BEGIN-END: what".
_NOTE_PLACE = re.compile(r"(\S+) at (\d+)-(\d+): (.*)", re.DOTALL)


def _relation_rule(rule_id: str, rulebase: RuleBase) -> Rule:
    """The relation rule ``rule_id``; a KgError naming the closest ids when there is none."""
    ids = [rule.id for rule in rulebase.rules]
    for rule in rulebase.rules:
        if rule.id == rule_id:
            return rule
    close = difflib.get_close_matches(rule_id, ids, n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else "; the ids are in kg/rules/relations.yaml"
    raise KgError(f"no relation rule {rule_id!r}{hint}")


def _fact_line(fact) -> str:
    state = f" [{fact.modality}]" if fact.modality else ""
    return f"{fact.subject.name} --{curie(str(fact.predicate))}--> {_object(fact)}{state}"


def _sentence_report(x: Extraction, sentence: Sentence, rule: Rule | None, rulebase: RuleBase) -> list[str]:
    text = x.article.text
    honorifics = rulebase.gazetteer.honorific_before
    masked = mask_sentence(text, sentence, list(x.mentions), honorifics)
    out = [
        f"{x.article.slug}, sentence at {sentence.begin}-{sentence.end}:",
        f"  text:   {text[sentence.begin : sentence.end]!r}",
        f"  masked: {_shown(masked)!r}",
    ]
    for m in masked.mentions:
        out.append(
            f"    {{{m.node.klass}}} = {text[m.begin : m.end]!r} -> {m.node.name} ({m.form}, {m.rule})"
        )
    facts = [f for f in x.facts if sentence.begin <= f.begin and f.end <= sentence.end]
    out += [f"  fact {_fact_line(f)} (by {f.rule})" for f in facts] or ["  no fact was read from it"]
    for note in x.notes:  # what a rule that matched here could not state, and why
        placed = _NOTE_PLACE.match(note)
        if placed and sentence.begin <= int(placed.group(2)) and int(placed.group(3)) <= sentence.end:
            out.append(f"  note: {placed.group(1)}: {placed.group(4)}")
    if rule is not None:
        where = f"{rule.id} ({shown_path(rule.path)}:{rule.line})"
        seen = masked
        if rule.names_entities:  # it runs first, on the gazetteer's mentions alone
            gazetteer = [m for m in x.mentions if m.rule.startswith("gazetteer.")]
            seen = mask_sentence(text, sentence, gazetteer, honorifics)
            out.append(f"  rule {where} names a resource, so it runs before anaphora and the other rules,")
            out.append(f"    on the gazetteer's mentions alone: {_shown(seen)!r}")
        matches = [m for m in rule.pattern.finditer(seen.text) if m.end() > m.start()]
        dropped = {
            m.start(): found for m in matches if (found := rule.stopped_by(seen.text, m.start(), m.end()))
        }
        kept = [m for m in matches if m.start() not in dropped]
        if not matches:
            out.append(f"  rule {where}: its pattern finds no match in the masked sentence")
        else:
            shown = (kept or matches)[0]
            matched = text[slice(*seen.span(shown.start(), shown.end()))]
            out.append(f"  rule {where}: its pattern matches {matched!r}")
            waited = _entity_unnamed(rule, x.mentions, sentence)
            if waited:
                out.append(f"    but {waited}: the match states nothing")
            if not kept:
                guard = dropped[shown.start()]
                empty = guard.end() == guard.start()
                words = "" if empty else text[slice(*seen.span(guard.start(), guard.end()))]
                key, side = (
                    ("not_before", "after") if guard.start() >= shown.end() else ("not_after", "before")
                )
                out.append(f"    but its {key} finds {words!r} {side} it: the match states nothing")
        if rule.items_pattern is not None:
            item = next((m for m in rule.items_pattern.finditer(seen.text) if m.end() > m.start()), None)
            next_sentence = rule.items_read == "next-sentence"
            after = "the sentence before, in its paragraph" if next_sentence else "a lead-in"
            if item is None and not matches:
                out.append(f"    as an item after {after} (items, read: {rule.items_read}): no match")
            elif item is not None:
                matched = text[slice(*seen.span(item.start(), item.end()))]
                out.append(
                    f"    as an item after {after} (items, read: {rule.items_read}): its items pattern "
                    f"matches {matched!r}, read with the lead-in's slots where its pattern matches there"
                )
    return [*out, ""]


def _entity_unnamed(rule, mentions, sentence) -> str | None:
    """Why a rule keyed to an entity (``after_entity``, ``with_entity``) does not read the
    sentence, if it does not."""
    if rule.after_entity is not None and not any(
        m.node == rule.after_entity and m.begin < sentence.end for m in mentions
    ):
        named = rule.after_entity.name
        return f"it reads only the sentences from the one that first names {named} on (after_entity)"
    if rule.with_entity is not None and not any(
        m.node == rule.with_entity and sentence.begin <= m.begin < sentence.end for m in mentions
    ):
        return f"it reads only the sentences that name {rule.with_entity.name} (with_entity)"
    return None


def _shown(masked) -> str:
    """A masked sentence with each mention's token written ``{Class}``."""
    return _TOKEN.sub(lambda m: "{" + m.group(1) + "}", masked.text)


def explain_sentences(
    words: str, extractions: list[Extraction], rulebase: RuleBase, rule_id: str | None = None
) -> str:
    """A report on the searched sentences holding ``words`` (any case): each as the relation
    rules see it, its mentions replaced by ``{Class}`` tokens (what a pattern's slots match),
    what each token stands for, and the facts read from the sentence with their rules; with
    ``rule_id``, whether that rule's pattern finds a match in it. A KgError if ``words`` is
    blank, no searched sentence holds them, or there is no such rule."""
    if not words.strip():
        raise KgError("give some words of the sentence, e.g. kg explain --sentence counterpart")
    rule = _relation_rule(rule_id, rulebase) if rule_id is not None else None
    wanted = plain_words(words.strip()).casefold()  # (any run of white space: one space)
    out = [
        line
        for x in extractions
        for sentence in x.article.searched_sentences
        if wanted in one_spaced(x.article.text, sentence.begin, sentence.end)[0].casefold()
        for line in _sentence_report(x, sentence, rule, rulebase)
    ]
    if not out:
        raise KgError(
            f"no searched sentence holds {words!r} (datelines and bylines are not searched); "
            "give words as they are written in one sentence"
        )
    return "\n".join(out)
