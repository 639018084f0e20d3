"""Load the gazetteer: named things, the words that name them, and anaphora rules."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from kg.classes import ClassTree
from kg.errors import RuleError
from kg.yamlfile import (
    HYPHENATED_ID,
    LineDict,
    LineList,
    check_choice,
    check_id,
    check_keys,
    defined_twice,
    line_of,
    load_yaml,
    record_digest,
)

_QID = re.compile(r"Q[1-9][0-9]*")
#: How far an anaphor looks back (an anaphora rule's ``scope``; a rule-made mention's ``reach``).
SCOPES = ("sentence", "paragraph", "paragraph-or-previous", "document")
#: How an anaphor picks among the mentions in scope: the nearest earlier one; or, with
#: "sentence-first", the nearest earlier one in its own sentence, else the first one of the
#: nearest earlier sentence that has any (the subject, in most news sentences: "Xi met
#: Tokayev. He pledged …" is Xi).
ANTECEDENTS = ("nearest", "sentence-first", "earlier-sentence-first")
#: Surface-form kinds in the order their lists appear in an entry.
FORM_KINDS = ("name", "alias", "adjectival", "metonym")


@dataclass(frozen=True)
class Node:
    """A resource of the graph, known by its class and canonical name (its IRI derives from
    both); the same class and name always give the same resource. ``worded``: the name is an
    article's own words (a publisher the gazetteer lacks), so the IRI carries a hash of them,
    as for the classes the ontology marks ``kgo:namedByWords``."""

    klass: str
    name: str
    worded: bool = False


@dataclass(frozen=True)
class Entity:
    """A gazetteer entry: a named thing and the words that name it."""

    id: str
    klass: str
    name: str
    aliases: tuple[str, ...]
    adjectival: tuple[str, ...]
    metonyms: tuple[str, ...]
    wikidata: str | None
    source: str | None
    priority: int
    order: int
    line: int
    path: str = ""
    digest: str = ""  #: what the entry does (``kg.yamlfile.record_digest``)
    #: for a body of an organization (a council): the organization's entity id. Its forms
    #: followed by "of (the) X" name it only where X names that organization: the CIS has a
    #: "Council of Heads of State" too (``kg.mentions.bodies_of_others``).
    unit_of: str | None = None
    #: short forms ("Sharif") that name it only after one of its forms in the same article,
    #: where no other entry with that short form was named before (``kg.mentions``); several
    #: entries may share one
    short: tuple[str, ...] = ()
    short_line: int = 0  #: the line of its ``short`` key

    @property
    def node(self) -> Node:
        """The graph resource this entry names."""
        return Node(self.klass, self.name)

    def forms(self) -> list[tuple[str, str]]:
        """Every (kind, surface form) pair of the entry, name first."""
        lists = (self.name,), self.aliases, self.adjectival, self.metonyms
        return [(kind, form) for kind, items in zip(FORM_KINDS, lists, strict=True) for form in items]

    @functools.cached_property
    def spellings(self) -> tuple[tuple[int, str, str], ...]:
        """(index in ``forms``, kind, spelling) of each form and of its typographic spelling
        (``typographic``), which the text is searched for; made once per entry."""
        forms = self.forms()
        written = {form for _kind, form in forms}
        return tuple((i, kind, f) for i, (kind, form) in enumerate(forms) for f in typographic(form, written))


@dataclass(frozen=True)
class Anaphor:
    """A rule for words that refer back to an earlier mention of a class."""

    id: str
    pattern: re.Pattern[str]
    klass: str
    scope: str
    order: int
    line: int = 0  #: of its pattern in the anaphora file
    antecedent: str = "nearest"  #: one of ANTECEDENTS
    #: with "sentence-first": a sentence's opening phrase, whose mentions are passed over
    #: ("Speaking after Xi, Putin said ..."), matched at the sentence's start
    opening: re.Pattern[str] | None = None
    #: a clause of a sentence (a relative clause, "..., who hosted Sharif,") whose mentions an
    #: anaphor after it in the same sentence passes over
    clause: re.Pattern[str] | None = None
    digest: str = ""  #: what the rule does (``kg.yamlfile.record_digest``)
    #: its words name another thing of the class, which the gazetteer does not know ("analyst
    #: Dosym Satpayev"): no anaphor, but an antecedent that takes the anaphora after it, which
    #: are then dropped (", he said" after it is not the leader named before it)
    another: bool = False
    #: the words of an antecedent's sentence before it (matched up to it: end with $) or
    #: after it (matched from it) that tell it is only planned ("will host the 25th Meeting",
    #: "... will be held next year"): the anaphor takes the nearest earlier antecedent in
    #: scope that is not, where there is one
    planned_before: re.Pattern[str] | None = None
    planned_after: re.Pattern[str] | None = None
    #: words of what is to come in the anaphor's own sentence: a planned antecedent is kept
    planned_here: re.Pattern[str] | None = None
    #: with "sentence-first": the words right before the anaphor (matched up to it: end with
    #: $) that make it open a clause coordinated with its sentence's first (", and on Monday
    #: he met"): it takes the first of its own sentence, as of another sentence
    coordinate: re.Pattern[str] | None = None
    #: with "nearest": an antecedent in a sentence that names several things of the class
    #: (two organizations), further back than the sentence just before the anaphor's, is
    #: too far back to tell which is meant: the anaphor has none
    ambiguous_far: bool = False
    #: with "nearest": words of the anaphor's own sentence that set it against a time recalled
    #: before it ("this time"): it passes over an antecedent that reaches less than the whole
    #: article ("the 24th SCO summit in Astana in July 2024") for the nearest that reaches all
    #: of it, where there is one
    this_time: re.Pattern[str] | None = None
    #: with "nearest": the words right after an anaphor or a mention that name where it was
    #: (group ``place``: "the summit in Samarkand", "the 22nd ... summit, held in Samarkand"):
    #: an anaphor that names a place takes the nearest mention in scope named with it,
    #: whatever that mention's reach; and none named with another place
    place: re.Pattern[str] | None = None
    #: an anaphor with no antecedent stands for someone (or something) not known: a stop
    #: reaching its paragraph, which the anaphora after it that would take it take instead
    #: of one named before it ("A: He accepted the chair from Xi ... 'We are ready,' he said")
    unknown_stop: bool = False
    #: with "sentence-first" or "earlier-sentence-first": the words before a later person of
    #: an earlier sentence (matched up to that person: end with $) that make that person the
    #: subject of a clause of its own, a verb in lower case following the name ("Putin
    #: proposed a club, and Kazakh President Nazarbayev took up the idea."): that sentence
    #: has two subjects, and an anaphor in a later sentence takes neither
    second_subject: re.Pattern[str] | None = None

    def planned(self, text: str, sentence_begin: int, sentence_end: int, begin: int, end: int) -> bool:
        """Whether the mention ``text[begin:end]``, in the sentence so bounded, is only
        planned, by ``planned_before`` and ``planned_after``."""
        if self.planned_before is not None and self.planned_before.search(text, sentence_begin, begin):
            return True
        return (
            self.planned_after is not None and self.planned_after.match(text, end, sentence_end) is not None
        )


@dataclass(frozen=True)
class Gazetteer:
    """The loaded gazetteer files and anaphora rules."""

    paths: tuple[str, ...]
    entities: tuple[Entity, ...]
    anaphora: tuple[Anaphor, ...]
    anaphora_path: str = ""
    #: (class, honorifics) for each class whose names an honorific may stand before ("Mr",
    #: "Mrs"): a class has its ancestors' (``honorifics`` in the gazetteer files)
    honorifics: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: (class, titles) for each class whose short forms a title may stand before ("President
    #: Japarov"; any other capitalized word there makes a short form part of another's name,
    #: "Nawaz Sharif"): a class has its ancestors' (``titles`` in the gazetteer files)
    titles: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def path(self) -> str:
        """The gazetteer files, for messages."""
        return ", ".join(self.paths)

    def entity(self, entity_id: str) -> Entity | None:
        """The entry with id ``entity_id``, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)

    @functools.cached_property
    def state_forms(self) -> frozenset[str]:
        """Every name, alias and other form of the entries of class State."""
        return frozenset(form for e in self.entities if e.klass == "State" for _kind, form in e.forms())

    @functools.cached_property
    def one_word_forms(self) -> frozenset[str]:
        """The forms of one word ("Xi", "Chinese"), of any entry."""
        return frozenset(form for e in self.entities for _kind, form in e.forms() if " " not in form)

    @functools.cached_property
    def short_forms(self) -> dict[str, tuple[Entity, ...]]:
        """Each short form, with the entries it may name (in file order)."""
        found: dict[str, list[Entity]] = {}
        for entity in self.entities:
            for short in entity.short:
                found.setdefault(short, []).append(entity)
        return {short: tuple(entities) for short, entities in found.items()}

    def by_node(self) -> dict[Node, Entity]:
        """Entries keyed by the resource they name."""
        return {e.node: e for e in self.entities}

    @functools.cached_property
    def honorific_before(self) -> dict[str, re.Pattern[str]]:
        """For each class with honorifics: a pattern of one of them (with or without a full
        stop) and one space, at the end of the text searched, not in a longer word; made once
        per gazetteer."""
        return {
            klass: re.compile(
                "(?<![\\w.])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")\\.? $"
            )
            for klass, words in self.honorifics
        }

    @functools.cached_property
    def bodies(self) -> dict[Node, Entity]:
        """The bodies (entries with ``unit_of``), each with its organization's entry; made
        once per gazetteer (the loader checked that each names one)."""
        by_id = {e.id: e for e in self.entities}
        return {e.node: by_id[e.unit_of] for e in self.entities if e.unit_of and e.unit_of in by_id}


def _strings(path: Path, record: dict, key: str, what: str) -> tuple[str, ...]:
    value = record.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RuleError(path, line_of(record, key), f"{key!r} of {what} must be a list of non-empty strings")
    for form in value:
        _check_spacing(path, line_of(record, key), form, f"{key!r} of {what}")
    twice = sorted({v for v in value if value.count(v) > 1})
    if twice:
        raise RuleError(
            path, line_of(record, key), f"{twice[0]!r} is listed twice in {key!r} of {what}", "drop one"
        )
    return tuple(value)


def _check_spacing(path: Path, line: int | None, form: str, what: str) -> None:
    """A name is written with one space between words and none at its ends: the text is
    read so ("Xi " would never be found, and would escape the check of names used twice)."""
    if form != " ".join(form.split()):
        raise RuleError(
            path,
            line,
            f"{form!r} in {what} has white space at an end, or other than one space between words",
            "write the name with one plain space between words",
        )


def load_gazetteer(paths: list[Path], classes: ClassTree, anaphora_path: Path | None = None) -> Gazetteer:
    """Load and check gazetteer files and the anaphora rules.

    paths: the gazetteer files, in the order their entries rank (file order breaks ties
    between overlapping matches); classes: the ontology's classes, to check each entry's
    class; anaphora_path: the anaphora file, if any.
    """
    entities: list[Entity] = []
    seen_forms: dict[str, tuple[str, str, int]] = {}
    honorifics: dict[str, set[str]] = {}
    titles: dict[str, set[str]] = {}
    for path in paths:
        _load_entities(path, classes, entities, seen_forms, honorifics, titles)
    _check_units(entities, classes)
    _check_short_forms(entities, seen_forms)
    anaphora = _load_anaphora(anaphora_path, classes) if anaphora_path else ()
    return Gazetteer(
        tuple(str(p) for p in paths),
        tuple(entities),
        anaphora,
        str(anaphora_path or ""),
        _inherited(honorifics, classes),
        _inherited(titles, classes),
    )


def _inherited(words: dict[str, set[str]], classes: ClassTree) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(class, words) for each class with words of its own or of a class above it."""
    found = {
        klass: tuple(sorted(set().union(*(words.get(a, set()) for a in classes.ancestors(klass)))))
        for klass in sorted(classes.parents)
    }
    return tuple((klass, found_words) for klass, found_words in found.items() if found_words)


#: An honorific: a word of letters (at most HONORIFIC_LETTERS), which may be written with a
#: full stop after it.
_HONORIFIC = re.compile(r"[^\W\d_]+")
HONORIFIC_LETTERS = 24


def _load_class_words(
    path: Path, data: LineDict, key: str, classes: ClassTree, found: dict[str, set[str]]
) -> None:
    """Add the file's table ``key`` (``honorifics`` or ``titles``: class: [words]) to ``found``."""
    table = data.get(key)
    if table is None:
        return
    what = key.removesuffix("s")
    if not isinstance(table, LineDict):
        raise RuleError(
            path,
            line_of(data, key),
            f"'{key}' must be a mapping of a class to its words",
            f"write {key}: {{Person: [{'Mr, Mrs, Ms' if key == 'honorifics' else 'President, Premier'}]}}",
        )
    for klass, words in table.items():
        line = table.key_lines.get(str(klass), table.line)
        if not isinstance(klass, str) or klass not in classes:
            raise RuleError(path, line, f"unknown class {klass!r} in '{key}'", classes.hint(str(klass)))
        if not isinstance(words, list) or not words:
            message = f"the {key} of {klass} must be a list of words"
            raise RuleError(path, line, message, "write [Mr, Mrs, Ms]")
        for word in words:
            if not isinstance(word, str) or not _HONORIFIC.fullmatch(word) or len(word) > HONORIFIC_LETTERS:
                raise RuleError(
                    path,
                    line,
                    f"{what} {word!r} of {klass} is not one word of at most {HONORIFIC_LETTERS} letters",
                    "write it without its full stop (Mr, not Mr.): either is read",
                )
            found.setdefault(klass, set()).add(word)


def _check_short_forms(entities: list[Entity], forms: dict[str, tuple[str, str, int]]) -> None:
    """Each short form is a word of its entry's name or of an alias, and no entry's form."""
    for entity in entities:
        for short in entity.short:
            owner = forms.get(short)
            if owner is not None:
                raise RuleError(
                    entity.path,
                    entity.short_line,
                    f"short form {short!r} of entity {entity.id!r} is a form of {owner[0]!r} "
                    f"({owner[1]}:{owner[2]}), which names it anywhere",
                    "drop one of the two: a short form names its entity only after a full one",
                )
            words = {w for form in (entity.name, *entity.aliases) for w in re.split(r"[\s-]+", form)}
            if short not in words:
                raise RuleError(
                    entity.path,
                    entity.short_line,
                    f"short form {short!r} of entity {entity.id!r} is no word of its name or aliases",
                    f"write a word of {entity.name!r} (a surname), or add the full form as an alias",
                )


def _check_units(entities: list[Entity], classes: ClassTree) -> None:
    """Each ``unit_of`` names an organization of the gazetteer."""
    by_id = {entity.id: entity for entity in entities}
    for entity in entities:
        if entity.unit_of is None:
            continue
        parent = by_id.get(entity.unit_of)
        if parent is None or not classes.is_a(parent.klass, "Organization"):
            what = "no entity" if parent is None else f"a {parent.klass}, not an Organization"
            raise RuleError(
                entity.path,
                entity.line,
                f"'unit_of' of entity {entity.id!r} names {entity.unit_of!r}: {what}",
                "write the id of the organization's entry",
            )


def _load_entities(
    path: Path,
    classes: ClassTree,
    entities: list[Entity],
    seen_forms: dict[str, tuple[str, str, int]],
    honorifics: dict[str, set[str]],
    titles: dict[str, set[str]],
) -> None:
    data = load_yaml(path)
    check_keys(path, data, "gazetteer file", {"entities"}, {"honorifics", "titles"})
    _load_class_words(path, data, "honorifics", classes, honorifics)
    _load_class_words(path, data, "titles", classes, titles)
    if not isinstance(data["entities"], LineList):
        raise RuleError(path, line_of(data, "entities"), "'entities' must be a list")
    for record in data["entities"]:
        order = len(entities)
        named = record.get("id") if isinstance(record, dict) else None
        what = f"entity {named!r}" if named else f"entity #{len(data['entities'])}"
        check_keys(
            path,
            record,
            what,
            {"id", "class", "name", "source"},
            {"aliases", "adjectival", "metonyms", "short", "wikidata", "priority", "unit_of"},
        )
        entity_id = record["id"]
        if not isinstance(entity_id, str) or not HYPHENATED_ID.fullmatch(entity_id):
            raise RuleError(
                path,
                line_of(record, "id"),
                f"bad entity id {entity_id!r}",
                "use lower-case words joined by hyphens",
            )
        what = f"entity {entity_id!r}"
        twin = next((e for e in entities if e.id == entity_id), None)
        if twin is not None:
            raise defined_twice(path, record, what, twin.path, twin.line)
        klass = record["class"]
        if not isinstance(klass, str) or klass not in classes:
            raise RuleError(
                path,
                line_of(record, "class"),
                f"unknown class {klass!r} in {what}",
                classes.hint(klass),
            )
        name = record["name"]
        if not isinstance(name, str) or not name.strip():
            raise RuleError(path, line_of(record, "name"), f"{what} needs a non-empty name")
        _check_spacing(path, line_of(record, "name"), name, f"the name of {what}")
        qid = record.get("wikidata")
        if qid is not None and (not isinstance(qid, str) or not _QID.fullmatch(qid)):
            raise RuleError(
                path,
                line_of(record, "wikidata"),
                f"bad Wikidata QID {qid!r}",
                "write Q and the item's number (Q148), or leave the key out when unsure",
            )
        source = record["source"]
        if not isinstance(source, str) or not source.strip():
            raise RuleError(
                path,
                line_of(record, "source"),
                f"{what} needs a source",
                "say where the entry (and its QID, if any) was checked: a URL, a file, an article",
            )
        priority = record.get("priority", 0)
        if not isinstance(priority, int):
            raise RuleError(path, line_of(record, "priority"), "priority must be an integer")
        unit_of = record.get("unit_of")
        if unit_of is not None and (not isinstance(unit_of, str) or not HYPHENATED_ID.fullmatch(unit_of)):
            message = f"'unit_of' of {what} must be an entity id, not {unit_of!r}"
            raise RuleError(path, line_of(record, "unit_of"), message, "write the organization's id (sco)")
        entity = Entity(
            id=entity_id,
            klass=klass,
            name=name,
            aliases=_strings(path, record, "aliases", what),
            adjectival=_strings(path, record, "adjectival", what),
            metonyms=_strings(path, record, "metonyms", what),
            wikidata=qid,
            source=source,
            priority=priority,
            unit_of=unit_of,
            short=_strings(path, record, "short", what),
            short_line=line_of(record, "short") or record.line,
            order=order,
            line=record.line,
            path=str(path),
            digest=record_digest(record),
        )
        for _kind, form in entity.forms():
            if form in seen_forms and seen_forms[form][0] != entity_id:
                other, other_path, other_line = seen_forms[form]
                raise RuleError(
                    path,
                    record.line,
                    f"{form!r} names both {other!r} ({other_path}:{other_line}) and {entity_id!r}",
                    "give each surface form to one entity",
                )
            seen_forms[form] = (entity_id, str(path), record.line)
        entities.append(entity)


#: An anaphora rule's keys for antecedents that are only planned.
_PLANNED_KEYS = frozenset({"planned_before", "planned_after", "planned_here"})
#: The optional keys of an anaphora rule that finds an antecedent (not ``another: true``).
_ANTECEDENT_KEYS = (
    frozenset(
        {
            "antecedent",
            "opening",
            "clause",
            "coordinate",
            "ambiguous_far",
            "this_time",
            "place",
            "unknown_stop",
            "second_subject",
        }
    )
    | _PLANNED_KEYS
)
#: Those that go with ``antecedent: nearest`` only.
_NEAREST_KEYS = ("planned_before", "planned_after", "ambiguous_far", "this_time", "place")


def _load_anaphora(path: Path, classes: ClassTree) -> tuple[Anaphor, ...]:
    data = load_yaml(path)
    check_keys(path, data, "anaphora file", {"anaphora"}, set())
    anaphora: list[Anaphor] = []
    if not isinstance(data["anaphora"] or [], list):
        raise RuleError(path, line_of(data, "anaphora"), "'anaphora' must be a list of rules")
    for order, record in enumerate(data["anaphora"] or []):
        required = {"id", "pattern", "class", "scope"}
        optional = {"another"} | _ANTECEDENT_KEYS
        named = record.get("id") if isinstance(record, dict) else None
        check_keys(
            path,
            record,
            f"anaphora rule {named!r}" if named else f"anaphora rule #{order + 1}",
            required,
            optional,
        )
        taken = {a.id: a.line for a in anaphora}  # (the line of its pattern)
        what = f"anaphora rule {check_id(path, record, 'anaphora rule', taken)!r}"
        if not isinstance(record["class"], str) or record["class"] not in classes:
            raise RuleError(
                path,
                line_of(record, "class"),
                f"unknown class {record['class']!r} in {what}",
                classes.hint(record["class"]),
            )
        # (a stop, another: true, may reach the whole article from the lead: scope "lead")
        scopes = (*SCOPES, "lead") if record.get("another") is True else SCOPES
        check_choice(path, record, "scope", scopes, "bad scope {value!r} in " + what)
        antecedent = check_choice(
            path, record, "antecedent", ANTECEDENTS, "bad antecedent {value!r} in " + what, "nearest"
        )
        if antecedent == "earlier-sentence-first" and record["scope"] == "sentence":
            raise RuleError(
                path,
                line_of(record, "scope"),
                f"{what} looks in earlier sentences only, which scope: sentence never reaches",
                "give it scope: paragraph or document",
            )
        for key in ("opening", "coordinate", "second_subject"):
            if key in record and antecedent not in ("sentence-first", "earlier-sentence-first"):
                raise RuleError(
                    path, line_of(record, key), f"'{key}' in {what} goes with antecedent: sentence-first"
                )
        (
            opening,
            clause,
            pattern,
            planned_before,
            planned_after,
            planned_here,
            coordinate,
            this_time,
            place,
            second_subject,
        ) = (
            _regex(path, record, key, what)
            for key in (
                "opening",
                "clause",
                "pattern",
                "planned_before",
                "planned_after",
                "planned_here",
                "coordinate",
                "this_time",
                "place",
                "second_subject",
            )
        )
        if place is not None and "place" not in place.groupindex:
            raise RuleError(path, line_of(record, "place"), f"the place of {what} has no group (?P<place>…)")
        if pattern is not None and "place" in pattern.groupindex and place is None:
            raise RuleError(
                path,
                line_of(record, "pattern"),
                f"the pattern of {what} names its place (?P<place>…) but the rule has no 'place'",
                "add 'place', the pattern that reads the place named after each earlier mention",
            )
        for key, found in (("pattern", pattern), ("this_time", this_time)):  # (words always found)
            if found is not None and found.search("") is not None:
                raise RuleError(path, line_of(record, key), f"the {key} of {what} matches empty text")
        another = _flag(path, record, "another", what)
        if another and _ANTECEDENT_KEYS & set(record):
            raise RuleError(
                path,
                line_of(record, "another"),
                f"{what} names another thing (another: true) and has no antecedent",
                "leave out " + ", ".join(sorted(_ANTECEDENT_KEYS)),
            )
        ambiguous_far = _flag(path, record, "ambiguous_far", what)
        unknown_stop = _flag(path, record, "unknown_stop", what)
        for key in _NEAREST_KEYS:
            if key in record and antecedent != "nearest":
                raise RuleError(
                    path, line_of(record, key), f"'{key}' in {what} goes with antecedent: nearest"
                )
        if planned_here and not (planned_before or planned_after):
            raise RuleError(
                path,
                line_of(record, "planned_here"),
                f"'planned_here' in {what} goes with planned_before or planned_after",
            )
        line = line_of(record, "pattern")
        anaphora.append(
            Anaphor(
                record["id"],
                pattern,
                record["class"],
                record["scope"],
                order,
                line,
                antecedent,
                opening,
                clause,
                record_digest(record),
                another,
                planned_before,
                planned_after,
                planned_here,
                coordinate,
                ambiguous_far,
                this_time,
                place,
                unknown_stop,
                second_subject,
            )
        )
    return tuple(anaphora)


def _flag(path: Path, record, key: str, what: str) -> bool:
    """``record[key]``, true or false (false where it is absent); a RuleError at its line else."""
    value = record.get(key, False)
    if not isinstance(value, bool):
        raise RuleError(path, line_of(record, key), f"'{key}' in {what} must be true or false")
    return value


def _regex(path: Path, record, key: str, what: str) -> re.Pattern[str] | None:
    """The regular expression of ``record[key]`` (None where the key is absent); a RuleError
    at its line where it does not compile."""
    if key not in record:
        return None
    try:
        return re.compile(record[key])
    except (re.error, TypeError) as exc:
        raise RuleError(path, line_of(record, key), f"bad {key} in {what}: {exc}") from None


def typographic(form: str, written: set[str]) -> list[str]:
    """``form``, and its typographic spelling when it has an apostrophe (a right single
    quotation mark, U+2019, for "'"), unless the entry's forms ``written`` hold it too."""
    curly = form.replace("'", "\u2019")
    return [form] if curly == form or curly in written else [form, curly]
