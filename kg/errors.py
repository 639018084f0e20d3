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

    def __reduce__(self):  # raised in a worker process, it comes back whole
        return (type(self), (self.path, self.line, self.message, self.fix))


class ArticleError(KgError):
    """An article cannot be read.

    slug: the article the message is about, when the message does not name its file (the
    text is read apart from its file); ``in_file`` gives the error naming the file."""

    def __init__(self, message: str, slug: str | None = None) -> None:
        self.detail = message
        self.slug = slug
        super().__init__(f"{slug}: {message}" if slug else message)

    def __reduce__(self):  # raised in a worker process, it comes back whole
        return (type(self), (self.detail, self.slug))

    def in_file(self, path: Path | str) -> ArticleError:
        """The same error, naming the article's file ``path``."""
        return ArticleError(f"{path}: {self.detail}")


class ValidationError(KgError):
    """The built graph does not conform to the SHACL shapes."""

    def __init__(self, report: str) -> None:
        self.report = report
        super().__init__("the graph does not conform to the SHACL shapes:\n" + report)
