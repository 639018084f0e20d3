"""A build killed at any point leaves the previous exports byte for byte, as a whole set where
the system can swap folders; the next build removes what the killed one staged and writes
what a clean build writes."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg import export
from kg.export import STAGED_NAME, exchange_supported, remove_stale_staged, write_atomically
from tests.conftest import ROOT


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` but the staged ones, by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not STAGED_NAME.match(p.name)
    }


def leftovers(out: Path) -> list[str]:
    """What killed builds left: staging folders beside ``out``, staged files inside it."""
    folders = sorted(p.name for p in out.parent.glob(f".{out.name}.staging-*"))
    return folders + sorted(p.name for p in out.rglob(".*.tmp"))


def staging_glob(out: Path, name: str) -> str:
    """Where the build stages the export ``name``, as a glob relative to ``out``'s parent."""
    if exchange_supported(out):
        return f".{out.name}.staging-*/{name}"
    return f"{out.name}/.{name}.*.tmp"


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


def kill_while_staging(seeds: Path, out: Path, name: str) -> None:
    """Start a build into ``out`` and kill it as soon as it has staged the export ``name``."""
    pattern = staging_glob(out, name)
    process = start_build(seeds, out)
    deadline = time.monotonic() + 120
    while not list(out.parent.glob(pattern)):
        assert process.poll() is None, f"the build ended without staging {pattern}"
        assert time.monotonic() < deadline, f"no {pattern} after 120 s"
        time.sleep(0.001)
    kill(process)


@pytest.mark.parametrize("fraction", [0.02, 0.15, 0.3, 0.45, 0.6])
def test_export_build_killed_after_delay_leaves_previous_exports(
    slow_seeds, slow_build, exports_copy, fraction
):
    # Killed at this fraction of a clean build's wall time: from interpreter start-up to
    # extraction and validation, whatever the speed of the machine. Later fractions raced
    # the build's end on a quiet machine; the staging and renaming phase is killed at the
    # moment a given file is staged by the tests below, which do not depend on timing.
    before = snapshot(exports_copy)
    fresh = snapshot(slow_build[1])
    assert before != fresh, "the previous and the new exports must differ for this test to see a mix"
    process = start_build(slow_seeds, exports_copy)
    time.sleep(fraction * slow_build[0])
    kill(process)
    after = snapshot(exports_copy)
    if exchange_supported(exports_copy):
        assert after in (before, fresh), "a killed build left a mix of previous and new exports"
    elif after != before:
        # Per-file fallback: a kill inside the final loop of renames can leave some files new
        # and some old, but never a partial file.
        assert set(after) == set(before)
        assert all(after[name] in (before[name], fresh.get(name)) for name in after)


@pytest.mark.parametrize("name", ["coverage.txt", "graph.html"])
def test_export_build_killed_while_staging_leaves_previous_exports(slow_seeds, exports_copy, name):
    before = snapshot(exports_copy)
    kill_while_staging(slow_seeds, exports_copy, name)
    assert leftovers(exports_copy), "the killed build left nothing staged: it was killed too late"
    assert snapshot(exports_copy) == before


@pytest.mark.parametrize("name", ["graph.html"])
def test_export_build_after_killed_one_equals_clean_build(slow_seeds, slow_build, exports_copy, run_kg, name):
    kill_while_staging(slow_seeds, exports_copy, name)
    assert leftovers(exports_copy)
    done = run_kg("build", "--seeds", str(slow_seeds), "--out", str(exports_copy))
    assert done.returncode == 0, done.stderr
    assert leftovers(exports_copy) == [], "the next build left the killed build's staged files"
    assert snapshot(exports_copy) == snapshot(slow_build[1])


WRITE_MODES = ["exchange", "per-file"]


def use_write_mode(monkeypatch, write_mode: str) -> None:
    """Write the whole folder at once where supported ("exchange"), or force the fallback."""
    if write_mode == "per-file":
        monkeypatch.setattr(export, "exchange_supported", lambda _out_dir: False)


STALE = [".graph.ttl.k2x9_q1a.tmp", ".graph.html.abcdefgh.tmp", "articles/.gone.ttl.00000000.tmp"]
KEPT = [
    ".graph.ttl.tmp",
    ".notes.txt.abcdefgh.tmp",
    "graph.ttl.abcdefgh.tmp",
    ".graph.ttl.ABCDEFGH.tmp",
    "x.tmp",
]


@pytest.mark.parametrize("write_mode", WRITE_MODES)
@pytest.mark.parametrize(("stale", "kept"), [(STALE, KEPT)])
def test_export_removes_only_its_own_stale_staged_files(tmp_path, monkeypatch, write_mode, stale, kept):
    use_write_mode(monkeypatch, write_mode)
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


STALE_FOLDERS = [".out.staging-abcdefgh", ".out.staging-k2x9_q1a"]
KEPT_FOLDERS = [
    ".other.staging-abcdefgh",
    ".out.staging-ABCDEFGH",
    ".out.staging-abc",
    "out.staging-abcdefgh",
]


@pytest.mark.parametrize(("stale", "kept"), [(STALE_FOLDERS, KEPT_FOLDERS)])
def test_export_removes_staging_folders_of_killed_builds(tmp_path, stale, kept):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"previous")
    for name in stale + kept:
        (tmp_path / name / "articles").mkdir(parents=True)
        (tmp_path / name / "graph.ttl").write_bytes(b"left over")
        (tmp_path / name / "articles" / "a.ttl").write_bytes(b"left over")
    write_atomically({"graph.ttl": b"new"}, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["out", *kept])
    assert all((tmp_path / name / "graph.ttl").read_bytes() == b"left over" for name in kept)
    assert (out / "graph.ttl").read_bytes() == b"new"


@pytest.mark.parametrize("write_mode", WRITE_MODES)
@pytest.mark.parametrize("user_file", ["notes.md", "sub/deep/data.csv", ".hidden"])
def test_export_keeps_files_it_does_not_write(tmp_path, monkeypatch, write_mode, user_file):
    use_write_mode(monkeypatch, write_mode)
    out = tmp_path / "out"
    (out / user_file).parent.mkdir(parents=True)
    (out / user_file).write_bytes(b"mine")
    os.chmod(out / user_file, 0o600)
    (out / "empty").mkdir()
    (out / "link").symlink_to("graph.ttl")
    (out / "graph.ttl").write_bytes(b"previous")
    write_atomically({"graph.ttl": b"new", "graph.html": b"html"}, out)
    assert (out / user_file).read_bytes() == b"mine"
    assert stat.S_IMODE((out / user_file).stat().st_mode) == 0o600
    assert (out / "empty").is_dir() and not any((out / "empty").iterdir())
    assert (out / "link").is_symlink() and os.readlink(out / "link") == "graph.ttl"
    assert (out / "link").read_bytes() == b"new"
    assert stat.S_IMODE((out / "graph.ttl").stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "a staging folder or lock file was left"


@pytest.mark.parametrize("write_mode", WRITE_MODES)
@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        (
            [
                "articles/a.ttl",
                "articles/gone.ttl",
                "articles/.hidden",
                "articles/sub/kept.ttl",
                "other/b.ttl",
            ],
            ["articles/.hidden", "articles/a.ttl", "articles/sub/kept.ttl", "graph.ttl", "other/b.ttl"],
        )
    ],
)
def test_export_removes_files_of_replace_dirs_it_did_not_write(
    tmp_path, monkeypatch, write_mode, previous, expected
):
    use_write_mode(monkeypatch, write_mode)
    out = tmp_path / "out"
    for name in previous:
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(b"previous")
    write_atomically({"graph.ttl": b"new", "articles/a.ttl": b"new a"}, out, ("articles",))
    assert sorted(snapshot(out)) == expected
    assert (out / "articles" / "a.ttl").read_bytes() == b"new a"
    assert (out / "other" / "b.ttl").read_bytes() == b"previous"


@pytest.mark.parametrize("write_mode", WRITE_MODES)
def test_export_removes_an_earlier_builds_exports_it_does_not_write(tmp_path, monkeypatch, write_mode):
    """The page of a build with a page, beside the Turtle of a build without one, showed
    another graph (and `kg query --exports` read a Turtle file older than the N-Triples)."""
    use_write_mode(monkeypatch, write_mode)
    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.ttl", "graph.html", "notes.md"):
        (out / name).write_bytes(b"previous")
    (out / "graph.html.d").mkdir()  # a folder of the user's, whatever its name
    write_atomically({"graph.nt": b"new"}, out, stale=("graph.ttl", "graph.html", "graph.nt", "graph.html.d"))
    assert sorted(snapshot(out)) == ["graph.nt", "notes.md"] and (out / "graph.html.d").is_dir()


def test_build_leaves_no_export_of_an_earlier_build(run_kg, root, tmp_path):
    """A build with every export, then a streamed one, then one without the page: each leaves
    only its own exports (and the user's files)."""
    seeds, out = root / "seeds", tmp_path / "out"
    run_kg("build", "--seeds", str(seeds), "--out", str(out), "--per-article", "--format", "nt,jsonld")
    (out / "notes.md").write_text("mine")
    listed = {"articles", "coverage.txt", "graph.html", "graph.jsonld", "graph.nt", "graph.ttl", "notes.md"}
    assert {p.name for p in out.iterdir()} == listed | {"reference.ttl"}
    assert run_kg("build", "--stream", "--seeds", str(seeds), "--out", str(out)).returncode == 0
    # (the articles/ folder goes with its files: an empty one stayed, which a new user found)
    assert {p.name for p in out.iterdir()} == {"coverage.txt", "graph.nt", "notes.md"}
    assert run_kg("build", "--seeds", str(seeds), "--out", str(out), "--no-html").returncode == 0
    assert {p.name for p in out.iterdir()} == {"coverage.txt", "graph.ttl", "notes.md", "reference.ttl"}


@pytest.mark.parametrize("nested", ["out", "a/b/out"])
def test_export_writes_into_a_new_folder(tmp_path, nested):
    out = tmp_path / nested
    written = write_atomically({"graph.ttl": b"ttl", "articles/a.ttl": b"a"}, out, ("articles",))
    assert written == [out / "articles/a.ttl", out / "graph.ttl"]
    assert snapshot(out) == {"articles/a.ttl": b"a", "graph.ttl": b"ttl"}
    assert sorted(p.name for p in out.parent.iterdir()) == ["out"], "a staging folder or lock file was left"
    reference = tmp_path / "reference"
    reference.mkdir()
    assert stat.S_IMODE(out.stat().st_mode) == stat.S_IMODE(reference.stat().st_mode), "mode of a plain mkdir"
    assert stat.S_IMODE((out / "graph.ttl").stat().st_mode) == 0o644


@pytest.mark.parametrize("write_mode", WRITE_MODES)
@pytest.mark.parametrize("files", [{"graph.ttl": b"new", "graph.html": b"html", "articles/a.ttl": b"a"}])
def test_export_swaps_the_folder_where_exchange_is_supported(tmp_path, monkeypatch, write_mode, files):
    use_write_mode(monkeypatch, write_mode)
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"previous")
    inode = out.stat().st_ino
    written = write_atomically(files, out, ("articles",))
    assert written == [out / name for name in sorted(files)]
    assert snapshot(out) == files
    swapped = write_mode == "exchange" and exchange_supported(out)
    assert (out.stat().st_ino != inode) == swapped, "the folder is swapped exactly when exchange is supported"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("code", [errno.EINVAL, errno.EXDEV])
def test_export_exchange_refused_falls_back_to_per_file(tmp_path, monkeypatch, code):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"previous")
    (out / "notes.md").write_bytes(b"mine")
    inode = out.stat().st_ino

    def refuse(first, second):
        raise OSError(code, os.strerror(code), str(first))

    monkeypatch.setattr(export, "exchange_supported", lambda _out_dir: True)
    monkeypatch.setattr(export, "_exchange", refuse)
    write_atomically({"graph.ttl": b"new", "graph.html": b"html"}, out)
    assert snapshot(out) == {"graph.html": b"html", "graph.ttl": b"new", "notes.md": b"mine"}
    assert out.stat().st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "the refused staging folder was left"


@pytest.mark.parametrize("error", [PermissionError(errno.EACCES, "Permission denied")])
def test_export_parent_not_writable_falls_back_to_per_file(tmp_path, monkeypatch, error):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"previous")

    def refuse(parent, out_name):
        raise error

    monkeypatch.setattr(export, "_make_staging", refuse)
    assert not exchange_supported(out)
    write_atomically({"graph.ttl": b"new", "graph.html": b"html"}, out)
    assert snapshot(out) == {"graph.html": b"html", "graph.ttl": b"new"}


@pytest.mark.parametrize("write_mode", WRITE_MODES)
@pytest.mark.parametrize("fail_at", ["graph.ttl"])
def test_export_failed_write_stages_nothing_and_replaces_nothing(tmp_path, monkeypatch, write_mode, fail_at):
    use_write_mode(monkeypatch, write_mode)
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
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("write_mode", WRITE_MODES)
def test_export_refuses_a_folder_where_an_export_goes(tmp_path, monkeypatch, write_mode):
    """A folder of the user's named like an export (``reference.ttl/``) is neither replaced
    (per file: after the other exports, a failed build with some files new) nor dropped with
    the previous exports (swap): the build refuses before writing anything."""
    use_write_mode(monkeypatch, write_mode)
    out = tmp_path / "out"
    (out / "reference.ttl").mkdir(parents=True)
    (out / "reference.ttl" / "keep.txt").write_bytes(b"mine")
    (out / "graph.ttl").write_bytes(b"previous")
    before = snapshot(out)
    with pytest.raises(IsADirectoryError, match="a folder is where this export goes"):
        write_atomically({"graph.ttl": b"new", "reference.ttl": b"ref"}, out)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_export_replaces_file_by_file_when_a_file_system_is_mounted_inside(tmp_path, monkeypatch):
    """A file system mounted inside the output folder would be left in the old folder by the
    swap, and emptied when that is removed: files are replaced one by one instead."""
    out = tmp_path / "out"
    (out / "mnt").mkdir(parents=True)
    (out / "mnt" / "data").write_bytes(b"precious")
    monkeypatch.setattr(export, "exchange_supported", lambda _out_dir: True)
    monkeypatch.setattr(export.os.path, "ismount", lambda path: str(path).endswith("/mnt"))
    swapped = []
    monkeypatch.setattr(export, "_stage_and_swap", lambda *args, **kwargs: swapped.append(args) or True)
    inode = out.stat().st_ino
    write_atomically({"graph.ttl": b"new"}, out)
    assert not swapped and out.stat().st_ino == inode
    assert snapshot(out) == {"graph.ttl": b"new", "mnt/data": b"precious"}


@pytest.mark.parametrize("write_mode", WRITE_MODES)
def test_export_writes_a_file_whose_name_is_as_long_as_names_go(tmp_path, monkeypatch, write_mode):
    """An article named with 251 characters gets `articles/<name>.ttl` (255 bytes): its
    staged file, which adds 14 characters to the name, is named after a hash of it (the
    build failed with "File name too long" when writing file by file); a killed build's
    staged file of that name is cleaned up as any other."""
    from kg.export import staged_stem

    use_write_mode(monkeypatch, write_mode)
    name = "a" * 251 + ".ttl"
    out = tmp_path / "out"
    stale = out / "articles" / f".{staged_stem(name)}.abcdefgh.tmp"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"left over")
    written = write_atomically({f"articles/{name}": b"a", "graph.ttl": b"ttl"}, out, ("articles",))
    assert (out / "articles" / name).read_bytes() == b"a" and len(written) == 2
    assert not stale.exists()
    assert staged_stem("graph.ttl") == "graph.ttl" and len(f".{staged_stem(name)}.abcdefgh.tmp") < 100
