"""The benchmark script (run by hand, not timed here): its memory reading counts every
process of a build, and its stream-only mode runs end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_build import run_measured, tree_memory  # noqa: E402

# A parent that starts a child holding 80 MB, as `kg build` starts its workers; the child
# says "ready" once it holds them, and the parent passes that on.
PARENT = (
    "import subprocess, sys, time; "
    "child = subprocess.Popen([sys.executable, '-c', "
    "'import time; held = bytearray(80_000_000); print(\"ready\", flush=True); time.sleep(3)']); "
    "child.wait()"
)


def test_benchmark_tree_memory_counts_the_children():
    process = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "ready"
        own = int(Path(f"/proc/{process.pid}/status").read_text().split("VmRSS:")[1].split()[0]) * 1024
        assert own < 60_000_000
        total, largest = tree_memory(process.pid)
        assert total > own + 80_000_000  # the child's resident size is added
        assert largest > 80_000_000  # and it is the largest process
    finally:
        process.kill()
        process.wait()


def test_benchmark_run_measured_reports_the_whole_tree_beside_the_largest_process():
    # the parent holds 60 MB itself, so the two together outweigh the child at any moment
    run = run_measured([sys.executable, "-c", "held = bytearray(60_000_000); " + PARENT])
    assert run.code == 0
    assert run.peak_rss > 80_000_000  # the child is the largest process
    assert run.tree_rss > run.peak_rss + 40_000_000  # with the parent beside it


def test_benchmark_stream_memory_mode_runs():
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_build.py"), "--stream-sizes", "12"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    row = done.stdout.splitlines()[-1].split()
    assert row[0] == "12" and int(row[1].replace(",", "")) > 12 * 1000


def test_benchmark_shapes_lists_every_node_shape():
    """`bench_shapes.py` times every node shape of the shapes file, and the baseline."""
    import re

    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_shapes.py"), "--articles", "10", "--rounds", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    shapes = (ROOT / "ontology" / "shapes.ttl").read_text(encoding="utf-8")
    declared = set(re.findall(r"^kgs:(\w+) a sh:NodeShape", shapes, re.MULTILINE))
    timed = set(re.findall(r"^  (\w+Shape) +[+-]\d+\.\d\d ms", done.stdout, re.MULTILINE))
    assert len(declared) > 20 and timed == declared
    baseline = re.search(
        r"^no shapes \(baseline: reading the graph\) +(\d+\.\d\d) ms$", done.stdout, re.MULTILINE
    )
    assert baseline and float(baseline[1]) > 0
    core_line = r"^  the same, SHACL Core alone \(no sh:sparql\) +(\d+\.\d\d) ms"
    core = re.search(core_line, done.stdout, re.MULTILINE)
    assert core and float(core[1]) > 0


def test_benchmark_precision_counts_what_a_build_makes_against_the_judgements(tmp_path, capsys):
    """`bench_precision.py` sorts the statements a build makes into judged right, wrong,
    doubtful and not yet judged, and counts a statement judged right that is no longer made
    as lost."""
    import bench_precision

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "seed.txt").write_bytes(next((ROOT / "seeds").glob("*.txt")).read_bytes())
    made = bench_precision.made_statements(tmp_path / "articles")
    assert len(made) > 100 and {s.article for s in made} == {"seed"}
    first, second, third = sorted(made)[:3]
    gone = first._replace(object="nobody")
    lines = [
        ("right", *first, made[first], ""),
        ("wrong", *second, made[second], "a test"),
        ("doubtful", *third, made[third], "a test"),
        ("right", *gone, "words", ""),
    ]
    judged = tmp_path / "judged.tsv"
    judged.write_text("".join("\t".join(line) + "\n" for line in lines), encoding="utf-8")
    bench_precision.main(["--articles", str(tmp_path / "articles"), "--judged", str(judged), "--list", "all"])
    out = capsys.readouterr().out.splitlines()
    total = next(line for line in out if line.startswith("all "))
    assert total.split() == ["all", str(len(made)), "1", "1", "1", str(len(made) - 3), "1", "50.0%"]
    listed = [line.split("\t") for line in out if "\t" in line]
    assert [row[0] for row in listed].count("?") == len(made) - 3
    assert ["lost", *gone, "words", ""] in listed
    assert ["wrong", *second, made[second], "a test"] in listed


def test_benchmark_precision_judgements_are_well_formed():
    """The committed judgements: each line well formed, no statement judged twice, every
    article among the review articles."""
    import bench_precision

    judged = bench_precision.read_judged(bench_precision.PRECISION / "judged.tsv")
    names = {p.stem for p in (bench_precision.PRECISION / "articles").glob("*.txt")}
    assert len(judged) > 500
    assert {s.article for s in judged} == names
    assert all(j.note for j in judged.values() if j.verdict != "right")


def test_benchmark_recall_finds_a_gold_statement_whatever_its_case_and_accents(tmp_path, capsys):
    """`bench_precision.py --recall` counts a gold statement found where the build makes it,
    its labels compared without case and accents, and lists the gold statements it misses."""
    import bench_precision

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "seed.txt").write_bytes(next((ROOT / "seeds").glob("*.txt")).read_bytes())
    made = bench_precision.made_statements(tmp_path / "articles")
    held = next(s for s in sorted(made) if s.predicate == "schema:attendee")
    spelt = held._replace(object=held.object.upper().replace("O", "Ö"))
    missing = held._replace(object="Nobody Known")
    gold = tmp_path / "gold.tsv"
    gold.write_text(
        "".join("\t".join(("gold", *s, "words", "")) + "\n" for s in (spelt, missing)), encoding="utf-8"
    )
    bench_precision.main(
        ["--recall", "--articles", str(tmp_path / "articles"), "--gold", str(gold), "--list", "missed"]
    )
    out = capsys.readouterr().out.splitlines()
    assert [line.split() for line in out if line.startswith("all ")] == [["all", "2", "1", "50.0%"]] * 2
    assert ["schema:attendee", "2", "1", "50.0%"] in [line.split() for line in out]
    assert [line.split("\t") for line in out if "\t" in line] == [["missed", *missing, "words", ""]]
    with pytest.raises(SystemExit):
        bench_precision.main(["--list", "missed"])


def test_benchmark_recall_reads_a_label_without_its_own_articles_name():
    """A meeting the article gives no day for is named by the article ("Meeting of A and B
    (a)"): recall compares it without that name, the gold statement being keyed by its
    article already; another article's name stays."""
    import bench_precision

    Statement, folded = bench_precision.Statement, bench_precision.folded
    made = Statement("a", "Meeting of Xi Jinping and Vladimir Putin (a)", "schema:attendee", "Xi Jinping", "")
    gold = Statement("a", "Meeting of Xi Jinping and Vladimir Putin", "schema:attendee", "Xi Jinping", "")
    assert folded(made) == folded(gold)
    elsewhere = made._replace(subject="Meeting of Xi Jinping and Vladimir Putin (b)")
    assert folded(elsewhere) != folded(gold)


def test_benchmark_recall_gold_is_well_formed():
    """The committed gold statements: each line well formed, none twice, every article among
    the review articles."""
    import bench_precision

    gold = bench_precision.read_judged(bench_precision.PRECISION / "gold.tsv", ("gold",))
    names = {p.stem for p in (bench_precision.PRECISION / "articles").glob("*.txt")}
    assert len(gold) > 500
    assert {s.article for s in gold} <= names
