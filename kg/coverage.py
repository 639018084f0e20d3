"""Feedback for rule authors: what the rules found, and where the next rule is needed.

Per article: sentences that yielded no fact, mentions that joined no relation, facts per
rule, notes. Over the corpus: gazetteer entries never mentioned and rules that never fired.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from kg.extract import Extraction
from kg.gazetteer import Node
from kg.mentions import Mention
from kg.rulebase import RuleBase
from kg.terminal import printable


@dataclass(frozen=True)
class ArticleCoverage:
    """What one article gave."""

    slug: str
    sentences: int
    silent_sentences: tuple[str, ...]
    idle_mentions: tuple[Mention, ...]
    unresolved_anaphors: tuple[tuple[int, int, str], ...]
    facts_per_rule: tuple[tuple[str, int], ...]
    notes: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Coverage:
    """What a corpus gave, and which rules and entries were never used."""

    articles: tuple[ArticleCoverage, ...]
    unused_entries: tuple[str, ...]
    unfired_rules: tuple[str, ...]


def _fact_spans(extraction: Extraction) -> dict[Node, list[tuple[int, int]]]:
    """Per resource, the evidence spans of the facts it is the subject or object of."""
    spans: dict[Node, list[tuple[int, int]]] = defaultdict(list)
    for f in extraction.facts:
        spans[f.subject].append((f.begin, f.end))
        if isinstance(f.object, Node) and f.object != f.subject:
            spans[f.object].append((f.begin, f.end))
    return spans


def _joined(mention: Mention, spans: dict[Node, list[tuple[int, int]]]) -> bool:
    """Whether a fact about the mention's resource has evidence that covers the mention."""
    return any(begin <= mention.begin and mention.end <= end for begin, end in spans.get(mention.node, ()))


def article_coverage(extraction: Extraction) -> ArticleCoverage:
    """The coverage of one extracted article."""
    article = extraction.article
    text = article.text
    sentences = article.searched_sentences
    silent = tuple(
        text[s.begin : s.end]
        for s in sentences
        if not any(s.begin <= f.begin and f.end <= s.end for f in extraction.facts)
    )
    spans = _fact_spans(extraction)
    idle = tuple(m for m in extraction.mentions if not _joined(m, spans))
    per_rule = Counter(f.rule for f in extraction.facts)
    return ArticleCoverage(
        slug=article.slug,
        sentences=len(sentences),
        silent_sentences=silent,
        idle_mentions=idle,
        unresolved_anaphors=extraction.unresolved,
        facts_per_rule=tuple(sorted(per_rule.items())),
        notes=extraction.notes,
        text=text,
    )


def coverage(extractions: list[Extraction], rulebase: RuleBase) -> Coverage:
    """The coverage of a corpus: per article, and the rule base's unused parts.

    extractions: the articles' extractions; rulebase: the rules they were made with.
    """
    used = rules_used(extractions)
    return Coverage(tuple(article_coverage(x) for x in extractions), *unused_parts(used, rulebase))


def rules_used(extractions: list[Extraction]) -> tuple[set[str], set[str]]:
    """The ids of the rules that made a fact or mention, and of those that made a mention."""
    mentioned = {m.rule for x in extractions for m in x.mentions}
    return {f.rule for x in extractions for f in x.facts} | mentioned, mentioned


def unused_parts(
    used: tuple[set[str], set[str]], rulebase: RuleBase
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The gazetteer entries never mentioned and the relation rules that never fired, given
    ``rules_used`` (fired, mentioned) over a corpus."""
    fired, mentioned = used
    unused = tuple(e.id for e in rulebase.gazetteer.entities if f"gazetteer.{e.id}" not in mentioned)
    unfired = tuple(r.id for r in rulebase.rules if r.id not in fired)
    return unused, unfired


def _wrap(items: list[str], width: int = 96, indent: str = "    ") -> list[str]:
    lines: list[str] = []
    line = indent
    for item in items:
        if len(line) + len(item) + 2 > width and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += item + ", "
    if line.strip():
        lines.append(line.rstrip().rstrip(","))
    return lines


def report_text(cov: Coverage) -> str:
    """The coverage as text for a terminal or a file (controls escaped: ``printable``);
    deterministic."""
    out: list[str] = list(REPORT_HEAD)
    for art in cov.articles:
        out.extend(article_report(art))
    out.extend(corpus_report(cov.unused_entries, cov.unfired_rules))
    return printable("\n".join(out) + "\n")


REPORT_HEAD = ("Coverage report", "")


def article_report(art: ArticleCoverage) -> list[str]:
    """The lines of the report about one article, ending with an empty line."""
    out: list[str] = []
    total = sum(n for _rule, n in art.facts_per_rule)
    out.append(f"Article {art.slug}: {art.sentences} sentences, {total} statements")
    out.append(f"  Sentences that yielded no fact ({len(art.silent_sentences)}):")
    out.extend(f"    - {s}" for s in art.silent_sentences)
    out.append(f"  Mentions that joined no relation ({len(art.idle_mentions)}):")
    out.extend(
        f"    - {art.text[m.begin : m.end]!r} at {m.begin}-{m.end} -> {m.node.name} ({m.rule})"
        for m in art.idle_mentions
    )
    if art.unresolved_anaphors:
        out.append(f"  Anaphors with no antecedent in scope ({len(art.unresolved_anaphors)}):")
        out.extend(
            f"    - {art.text[begin:end]!r} at {begin}-{end} ({rule})"
            for begin, end, rule in art.unresolved_anaphors
        )
    out.append("  Statements per rule (a fact with one piece of evidence each):")
    out.extend(f"    {n:4d}  {rule}" for rule, n in art.facts_per_rule)
    if art.notes:
        out.append(f"  Notes ({len(art.notes)}):")
        out.extend(f"    - {note}" for note in art.notes)
    out.append("")
    return out


def corpus_report(unused_entries: tuple[str, ...], unfired_rules: tuple[str, ...]) -> list[str]:
    """The last lines of the report: the rule base's parts the corpus never used."""
    out = [f"Gazetteer entries never mentioned ({len(unused_entries)}):"]
    out.extend(_wrap(list(unused_entries)))
    out.append(f"Relation rules that never fired ({len(unfired_rules)}):")
    out.extend(_wrap(list(unfired_rules)))
    return out
