"""Write exports atomically: all files are staged beside their targets, then moved in place,
so a failed build leaves the previous exports as they were."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(files: dict[str, bytes], out_dir: Path) -> list[Path]:
    """Write every ``name → content`` of ``files`` into ``out_dir``.

    Nothing is replaced until every file has been staged and flushed to disk; each is then
    moved over its target with ``os.replace`` (atomic on POSIX). Returns the paths written.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, content in sorted(files.items()):
            target = out_dir / name
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out_dir)
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
    return [target for _tmp, target in staged]
