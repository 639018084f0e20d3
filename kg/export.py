"""Write exports atomically: a failed or killed build leaves the previous exports as they were.

Where the system can swap two folders in one step (Linux ``renameat2`` with
``RENAME_EXCHANGE``, which ext4, xfs, btrfs and tmpfs support), the whole set is atomic: a
complete new copy of the output folder is staged beside it (``.exports.staging-k2x9_q1a``,
same parent, so same filesystem), then swapped with it, so the folder holds either every
previous file or every new one, never a mix. Files of the folder that the build does not
write are carried over (hard links, so this is cheap), except the files of ``replace_dirs``
(an article that is gone loses its file). A folder that does not exist yet is staged and
renamed into place the same way, on any system.

Elsewhere (not Linux, a libc without ``renameat2``, a filesystem that refuses the exchange,
an output folder that is a mount point, holds one, or holds the working directory) each file is atomic
but the set is not: every file is staged beside its target (``.graph.ttl.k2x9_q1a.tmp``) and
flushed to disk before any is moved over its target with ``os.replace``, so a build killed
inside that final loop of renames can leave some files new and some old, each whole.

A killed build leaves its staging folder or staged files behind, never in place of an
export; the next build into the same folder removes them. Builds take turns through a lock
on the output folder's parent (the folder itself is swapped, so it cannot hold the lock);
this also serialises builds into sibling folders, and leaves no lock file behind.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import hashlib
import os
import random
import re
import shutil
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: no lock, so stale staged files are left alone
    fcntl = None

#: A staged file's name (per-file fallback): ``.{target name}.{8 characters of tempfile}.tmp``.
STAGED_NAME = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}\.tmp$")
_NAME_MAX = 255  # bytes in a file name, on Linux's file systems


def staged_stem(name: str) -> str:
    """What a staged file of the target ``name`` is named after: the name, or for a name too
    long to take the 14 characters staging adds, a hash of it."""
    if len(f".{name}.12345678.tmp".encode()) <= _NAME_MAX:
        return name
    return "long-" + hashlib.sha1(name.encode("utf-8", "surrogateescape")).hexdigest()


#: A staging folder's name for the output folder ``{name}``: ``.{name}.staging-{8 characters}``.
STAGING_FORMAT = ".{name}.staging-{suffix}"
_SUFFIX_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"

AT_FDCWD = -100
RENAME_EXCHANGE = 2
#: Errors of ``renameat2`` that mean "not here", not "failed": the build falls back to per-file.
_NO_EXCHANGE = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV, errno.EBUSY, errno.EPERM}


def staging_pattern(out_name: str) -> re.Pattern[str]:
    """The names of the staging folders of an output folder named ``out_name``."""
    return re.compile(rf"^\.{re.escape(out_name)}\.staging-[a-z0-9_]{{8}}$")


@functools.cache
def _renameat2():
    """libc's ``renameat2``, or None where there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):  # glibc < 2.28, or a libc without it
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def _exchange(first: Path, second: Path) -> None:
    """Swap two existing paths in one step; raises OSError (ENOSYS where there is no renameat2)."""
    function = _renameat2()
    if function is None:
        raise OSError(errno.ENOSYS, "renameat2 is not available", str(first))
    if function(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(first), None, str(second))


def _make_staging(parent: Path, out_name: str) -> Path:
    """Create an empty staging folder for ``out_name`` in ``parent``, with the mode a plain
    mkdir would give (mkdtemp's is 0o700)."""
    chance = random.SystemRandom()
    for _ in range(tempfile.TMP_MAX):
        suffix = "".join(chance.choices(_SUFFIX_CHARS, k=8))
        path = parent / STAGING_FORMAT.format(name=out_name, suffix=suffix)
        try:
            path.mkdir()
        except FileExistsError:
            continue
        return path
    raise FileExistsError(errno.EEXIST, "no free staging folder name", str(parent))


def _holds_cwd(folder: Path) -> bool:
    try:
        return Path.cwd().resolve().is_relative_to(folder)
    except OSError:  # the working directory is gone
        return False


def exchange_supported(out_dir: Path) -> bool:
    """Whether ``write_atomically`` can replace the whole set of the existing folder ``out_dir``
    at once (swap it with a staged sibling), rather than file by file.

    out_dir: the output folder; False if it does not exist, is a mount point or the root,
    or holds the working directory (swapping it would strand the shell inside). Tries an
    exchange of two empty folders in its parent, named like staging folders so that a kill
    leaves nothing the next build does not remove.
    """
    real = Path(os.path.realpath(out_dir))
    if _renameat2() is None or not real.is_dir() or real.parent == real or os.path.ismount(real):
        return False
    if _holds_cwd(real):
        return False
    try:
        probe = _make_staging(real.parent, real.name)
    except PermissionError:  # a folder we may write in a parent we may not: file by file
        return False
    try:
        (probe / "a").mkdir()
        (probe / "b").mkdir()
        _exchange(probe / "a", probe / "b")
    except OSError as error:
        if error.errno in _NO_EXCHANGE:
            return False
        raise
    finally:
        shutil.rmtree(probe, ignore_errors=True)
    return True


@contextmanager
def _folder_lock(folder: Path):
    """Hold an exclusive lock on ``folder`` (released when the process ends, however it ends);
    yields whether it is held."""
    if fcntl is None:
        yield False
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except PermissionError:  # a parent we may write but not read: no lock, no cleanup
        yield False
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield True
    finally:
        os.close(fd)  # closing releases the lock


def remove_stale_staged(files: list[str], out_dir: Path, replace_dirs: tuple[str, ...] = ()) -> list[Path]:
    """Remove the staged files that a killed per-file build left for the ``files`` (names
    relative to ``out_dir``) and, in the ``replace_dirs`` sub-folders, for any file; returns them.

    Only call it while holding the lock: a running build's staged files look alike.
    """
    wanted: dict[Path, set[str]] = {}
    for name in files:
        target = out_dir / name
        wanted.setdefault(target.parent, set()).add(staged_stem(target.name))
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


def remove_stale_staging(out_dir: Path) -> list[Path]:
    """Remove the staging folders that killed builds into ``out_dir`` left in its parent (a
    folder staged but not swapped, or the previous exports swapped out but not yet removed);
    returns them. Folders of other output folders are left alone.

    Only call it while holding the lock: a running build's staging folder looks alike.
    """
    real = Path(os.path.realpath(out_dir))
    if not real.parent.is_dir():
        return []
    pattern = staging_pattern(real.name)
    removed = []
    for path in sorted(real.parent.iterdir()):
        if pattern.match(path.name) and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed


def check_out_dir(out_dir: Path) -> None:
    """A KgError if the exports cannot go into ``out_dir``: it, or the nearest of its parents
    that exists, is not a folder. Checked before a build starts, so it fails at once."""
    from kg.errors import KgError

    if out_dir.exists() and not out_dir.is_dir():
        raise KgError(f"{out_dir}: exists and is not a folder; give --out a folder for the exports")
    parent = out_dir.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise KgError(f"{out_dir}: cannot be made, since {parent} is not a folder")


def write_atomically(
    files: dict[str, bytes | Path],
    out_dir: Path,
    replace_dirs: tuple[str, ...] = (),
    stale: tuple[str, ...] = (),
) -> list[Path]:
    """Write every ``name → content`` of ``files`` into ``out_dir``, all at once where the
    system allows it (see the module's docstring), else file by file.

    files: the exports, by name relative to ``out_dir`` (a name may have a folder,
    ``articles/x.ttl``), as bytes or as the path of a file holding them; out_dir: the
    output folder, created if missing; replace_dirs: sub-folders this build owns, whose
    files it did not write are removed (an article that is gone loses its file); stale:
    files of ``out_dir`` that an earlier build wrote and this one does not (the page after
    a build without one): removed with the same step, so that the folder never holds two
    builds' exports. Other files of ``out_dir`` are kept. What killed builds left is removed
    first. Nothing is replaced until every file is flushed to disk. Returns the paths
    written, under ``out_dir``.
    """
    stale = tuple(name for name in stale if name not in files)
    check_out_dir(out_dir)
    real = Path(os.path.realpath(out_dir))
    real.parent.mkdir(parents=True, exist_ok=True)
    for name in sorted(files):  # a folder of the user's where an export goes is not replaced
        if (real / name).is_dir() and not (real / name).is_symlink():
            raise IsADirectoryError(
                errno.EISDIR, "a folder is where this export goes; move it", str(out_dir / name)
            )
    with _folder_lock(real.parent) as locked:
        if locked:
            remove_stale_staging(real)
        if real.is_dir() and locked:
            remove_stale_staged(sorted(files), real, replace_dirs)
        if not real.exists():
            _stage_and_swap(files, real, replace_dirs, stale, exists=False)
        elif not (
            exchange_supported(real)
            and not _holds_mount(real)
            and _stage_and_swap(files, real, replace_dirs, stale, exists=True)
        ):
            _stage_and_replace(files, real, replace_dirs, stale)
    return [out_dir / name for name in sorted(files)]


def _holds_mount(folder: Path) -> bool:
    """Whether a file system is mounted somewhere inside ``folder``: the swap would leave it
    behind in the old folder, and removing that would empty it, so files are replaced one by
    one instead."""
    for top, names, _files in os.walk(folder):
        if any(os.path.ismount(os.path.join(top, name)) for name in names):
            return True
    return False


def _stage_and_swap(
    files: dict[str, bytes | Path],
    out_dir: Path,
    replace_dirs: tuple[str, ...],
    stale: tuple[str, ...],
    exists: bool,
) -> bool:
    """Stage the new ``out_dir`` beside it and swap it in (rename it, if ``exists`` is False);
    returns False, having changed nothing, if the filesystem refuses the exchange."""
    staging = _make_staging(out_dir.parent, out_dir.name)
    try:
        for name, content in sorted(files.items()):
            _write_synced(staging / name, content)
        if exists:
            _carry_over(out_dir, staging, Path(), {Path(d) for d in replace_dirs}, set(stale))
            os.chmod(staging, stat.S_IMODE(out_dir.stat().st_mode))
        _sync_folders(staging)
        if not exists:
            os.rename(staging, out_dir)
            _sync_folder(out_dir.parent)
            return True
        try:
            _exchange(staging, out_dir)
        except OSError as error:
            if error.errno in _NO_EXCHANGE:
                shutil.rmtree(staging, ignore_errors=True)
                return False
            raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _sync_folder(out_dir.parent)
    shutil.rmtree(staging, ignore_errors=True)  # the previous exports; a leftover goes next build
    return True


def _write_content(handle, content: bytes | Path) -> None:
    """Write ``content``: bytes, or the bytes of a file already written elsewhere (a
    streamed export), copied a megabyte at a time."""
    if isinstance(content, Path):
        with content.open("rb") as source:
            shutil.copyfileobj(source, handle, 1 << 20)
    else:
        handle.write(content)


def _write_synced(path: Path, content: bytes | Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), 0o644)  # whatever the umask, as the per-file path does
        _write_content(handle, content)
        handle.flush()
        os.fsync(handle.fileno())


def _carry_over(
    source: Path, target: Path, relative: Path, owned: set[Path], stale: set[str] = frozenset()
) -> None:
    """Link (or copy) into the staging folder ``target`` the entries of ``source`` that this
    build does not write, folders and symlinks included, except the files of ``owned``
    folders and the ``stale`` files of the output folder (``relative`` is where ``source``
    is, below the output folder)."""
    with os.scandir(source) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            destination = target / entry.name
            if entry.is_dir(follow_symlinks=False):
                if os.path.lexists(destination) and not destination.is_dir():
                    continue  # a file of this build replaces the folder
                destination.mkdir(exist_ok=True)
                _carry_over(Path(entry.path), destination, relative / entry.name, owned)
                if relative / entry.name in owned and not any(destination.iterdir()):
                    destination.rmdir()  # a folder of this build's that it left empty: gone
                    continue
                os.chmod(destination, stat.S_IMODE(entry.stat(follow_symlinks=False).st_mode))
            elif os.path.lexists(destination):
                continue  # written by this build
            elif relative in owned and entry.is_file(follow_symlinks=False) and entry.name[:1] != ".":
                continue  # not written this time in a folder this build owns: dropped
            elif relative == Path() and entry.name in stale and not entry.is_dir(follow_symlinks=False):
                continue  # an earlier build's export that this one does not write: dropped
            elif entry.is_symlink():
                os.symlink(os.readlink(entry.path), destination)
            else:
                try:
                    os.link(entry.path, destination, follow_symlinks=False)
                except FileNotFoundError:
                    continue  # removed meanwhile: not part of the folder any more
                except OSError:  # e.g. protected_hardlinks on a file of another user
                    shutil.copy2(entry.path, destination, follow_symlinks=False)


def _sync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folders(top: Path) -> None:
    for folder, _names, _files in os.walk(top):
        _sync_folder(Path(folder))


def _stage_and_replace(
    files: dict[str, bytes | Path], out_dir: Path, replace_dirs: tuple[str, ...], stale: tuple[str, ...]
) -> None:
    """The per-file fallback: stage every file beside its target, then replace them one by one."""
    staged: list[tuple[Path, Path]] = []
    try:
        for name, content in sorted(files.items()):
            target = out_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                prefix=f".{staged_stem(target.name)}.", suffix=".tmp", dir=target.parent
            )
            staged.append((Path(tmp), target))  # before writing: a failed write is removed too
            with os.fdopen(fd, "wb") as handle:
                _write_content(handle, content)
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
    for name in stale:
        old = out_dir / name
        if old.is_file() or old.is_symlink():
            old.unlink()
    for folder in replace_dirs:
        for old in sorted((out_dir / folder).glob("*")):
            if old.is_file() and old not in written and not old.name.startswith("."):
                old.unlink()
