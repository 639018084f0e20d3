"""Read YAML rule files keeping the line of every mapping and key, for error messages."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Collection
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kg.errors import RuleError


class LineDict(dict):
    """A mapping that remembers the line it starts on and the line of each key."""

    line: int
    key_lines: dict[str, int]


class LineList(list):
    """A sequence that remembers the line it starts on and the line of each item."""

    line: int
    item_lines: list[int]


# libyaml's parser when PyYAML was built with it (several times faster), else pure Python.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):
    """SafeLoader whose mappings and sequences carry 1-based line numbers."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        # YAML's merge keys ("<<: *defaults"): their pairs come first, and the mapping's own
        # keys override them
        own = sum(1 for key_node, _value in node.value if key_node.tag != "tag:yaml.org,2002:merge")
        self.flatten_mapping(node)
        merged: set = set()
        for index, (key_node, value_node) in enumerate(node.value):
            key = self._construct(key_node)
            if not isinstance(key, (str, int, float, bool, date)) and key is not None:
                raise RuleError(
                    Path(self.name),
                    key_node.start_mark.line + 1,
                    "a key must be a plain word, not a list or a mapping",
                    "write the key as a word",
                )
            if index < len(node.value) - own:
                merged.add(key)
            elif key in merged:
                merged.discard(key)
            elif key in result:
                raise RuleError(
                    Path(self.name),
                    key_node.start_mark.line + 1,
                    f"duplicate key {key!r}",
                    "each key may appear once in a mapping",
                )
            result[key] = self._construct(value_node)
            result.key_lines[str(key)] = key_node.start_mark.line + 1
        return result

    def _construct(self, node: yaml.Node) -> Any:
        """The value of ``node``; a RuleError at its line for one YAML cannot make, such as a
        date that is no date ("2024-02-30", which YAML reads as a date)."""
        try:
            return self.construct_object(node, deep=True)
        except (ValueError, TypeError, OverflowError) as exc:
            raise RuleError(
                Path(self.name),
                node.start_mark.line + 1,
                f"cannot read the value {getattr(node, 'value', '')!r}: {exc}",
                "quote it to keep it as text ('2024-02-30'), or correct it",
            ) from None

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:
        result = LineList(self._construct(child) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _LineLoader.construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _LineLoader.construct_sequence)


def load_yaml(path: Path) -> Any:
    """Parse the YAML file at ``path``; mappings become LineDict, sequences LineList.

    path: the rule file; its name appears in every error.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleError(path, None, f"cannot read rule file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RuleError(
            path, line, f"not UTF-8 at byte offset {exc.start} ({exc.reason})", "save the rule file as UTF-8"
        ) from None
    loader = _LineLoader(text)
    loader.name = str(path)
    try:
        data = loader.get_single_data()
        if data is None:
            raise RuleError(path, None, "the rule file is empty", "see kg/rules for what each file holds")
        return data
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        fix = "fix the syntax"
        if "escape character" in (exc.problem or ""):
            # "\d" in a double-quoted pattern: YAML reads the backslash itself.
            fix = "write regular expressions in single quotes, where YAML leaves backslashes alone"
        raise RuleError(path, line, f"invalid YAML: {exc.problem}", fix) from None
    finally:
        loader.dispose()


def check_keys(path: Path, record: Any, what: str, required: set[str], optional: set[str]) -> LineDict:
    """Check that ``record`` is a mapping with the required keys and no unknown ones.

    path: the rule file, for the error; record: the parsed mapping; what: how to name the
    record in a message ("rule 'x'"); required/optional: the allowed keys.
    """
    if not isinstance(record, LineDict):
        line = getattr(record, "line", None)
        raise RuleError(path, line, f"{what} must be a mapping, got {type(record).__name__}")
    for key in record:
        if key not in required | optional:
            allowed = ", ".join(sorted(required | optional))
            raise RuleError(
                path,
                record.key_lines.get(str(key), record.line),
                f"unknown key {key!r} in {what}",
                f"allowed keys: {allowed}",
            )
    for key in sorted(required):
        if key not in record:
            raise RuleError(path, record.line, f"{what} lacks the key {key!r}", "add it")
    return record


def line_of(record: Any, key: str | None = None) -> int | None:
    """The line of ``key`` in ``record`` (or of the record itself), if known."""
    if isinstance(record, LineDict):
        if key is not None and key in record.key_lines:
            return record.key_lines[key]
        return record.line
    return getattr(record, "line", None)


#: An id: lower-case words joined by hyphens.
HYPHENATED_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def check_id(path: Path, record: LineDict, kind: str, taken: dict[str, int | None]) -> str:
    """The ``id`` of ``record`` (a ``kind``: "layout", "anaphora rule"); a RuleError at its
    line unless it is lower-case words joined by hyphens, not among the ``taken`` ones (id →
    the line of the record that has it, named in the error)."""
    value = record["id"]
    if not isinstance(value, str) or not HYPHENATED_ID.fullmatch(value):
        raise RuleError(
            path, line_of(record, "id"), f"bad {kind} id {value!r}", "use lower-case words joined by hyphens"
        )
    if value in taken:
        raise defined_twice(path, record, f"{kind} {value!r}", str(path), taken[value])
    return value


def defined_twice(
    path: Path, record: LineDict, what: str, other_path: str, other_line: int | None
) -> RuleError:
    """The error for ``record`` (its ``id``'s line) defining ``what`` again, naming where the
    other definition is."""
    return RuleError(
        path, line_of(record, "id"), f"{what} is defined twice", f"the other is at {other_path}:{other_line}"
    )


def check_choice(
    path: Path, record: LineDict, key: str, choices: Collection[str], message: str, default: str | None = None
) -> str:
    """``record[key]`` (``default`` when absent), one of ``choices``; else a RuleError at its
    line: ``message`` formatted with the value, and the choices as the fix."""
    value = record.get(key, default)
    if value not in choices:
        raise RuleError(
            path, line_of(record, key), message.format(value=value), f"use one of {', '.join(choices)}"
        )
    return value


#: The keys of a rule record that say what it is for or where it was checked, not what it
#: does: left out of its digest.
_NOT_DEFINING = ("description", "example", "source")


def record_digest(record: Any, *also: Any) -> str:
    """A short digest (16 hexadecimal digits of SHA-256) of what a rule record does: its
    keys and values as parsed, but ``description``, ``example`` and ``source``, with ``also`` (the
    tables it reads). Rewording a description keeps it; any other change gives another."""
    defining = (
        {k: v for k, v in record.items() if k not in _NOT_DEFINING} if isinstance(record, dict) else record
    )
    text = json.dumps([defining, *also], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@functools.lru_cache(maxsize=256)
def source_path(path: str) -> str:
    """A rule file's path as the exports record it (``dcterms:source``), the same from any
    folder the build runs in: relative to the repository for the package's own rules (and
    any below it), else the rule folder's name and the file's (``rules/anaphora.yaml``)."""
    absolute = Path(path).resolve()
    repository = Path(__file__).resolve().parent.parent
    if absolute.is_relative_to(repository):
        return str(absolute.relative_to(repository))
    return f"{absolute.parent.name}/{absolute.name}"
