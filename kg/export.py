"""Write exports atomically: all files are staged beside their targets, then moved in place,
so a failed build leaves the previous exports as they were.

A build killed while staging leaves its staged files (``.graph.ttl.k2x9_q1a.tmp``) beside the
exports, never in their place; the next build into the same folder removes them. Builds into
one folder take turns (a lock on the folder), so no build removes another's staged files.
"""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: no lock, so stale staged files are left alone
    fcntl = None

#: A staged file's name: ``.{target name}.{8 characters of tempfile}.tmp``.
STAGED_NAME = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp$")


@contextmanager
def _folder_lock(folder: Path):
    """Hold an exclusive lock on ``folder`` (released when the process ends, however it ends);
    yields whether it is held."""
    if fcntl is None:
        yield False
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield True
    finally:
        os.close(fd)  # closing releases the lock


def remove_stale_staged(files: list[str], out_dir: Path, replace_dirs: tuple[str, ...] = ()) -> list[Path]:
    """Remove the staged files that a killed build left for the ``files`` (names relative to
    ``out_dir``) and, in the ``replace_dirs`` sub-folders, for any file; returns them.

    Only call it while holding the folder's lock: a running build's staged files look alike.
    """
    wanted: dict[Path, set[str]] = {}
    for name in files:
        target = out_dir / name
        wanted.setdefault(target.parent, set()).add(target.name)
    for folder in replace_dirs:
        wanted.setdefault(out_dir / folder, set())
    removed = []
    for folder, names in sorted(wanted.items()):
        if not folder.is_dir():
            continue
        owned = folder in {out_dir / d for d in replace_dirs}
        for path in sorted(folder.iterdir()):
            match = STAGED_NAME.match(path.name)
            if match and (owned or match["target"] in names) and path.is_file() and not path.is_symlink():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def write_atomically(
    files: dict[str, bytes], out_dir: Path, replace_dirs: tuple[str, ...] = ()
) -> list[Path]:
    """Write every ``name → content`` of ``files`` into ``out_dir``; a name may have a
    folder (``articles/x.ttl``).

    Nothing is replaced until every file has been staged and flushed to disk; each is then
    moved over its target with ``os.replace`` (atomic on POSIX). Afterwards, files in the
    ``replace_dirs`` sub-folders that this build did not write are removed (an article that
    is gone loses its file). Staged files left by a killed build are removed first. Returns
    the paths written.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with _folder_lock(out_dir) as locked:
        if locked:
            remove_stale_staged(sorted(files), out_dir, replace_dirs)
        return _stage_and_replace(files, out_dir, replace_dirs)


def _stage_and_replace(files: dict[str, bytes], out_dir: Path, replace_dirs: tuple[str, ...]) -> list[Path]:
    staged: list[tuple[Path, Path]] = []
    try:
        for name, content in sorted(files.items()):
            target = out_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            staged.append((Path(tmp), target))  # before writing: a failed write is removed too
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
    except BaseException:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, target in staged:
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    written = {target for _tmp, target in staged}
    for folder in replace_dirs:
        for old in sorted((out_dir / folder).glob("*")):
            if old.is_file() and old not in written and not old.name.startswith("."):
                old.unlink()
    return [target for _tmp, target in staged]
