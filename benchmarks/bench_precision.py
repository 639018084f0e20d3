"""How precise the rules are on articles written to trap them, and how much of what a
reader expects they find: run by hand, not in CI.

    python benchmarks/bench_precision.py [--list wrong|doubtful|unjudged|lost|all]
                                         [--articles DIR] [--judged FILE]
    python benchmarks/bench_precision.py --recall [--list missed|found] [--gold FILE]

Builds the articles in ``benchmarks/precision/articles`` (written for the project's
precision reviews: wire reports, live blogs, previews, reviews of the year, each mixing
ordinary reporting with traps for a rule-based reader) and compares every statement the
build makes, one per fact, modality and article (the named query ``fact-to-evidence``),
with ``benchmarks/precision/judged.tsv``, where reviewers judged what earlier builds made:
``right``, ``wrong`` or ``doubtful``. Prints, for each article and in all: the statements
made, how many of them were judged right, wrong or doubtful, how many are not judged yet,
the precision (right / (right + wrong), among those judged), and the statements judged
right that the build no longer makes (lost).

A change of rules is then measured, not told: the statements it adds show up as not yet
judged (``--list unjudged`` prints them in the judged file's columns with the verdict ``?``,
to be judged and added), the wrong ones it removes stop counting, the right ones it removes
count as lost.

judged.tsv, one statement a line, tab-separated: verdict, article (the file name without
``.txt``), subject (its label), predicate (prefixed, ``schema:attendee``), object (its
label, or the literal's value), modality (empty for an asserted fact, ``negated`` or
``planned``), evidence (the words the rule matched), note (why, for a wrong or doubtful one).
A statement that articles dispute (``kg query disagreements``) is judged as the text gives it.

With ``--recall``, the statements are compared instead with ``benchmarks/precision/gold.tsv``:
the statements a careful reader expects of some of the articles, written by a reviewer
before any build of them (verdict ``gold``, then the same columns; the evidence is the
words that state it). Prints, per article and per predicate, the gold statements, how many
the build makes (recall) and, with ``--list missed``, those it does not. A gold statement
is found where the build makes one with the same article, subject, predicate, object and
modality, their labels compared without case and accents ("Erdogan", "Erdoğan"), and
without a label's last words that name the statement's own article ("Meeting of A and B
(its-article)", a meeting the article gives no day for).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
PRECISION = ROOT / "benchmarks" / "precision"
VERDICTS = ("right", "wrong", "doubtful")
LISTS = ("wrong", "doubtful", "unjudged", "lost", "all")
RECALL_LISTS = ("missed", "found")


class Statement(NamedTuple):
    """What a statement says, the key it is judged by."""

    article: str
    subject: str
    predicate: str
    object: str
    modality: str


class Judged(NamedTuple):
    verdict: str
    statement: Statement
    evidence: str
    note: str


def read_judged(path: Path, verdicts: tuple[str, ...] = VERDICTS) -> dict[Statement, Judged]:
    """The judgements of ``path`` (or its gold statements, with ``verdicts`` ("gold",)); a
    malformed line or a statement judged twice is an error naming its line."""
    found: dict[Statement, Judged] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) != 8 or fields[0] not in verdicts:
            raise SystemExit(
                f"{path}:{number}: expected 8 tab-separated fields, the first one of "
                f"{', '.join(verdicts)}; got {line[:80]!r}"
            )
        statement = Statement(*fields[1:6])
        if statement in found:
            raise SystemExit(f"{path}:{number}: {statement} is judged twice")
        found[statement] = Judged(fields[0], statement, fields[6], fields[7])
    return found


def made_statements(articles: Path) -> dict[Statement, str]:
    """Each statement a build of ``articles`` makes, with the words it is derived from."""
    from kg.build import run_build
    from kg.query import open_store, resolve_query, run_query
    from kg.vocab import DEFAULT_BASE, curie

    with tempfile.TemporaryDirectory() as out:
        run_build(articles, Path(out), DEFAULT_BASE, html=False)
        store = open_store([Path(out) / "graph.ttl"])
        rows = run_query(store, resolve_query("fact-to-evidence"))
        made: dict[Statement, str] = {}
        for row in rows:
            modality = row["modality"].value if row["modality"] else ""
            statement = Statement(
                row["article"].value.rsplit("/", 1)[-1],
                row["subject"].value,
                curie(row["predicate"].value),
                row["object"].value,
                "" if modality == "disputed" else modality,  # (judged as the text gives it)
            )
            made.setdefault(statement, row["anchor"].value)
    return made


class Tally(NamedTuple):
    made: int
    right: int
    wrong: int
    doubtful: int
    unjudged: int
    lost: int

    @property
    def precision(self) -> str:
        judged = self.right + self.wrong
        return f"{100 * self.right / judged:.1f}%" if judged else "-"


def tally(made: dict[Statement, str], judged: dict[Statement, Judged], article: str | None) -> Tally:
    """The counts for one article (or all, with None)."""
    mine = [s for s in made if article is None or s.article == article]
    verdicts = Counter(judged[s].verdict if s in judged else "unjudged" for s in mine)
    lost = sum(
        1
        for s, j in judged.items()
        if j.verdict == "right" and s not in made and (article is None or s.article == article)
    )
    return Tally(
        len(mine), verdicts["right"], verdicts["wrong"], verdicts["doubtful"], verdicts["unjudged"], lost
    )


def report(made: dict[Statement, str], judged: dict[Statement, Judged], articles: list[str]) -> str:
    """The table: one row per article, then the total."""
    columns = ("made", "right", "wrong", "doubt", "new", "lost")
    lines = [f"{'article':38} " + " ".join(f"{c:>5}" for c in columns) + " precision"]
    for name in [*articles, None]:
        t = tally(made, judged, name)
        lines.append(
            f"{name or 'all':38} {t.made:5} {t.right:5} {t.wrong:5} {t.doubtful:5} {t.unjudged:5} "
            f"{t.lost:5} {t.precision}"
        )
    return "\n".join(lines)


def listed(made: dict[Statement, str], judged: dict[Statement, Judged], which: str) -> list[str]:
    """The lines of one kind, in the judged file's columns."""
    rows = []
    if which in ("wrong", "doubtful", "unjudged", "all"):
        for statement, evidence in sorted(made.items()):
            verdict = judged[statement].verdict if statement in judged else "?"
            if which == "all" or verdict == which or (which == "unjudged" and verdict == "?"):
                note = judged[statement].note if statement in judged else ""
                rows.append("\t".join((verdict, *statement, " ".join(evidence.split()), note)))
    if which in ("lost", "all"):
        for statement, j in sorted(judged.items()):
            if j.verdict == "right" and statement not in made:
                rows.append("\t".join(("lost", *statement, j.evidence, j.note)))
    return rows


def folded(statement: Statement) -> Statement:
    """A statement with its labels compared without case and accents, and without the name
    of its own article where a label ends with it: a thing the article tells of with no day
    is named by the article ("Meeting of A and B (its-article)"), which the gold statement,
    keyed by its article already, does not repeat."""
    own = f" ({statement.article})"

    def fold(words: str) -> str:
        words = words.removesuffix(own)
        decomposed = unicodedata.normalize("NFKD", words)
        return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()

    return Statement(*(fold(field) for field in statement))


def recall(made: dict[Statement, str], gold: dict[Statement, Judged], which: str | None) -> str:
    """The recall table, per article and per predicate, then the gold statements of one
    kind ("missed", "found") if asked."""
    have = {folded(s) for s in made}
    found = {s: folded(s) in have for s in gold}
    lines = []
    for title, key in (("article", lambda s: s.article), ("predicate", lambda s: s.predicate)):
        counts = Counter(key(s) for s in gold)
        hits = Counter(key(s) for s in gold if found[s])
        # articles by name; predicates the most expected first
        groups = sorted(counts, key=lambda g: (-counts[g], g) if title == "predicate" else (0, g))
        lines.append(f"{title:38} {'gold':>5} {'found':>5} recall")
        for group, total, hit in [
            *((g, counts[g], hits[g]) for g in groups),
            ("all", len(gold), sum(hits.values())),
        ]:
            lines.append(f"{group:38} {total:5} {hit:5} {100 * hit / total:.1f}%")
        lines.append("")
    if which is not None:
        for statement, judged in sorted(gold.items()):
            if found[statement] == (which == "found"):
                lines.append("\t".join((which, *statement, judged.evidence, judged.note)))
    return "\n".join(lines).rstrip("\n")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=PRECISION / "articles")
    parser.add_argument("--judged", type=Path, default=PRECISION / "judged.tsv")
    parser.add_argument("--gold", type=Path, default=PRECISION / "gold.tsv")
    parser.add_argument("--recall", action="store_true", help="compare with the gold statements instead")
    parser.add_argument(
        "--list",
        choices=LISTS + RECALL_LISTS,
        help=f"print these statements after the table ({', '.join(RECALL_LISTS)}: with --recall)",
    )
    args = parser.parse_args(argv)
    if args.list is not None and (args.list in RECALL_LISTS) != args.recall:
        parser.error(f"--list {args.list} goes {'without' if args.recall else 'with'} --recall")
    if args.recall:
        gold = read_judged(args.gold, ("gold",))
        names = {p.stem for p in args.articles.glob("*.txt")}
        unknown = sorted({s.article for s in gold} - names)
        if unknown:
            raise SystemExit(f"{args.gold}: lists statements of articles not in {args.articles}: {unknown}")
        print(recall(made_statements(args.articles), gold, args.list))
        return
    judged = read_judged(args.judged)
    names = sorted(p.stem for p in args.articles.glob("*.txt"))
    unknown = sorted({s.article for s in judged} - set(names))
    if unknown:
        raise SystemExit(f"{args.judged}: judges statements of articles not in {args.articles}: {unknown}")
    made = made_statements(args.articles)
    print(report(made, judged, names))
    if args.list:
        print()
        print("\n".join(listed(made, judged, args.list)))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
