"""Errors a user can hit, each naming the file, the line and what to do."""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base class for errors reported to the user without a traceback."""


class RuleError(KgError):
    """A rule file is malformed: unknown key, bad pattern, undefined entity or class."""

    def __init__(self, path: Path | str, line: int | None, message: str, fix: str = "") -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        self.fix = fix
        where = f"{self.path}:{line}" if line else self.path
        text = f"{where}: {message}"
        if fix:
            text += f" ({fix})"
        super().__init__(text)


class ArticleError(KgError):
    """An article cannot be read."""


class ValidationError(KgError):
    """The built graph does not conform to the SHACL shapes."""

    def __init__(self, report: str) -> None:
        self.report = report
        super().__init__("the graph does not conform to the SHACL shapes:\n" + report)
