"""Write exports atomically: all files are staged beside their targets, then moved in place,
so a failed build leaves the previous exports as they were."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(
    files: dict[str, bytes], out_dir: Path, replace_dirs: tuple[str, ...] = ()
) -> list[Path]:
    """Write every ``name → content`` of ``files`` into ``out_dir``; a name may have a
    folder (``articles/x.ttl``).

    Nothing is replaced until every file has been staged and flushed to disk; each is then
    moved over its target with ``os.replace`` (atomic on POSIX). Afterwards, files in the
    ``replace_dirs`` sub-folders that this build did not write are removed (an article that
    is gone loses its file). Returns the paths written.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, content in sorted(files.items()):
            target = out_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            staged.append((Path(tmp), target))
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
