"""Explain an entity or a fact: which rule produced it, from which span, and which
overlapping candidates lost to its mentions and why."""

from __future__ import annotations

from kg.errors import KgError
from kg.extract import Extraction
from kg.gazetteer import Node
from kg.mentions import Mention
from kg.rulebase import RuleBase, shown_path
from kg.vocab import curie


def _names(node: Node, rulebase: RuleBase) -> set[str]:
    entity = rulebase.gazetteer.by_node().get(node)
    forms = {node.name}
    if entity is not None:
        forms |= {form for _kind, form in entity.forms()}
    return {f.casefold() for f in forms}


def find_nodes(term: str, extractions: list[Extraction], rulebase: RuleBase) -> list[Node]:
    """The resources whose canonical name or any gazetteer name is ``term`` (any case), or,
    failing that, whose name contains it; sorted."""
    nodes = {m.node for x in extractions for m in x.mentions}
    nodes |= {f.subject for x in extractions for f in x.facts}
    nodes |= {f.object for x in extractions for f in x.facts if isinstance(f.object, Node)}
    wanted = term.casefold()
    exact = [n for n in nodes if wanted in _names(n, rulebase)]
    found = exact or [n for n in nodes if wanted in n.name.casefold()]
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
    if not nodes:
        raise KgError(f"nothing named {term!r} in the articles; `kg query entities` lists what is")
    out: list[str] = []
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
                state = f" [{f.modality}]" if f.modality else ""
                out.append(
                    f"    fact {f.subject.name} --{curie(str(f.predicate))}--> {_object(f)}{state}\n"
                    f"      by {f.rule} ({shown_path(rulebase.rule_file(f.rule))}) from {f.begin}-{f.end}: "
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
