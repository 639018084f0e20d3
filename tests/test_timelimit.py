"""A rule pattern that backtracks without end is stopped by the time limit, and the error
names the rule's file and line, the article and the part of it; nothing is written. A
relation rule stopped on one sentence of an article only (an odd sentence, not an odd rule)
leaves that sentence unread by it, with a note, and the build goes on."""

import faulthandler
import pickle
import re
import sys
import time
from pathlib import Path

import pytest

from kg import timelimit
from kg.cli import main
from kg.errors import ArticleError, RuleError
from tests.conftest import SEED_SLUG

# Nested repeats that fail at the end: exponential in the number of words before the failure.
BACKTRACKS = r"(\w+\s?)*:;"


@pytest.fixture
def short_limit(monkeypatch):
    monkeypatch.setattr(timelimit, "LIMIT", 1.0)


def _append_rule(rules: Path) -> int:
    with (rules / "relations.yaml").open("a", encoding="utf-8") as handle:
        handle.write(
            "\n  - id: test.backtracks\n    description: a pattern that never ends\n    example: a\n"
            f"    pattern: '{BACKTRACKS}'\n    facts:\n"
            "      - [article, schema:publisher, {entity: cgtn}]\n"
        )
    return (rules / "relations.yaml").read_text(encoding="utf-8").count("\n") - 5  # its id's line


def _insert_anaphor(rules: Path) -> int:
    path = rules / "anaphora.yaml"
    text = path.read_text(encoding="utf-8")
    head, sep, rest = text.partition("anaphora:\n")
    path.write_text(
        head + sep + f"  - id: test-backtracks\n    pattern: '{BACKTRACKS}'\n    class: Person\n"
        "    scope: sentence\n" + rest,
        encoding="utf-8",
    )
    return (head + sep).count("\n") + 2


def _change_layout(rules: Path) -> int:
    path = rules / "layouts.yaml"
    text = path.read_text(encoding="utf-8")
    old = "    note: '^Editor[''\u2019]s note:'"
    assert old in text
    path.write_text(text.replace(old, f"    note: '{BACKTRACKS}'"), encoding="utf-8")
    return text[: text.index("  - id: cgtn")].count("\n") + 1


@pytest.mark.parametrize(
    ("change", "file", "who", "part", "count"),
    [
        # a relation rule is let off once per article: stopped on a second sentence
        (_append_rule, "relations.yaml", "rule 'test.backtracks'", "sentence", 2),
        (_insert_anaphor, "anaphora.yaml", "anaphora rule 'test-backtracks'", "sentence", 1),
        (_change_layout, "layouts.yaml", "a pattern of layout 'cgtn'", "paragraph", 1),
    ],
)
def test_timelimit_stops_a_backtracking_pattern_naming_it(
    short_limit, rules_copy, root, tmp_path, capsys, change, file, who, part, count
):
    line = change(rules_copy)
    out = tmp_path / "out"
    start = time.thread_time()
    # Were the limit broken, the pattern would run for ages: end the test run then, with the
    # stacks (faulthandler's own thread, not a signal the limit could be confused by).
    faulthandler.dump_traceback_later(120, exit=True, file=sys.__stderr__)
    try:
        code = main(["build", "--rules", str(rules_copy), "--seeds", str(root / "seeds"), "--out", str(out)])
    finally:
        faulthandler.cancel_dump_traceback_later()
    assert time.thread_time() - start < 10  # (CPU time: the machine may be busy)
    assert code == 2
    err = capsys.readouterr().err
    parts, number = (part, "one") if count == 1 else (part + "s", "two")
    places = " and ".join([r"(\d+)-(\d+)"] * count)
    found = re.fullmatch(
        rf"kg: {re.escape(str(rules_copy / file))}:(\d+): {re.escape(who)} ran 1 s on {number} {parts} of "
        rf"the article '{SEED_SLUG}' \(characters {places}\) and was stopped: its pattern "
        r"backtracks without end \(rewrite it without a repeat inside a repeat, such as \(\\w\+\\s\?\)\*\)\n",
        err,
    )
    assert found, err
    assert int(found[1]) == line
    offsets = [int(x) for x in found.groups()[1:]]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)  # distinct, in text order
    assert not out.exists()


#: Backtracks only on a run of words that each start with Z written as one word ("ZaZa…"),
#: which it may cut in any of 2^n ways; other text it passes over at once.
ODD = r"(?:Z\w+)*:;"


def test_timelimit_skips_the_one_odd_sentence_with_a_note(short_limit, rules_copy, root, tmp_path, capsys):
    """A relation rule stopped on one sentence of an article is let off: that sentence goes
    unread by it, with a note naming the rule's file, line and the sentence, and the build
    gives every other fact, by every rule, of the article."""
    import pyoxigraph as ox

    with (rules_copy / "relations.yaml").open("a", encoding="utf-8") as handle:
        handle.write(
            "\n  - id: test.odd\n    description: a pattern that is slow on one sentence\n    example: a\n"
            f"    pattern: '{ODD}'\n    facts:\n"
            "      - [article, schema:publisher, {entity: cgtn}]\n"
        )
    line = (rules_copy / "relations.yaml").read_text(encoding="utf-8").count("\n") - 5
    seed = (root / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    odd = "The list read " + "Za" * 40 + " in full."
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / f"{SEED_SLUG}.txt").write_text(seed.rstrip("\n") + "\n\n" + odd + "\n", encoding="utf-8")
    out, plain = tmp_path / "out", tmp_path / "plain"
    faulthandler.dump_traceback_later(120, exit=True, file=sys.__stderr__)
    try:
        code = main(["build", "--rules", str(rules_copy), "--seeds", str(seeds), "--out", str(out)])
    finally:
        faulthandler.cancel_dump_traceback_later()
    err = capsys.readouterr().err
    assert code == 0, err
    begin = len(seed.rstrip("\n")) + 2
    note = (
        f"rule 'test.odd' (rules/relations.yaml:{line}) ran 1 s on the sentence at "
        f"{begin}-{begin + len(odd)} and was stopped: that sentence is not read by it"
    )
    assert f"{SEED_SLUG}: {note}" in err
    assert f"    - {note}" in (out / "coverage.txt").read_text(encoding="utf-8")
    # Every fact of the same article built with the package's rules (no slow rule) is there.
    assert main(["build", "--seeds", str(seeds), "--out", str(plain)]) == 0

    def facts(folder):
        graph = ox.parse(path=str(folder / "graph.ttl"), format=ox.RdfFormat.TURTLE)
        return {
            t
            for t in graph
            if not str(t.predicate).startswith("<http://www.w3.org/1999/02/22-rdf-syntax-ns#")
        }

    plain_facts = {t for t in facts(plain) if "/rule/" not in str(t.subject)}  # (rules: other files)
    missing = {t for t in plain_facts - facts(out)}
    assert not missing, sorted(map(str, missing))[:5]


def test_timelimit_leaves_no_timer_behind(short_limit, rulebase, root):
    """After the rules ran, no timer ticks and the previous SIGALRM handler is back."""
    import signal

    from kg.extract import extract

    before = signal.getsignal(signal.SIGALRM)
    text = (root / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    assert extract(SEED_SLUG, text, rulebase).facts
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before


def _busy(seconds: float) -> None:
    """Use ``seconds`` of CPU time, in Python (the signal handler runs between steps)."""
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_timelimit_is_on_one_piece_of_text_not_on_the_whole(monkeypatch):
    """Pieces that each take less than the limit pass, however long they take together; one
    piece that takes longer is stopped."""
    monkeypatch.setattr(timelimit, "_TICK", 0.02)
    monkeypatch.setattr(timelimit, "LIMIT", 0.2)
    with timelimit.time_limited():
        for _ in range(8):  # 0.48 s in all, 0.06 s a piece
            timelimit.progress()
            _busy(0.06)
    start = time.thread_time()
    with pytest.raises(timelimit.PatternTimeout), timelimit.time_limited():
        timelimit.progress()
        _busy(5.0)
    assert 0.15 < time.thread_time() - start < 1.0


def test_timelimit_counts_the_main_threads_cpu_time_only(monkeypatch):
    """Waiting (a sleep) and other threads' work do not count: a piece that waits past the
    limit, while another thread keeps a core busy, is not stopped."""
    import hashlib
    import threading

    monkeypatch.setattr(timelimit, "_TICK", 0.02)
    monkeypatch.setattr(timelimit, "LIMIT", 0.2)
    done = threading.Event()

    def hash_away():  # (hashlib releases the GIL on large inputs: it runs beside the sleep)
        data = b"x" * 10_000_000
        while not done.is_set():
            hashlib.sha256(data).digest()

    worker = threading.Thread(target=hash_away)
    worker.start()
    try:
        with timelimit.time_limited():
            timelimit.progress()
            time.sleep(0.6)
            _busy(0.05)
    finally:
        done.set()
        worker.join()


@pytest.mark.parametrize(
    "error", [RuleError("rules/relations.yaml", 12, "message", "fix"), ArticleError("message", slug="a")]
)
def test_errors_come_back_whole_from_a_worker(error):
    """Errors raised in a worker process are pickled back: they keep file, line and slug."""
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert vars(again) == vars(error)


def test_timelimit_runs_without_a_limit_where_there_are_no_timers(monkeypatch, rulebase, root):
    """Windows has no interval timers: the rules run there, without the limit."""
    import signal

    from kg.extract import extract

    monkeypatch.delattr(signal, "setitimer")
    text = (root / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    assert len(extract(SEED_SLUG, text, rulebase).facts) > 100


def test_timelimit_is_off_in_a_thread_and_while_the_host_times(rulebase, root):
    """Signals reach only the main thread, and a host's own timer is left alone: the rules
    run, without the limit, and the host's timer is untouched."""
    import signal
    from concurrent.futures import ThreadPoolExecutor

    from kg.extract import extract

    text = (root / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    with ThreadPoolExecutor(1) as pool:
        assert len(pool.submit(extract, SEED_SLUG, text, rulebase).result().facts) > 100
    previous = signal.signal(signal.SIGALRM, lambda *_: None)
    signal.setitimer(signal.ITIMER_REAL, 100.0)
    try:
        assert len(extract(SEED_SLUG, text, rulebase).facts) > 100
        remaining, interval = signal.getitimer(signal.ITIMER_REAL)
        assert 90 < remaining <= 100 and interval == 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
