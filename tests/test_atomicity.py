"""A build killed at any point leaves the previous exports byte for byte; the next build
removes what the killed one staged and writes what a clean build writes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.export import STAGED_NAME, remove_stale_staged, write_atomically
from tests.conftest import ROOT


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` but the staged ones, by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not STAGED_NAME.match(p.name)
    }


def staged(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".*.tmp"))


def start_build(seeds: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", "--seeds", str(seeds), "--out", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def kill(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stderr.close()
    assert process.returncode == -signal.SIGKILL, "the build ended before it was killed: kill it earlier"


@pytest.mark.parametrize("fraction", [0.02, 0.15, 0.3, 0.45, 0.6, 0.75, 0.85])
def test_export_build_killed_after_delay_leaves_previous_exports(
    slow_seeds, slow_build, exports_copy, fraction
):
    # Killed at this fraction of a clean build's wall time: from interpreter start-up to
    # staging, whatever the speed of the machine.
    before = snapshot(exports_copy)
    process = start_build(slow_seeds, exports_copy)
    time.sleep(fraction * slow_build[0])
    kill(process)
    after = snapshot(exports_copy)
    if after != before:
        # Files are replaced one by one (each with an atomic rename): a kill inside that final
        # loop of renames can leave some files new and some old, but never a partial file.
        fresh = snapshot(slow_build[1])
        assert set(after) == set(before)
        assert all(after[name] in (before[name], fresh.get(name)) for name in after)


@pytest.mark.parametrize("pattern", [".coverage.txt.*.tmp", ".graph.*.tmp"])
def test_export_build_killed_while_staging_leaves_previous_exports(slow_seeds, exports_copy, pattern):
    before = snapshot(exports_copy)
    process = start_build(slow_seeds, exports_copy)
    deadline = time.monotonic() + 120
    while not list(exports_copy.glob(pattern)):
        assert process.poll() is None, f"the build ended without staging {pattern}"
        assert time.monotonic() < deadline, f"no {pattern} after 120 s"
        time.sleep(0.001)
    kill(process)
    assert staged(exports_copy), "the killed build left nothing staged: it was killed too late"
    assert snapshot(exports_copy) == before


def test_export_build_after_killed_one_equals_clean_build(slow_seeds, slow_build, exports_copy, run_kg):
    process = start_build(slow_seeds, exports_copy)
    while not list(exports_copy.glob(".graph.*.tmp")):
        assert process.poll() is None
        time.sleep(0.001)
    kill(process)
    assert staged(exports_copy)
    done = run_kg("build", "--seeds", str(slow_seeds), "--out", str(exports_copy))
    assert done.returncode == 0, done.stderr
    assert staged(exports_copy) == [], "the next build left the killed build's staged files"
    assert snapshot(exports_copy) == snapshot(slow_build[1])


STALE = [".graph.ttl.k2x9_q1a.tmp", ".graph.html.abcdefgh.tmp", "articles/.gone.ttl.00000000.tmp"]
KEPT = [
    ".graph.ttl.tmp",
    ".notes.txt.abcdefgh.tmp",
    "graph.ttl.abcdefgh.tmp",
    ".graph.ttl.ABCDEFGH.tmp",
    "x.tmp",
]


@pytest.mark.parametrize(("stale", "kept"), [(STALE, KEPT)])
def test_export_removes_only_its_own_stale_staged_files(tmp_path, stale, kept):
    out = tmp_path / "out"
    for name in stale + kept:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(b"left over")
    written = write_atomically(
        {"graph.ttl": b"ttl", "graph.html": b"html", "articles/a.ttl": b"a"}, out, ("articles",)
    )
    assert sorted(str(p.relative_to(out)) for p in written) == ["articles/a.ttl", "graph.html", "graph.ttl"]
    assert not any((out / name).exists() for name in stale)
    assert all((out / name).read_bytes() == b"left over" for name in kept)
    assert remove_stale_staged(["graph.ttl"], out) == []


@pytest.mark.parametrize("fail_at", ["graph.ttl"])
def test_export_failed_write_stages_nothing_and_replaces_nothing(tmp_path, monkeypatch, fail_at):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"previous")
    real_fsync = os.fsync
    calls = []

    def failing_fsync(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space"):
        write_atomically({"graph.html": b"html", fail_at: b"new"}, out)
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl"]
    assert (out / "graph.ttl").read_bytes() == b"previous"
