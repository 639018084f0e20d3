"""Load relation rules: patterns over a sentence whose slots are mentions, and the facts each
match states.

A pattern is a Python regular expression in which ``{name:Class}`` stands for one mention of
that class (or a subclass) and ``{name:Class+}`` for a coordinated list of them
(``A, B, and C``). Ordinary named groups ``(?P<name>…)`` capture words. See
``kg/rules/relations.yaml`` for the full format.
"""

from __future__ import annotations

import difflib
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from rdflib import URIRef
from rdflib.namespace import XSD

from kg.classes import ClassTree
from kg.errors import RuleError
from kg.gazetteer import SCOPES, Gazetteer, Node
from kg.properties import Signature
from kg.timex import parse_number
from kg.vocab import PREFIXES, curie
from kg.yamlfile import (
    LineDict,
    LineList,
    check_choice,
    check_keys,
    defined_twice,
    line_of,
    load_yaml,
    record_digest,
)

# Mentions appear in the masked sentence as TOKEN_OPEN class TOKEN_MID index TOKEN_CLOSE,
# characters from Unicode's private use area that no article text is matched against.
TOKEN_OPEN, TOKEN_MID, TOKEN_CLOSE = "\ue000", "\ue001", "\ue002"
#: (an anaphor's index is written after ANAPHOR_MARK: "he" may stand for a person, but it is
#: no name, which a slot written {name:Class!} asks for)
ANAPHOR_MARK = "a"
TOKEN_INDEX = re.compile(TOKEN_MID + ANAPHOR_MARK + r"?(\d+)" + TOKEN_CLOSE)
# {name:Class}, {name:Class+}; {:Class} binds nothing; {name:Class!}: named, not an anaphor;
# {name:Class=id}: a mention of the gazetteer entity ``id`` only
_SLOT = re.compile(r"\{(\w*):(\w+)(?:=([\w-]+))?([+!]?)\}")
#: A regex character class ("[^{}]", "[{(]"), whose braces are characters.
_CHARACTER_CLASS = re.compile(r"(?<!\\)\[\^?\]?(?:\\.|[^\]\\])*\]")
#: Braces that are not a regex repeat ({2}, {1,3}, {2,}), nor escaped.
_ODD_BRACES = re.compile(r"(?<!\\)\{(?!\d*(?:,\d*)?\})[^{}]*\}")
#: A template's field: {name}, {a|b} (the first that is bound), {a&b} (all, their names in
#: alphabetical order joined by " and ": "Meeting of {a&b}" names the same meeting whoever
#: the sentence names first), each with an optional !filter; {a!!table} looks a's value up
#: strictly (a key the table lacks names nothing), {a+b!!table} the values of a and b joined
#: by a space, and {a+b|a!!table} the first alternative whose names are all bound.
TEMPLATE_FIELD = re.compile(r"\{(\w+(?:\+\w+)*(?:\|\w+(?:\+\w+)*)*|\w+(?:&\w+)+)(?:!(!?[\w-]+))?\}")


def field_names(field: str) -> list[str]:
    """The names a template field (``a``, ``a|b``, ``a&b`` or ``a+b|a+c``) uses."""
    return re.split(r"[|&+]", field)


_CURIE = re.compile(r"([a-z][a-z0-9]*):([A-Za-z_][\w-]*)")
_RULE_ID = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*")
#: Object forms that turn a captured group into a literal (or, for ``mentions``, entities).
VALUE_KINDS = (
    "text",
    "integer",
    "date",
    "year",
    "duration",
    "period_start",
    "period_end",
    "first_day",
    "last_day",
    "boolean",
    "entity",
    "mentions",
)
#: What a rule's ``items`` may read after its lead-in (``Rule.items_read``).
ITEMS_READ = ("list", "next-sentence")
TEMPLATE_FILTERS = ("date",)  # and the name of any table of the rule file: the word's value


@dataclass(frozen=True)
class Slot:
    """A mention slot of a pattern: its class, whether it takes a coordinated list, and the
    one resource it may bind, if the pattern names one (``{org:Organization=sco}``)."""

    name: str
    klass: str
    many: bool
    only: Node | None = None


@dataclass(frozen=True)
class NodeSpec:
    """A resource a rule mints: its class and the template of its canonical name.

    When ``class_table`` is set, the class is looked up in that table by the words of group
    ``class_key`` (a title "Prime Minister" gives HeadOfGovernmentOffice), ``klass`` being
    the fallback.
    """

    var: str
    klass: str
    name: str
    class_table: tuple[tuple[str, str], ...] = ()
    class_key: str | None = None
    #: the template that names the node where ``name``'s names nothing (a meeting told with
    #: no day: "Meeting of {a&b} ({article})"); None: such a match mints no node
    otherwise: str | None = None

    def class_for(self, words: str | None) -> str:
        """The class of the node minted where group ``class_key`` matched ``words``."""
        return dict(self.class_table).get(words or "", self.klass)


@dataclass(frozen=True)
class Value:
    """The object of a fact: a variable, a gazetteer entity, or a value from a group.

    kind: ``var`` or one of VALUE_KINDS; arg: the variable, entity id, group name or text
    template; klass: for ``mentions``, the class of the mentions to take from the group.
    """

    kind: str
    arg: str | bool
    klass: str | None = None


@dataclass(frozen=True)
class FactSpec:
    """One triple a rule states per match; with a modality (``negated``, ``planned``) the
    triple is recorded with its evidence but not asserted."""

    subject: str
    predicate: URIRef
    object: Value
    line: int
    modality: str | None = None
    #: the least number the shapes allow as its object (``sh:minInclusive``), if any
    least: int | None = None
    #: the property is irreflexive (the ontology says so): a match that relates a resource
    #: to itself states no such fact
    irreflexive: bool = False
    #: its object, a date or a year, lies in the past (``{past: true}``): one after the
    #: article's publication makes the match state nothing ("2026 - Azerbaijan becomes the
    #: 11th member state", a timeline's road map); with ``{past: earlier}``, a year must
    #: also lie before the publication's year (a present tense dated to this year may be a
    #: schedule: "Laos becomes an observer in 2024" in June 2024)
    past: bool | str = False


#: How far anaphora may find a rule-made mention: a scope (``kg.gazetteer.SCOPES``) or
#: "lead": the whole article where the mention is in its lead (its headline, or its body's
#: first two paragraphs) and the words after it in its clause give no other time than the
#: article's, its paragraph elsewhere (``kg.relations.lead_reach``).
REACHES = (*SCOPES, "lead")


class MentionSpec(NamedTuple):
    """A rule's ``mention``: the span of the match's ``group`` names the minted ``node``,
    and anaphora find it within ``reach`` (one of ``REACHES``)."""

    node: str
    group: str
    reach: str = "document"


@dataclass(frozen=True)
class Rule:
    """A relation rule, compiled."""

    id: str
    path: str
    line: int
    order: int
    pattern: re.Pattern[str]
    slots: dict[str, Slot]
    each_group: str | None
    each_pattern: re.Pattern[str] | None
    nodes: tuple[NodeSpec, ...]
    facts: tuple[FactSpec, ...]
    mention: MentionSpec | None
    tables: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    #: a match is dropped where this finds the sentence's words before it (``not_after``)
    not_after: re.Pattern[str] | None = None
    #: a match is dropped where this matches the sentence's words after it (``not_before``)
    not_before: re.Pattern[str] | None = None
    #: what the rule does, as a digest (``kg.yamlfile.record_digest``): another when it changes
    digest: str = ""
    #: for a lead-in ("The following leaders attended X:"): the pattern each list item after
    #: it is matched with (the sentences right after it that open with a list marker)
    items_pattern: re.Pattern[str] | None = None
    #: which sentences after the lead-in are its items (``items: {read: ...}``): "list" (the
    #: list items right after it) or "next-sentence" (the one sentence right after it, in
    #: its paragraph: "Putin attended the summit. So did Xi.")
    items_read: str = "list"
    #: the tables whose words its patterns and guards match ({{name}}), not only look up
    word_tables: frozenset[str] = frozenset()
    #: the rule reads only the sentences from the one where the article first names this
    #: gazetteer entity on (``after_entity``; a summit named by its city alone is the SCO's
    #: only in an article that has named the SCO)
    after_entity: Node | None = None
    #: the rule reads only the sentences that name this gazetteer entity (``with_entity``)
    with_entity: Node | None = None
    #: the rule reads a match only where its context names this gazetteer entity alone, as
    #: an ``implicit`` slot's entity (``context_entity``; "the Dushanbe summit in 2021" is the
    #: SCO's where the SCO, not the CSTO, is the organization named last)
    context_entity: Node | None = None
    #: slots that a match may leave unnamed, each with the gazetteer entity it then stands
    #: for where the context names it (``implicit``: "India joined in 2017" in a report on
    #: the SCO), or a class, whose thing named just before it stands for (a summit:
    #: "Putin attended, along with ..."); see kg.relations.Context
    implicit: tuple[tuple[str, Node | str], ...] = ()
    #: how far back the thing of an implicit slot's class may be named (``implicit_reach``):
    #: "paragraph-or-previous", or "lead", which also takes the last summit named before
    #: whose mention reaches the whole article (``Context.lead_named``), or "lead-alone",
    #: which takes it only where nothing of the class is named in the match's paragraph or
    #: the one before, and no word of another event stands there (``Context.quiet``)
    implicit_reach: str = "paragraph-or-previous"
    #: with ``implicit_reach: {lead: Class}``: the lead is taken only for a match that binds
    #: a mention of that class (a summit's declaration, which its table ties to its summit)
    lead_with: str | None = None

    def stopped_by(self, text: str, start: int, end: int | None = None) -> re.Match[str] | None:
        """What ``not_after`` finds in ``text`` before ``start``, or else what ``not_before``
        matches from ``end`` on: a match of the pattern from ``start`` to ``end`` then
        states nothing. None if they find nothing, or the rule has neither."""
        found = self.not_after.search(text, 0, start) if self.not_after is not None else None
        if found is None and end is not None and self.not_before is not None:
            found = self.not_before.match(text, end)
        return found

    @functools.cached_property
    def fact_variables(self) -> frozenset[str]:
        """The slots and nodes its facts name, as subject or object (``a|b`` as written)."""
        return frozenset(f.subject for f in self.facts) | {
            str(f.object.arg) for f in self.facts if f.object.kind == "var"
        }

    @functools.cached_property
    def slot_names(self) -> frozenset[str]:
        """The names of the rule's slots; made once per rule."""
        return frozenset(self.slots)

    @functools.cached_property
    def restricted(self) -> tuple[tuple[str, Node], ...]:
        """The slots restricted to one resource (``{org:Organization=sco}``), with it."""
        return tuple((s.name, s.only) for s in self.slots.values() if s.only is not None)

    def binds_others(self, bound: Callable[[str], list]) -> bool:
        """Whether a match binds a restricted slot to another resource than the one it names
        (``bound``: a slot's name to its mentions, each with its ``node``)."""
        return any(m.node != only for name, only in self.restricted for m in bound(name))

    @functools.cached_property
    def tables_by_name(self) -> dict[str, dict[str, str]]:
        """The tables of the rule's file, each a dict, by name; made once per rule."""
        return {name: dict(rows) for name, rows in self.tables}

    @property
    def names_entities(self) -> bool:
        """True for rules that mint a resource and mention it (they run before the relation
        rules)."""
        return self.mention is not None

    @property
    def minted_classes(self) -> frozenset[str]:
        """The classes of the resource a naming rule mentions (its node's class, and the
        classes its ``class_by`` table may pick); none for another rule."""
        if self.mention is None:
            return frozenset()
        node = next(spec for spec in self.nodes if spec.var == self.mention.node)
        return frozenset({node.klass, *(klass for _, klass in node.class_table)})

    @property
    def names_in_context(self) -> bool:
        """True for rules that mention a resource whose name needs the thing named before it
        (an implicit slot of a class: "the Astana Declaration" is the declaration of the
        summit named before it): they run after anaphora and the other naming rules, so
        that the summits those name, and "the summit", are in their context."""
        return self.mention is not None and any(isinstance(given, str) for _, given in self.implicit)


def token_pattern(classes: tuple[str, ...], named: bool = False) -> str:
    """The regex of one masked mention of any of ``classes`` (only a name, not an anaphor,
    when ``named``)."""
    alternatives = "|".join(re.escape(c) for c in classes)
    anaphor = "" if named else f"{ANAPHOR_MARK}?"
    return f"{TOKEN_OPEN}(?:{alternatives}){TOKEN_MID}{anaphor}\\d+{TOKEN_CLOSE}"


_TABLE_REF = re.compile(r"\{\{([\w-]+)\}\}")
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")
_EXPANDED = re.compile(_TABLE_REF.pattern + "|" + _SLOT.pattern)  # a table or a slot, whichever comes


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # (a tab or a line end may be meant)


def _compile(
    source: object,
    path: Path,
    line: int | None,
    what: str,
    classes: ClassTree,
    slots: dict[str, Slot],
    tables: dict[str, dict[str, str]] | None = None,
    gazetteer: Gazetteer | None = None,
) -> re.Pattern[str]:
    if not isinstance(source, str) or not source:
        raise RuleError(path, line, f"the pattern of {what} must be a non-empty string")
    control = _CONTROL.search(source)
    if control:  # ("\b" in double quotes is a backspace to YAML, and the rule never matches)
        backspace = " (YAML reads \\b in double quotes as a backspace)" if control.group() == "\b" else ""
        raise RuleError(
            path,
            line,
            f"the pattern of {what} holds the control character U+{ord(control.group()):04X}{backspace}",
            "write regular expressions in single quotes, where YAML leaves backslashes alone",
        )

    def table(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in (tables or {}):
            raise RuleError(
                path, line, f"{what} uses the undefined table {{{{{name}}}}}", "define it under 'tables'"
            )
        keys = sorted(tables[name], key=lambda k: (-len(k), k))
        return "(?:" + "|".join(re.escape(k) for k in keys) + ")"

    def slot(match: re.Match[str]) -> str:
        name, klass, only, many, named = (
            match.group(1),
            match.group(2),
            match.group(3),
            match.group(4) == "+",
            match.group(4) == "!",
        )
        if klass not in classes:
            raise RuleError(
                path,
                line,
                f"unknown class {klass!r} in slot {{{name}:{klass}}} of {what}",
                classes.hint(klass),
            )
        entity = None
        if only is not None:
            entity = _restricted_to(only, name, klass, path, line, what, classes, gazetteer)
        one = token_pattern(classes.descendants(klass), named)
        if not name:  # a mention that the pattern asks for (in a lookahead, say) but binds
            return f"(?:{one})"
        if name in slots:
            raise RuleError(
                path,
                line,
                f"slot {name!r} appears twice in {what}",
                "give the second another name (and use 'a|b' in the facts for either)",
            )
        slots[name] = Slot(name, klass, many, entity)
        if many:
            joint = r"(?:,\s+(?:and\s+)?|,?\s+and\s+)(?:(?:the|a|an)\s+)?"
            return f"(?P<{name}>{one}(?:{joint}{one})*)"
        return f"(?P<{name}>{one})"

    # A brace pair that is neither a slot, a table nor a repeat ({2}, {1,3}) is a slot
    # mistyped ("{city:kgo:City}", "{ topic:Topic }"), which re read as words, unsaid.
    rest = _EXPANDED.sub(lambda found: " " * len(found.group()), source)
    rest = _CHARACTER_CLASS.sub(lambda found: " " * len(found.group()), rest)  # ("[{(]" is no slot)
    odd = _ODD_BRACES.search(rest)
    if odd is not None:
        raise RuleError(
            path,
            line,
            f"{what} holds {odd.group()!r}, which is no slot",
            "write a slot {name:Class} (the class's local name, no prefix, no spaces), {:Class}, "
            "{name:Class+}, {name:Class!} or {name:Class=entity-id}; a table {{name}}",
        )
    slot_names = {found.group(1) for found in _SLOT.finditer(source)} - {""}
    clash = next((g for g in _GROUP_NAME.findall(source) if g in slot_names), None)
    if clash is not None:
        raise RuleError(
            path, line, f"the group {clash!r} of {what} has the name of a slot", "give the group another name"
        )
    # Tables and slots are expanded in one pass, keeping where each piece came from, so that
    # an error in the expanded regex can be shown where the author wrote it.
    pieces: list[str] = []
    origins: list[tuple[int, int, bool]] = []  # (start in source, length in regex, copied as is)
    at = 0
    for found in _EXPANDED.finditer(source):
        pieces.append(source[at : found.start()])
        origins.append((at, found.start() - at, True))
        expanded = table(found) if found.group(1) else slot(_SLOT.fullmatch(found.group(0)))
        pieces.append(expanded)
        origins.append((found.start(), len(expanded), False))
        at = found.end()
    pieces.append(source[at:])
    origins.append((at, len(source) - at, True))
    regex = "".join(pieces)
    try:
        compiled = re.compile(regex)
    except re.error as exc:
        where = _source_position(exc.pos or 0, origins)
        message = exc.msg if len(exc.msg) <= 80 else exc.msg[:77] + "..."
        raise RuleError(
            path,
            line,
            f"bad pattern in {what}: {message}, at character {where + 1} of the pattern: "
            f"'{source[max(0, where - 30) : where]}' HERE '{source[where : where + 30]}'",
            "fix the regular expression (slots are written {name:Class}, tables {{name}})",
        ) from None
    if compiled.search("") is not None:
        raise RuleError(path, line, f"the pattern of {what} matches empty text", "make it require some words")
    return compiled


def _restricted_to(
    entity_id: str,
    name: str,
    klass: str,
    path: Path,
    line: int | None,
    what: str,
    classes: ClassTree,
    gazetteer: Gazetteer | None,
) -> Node:
    """The resource a slot ``{name:Class=entity_id}`` is restricted to, checked: a named slot of
    a rule's pattern (not a guard's), an entity of the gazetteer, of the slot's class."""
    shown = f"{{{name}:{klass}={entity_id}}}"
    if gazetteer is None or not name:
        raise RuleError(
            path,
            line,
            f"the slot {shown} of {what} names an entity where no mention is bound",
            "restrict a named slot of the rule's pattern (or of its 'each' or 'items'), "
            "not one of a guard or a {:Class} slot",
        )
    entity = gazetteer.entity(entity_id)
    if entity is None:
        raise RuleError(
            path,
            line,
            f"the slot {shown} of {what} names the undefined entity {entity_id!r}",
            f"define it in {gazetteer.path} or fix the id",
        )
    if not classes.is_a(entity.klass, klass):
        raise RuleError(
            path,
            line,
            f"the slot {shown} of {what} names {entity_id!r}, which is {_a(entity.klass)}, not {_a(klass)}",
            f"write the slot's class as {entity.klass} (or a class above it)",
        )
    return entity.node


def _source_position(position: int, origins: list[tuple[int, int, bool]]) -> int:
    """Where in the pattern as written the character ``position`` of its expansion came from:
    the same character of text copied as is, or the start of the slot or table it is part of."""
    done = 0
    for start, length, copied in origins:
        if position < done + length or (copied and position == done + length):
            return start + (position - done if copied else 0)
        done += length
    return origins[-1][0] + origins[-1][1] if origins else 0


def _check_class_table(path: Path, table: LineDict, name: str, classes: ClassTree) -> None:
    """A table used to pick classes must map every word to a class of the ontology."""
    for word, klass in table.items():
        if klass not in classes:
            raise RuleError(
                path,
                table.key_lines.get(str(word)),
                f"{klass!r} for {word!r} in table {name!r} is not a class",
                "the table picks node classes (class_by): use classes of ontology/kg.ttl",
            )


def _load_tables(path: Path, raw: object, classes: ClassTree) -> dict[str, dict[str, str]]:
    """Named tables of words, usable in patterns as {{name}} (any of the words) and, when
    their values are classes, to choose a node's class by the word matched (checked where a
    node's class_by uses the table)."""
    if raw is None:
        return {}
    if not isinstance(raw, LineDict):
        raise RuleError(path, getattr(raw, "line", None), "'tables' must be a mapping of tables")
    tables = {}
    for name, table in raw.items():
        if not isinstance(table, LineDict) or not table:
            raise RuleError(path, raw.key_lines.get(name), f"table {name!r} must be a non-empty mapping")
        tables[str(name)] = {str(k): str(v) for k, v in table.items()}
    return tables


def _predicate(path: Path, line: int, raw: object, what: str, properties: dict[str, Signature]) -> URIRef:
    match = _CURIE.fullmatch(raw) if isinstance(raw, str) else None
    if not match or match.group(1) not in PREFIXES:
        raise RuleError(
            path,
            line,
            f"bad predicate {raw!r} in {what}",
            f"write prefix:name with a prefix of {', '.join(sorted(PREFIXES))}",
        )
    iri = URIRef(str(PREFIXES[match.group(1)]) + match.group(2))
    if str(iri) not in properties:
        namespace = str(PREFIXES[match.group(1)])
        known = [p[len(namespace) :] for p in properties if p.startswith(namespace)]
        close = difflib.get_close_matches(match.group(2), known, n=1) or [
            k for k in known if k.casefold() == match.group(2).casefold()
        ]
        hint = f"did you mean {match.group(1)}:{close[0]}? " if close else ""
        if match.group(1) == "kgo":
            raise RuleError(
                path,
                line,
                f"{raw!r} in {what} is not a property of ontology/kg.ttl",
                f"{hint}define it in the ontology or fix the spelling",
            )
        raise RuleError(
            path,
            line,
            f"{raw!r} in {what} is no property that ontology/shapes.ttl describes (sh:path)",
            f"{hint}fix the spelling, or describe the property in the shapes, which say what the graph holds",
        )
    return iri


#: The datatype of the literal each kind of value gives.
_VALUE_DATATYPES = {
    "text": str(XSD.string),
    "integer": str(XSD.integer),
    "date": str(XSD.date),
    "period_start": str(XSD.date),
    "period_end": str(XSD.date),
    "first_day": str(XSD.date),
    "last_day": str(XSD.date),
    "year": str(XSD.gYear),
    "duration": str(XSD.duration),
    "boolean": str(XSD.boolean),
}


def _check_fact_types(
    path: Path,
    line: int,
    fact: FactSpec,
    what: str,
    classes_of: dict[str, list[str]],
    signature: Signature,
    classes: ClassTree,
    gazetteer: Gazetteer,
) -> None:
    """The fact's subject and object are of the kinds its property links (its
    ``rdfs:domain`` and ``rdfs:range`` in the ontology, or what the shapes say of it: a
    class, a resource or a literal of a datatype): a fact written the wrong way round, or
    with the wrong slot or value, is refused here rather than written into the graph. A slot
    of a wider class than the property links is refused too (an Agent where a Person is
    wanted): a text that names a State there would give a fact the shapes refuse, and fail
    the whole build."""
    name = curie(str(fact.predicate))
    shown = f"[{fact.subject}, {name}, ...]"

    if signature.foreign:
        raise RuleError(
            path,
            line,
            f"the fact {shown} of {what} uses {name}, which is said of {_a(curie(signature.foreign))}: "
            "the builder's own provenance, which no slot or node of a rule is",
            "use another property",
        )
    if signature.domains:
        for klass in (k for var in fact.subject.split("|") for k in classes_of.get(var, ())):
            if not any(classes.is_a(klass, domain) for domain in signature.domains):
                raise RuleError(
                    path,
                    line,
                    f"the fact {shown} of {what} has {_a(klass)} as subject, but {name} is said of "
                    + " or ".join(map(_a, signature.domains)),
                    "put the subject and object the right way round, use a slot of a narrower class, "
                    "or use another property",
                )
    value = fact.object
    if value.kind in ("var", "entity", "mentions"):
        if signature.literal:
            raise RuleError(
                path,
                line,
                f"the fact {shown} of {what} has a resource as object, but {name} takes a value",
                "write the object as {text: …}, {date: …}, {integer: …} or another value",
            )
        if value.kind == "var":
            found = [k for var in str(value.arg).split("|") for k in classes_of.get(var, ())]
        elif value.kind == "entity":
            found = [gazetteer.entity(str(value.arg)).node.klass]
        else:
            found = [str(value.klass)]
        for klass in found if signature.range else ():
            if not classes.is_a(klass, str(signature.range)):
                raise RuleError(
                    path,
                    line,
                    f"the fact {shown} of {what} has {_a(klass)} as object, but "
                    f"{name} links to {_a(str(signature.range))}",
                    "put the subject and object the right way round, use a slot of a narrower class, "
                    "or use another property",
                )
        subjects = [k for var in fact.subject.split("|") for k in classes_of.get(var, ())]
        for target, wanted in signature.narrowed:  # (what a shape asks of the subject's class)
            for subject in (s for s in subjects if classes.is_a(s, target)):
                wider = next((k for k in found if not classes.is_a(k, wanted)), None)
                if wider is not None:
                    raise RuleError(
                        path,
                        line,
                        f"the fact {shown} of {what} has {_a(wider)} as object, but the shapes ask "
                        f"{_a(subject)}'s {name} to be {_a(wanted)}",
                        "use a slot of a narrower class, or another property",
                    )
        return
    if signature.literal is False:
        raise RuleError(
            path,
            line,
            f"the fact {shown} of {what} has a value ({value.kind}) as object, "
            f"but {name} links to a resource",
            "write a slot or node as the object, or {entity: id}",
        )
    given = _VALUE_DATATYPES.get(value.kind)
    if signature.datatype and given and given != signature.datatype:
        raise RuleError(
            path,
            line,
            f"the fact {shown} of {what} gives {curie(given)} ({value.kind}), but {name} takes "
            f"{curie(signature.datatype)}",
            "write the object as the value kind that gives it, or use another property",
        )


def _a(klass: str) -> str:
    """The class's name after its article: "a State", "an Event"."""
    return f"{'an' if klass[:1] in 'AEIOU' else 'a'} {klass}"


def _check_node_name(
    path: Path, spec, key: str, var: str, what: str, groups: set, variables: set, slots: dict, tables: dict
) -> None:
    """A node's ``name`` (or ``otherwise``) is a template naming at least one slot, group or
    node (or ``{article}``, the article's name), none of them a list slot."""
    if not isinstance(spec[key], str) or not _template_fields(spec[key]):
        raise RuleError(  # (an empty name dropped every match, with a garbled note)
            path,
            line_of(spec, key),
            f"the {key} of node {var!r} in {what} must be a template naming at least one "
            f"slot, group or node, not {spec[key]!r}",
            'write it as "{slot} ..." (a state\'s office: "{title} of {state}")',
        )
    for field, _filter in _template_fields(str(spec[key])):
        if not set(field_names(field)) <= groups | variables:
            raise RuleError(
                path,
                line_of(spec, key),
                f"{key} of node {var!r} in {what} uses "
                f"{{{field}}}, which is neither a slot, a group nor a node",
            )
        if any(f in slots and slots[f].many for f in field_names(field)):
            raise RuleError(
                path,
                line_of(spec, key),
                f"{key} of node {var!r} in {what} uses the list slot {field!r}",
                "name nodes from single slots only",
            )
    _check_template(path, line_of(spec, key), str(spec[key]), what, tables)


def _check_template(path: Path, line: int | None, template: str, what: str, tables: dict) -> None:
    """The template's fields are well formed ({a}, {a|b}, {a&b}, each with an optional
    !filter, {a!!table} and {a+b|a!!table} strict lookups; a brace elsewhere would be left in
    the name, and the IRI) and its filters known."""
    stray = re.search(r"[{}]", TEMPLATE_FIELD.sub("", template))
    if stray:
        raise RuleError(
            path,
            line,
            f"malformed field in the template {template!r} of {what}",
            "write {name}, {a|b} or {a&b} (no spaces), with an optional !filter, or {a+b|a!!table}",
        )
    for field, flt in _template_fields(template):
        if flt is not None and "&" in field:
            raise RuleError(
                path, line, f"{{{field}!{flt}}} in {what}: a field of names joined by & takes no filter"
            )
        strict = (flt or "").startswith("!")
        if "+" in field and not strict:
            raise RuleError(
                path,
                line,
                f"{{{field}{'!' + flt if flt else ''}}} in {what}: "
                "names joined by + make a key looked up strictly",
                f"write {{{field}!!table}} with a table of: {', '.join(sorted(tables)) or 'none defined'}",
            )
        if strict and flt[1:] not in tables:
            raise RuleError(
                path,
                line,
                f"{{{field}!{flt}}} in {what}: a strict lookup makes a key of a table, "
                f"and {flt[1:]!r} is none",
                f"write {{{field}!!table}} with a table of: {', '.join(sorted(tables)) or 'none defined'}",
            )
        if flt is not None and flt.lstrip("!") not in TEMPLATE_FILTERS and flt.lstrip("!") not in tables:
            raise RuleError(
                path,
                line,
                f"unknown filter !{flt} in {what}",
                f"use !date or the name of a table: {', '.join(sorted(tables)) or 'none defined'}",
            )


def _template_fields(template: str) -> list[tuple[str, str | None]]:
    return [(m.group(1), m.group(2)) for m in TEMPLATE_FIELD.finditer(template)]


def load_rules(
    path: Path,
    classes: ClassTree,
    gazetteer: Gazetteer,
    properties: dict[str, Signature],
    start_order: int = 0,
    earlier: tuple[Rule, ...] = (),
) -> tuple[Rule, ...]:
    """Load and check a relation-rule file.

    path: the YAML file; classes: the ontology's classes; gazetteer: to check entity
    references; properties: IRIs of the ontology's properties, to check ``kgo:`` terms;
    start_order: the file-order rank of the first rule (ties between files); earlier: the
    rules of the files read before, whose ids this file's must not take again.
    """
    data = load_yaml(path)
    check_keys(path, data, "rule file", {"rules"}, {"tables"})
    tables = _load_tables(path, data.get("tables"), classes)
    if not isinstance(data["rules"], LineList):
        raise RuleError(path, line_of(data, "rules"), "'rules' must be a list of rules")
    rules: list[Rule] = []
    for order, record in enumerate(data["rules"], start=start_order):
        named = record.get("id") if isinstance(record, dict) else None
        check_keys(
            path,
            record,
            f"rule {named!r}" if named else f"rule #{order - start_order + 1}",
            {"id", "pattern", "facts"},
            {
                "description",
                "example",
                "nodes",
                "each",
                "items",
                "mention",
                "not_after",
                "not_before",
                "after_entity",
                "with_entity",
                "context_entity",
                "implicit",
                "implicit_reach",
            },
        )
        rule_id = record["id"]
        if not isinstance(rule_id, str) or not _RULE_ID.fullmatch(rule_id):
            raise RuleError(
                path,
                line_of(record, "id"),
                f"bad rule id {rule_id!r}",
                "use lower-case words joined by dots or hyphens",
            )
        what = f"rule {rule_id!r}"
        twin = next((r for r in (*earlier, *rules) if r.id == rule_id), None)
        if twin is not None:
            raise defined_twice(path, record, what, twin.path, twin.line)
        slots: dict[str, Slot] = {}
        pattern = _compile(
            record["pattern"], path, line_of(record, "pattern"), what, classes, slots, tables, gazetteer
        )
        groups = set(pattern.groupindex)
        items_pattern, items_read = None, "list"
        if "items" in record:
            items = check_keys(path, record["items"], f"'items' of {what}", {"pattern"}, {"read"})
            items_read = items.get("read", "list")
            if items_read not in ITEMS_READ:
                raise RuleError(
                    path,
                    line_of(items, "read"),
                    f"'read' of the 'items' of {what} is {items_read!r}",
                    f"use one of: {', '.join(ITEMS_READ)}",
                )
            if "mention" in record:
                raise RuleError(
                    path,
                    line_of(record, "items"),
                    f"{what} has 'items' and 'mention'",
                    "a rule reads a lead-in's list items or names a resource: write two rules",
                )
            items_pattern = _compile(
                items["pattern"], path, line_of(items, "pattern"), what, classes, slots, tables, gazetteer
            )
            twice = sorted(set(items_pattern.groupindex) & groups)
            if twice:
                raise RuleError(
                    path,
                    line_of(items, "pattern"),
                    f"the 'items' pattern of {what} names again the group {twice[0]!r} of its pattern",
                    "give the item's groups names of their own",
                )
            groups |= set(items_pattern.groupindex)
        each_group = each_pattern = None
        if "each" in record:
            # (with 'items', 'each' splits a group of the item: "India, Pakistan and Iran
            # followed in 2005" after the sentence that gives their status)
            each = check_keys(path, record["each"], f"'each' of {what}", {"group", "pattern"}, set())
            each_group = each["group"]
            split = set(items_pattern.groupindex) if items_pattern is not None else groups
            if each_group not in split:
                of = "its 'items' pattern" if items_pattern is not None else "the pattern"
                raise RuleError(
                    path,
                    line_of(each, "group"),
                    f"'each' of {what} names no group of {of}: {each_group!r}",
                )
            each_pattern = _compile(
                each["pattern"], path, line_of(each, "pattern"), what, classes, slots, tables, gazetteer
            )
            groups |= set(each_pattern.groupindex)
        not_after, not_before = (
            _guard(record, key, path, what, classes, tables) for key in ("not_after", "not_before")
        )
        implicit = _implicit(record, path, what, slots, classes, gazetteer)
        implicit_reach, lead_with = _implicit_reach(record, path, what, implicit, classes)
        variables = set(slots) | {"article"}
        nodes: list[NodeSpec] = []
        node_records = record.get("nodes") or LineDict()
        if not isinstance(node_records, LineDict):
            raise RuleError(path, line_of(record, "nodes"), f"'nodes' of {what} must be a mapping")
        for var, spec in node_records.items():
            optional = {"class_by", "otherwise"}
            spec = check_keys(path, spec, f"node {var!r} of {what}", {"class", "name"}, optional)
            class_table: tuple[tuple[str, str], ...] = ()
            class_key = None
            if "class_by" in spec:
                by = check_keys(
                    path, spec["class_by"], f"'class_by' of node {var!r}", {"table", "group"}, set()
                )
                if by["table"] not in tables or by["group"] not in groups:
                    raise RuleError(
                        path,
                        by.line,
                        f"'class_by' of node {var!r} in {what} needs a table of the file "
                        "and a group of the pattern",
                    )
                class_table, class_key = tuple(sorted(tables[by["table"]].items())), by["group"]
                _check_class_table(path, data["tables"][by["table"]], by["table"], classes)
            if spec["class"] not in classes:
                raise RuleError(
                    path,
                    line_of(spec, "class"),
                    f"unknown class {spec['class']!r} in {what}",
                    classes.hint(spec["class"]),
                )
            if var in variables:
                raise RuleError(path, spec.line, f"node {var!r} of {what} reuses a slot name")
            for key in ("name", "otherwise"):
                if key in spec:
                    _check_node_name(path, spec, key, var, what, groups, variables, slots, tables)
            otherwise = str(spec["otherwise"]) if "otherwise" in spec else None
            nodes.append(NodeSpec(var, spec["class"], str(spec["name"]), class_table, class_key, otherwise))
            variables.add(var)
        facts: list[FactSpec] = []
        # the classes each variable may be of
        classes_of = {"article": ["Article"], **{name: [slot.klass] for name, slot in slots.items()}}
        classes_of.update({n.var: [n.klass, *(klass for _word, klass in n.class_table)] for n in nodes})
        # (a rule that only names a resource, for the others to state facts of, has none)
        if not isinstance(record["facts"], LineList) or not (record["facts"] or "mention" in record):
            raise RuleError(
                path,
                line_of(record, "facts"),
                f"'facts' of {what} must be a non-empty list (empty only with 'mention')",
            )
        for raw, fact_line in zip(record["facts"], record["facts"].item_lines, strict=True):
            if not isinstance(raw, list) or len(raw) not in (3, 4):
                raise RuleError(
                    path,
                    fact_line,
                    f"a fact of {what} must be [subject, predicate, object]",
                    "optionally followed by {modality: negated}, {modality: planned}, {past: true} "
                    "or {past: earlier}",
                )
            subject, predicate, obj = raw[:3]
            modality, past = _options(path, fact_line, raw[3], what) if len(raw) == 4 else (None, False)
            if not isinstance(subject, str) or not set(subject.split("|")) <= variables:
                raise RuleError(
                    path,
                    fact_line,
                    f"subject {subject!r} of a fact in {what} is not a slot or node",
                    f"use one of {', '.join(sorted(variables))}",
                )
            predicate_iri = _predicate(path, fact_line, predicate, what, properties)
            signature = properties[str(predicate_iri)]
            fact = FactSpec(
                subject,
                predicate_iri,
                _value(path, fact_line, obj, what, variables, groups, gazetteer, classes, tables),
                fact_line,
                modality,
                signature.least,
                signature.irreflexive,
                past,
            )
            _check_fact_types(path, fact_line, fact, what, classes_of, signature, classes, gazetteer)
            facts.append(fact)
        mention = None
        if "mention" in record:
            spec = check_keys(path, record["mention"], f"'mention' of {what}", {"node", "group"}, {"reach"})
            for key, known, lacking in (
                ("node", {n.var for n in nodes}, "the rule does not mint"),
                ("group", set(groups), "the pattern lacks"),
            ):
                if spec[key] not in known:
                    raise RuleError(
                        path,
                        spec.line,
                        f"'mention' of {what} names the {key} {spec[key]!r}, which {lacking}",
                        f"use one of its {key}s: {', '.join(sorted(known)) or 'none'}",
                    )
            reach = check_choice(
                path, spec, "reach", REACHES, f"bad reach {{value!r}} of the 'mention' of {what}", "document"
            )
            mention = MentionSpec(spec["node"], spec["group"], reach)
        needed: dict[str, Node | None] = {"after_entity": None, "with_entity": None, "context_entity": None}
        for key in needed:
            if key in record:
                entity = gazetteer.entity(str(record[key]))
                if entity is None:
                    raise RuleError(
                        path,
                        line_of(record, key),
                        f"{key!r} of {what} names the undefined entity {record[key]!r}",
                        f"define it in {gazetteer.path} or fix the id",
                    )
                needed[key] = entity.node
        rules.append(
            Rule(
                id=rule_id,
                path=str(path),
                line=record.line,
                order=order,
                pattern=pattern,
                slots=slots,
                each_group=each_group,
                each_pattern=each_pattern,
                nodes=tuple(nodes),
                facts=tuple(facts),
                mention=mention,
                tables=tuple((n, tuple(sorted(t.items()))) for n, t in sorted(tables.items())),
                not_after=not_after,
                not_before=not_before,
                digest=record_digest(record, _tables_read(record, tables)),
                items_pattern=items_pattern,
                items_read=items_read,
                after_entity=needed["after_entity"],
                with_entity=needed["with_entity"],
                context_entity=needed["context_entity"],
                implicit=implicit,
                implicit_reach=implicit_reach,
                lead_with=lead_with,
                word_tables=_word_tables(record),
            )
        )
    return tuple(rules)


def _implicit(
    record: LineDict, path: Path, what: str, slots: dict[str, Slot], classes: ClassTree, gazetteer: Gazetteer
) -> tuple[tuple[str, Node | str], ...]:
    """A rule's ``implicit`` slots ({slot: entity id, or a class}), each with its entity (a
    slot of the pattern, and an entity of its class) or class (a slot the pattern may lack,
    added to ``slots``: the thing of that class named just before the match)."""
    if "implicit" not in record:
        return ()
    given = record["implicit"]
    line = line_of(record, "implicit")
    if not isinstance(given, dict) or not given:
        raise RuleError(
            path, line, f"'implicit' of {what} must map slots to entities or classes", "write {org: sco}"
        )
    found: list[tuple[str, Node | str]] = []
    for key, value in given.items():
        name, entity = str(key), gazetteer.entity(str(value))
        if entity is None and str(value) in classes:  # a class: the slot may be the pattern's or not
            slots.setdefault(name, Slot(name, str(value), False))
            found.append((name, str(value)))
            continue
        if name not in slots:
            raise RuleError(
                path,
                line,
                f"'implicit' of {what} names the slot {name!r}, which its pattern lacks",
                f"use one of its slots: {', '.join(sorted(slots)) or 'none'}",
            )
        if entity is None:
            raise RuleError(
                path,
                line,
                f"'implicit' of {what} names the undefined entity {value!r}",
                f"define it in {gazetteer.path}, fix the id, or name a class of the ontology",
            )
        if not classes.is_a(entity.node.klass, slots[name].klass):
            raise RuleError(
                path,
                line,
                f"'implicit' of {what} gives the slot {name!r} ({slots[name].klass}) the entity "
                f"{value!r}, a {entity.node.klass}",
                f"give it an entity of class {slots[name].klass}",
            )
        found.append((name, entity.node))
    return tuple(found)


IMPLICIT_REACHES = ("paragraph-or-previous", "lead", "lead-alone")


def _implicit_reach(
    record: LineDict, path: Path, what: str, implicit: tuple[tuple[str, Node | str], ...], classes: ClassTree
) -> tuple[str, str | None]:
    """A rule's ``implicit_reach``: how far back the thing of its implicit slot of a class
    may be named (the default, "paragraph-or-previous"; or "lead", "lead-alone"), and with ``{lead:
    Class}`` the class a match must bind a mention of for the lead to be taken."""
    if "implicit_reach" not in record:
        return IMPLICIT_REACHES[0], None
    value, line = record["implicit_reach"], line_of(record, "implicit_reach")
    lead_with = None
    if isinstance(value, dict) and list(value) == ["lead"]:
        value, lead_with = "lead", str(value["lead"])
        if lead_with not in classes:
            raise RuleError(
                path, line, f"'implicit_reach' of {what} names {lead_with!r}, which is not a class"
            )
    if value not in IMPLICIT_REACHES:
        raise RuleError(
            path,
            line,
            f"'implicit_reach' of {what} must be one of: {', '.join(IMPLICIT_REACHES)}",
            "or {lead: Class}",
        )
    if not any(isinstance(given, str) for _, given in implicit):
        raise RuleError(
            path,
            line,
            f"'implicit_reach' of {what} needs an implicit slot of a class",
            "write implicit: {event: Summit}",
        )
    return str(value), lead_with


def _guard(
    record: LineDict, key: str, path: Path, what: str, classes: ClassTree, tables: dict[str, dict[str, str]]
) -> re.Pattern[str] | None:
    """The compiled ``not_after`` or ``not_before`` of a rule record (None where it has
    none): a pattern that tests the words before or after a match, and binds no slot; or a
    list of them, any of which stops a match (one shared by an alias, and one of the rule's)."""
    if key not in record:
        return None
    bound: dict[str, Slot] = {}
    line = line_of(record, key)
    source = record[key]
    if isinstance(source, list):
        if not source or not all(isinstance(item, str) and item for item in source):
            raise RuleError(
                path, line, f"{key!r} of {what} must be a pattern or a list of patterns (non-empty strings)"
            )
        source = "|".join(f"(?:{item})" for item in source)
    guard = _compile(source, path, line, f"{key!r} of {what}", classes, bound, tables)
    if bound:
        side = "before" if key == "not_after" else "after"
        raise RuleError(
            path,
            line,
            f"{key!r} of {what} binds the slot {next(iter(bound))!r}",
            f"it only tests the words {side} a match: write slots there as {{:Class}}",
        )
    return guard


def _word_tables(record: LineDict) -> frozenset[str]:
    """The tables a rule record's patterns and guards match the words of ({{name}})."""
    keys = ("pattern", "not_after", "not_before", "each", "items")
    text = json.dumps([record.get(key) for key in keys], ensure_ascii=False, default=str)
    return frozenset(re.findall(r"\{\{([\w-]+)\}\}", text))


def _tables_read(record: LineDict, tables: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The tables of its file that a rule record names (in a pattern, a filter or class_by)."""
    text = json.dumps(record, ensure_ascii=False, default=str)
    return {
        name: table for name, table in sorted(tables.items()) if re.search(rf"\b{re.escape(name)}\b", text)
    }


MODALITIES = ("negated", "planned")


def _options(path: Path, line: int, raw: object, what: str) -> tuple[str | None, bool | str]:
    """A fact's options: its modality (or None), and whether its date lies in the past
    (``past: true``), or before the publication's year too (``past: earlier``)."""
    if (
        not isinstance(raw, dict)
        or not raw
        or not set(raw) <= {"modality", "past"}
        or raw.get("modality", MODALITIES[0]) not in MODALITIES
        or raw.get("past", True) not in (True, "earlier")
    ):
        raise RuleError(
            path,
            line,
            f"bad fact option {raw!r} in {what}",
            f"write {{modality: {MODALITIES[0]}}}, {{modality: {MODALITIES[1]}}}, {{past: true}} or "
            "{past: earlier}",
        )
    past = raw.get("past", False)
    return raw.get("modality"), past if past == "earlier" else bool(past)


def _value(
    path: Path,
    line: int,
    raw: object,
    what: str,
    variables: set[str],
    groups: set[str],
    gazetteer: Gazetteer,
    classes: ClassTree,
    tables: dict[str, dict[str, str]],
) -> Value:
    if isinstance(raw, str):
        if not set(raw.split("|")) <= variables:
            raise RuleError(
                path,
                line,
                f"object {raw!r} of a fact in {what} is not a slot or node",
                f"use one of {', '.join(sorted(variables))}; for words from the text write "
                "{text: group}; for a gazetteer entity {entity: id}",
            )
        return Value("var", raw)
    if not isinstance(raw, dict) or not raw:
        raise RuleError(path, line, f"bad object {raw!r} in {what}")
    kinds = [k for k in raw if k in VALUE_KINDS]
    extra = set(raw) - set(kinds) - {"class"}
    if len(kinds) != 1 or extra or ("class" in raw) != (kinds == ["mentions"]):
        raise RuleError(
            path,
            line,
            f"bad object {dict(raw)!r} in {what}",
            f"write one of {', '.join(VALUE_KINDS)} as the key ('class' goes with 'mentions')",
        )
    kind = kinds[0]
    arg = raw[kind]
    if kind == "entity":
        if gazetteer.entity(str(arg)) is None:
            raise RuleError(
                path,
                line,
                f"{what} refers to the undefined entity {arg!r}",
                f"define it in {gazetteer.path} or fix the id",
            )
    elif kind == "boolean":
        if not isinstance(arg, bool):
            raise RuleError(path, line, f"'boolean' in {what} takes true or false")
    elif kind == "text" or (kind == "integer" and "{" in str(arg)):
        # (an integer from a template: "{city+year!!table}", the number a table gives)
        _check_template(path, line, str(arg), what, tables)
        for field, flt in _template_fields(str(arg)):
            if not set(field_names(field)) <= groups | variables:
                raise RuleError(path, line, f"{kind} of {what} uses the unknown field {{{field}}}")
            if kind == "integer" and flt and flt.lstrip("!") in tables:
                name = flt.lstrip("!")
                bad = next((v for v in tables[name].values() if parse_number(v) is None), None)
                if bad is not None:
                    raise RuleError(
                        path,
                        line,
                        f"the table {name!r} gives {bad!r}, not a whole number, to the integer of {what}",
                        "write its values as numbers (24, 24th, twenty-four)",
                    )
    elif not set(str(arg).split("|")) <= groups | variables:
        raise RuleError(path, line, f"{kind!r} in {what} names no group of the pattern: {arg!r}")
    klass = raw.get("class")
    if klass is not None and klass not in classes:
        raise RuleError(path, line, f"unknown class {klass!r} in {what}", classes.hint(klass))
    return Value(kind, arg, klass)
