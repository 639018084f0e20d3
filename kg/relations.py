"""Apply relation rules to an article's sentences: from mentions to facts with evidence.

Each sentence is masked: every (outermost) mention becomes a token carrying its class, so a
rule's ``{slot:Class}`` matches a mention whatever words name it. Match offsets in the
masked sentence map back to exact character spans of the article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.article import LIST_MARK, Article, Sentence
from kg.classes import ClassTree
from kg.errors import RuleError
from kg.gazetteer import HONORIFIC_LETTERS, Gazetteer, Node
from kg.mentions import Mention, of_another_time, select_non_overlapping
from kg.patterns import (
    ANAPHOR_MARK,
    TEMPLATE_FIELD,
    TOKEN_CLOSE,
    TOKEN_INDEX,
    TOKEN_MID,
    TOKEN_OPEN,
    Rule,
    Value,
    field_names,
)
from kg.spacing import ODD_SPACE, one_spaced, plain_words
from kg.timelimit import FIX_BACKTRACKING, PatternTimeout, progress, skipped, time_limited, timed_out
from kg.timex import MONTHS, WEEKDAYS, month_number, parse_number, resolve_date, resolve_period, resolve_span
from kg.timex import QUALIFIER as DATE_QUALIFIER
from kg.vocab import curie
from kg.yamlfile import source_path


@dataclass(frozen=True)
class Fact:
    """A triple found in an article, with its evidence: the span ``text[begin:end]`` that a
    rule matched, the rule's id, the time phrase a date was resolved from, if any, and its
    modality (None for a plain fact; ``negated`` or ``planned`` for one that is not
    asserted)."""

    subject: Node
    predicate: URIRef
    object: Node | Literal
    rule: str
    begin: int
    end: int
    time_phrase: str | None = None
    modality: str | None = None


@dataclass(frozen=True)
class _Masked:
    """A sentence with its mentions replaced by tokens, and the way back to the text."""

    text: str
    mentions: tuple[Mention, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    spaced: bool = False  #: the sentence spaces its words otherwise than by one space

    def span(self, begin: int, end: int) -> tuple[int, int]:
        """The article span of the masked span [begin, end)."""
        return self.starts[begin], self.ends[end - 1]


# The article's own text may hold the private-use characters that delimit the tokens: each
# is read as U+FFFD in the masked sentence (one character for one, so offsets still map), so
# that no text can pass for a mention.
_NO_TOKENS = str.maketrans({TOKEN_OPEN: "\ufffd", TOKEN_MID: "\ufffd", TOKEN_CLOSE: "\ufffd"})
_TOKEN_CHARACTER = re.compile(f"[{TOKEN_OPEN}{TOKEN_MID}{TOKEN_CLOSE}]")


#: The characters before a mention searched for an honorific: the longest the gazetteer
#: allows (``kg.gazetteer.HONORIFIC_LETTERS``), a full stop, a space and the character before.
HONORIFIC_WINDOW = HONORIFIC_LETTERS + 3


def mask_sentence(
    text: str,
    sentence: Sentence,
    mentions: list[Mention],
    honorifics: dict[str, re.Pattern[str]] | None = None,
    first_index: int = 0,
) -> _Masked:
    """Replace the outermost mentions inside ``sentence`` by class-carrying tokens.

    honorifics: for a class, the pattern of an honorific that may stand before its names
    (``Gazetteer.honorific_before``): one right before a named mention ("Mr Xi") is read
    as part of its token, so that the rules need not write it; the mention's span, the
    evidence, stays the name's. first_index: the number of the first token (a list item's
    tokens follow its lead-in's: ``combined``)."""
    if _TOKEN_CHARACTER.search(text, sentence.begin, sentence.end):
        text = text.translate(_NO_TOKENS)
    inside = [m for m in mentions if sentence.begin <= m.begin and m.end <= sentence.end]
    inside.sort(key=lambda m: (m.begin, -m.end))
    outer: list[Mention] = []
    for mention in inside:
        if not outer or mention.begin >= outer[-1].end:
            outer.append(mention)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []

    # A run of white space other than one space (a wrapped line, a no-break space) reads as
    # one space, which is what the patterns write; it maps back to the whole run.
    spaced = ODD_SPACE.search(text, sentence.begin, sentence.end) is not None
    cursor = sentence.begin
    for index, mention in enumerate([*outer, None]):
        end = sentence.end if mention is None else mention.begin
        if spaced:
            plain, plain_starts, plain_ends = one_spaced(text, cursor, end)
            pieces.append(plain)
            starts.extend(plain_starts)
            ends.extend(plain_ends)
        else:
            pieces.append(text[cursor:end])
            starts.extend(range(cursor, end))
            ends.extend(range(cursor + 1, end + 1))
        if mention is None:
            break
        mark = ANAPHOR_MARK if mention.form == "anaphor" else ""
        before = honorifics.get(mention.node.klass) if honorifics and not mark else None
        honorific = before.search(pieces[-1][-HONORIFIC_WINDOW:]) if before is not None else None
        if honorific is not None:
            cut = len(honorific.group(0))
            pieces[-1] = pieces[-1][:-cut]
            del starts[-cut:], ends[-cut:]
        token = f"{TOKEN_OPEN}{mention.node.klass}{TOKEN_MID}{mark}{first_index + index}{TOKEN_CLOSE}"
        pieces.append(token)
        starts.extend([mention.begin] * len(token))
        ends.extend([mention.end] * len(token))
        cursor = mention.end
    return _Masked("".join(pieces), tuple(outer), tuple(starts), tuple(ends), spaced)


def combined(lead: _Masked, item: _Masked) -> _Masked:
    """A lead-in and one of its list items as one masked text, a line end between them (which
    maps back to the item's start); the item was masked with its tokens numbered after the
    lead-in's (``mask_sentence``'s ``first_index``)."""
    at = item.starts[0] if item.starts else lead.ends[-1]
    return _Masked(
        lead.text + "\n" + item.text,
        lead.mentions + item.mentions,
        (*lead.starts, at, *item.starts),
        (*lead.ends, at, *item.ends),
        lead.spaced or item.spaced,
    )


#: A pattern's groups of these names mark a match as telling of what is to come, or in the
#: present tense (see ``_Match.future``).
FUTURE_GROUP, PRESENT_GROUP = "future", "present"


#: A year that opens a sentence as a heading ("2023: ...", "2023 — ...", "In 2023, ..."), a
#: month's day without a year ("July 4"), and what ends the heading's clause (";", ", and",
#: "today"): see ``_Match.date_words``.
_YEAR_OPENING = re.compile("(?P<year>(?:19|20)[0-9]{2}) ?[:\u2013\u2014-] |In (?P<year2>(?:19|20)[0-9]{2}), ")
_MONTH_DAY = re.compile("(?P<month>[A-Z][a-z]+) [0-9]{1,2}|[0-9]{1,2} (?P<month2>[A-Z][a-z]+)")
#: The date that may follow a weekday ("on Friday, September 16, 2022", "on Friday,
#: September 16": the day of the month, in the publication's year, rather than the weekday).
_MONTH = "(?:" + "|".join(name.capitalize() for name in MONTHS) + ")"
_DATE_AFTER_WEEKDAY = re.compile(
    rf",? ({_MONTH} [0-9]{{1,2}}(?:, [0-9]{{4}})?|[0-9]{{1,2}} {_MONTH}(?: [0-9]{{4}})?)\b(?!,? [0-9])"
)
#: Words after a weekday that make it another week's ("on Wednesday of that week").
_OTHER_WEEK = re.compile(r",?\s+(?:of\s+)?((?:that|the same|the following|the previous|the prior) week)\b")
#: A time that opens a sentence and is not the publication's week: a weekday in its clause
#: ("Last year, Xi met Putin on Wednesday") names no day that can be known.
_OTHER_TIME_OPENING = re.compile(
    "((?:Last|Earlier this|Earlier that|That) (?:year|month|summer|winter|spring|autumn|fall)"
    "|(?:A|One|Two|Three|Four|Five|Several|[0-9]+) (?:years?|months?) (?:ago|earlier)"
    "|In (?:(?:early |mid-|late )?[A-Z][a-z]+ )?(?:19|20)[0-9]{2}"
    "|Previously|In the past|Back then|At the time|Years? ago|Months ago),? "
)


def _other_time_words(year_after: tuple[str, ...], more: str = "") -> re.Pattern[str]:
    """Words of another time than the publication's: "last year", "two years ago",
    "previously" and the like, a year after one of ``year_after`` or a month (not a number,
    "2000 engineers", nor a name, "Vision 2030"), and the alternatives ``more``."""
    after = "|".join(f"(?<=\\b[{w[0].upper()}{w[0]}]{w[1:]} )" for w in year_after)
    return re.compile(
        "\\b(?:(?:[Ll]ast|[Ee]arlier that|[Tt]hat) (?:year|month|summer|winter|spring|autumn|fall)"
        "|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[0-9]+) "
        "(?:years?|months?) (?:ago|earlier)"
        f"|(?:{after}|(?<=[0-9], )"
        + "".join(f"|(?<={month.capitalize()} )" for month in MONTHS)
        + ")(?:19|20)[0-9]{2}(?![0-9])"
        "|[Pp]reviously|[Ii]n the past|[Bb]ack then|[Aa]t the time|[Yy]ears? ago"
        "|[Mm]onths ago" + more + ")\\b"
    )


#: Words of another time than the publication's anywhere in a sentence ("pledged last year
#: that ...", "at the 2019 summit", "in 2018"; a year after "in", "since", "the" and the
#: like): a pledge's period, counted from the article's date, is not stated where they
#: stand (``_Match.time_elsewhere``).
_OTHER_TIME_WORDS = _other_time_words(("in", "since", "from", "until", "during", "the", "after", "of"))
#: Words that tell of another time than the article's, for a thing named by its article
#: for want of a day (a node's ``otherwise``): "Xi met Tokayev in Beijing in 2019", "... last
#: year", "... in May", "for the first time", "earlier" name another meeting than the one
#: the article tells of, and no resource; not "since 2019" ("their first meeting since 2019").
_UNDATED_ELSEWHEN = _other_time_words(
    ("in", "during", "the", "of"),
    "|(?:[Ii]n|[Ii]n early|[Ii]n mid-|[Ii]n late) (?:"
    + "|".join(month.capitalize() for month in MONTHS)
    + ")|for the first time|earlier(?! today| this)|already|once|first met",
)
_CLAUSE_END = re.compile("[,;:.!?]")
_CLAUSE_BREAK = re.compile("[;:]|, (?:and|but|while|whereas|when|as)\\b|\\b(?:today|now|later|this year)\\b")


class _Match:
    """The bindings of one (sub-)match: slot mentions and group words.

    matches: (match, offset) pairs, outer first; a sub-match of ``each`` runs on a slice of
    the masked sentence, so its positions are shifted by ``offset``.
    """

    def __init__(
        self,
        article: Article,
        masked: _Masked,
        matches: list[tuple[re.Match[str], int]],
        slots: frozenset[str],
        tables: dict[str, dict[str, str]] | None = None,
        item: bool = False,
    ) -> None:
        self.article = article
        #: a list item's match after its lead-in's: its evidence is the item alone
        self.item = item
        self.slots = slots
        self.tables = tables or {}
        self.notes: list[str] = []
        # Words a rule captured but could not read (a quantity "1.5" of people): the
        # match then yields nothing, rather than a resource missing its defining value.
        self.unreadable: list[str] = []
        self.masked = masked
        self.matches = matches
        last, offset = matches[-1]
        self.begin, self.end = masked.span(last.start() + offset, last.end() + offset)
        #: the implicit slots the context fills (``Rule.implicit``), each with its mention
        self.implicit: dict[str, Mention] = {}

    def elsewhen(self) -> bool:
        """Whether the match's words, or its clause's after it, or the sentence's opening,
        tell of another time (``_UNDATED_ELSEWHEN``: "met Tokayev in Beijing in 2019";
        ``_OTHER_TIME_OPENING``: "Last year, ..."; not "..., their first meeting since 2019",
        nor "..., after his visit in May", another clause's)."""
        text = self.masked.text
        if _OTHER_TIME_OPENING.match(text):  # ("Last year, Xi met Tokayev in Xi'an")
            return True
        first, first_offset = self.matches[0]
        last, offset = self.matches[-1]
        end = _CLAUSE_END.search(text, last.end() + offset)
        stop = end.start() if end else len(text)
        return _UNDATED_ELSEWHEN.search(text, first.start() + first_offset, stop) is not None

    def _group(self, name: str) -> tuple[re.Match[str], int] | None:
        for match, offset in reversed(self.matches):
            if name in match.re.groupindex and match.group(name) is not None:
                return match, offset
        return None

    @property
    def future(self) -> bool:
        """Whether the match's weekdays are the coming ones (kg.timex.resolve_date): where the
        rule's group ``future`` ("will be held on Thursday") or ``present`` ("is held on
        Thursday") matched."""
        return self._group(FUTURE_GROUP) is not None or self._group(PRESENT_GROUP) is not None

    def mentions(self, name: str) -> list[Mention]:
        """The mentions bound to slot ``name`` (several for a list slot). Not "the summit" (an
        anaphor of a summit) in a clause that opens on another year than the article's ("Last
        year, Sharif skipped the summit", "In 2023, Modi chaired the summit"), unless the
        summit it refers back to was named with that year: that year's summit is meant, not
        the one named before, and the slot is left unbound."""
        found = self._group(name)
        if found is None:
            return [self.implicit[name]] if name in self.implicit else []
        bound = [self.masked.mentions[int(i)] for i in TOKEN_INDEX.findall(found[0].group(name))]
        summits = [m for m in bound if m.form == "anaphor" and m.node.klass == "Summit"]
        if summits:
            opening = self.other_year(name, summits)
            if opening is not None:
                self._unresolved(
                    f"'the summit' in a clause that opens on another year, {opening!r}, is that "
                    "year's, not the one named before: no event"
                )
                return [m for m in bound if m not in summits]
        return bound

    def other_year(self, name: str, anaphors: list[Mention]) -> str | None:
        """The words that open the clause holding group ``name`` and tell another year than
        the publication's ("Last year,", "However, last year", "In early 2023,", "Two years
        ago,", "Back in 2023,"; not "Last month,", nor the article's own year, nor where a
        clause of now stands between: "..., and on Thursday ..."), if they do and none of
        the ``anaphors`` refers back to a mention named in a sentence with that year."""
        found = self._group(name)
        opening = _OTHER_YEAR_OPENING.match(self.masked.text)
        if found is None or opening is None:
            return None
        match, offset = found
        between = self.masked.text[opening.end() : match.start(name) + offset]
        if _CLAUSE_BREAK.search(between) or _NOW_BREAK.search(between):
            return None
        reference = self.article.reference_date
        stated, ago = _YEAR.search(opening[1]), _YEARS_AGO.fullmatch(opening[1])
        year = None  # ("That year", "Back then", "Two years earlier": a year told before, unknown here)
        if stated is not None:
            year = int(stated[1])
        elif ago is not None and reference is not None:
            year = reference.year - _COUNTS.get((ago["n"] or "one").lower(), 1)
        if year is not None and reference is not None and year == reference.year:
            return None
        if year is not None:
            text = self.article.text
            for anaphor in anaphors:
                if anaphor.antecedent is None:
                    continue
                there = next(s for s in self.article.sentences if s.begin <= anaphor.antecedent[0] < s.end)
                if str(year) in text[there.begin : there.end]:
                    return None  # ("... the 23rd summit in July 2023. In 2023, Modi chaired the summit")
        return opening[1]

    def span(self, name: str) -> tuple[int, int] | None:
        """The article span of group ``name``, if it matched something."""
        found = self._group(name)
        if found is None or found[0].start(name) == found[0].end(name):
            return None
        match, offset = found
        return self.masked.span(match.start(name) + offset, match.end(name) + offset)

    def words(self, name: str) -> str | None:
        """The article's words in group ``name``, mentions restored; a run of white space
        other than one space (a wrapped line, a no-break space) read as one space."""
        span = self.span(name)
        if not span:
            return None
        words = self.article.text[span[0] : span[1]]
        return _quotes_closed(plain_words(words) if self.masked.spaced else words)

    def _unresolved(self, note: str) -> None:
        """No day: the note said once, however often the date is asked for."""
        if note not in self.notes:
            self.notes.append(note)

    def other_time(self, name: str) -> str | None:
        """The words of another time than the publication's that open the clause holding
        group ``name`` ("Last year,", "In 2018,", "Two years ago,"), if they do."""
        found = self._group(name)
        if found is None:
            return None
        match, offset = found
        opening = _OTHER_TIME_OPENING.match(self.masked.text)
        if opening is None:
            return None
        if _CLAUSE_BREAK.search(self.masked.text, opening.end(), match.start(name) + offset):
            return None
        return opening[1]

    def time_elsewhere(self, name: str) -> str | None:
        """The words of another time than the publication's anywhere in the sentence but in
        group ``name`` ("Xi pledged last year that ...", "At the 2019 summit, ..."), if any;
        a year that is the article's own is none."""
        found = self._group(name)
        if found is None:
            return None
        match, offset = found
        start, end = match.start(name) + offset, match.end(name) + offset
        reference = self.article.reference_date
        for other in _OTHER_TIME_WORDS.finditer(self.masked.text):
            if start < other.end() and other.start() < end:
                continue
            if other.group(0).isdigit() and reference is not None and int(other.group(0)) == reference.year:
                continue  # (the article's own year: "at the 2024 summit", in 2024)
            return other.group(0)
        return None

    def date_words(self, name: str) -> str | None:
        """The words of group ``name``, with the words after it that move a date ("Monday"
        of "on Monday last week", "July 4" of "on July 4 last year"), which the pattern
        did not take; a month's day with the year that opens the sentence, where one does
        (a timeline's "2023: Iran became ... on July 4", "In 2023, ... on July 4")."""
        words, found = self.words(name), self._group(name)
        if words is None or found is None:
            return words
        match, offset = found
        after = DATE_QUALIFIER.match(self.masked.text, match.end(name) + offset)
        if after is not None:
            return f"{words} {after['which']} {after['unit']}"
        end = match.end(name) + offset
        weekday = words.casefold() in WEEKDAYS
        written = _DATE_AFTER_WEEKDAY.match(self.masked.text, end) if weekday else None
        if written is not None:
            return written.group(1)  # ("on Friday, September 16, 2022": that day, not this week's)
        other_week = _OTHER_WEEK.match(self.masked.text, end) if weekday else None
        if other_week is not None:  # ("on Wednesday of that week": a week named before)
            return self._unresolved(
                f"{words!r} left unresolved: it is a day of another week, {other_week[1]!r}"
            )
        opening = self.other_time(name) if weekday else None
        if opening is not None:
            # ("Last year, Xi met Putin on Wednesday": a weekday of another time names no day)
            return self._unresolved(
                f"{words!r} left unresolved: its clause opens on another time, {opening!r}"
            )
        heading = _YEAR_OPENING.match(self.masked.text)
        month_day = _MONTH_DAY.fullmatch(words)
        if (
            heading is not None
            and month_day is not None
            and month_number(month_day["month"] or month_day["month2"])
            # (in the heading's own clause: not "In 2023, X joined; Y joined on July 4")
            and not _CLAUSE_BREAK.search(self.masked.text, heading.end(), match.start(name) + offset)
        ):
            year = heading["year"] or heading["year2"]  # ("2023: Iran ... on July 4", "... on 4 July")
            return f"{words}, {year}" if month_day["month"] else f"{words} {year}"
        return words


def _quotes_closed(words: str) -> str:
    """``words`` with a quotation they open or close completed by its other mark: a group
    that ends before a quote's closing mark ('called for a "fair world order," a message
    ...': the comma stands inside the quote) keeps the quote whole, not half."""
    if words.count('"') % 2:
        # the mark left alone opens a quotation where a space (or the start) stands before it
        # and a word after it ('a "fair'), and closes one otherwise ('order,"')
        last = words.rindex('"')
        opening = (
            (last == 0 or words[last - 1] in " ([")
            and last + 1 < len(words)
            and not words[last + 1].isspace()
        )
        words = words + '"' if opening else '"' + words
    opened, closed = words.count("\u201c"), words.count("\u201d")
    if opened > closed:
        words += "\u201d" * (opened - closed)
    elif closed > opened:
        words = "\u201c" * (closed - opened) + words
    return words


def _render(template: str, match: _Match, nodes: dict[str, Node], ref: date | None) -> str | None:
    missing = False

    def named(name: str) -> str | None:
        if name in nodes:
            return nodes[name].name
        if name == "article":  # (the article's name: a thing told of with no day, "({article})")
            return match.article.slug
        mentions = match.mentions(name) if name in match.slots else []
        return mentions[0].node.name if mentions else match.words(name)

    def field(found) -> str:
        nonlocal missing
        if "&" in found.group(1):  # all of them, in alphabetical order
            values = [named(name) for name in found.group(1).split("&")]
            if None in values or len(set(values)) < len(values):
                # (nor one named twice: "He met Hu", "he" taken for Hu, is no meeting)
                missing = True
                return ""
            return " and ".join(sorted(values, key=lambda v: (v.casefold(), v)))
        if (found.group(2) or "").startswith("!"):  # strictly: the first alternative all bound
            for alternative in found.group(1).split("|"):
                values = [named(name) for name in alternative.split("+")]
                if None not in values:
                    key = " ".join(values)
                    value = match.tables.get(found.group(2)[1:], {}).get(key)
                    break
            else:
                value = None
            if value is None:
                missing = True
                return ""
            return value
        value = None
        for name in found.group(1).split("|"):
            value = named(name)
            if value is not None:
                break
        if value is not None and found.group(2) == "date":
            if name not in nodes and not (name in match.slots and match.mentions(name)):
                value = match.date_words(name)  # ("Monday last week"; None: no day)
            resolved = resolve_date(value, ref, match.future) if value is not None else None
            if resolved is not None:
                value = resolved.isoformat()
            elif ref is None and value is not None:
                # An undated article's "Thursday" names the node as written, with the article
                # (another article's Thursday is another day): the meeting is kept, without a
                # date, rather than lost with its attendees.
                match.notes.append(f"{value!r} left unresolved: the article has no publication date")
                value = f"{value} ({match.article.slug})"
            else:
                value = None
        elif value is not None and found.group(2):
            value = match.tables.get(found.group(2), {}).get(value, value)
        if value is None:
            missing = True
            return ""
        return value

    rendered = TEMPLATE_FIELD.sub(field, template)
    return None if missing else rendered


def _objects(
    value: Value,
    match: _Match,
    nodes: dict[str, Node],
    article: Article,
    classes: ClassTree,
    gazetteer: Gazetteer,
    least: int | None = None,
    predicate: URIRef | None = None,
) -> list[tuple[Node | Literal, str | None]]:
    """The objects a fact's object spec yields for a match, each with its time phrase. A
    number below ``least`` (the least the shapes allow of ``predicate``) makes the match
    unreadable: a graph holding it would not conform, and the whole build would fail."""
    ref = article.reference_date
    kind, arg = value.kind, value.arg
    if kind == "var":
        # "a|b": the first of the variables that is bound in this match.
        for name in str(arg).split("|"):
            if name == "article":
                return [(article_node(article), None)]
            if name in nodes:
                return [(nodes[name], None)]
            found = match.mentions(name)
            if found:
                return [(m.node, None) for m in found]
        return []
    if kind == "entity":
        return [(gazetteer.entity(arg).node, None)]
    if kind == "boolean":
        return [(Literal(arg), None)]
    if kind == "text":
        rendered = _render(str(arg), match, nodes, ref)
        return [(Literal(rendered), None)] if rendered else []
    if kind == "mentions":
        span = match.span(arg)
        if span is None:
            return []
        found = [
            m.node
            for m in match.masked.mentions
            if span[0] <= m.begin and m.end <= span[1] and classes.is_a(m.node.klass, value.klass)
        ]
        return [(node, None) for node in dict.fromkeys(found)]
    if kind == "integer" and "{" in str(arg):  # the number a template gives: "{city+year!!table}"
        rendered = _render(str(arg), match, nodes, ref)
        if rendered is None:
            return []
        words = named = rendered
    else:
        # "a|b": the words of the first group that matched (a date's with the words after it
        # that move it, "Monday last week").
        read = match.date_words if kind == "date" else match.words
        named = next((name for name in str(arg).split("|") if read(name) is not None), None)
        if named is None:
            return []
        words = read(named)
    if kind == "integer":
        number = parse_number(words)
        if number is None:
            match.unreadable.append(f"{words!r} is not a whole number")
            return []
        if least is not None and number < least:
            match.unreadable.append(
                f"{words!r} gives {number}, below the least {curie(str(predicate))} "
                f"the shapes allow ({least})"
            )
            return []
        return [(Literal(number), None)]
    if kind == "year":
        # The patterns' \d matches the digits of any script (٢٠٢٤); XSD writes a year in ASCII
        # digits, at least four.
        return [(Literal(f"{int(words):04d}", datatype=XSD.gYear), None)] if words.isdecimal() else []
    if kind == "date":
        resolved = resolve_date(words, ref, match.future)
        relative = resolve_date(words, None) is None
        if resolved is None and ref is None:
            match.notes.append(f"{words!r} left unresolved: the article has no publication date")
        return [(Literal(resolved), words if relative else None)] if resolved else []
    if kind in ("first_day", "last_day"):
        span = resolve_span(words, ref, match.future)
        if span is None and ref is None:
            match.notes.append(f"{words!r} left unresolved: the article has no publication date")
        relative = resolve_span(words, None) is None
        if span is None:
            return []
        return [(Literal(span[0] if kind == "first_day" else span[1]), words if relative else None)]
    period = resolve_period(words, ref)
    if period is None:
        return []
    if kind in ("period_start", "period_end"):
        # ("Last year, Xi pledged ... in the next three years": not from this article's date)
        opening = match.other_time(named)
        if opening is not None:
            match.notes.append(f"{words!r} left unresolved: its clause opens on another time, {opening!r}")
            return []
        elsewhere = match.time_elsewhere(named)
        if elsewhere is not None:  # ("Xi pledged last year that ...": maybe not from this article's date)
            note = f"{words!r} left unresolved: the sentence speaks of another time, {elsewhere!r}"
            match.notes.append(note)
            return []
    if ref is None and kind in ("period_start", "period_end"):
        match.notes.append(f"{words!r} left unresolved: the article has no publication date")
    if kind == "duration":
        return [(Literal(period.duration, datatype=XSD.duration), None)]
    day = period.start if kind == "period_start" else period.end
    return [(Literal(day), words)] if day else []


def _lacking(field: re.Match) -> str:
    """A template field a node's name lacks, in words: "a date from day or date", "org", "a
    key the table t lists, from a+b or a"."""
    names = " or ".join(re.split(r"[|&]", field.group(1)))
    if (field.group(2) or "").startswith("!"):
        return f"a key the table {field.group(2)[1:]} lists, from {names}"
    return f"a date from {names}" if field.group(2) == "date" else names


def article_node(article: Article) -> Node:
    """The resource standing for the article itself."""
    return Node("Article", article.slug)


def _apply(
    rule: Rule,
    article: Article,
    masked: _Masked,
    classes: ClassTree,
    gazetteer: Gazetteer,
    items: tuple[_Masked, ...] = (),
    context: Context | None = None,
) -> tuple[list[Fact], list[Mention], list[str]]:
    facts: list[Fact] = []
    mentions: list[Mention] = []
    notes: list[str] = []
    ref = article.reference_date
    slots, tables = rule.slot_names, rule.tables_by_name
    for outer in rule.pattern.finditer(masked.text):
        if outer.end() == outer.start():  # (only a lookahead: an empty match has no words)
            continue
        if rule.stopped_by(masked.text, outer.start(), outer.end()):
            continue  # the words before or after it make it no fact ("If approved, ...")
        if rule.items_pattern is not None:
            # Each list item after the lead-in, matched alone, read with the lead-in's slots.
            # With ``each``, a group of the item split into clauses, each read alone.
            bindings = []
            for item in items:
                both, at = combined(masked, item), len(masked.text) + 1
                for inner in rule.items_pattern.finditer(item.text):
                    if inner.end() == inner.start():
                        continue
                    read = [(outer, 0), (inner, at)]
                    if rule.each_pattern is None:
                        bindings.append(_Match(article, both, read, slots, tables, True))
                        continue
                    start, end = inner.span(rule.each_group)
                    bindings += [
                        _Match(article, both, [*read, (clause, at + start)], slots, tables, True)
                        for clause in rule.each_pattern.finditer(item.text[start:end])
                    ]
        elif rule.each_pattern is not None:
            # The clauses are matched on a slice so that ^ and $ mean the group's edges.
            start, end = outer.span(rule.each_group)
            bindings = [
                _Match(article, masked, [(outer, 0), (inner, start)], slots, tables)
                for inner in rule.each_pattern.finditer(masked.text[start:end])
            ]
        else:
            bindings = [_Match(article, masked, [(outer, 0)], slots, tables)]
        for match in bindings:
            if rule.restricted and rule.binds_others(match.mentions):
                continue  # ("{org:Organization=sco}": another organization)
            entity = rule.context_entity
            if entity is not None and (context is None or not context.names(entity, match.begin)):
                where = f"{rule.id} at {match.begin}-{match.end}"
                notes.append(f"{where}: the context does not name {entity.name} alone (context_entity)")
                continue
            if rule.implicit and context is not None:
                context.fill(rule, match)
            found = len(facts)
            nodes: dict[str, Node] = {}
            unnamed = []
            for spec in rule.nodes:
                name = _render(spec.name, match, nodes, ref)
                if not name and spec.otherwise is not None:
                    if match.elsewhen():
                        why = "its sentence tells of another time"
                        match.notes.append(f"no {spec.var} named by the article: {why}")
                    else:
                        name = _render(spec.otherwise, match, nodes, ref)
                if name:
                    klass = spec.class_for(match.words(spec.class_key)) if spec.class_key else spec.klass
                    nodes[spec.var] = Node(klass, name)
                else:
                    unnamed.append(spec)
            for fact in rule.facts:
                subjects = _objects(Value("var", fact.subject), match, nodes, article, classes, gazetteer)
                objects = _objects(
                    fact.object, match, nodes, article, classes, gazetteer, fact.least, fact.predicate
                )
                begin, end = _evidence(match, fact.subject, fact.object)
                if fact.past:
                    match.unreadable += [
                        f"{o} lies after the article's publication" for o, _ in objects if _after(o, ref)
                    ]
                if fact.past == "earlier":
                    match.unreadable += [
                        f"{o} is the year of the article's publication"
                        for o, _ in objects
                        if _this_year(o, ref)
                    ]
                for (subject, _), (obj, phrase) in itertools.product(subjects, objects):
                    if fact.irreflexive and subject == obj:  # ("Sharif ... his counterpart Sharif")
                        match.notes.append(f"{subject.name} is not its own {curie(str(fact.predicate))}")
                        continue
                    facts.append(
                        Fact(subject, fact.predicate, obj, rule.id, begin, end, phrase, fact.modality)
                    )
            for spec in unnamed:
                if any(spec.var in names.split("|") for names in rule.fact_variables):
                    lacking = [
                        found
                        for found in TEMPLATE_FIELD.finditer(spec.name)
                        if _render(found.group(0), match, nodes, ref) is None
                    ]
                    dated = any(found.group(2) == "date" for found in lacking)
                    match.notes.append(
                        f"no {spec.var} (nor its facts): its name {spec.name!r} needs "
                        + ", ".join(map(_lacking, lacking))
                        + (
                            ", which the sentence does not give, or the table does not list"
                            if any((f.group(2) or "").startswith("!") for f in lacking)
                            else ", which the sentence does not give"
                        )
                        + (" (or gives as no day)" if dated else "")
                    )
            if match.unreadable:
                del facts[found:]
                reasons = "; ".join(dict.fromkeys(match.unreadable))
                notes.append(f"{rule.id} at {match.begin}-{match.end}: skipped, {reasons}")
                continue
            spec = rule.mention
            if spec is not None and spec.node in nodes:
                span = match.span(spec.group)
                if span:
                    node = nodes[spec.node]
                    reach = lead_reach(article, match, span[0]) if spec.reach == "lead" else spec.reach
                    mentions.append(Mention(span[0], span[1], node, "rule", rule.id, reach=reach))
            notes.extend(f"{rule.id} at {match.begin}-{match.end}: {n}" for n in dict.fromkeys(match.notes))
    return facts, mentions, notes


def _after(value: Node | Literal, reference: date | None) -> bool:
    """Whether ``value``, a date or a year, lies after the ``reference`` date."""
    if reference is None or not isinstance(value, Literal):
        return False
    if value.datatype == XSD.gYear:
        return int(str(value)) > reference.year
    if value.datatype == XSD.date:
        return date.fromisoformat(str(value)) > reference
    return False


def _this_year(value: Node | Literal, reference: date | None) -> bool:
    """Whether ``value`` is a year, the ``reference`` date's."""
    return (
        reference is not None
        and isinstance(value, Literal)
        and value.datatype == XSD.gYear
        and int(str(value)) == reference.year
    )


#: The groups of a pattern that tell the time of what it names (``of_another_time``).
_TIME_GROUPS = ("other", "year", "month", "day", "day2")


def lead_reach(article: Article, match: _Match, begin: int) -> str:
    """The reach of a rule-made mention at ``begin`` whose rule's reach is "lead": the whole
    article ("document") where it is in the article's lead, its headline or its body's first
    two paragraphs (a dateline's paragraph may lead into the summit's), and the match's
    time groups (``_TIME_GROUPS``) give no other time than the article's, a month alone
    more than one away included ("the 24th SCO summit in July" in a December review of the
    year); else its paragraph. A numbered summit in an article's lead is mostly its subject;
    one named further down may be one recalled."""
    sentence = next((s for s in article.sentences if s.begin <= begin < s.end), None)
    if sentence is None or not article.in_lead(sentence):
        return "paragraph"
    found = {name: match.words(name) for name in _TIME_GROUPS}
    return "paragraph" if of_another_time(found, article.reference_date, month_alone=True) else "document"


def _evidence(match: _Match, subject: str, obj: Value) -> tuple[int, int]:
    """The span a fact is derived from: the match, or for a clause of an ``each`` rule, the
    clause widened to take in the words of the whole match that the fact names (the
    "Xi" of "Xi pledged that China will provide …, and host …"); for a list item after a
    lead-in (``items``), the item's match, all of it (not its clause of ``each``)."""
    begin, end = match.begin, match.end
    if match.item:  # (a list item: its own match, not the lead-in's, whatever clause of it)
        item, offset = match.matches[1]
        return match.masked.span(item.start() + offset, item.end() + offset)
    if len(match.matches) == 1:
        return begin, end
    names = subject.split("|")
    if obj.kind == "text" or "{" in str(obj.arg):  # a template: the names in its fields
        names += [n for field in TEMPLATE_FIELD.findall(str(obj.arg)) for n in field_names(field[0])]
    elif obj.kind not in ("entity", "boolean"):  # a variable, or a group the value is read from
        names += str(obj.arg).split("|")
    for name in names:
        span = match.span(name)
        if span is not None:
            begin, end = min(begin, span[0]), max(end, span[1])
    return begin, end


#: Words right after a match that name what the gazetteer lacks ("... as a member of NATO",
#: "joined in 2004 with Estonia"): a capitalized word after a preposition, no month.
_NAMED_AFTER = re.compile(
    ",? (?:of|to|in|into|by|with|from|under|within) (?:the )?(?!(?:"
    + "|".join(name.capitalize() for name in MONTHS)
    + r")\b)[A-Z]"
)


#: Words of an occasion beside ``_EVENT_WORD``'s, which an attendance after them may mean
#: ("Raisi died in May. Thousands mourned. Aliyev attended."; "The Eurasian Economic Union
#: met in Minsk. Putin attended."): no summit of the article's lead is taken past them
#: (``Context.quiet``). Not in ``_EVENT_WORD``: "The summit opened on Thursday. Xi attended."
_OTHER_OCCASION = re.compile(
    r"\b(?:met|meets|gathered|gathering|opened|opening|inaugurat\w*|sworn|died|death|mourn\w*|"
    r"match|qualifier|tournament|played|celebrat\w*|olympics?|anniversary|founding|founded|"
    r"elections?|vote|voted|burial|buried|memorial)\b",
    re.IGNORECASE,
)
#: A summit told of (outside a mention) since the article's lead summit: another one.
_SUMMIT_WORD = re.compile(r"\bsummits?\b", re.IGNORECASE)

#: Words of an event (another than the one named before an implicit slot of an event).
_EVENT_WORD = re.compile(
    r"\b(?:summits?|meetings?|talks|sessions?|forums?|conferences?|visits?|visited|visiting|"
    r"dinners?|banquets?|receptions?|ceremon(?:y|ies)|parades?|concerts?|galas?|calls?|"
    r"negotiations|festivals?|exhibitions?|expos?|weddings?|funerals?|games|events?|trips?|"
    r"tours?|assembl(?:y|ies)|congress(?:es)?|parliament|(?:went|flew|travell?ed|headed|moved on) to|"
    r"left for)\b",
    re.IGNORECASE,
)

#: Words that end a summit's own first part, naming another event or a host ("an informal
#: dinner hosted by Putin at the CSTO meeting" is not the summit's).
_PART_STOP = r"summits?|meetings?|talks|sessions?|forums?|conferences?|visits?|hosted|given|held"

#: A relative clause right after a mention, to the end of its sentence: what it tells is of
#: the thing mentioned ("..., which opened with an informal dinner on Thursday"); not one
#: that sets it beside another event ("..., which was followed by a CSTO meeting"). Or the
#: mention's own opening, with its first part, to the end of that clause ("The two-day
#: summit opened on Thursday evening with an informal dinner").
_OWN_CLAUSE = re.compile(
    r", which (?![^.;:!?]*\b(?:followed|preceded|coincided|after|before|ahead of|alongside)\b)[^.;:!?]*"
    r"|\s(?:opened|began|started|got under way)\b(?:(?! and\b)[^.;:!?]){0,60}?\bwith (?:an?|the|its) "
    r"(?:(?:informal|welcome|welcoming|working|official|gala|state) )*(?:dinner|banquet|reception|ceremony)\b"
    r"(?:(?! and\b| but\b|\b(?:[A-Z]{2,}|" + _PART_STOP + r")\b)[^.;:!?,])*"
    r"(?=[.;:!?,]| and\b| but\b|$)"
)

#: A session of a meeting in one of its formats ("the expanded session", "talks in restricted
#: format", "the main talks were held on Friday", that clause alone): a part of the meeting
#: named before, not another event; or the meeting itself,
#: said again of "it" ("It was the first summit since ..."; the words after it are not).
_OWN_PART = re.compile(
    r"\b(?:restricted|expanded|enlarged|narrow|closed|closed-door|plenary)(?:[- ]format)? "
    r"(?:sessions?|meetings?|talks)\b|"
    r"\b(?:talks|sessions?) in (?:restricted|expanded|narrow|enlarged|full) format\b|"
    r"\bSCO Plus[\"”]? (?:meetings?|sessions?)\b|"
    r"\b(?:[Tt]he|[Ii]ts) main (?:talks|sessions?) (?:were|was) held"
    r"(?: on [A-Z][a-z]+day| the (?:next|following) day)?(?=[.;]|$)|"
    r"\b(?<![\w-] )it (?:was|is) (?:the|its) (?:[\w-]+ ){0,3}(?:summit|meeting)\b",
    re.IGNORECASE,
)

#: A year.
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")

#: Words that open a clause and tell another year than the article's, perhaps after a list
#: marker or a connective (``_Match.other_year``): group 1 the time words.
_OTHER_YEAR_OPENING = re.compile(
    r"(?:[-*\u2022\u2013] |[0-9]{1,3}[.)] )?(?:(?:However|But|Then|Also|And|Yet|Earlier),? )?"
    r"((?:(?:[Ee]arly|[Ll]ate|[Aa]lso) )?(?:[Ll]ast|[Tt]hat|[Tt]he previous) year|[Tt]he year before"
    r"|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[0-9]+) years? (?:ago|earlier|before)"
    r"|(?:[Ii]n|[Bb]ack in|[Dd]uring) (?:(?:early |mid-|late )?(?:[A-Z][a-z]+ )?"
    r"|the (?:spring|summer|autumn|fall|winter) of )(?:19|20)[0-9]{2}|[Bb]ack then|[Yy]ears ago),? "
)
#: Such an opening counted back from the publication's year ("Last year", "Two years ago").
_YEARS_AGO = re.compile(
    r"(?:(?:[Ee]arly|[Ll]ate|[Aa]lso) )?[Ll]ast year"
    r"|(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive) years? ago"
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
#: Words between such an opening and a slot that start a clause of the article's time (a day
#: of its week, "this week", "now") or a clause of its own (", which", ", so"): the slot is
#: not the opening's ("Last year, India held the chair, and on Thursday Sharif attended").
_NOW_BREAK = re.compile(
    r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this (?:week|month|year)"
    r"|today|yesterday|now)\b|, (?:which|so)\b| so\b"
)

#: A year right after a mention, in its clause ("... in Yekaterinburg in 2009", "of 2013").
_RECALLED_YEAR = re.compile(
    r"[^,.;:!?]{0,40}?\b(?:in|of|on) (?:(?:early|mid-|late|[A-Z][a-z]+|\d{1,2}) ){0,2}"
    r"(?P<year>(?:19|20)\d\d)\b"
)

#: The period of a plan, its years no time of the sentence's ("approved a programme for
#: 2019-2021", "a development strategy until 2025", "a plan of action for 2013 to 2017");
#: not a person's term ("an observer from 2005 to 2008", "whose term ran in 2018-2022").
_PLAN_PERIOD = re.compile(
    r"\b(?:[Pp]rogrammes?|[Pp]rograms?|[Pp]lans?|[Ss]trateg(?:y|ies)|[Rr]oad ?[Mm]aps?|[Cc]oncepts?"
    r"|[Aa]gendas?)\b"
    r"(?: [\w-]+){0,6}? (?:for|until|to|up to|through|till) (?:the (?:years? |period )?)?"
    r"(?:19|20)\d\d(?:\s?(?:-|\u2013|to|and) ?(?:19|20)\d\d)?\b"
)

#: Words that date a sentence: a year (not one "since" which a state held: "Belarus, a dialogue
#: partner since 2009, ...", nor one of a plan's period: ``_PLAN_PERIOD``), a decade ("in
#: the 2000s"), or a time before the article's ("last year", "earlier", "previously",
#: "already"; not one of a thing's own, "last month's unrest", nor "had", which a relative
#: clause on a person may hold: "whose country had been an observer").
_OTHER_TIME = re.compile(
    r"(?<!since )\b(?P<year>(?:19|20)\d\d)\b(?!s)|\b(?:19|20)\d0s\b|"
    r"\b(?:earlier|previously|already|formerly|decades?)\b|"
    r"\b(?:last|previous|past) (?:year|summer|spring|autumn|fall|winter|month)\b(?!['\u2019]s)|"
    r"\b(?:years?|months?) (?:ago|earlier|before)\b|\bthat year\b"
)


class Context:
    """What an article names around a match, for a rule's implicit slots (``Rule.implicit``)
    and its ``Rule.context_entity`` (which asks of every match what an entity's slot asks).
    A slot the match leaves unnamed stands for

    - its entity ("India and Pakistan joined in 2017": the SCO), where the nearest mention of
      the entity's class before the match (a name or an anaphor, anywhere earlier in the
      article) is that entity;
    - or, for a class (a summit: "Putin attended, along with ..."), the thing the nearest
      mention of the slot's class before the match names, where that thing is of the class,
      the mention is in the match's paragraph or the one before, and no word of another
      event (talks, a dinner, "the BRICS summit", which the gazetteer does not name) stands
      between them outside a mention, nor outside a relative clause right after the mention,
      which tells of that thing's own parts ("the 16th meeting ..., which opened with an
      informal dinner on Thursday and held talks on Friday. Xi and Putin attended."), nor in
      the name of a session in one of its formats ("talks in restricted format", "the
      expanded session", the "SCO Plus" meeting); and not one dated by the words right after
      it to a year other than the article's ("Russia last hosted the SCO summit in
      Yekaterinburg in 2009. Xi and Nazarbayev attended." in a report of 2015), nor for a
      match whose own sentence tells of another time (a year not the article's, but for a
      plan's period, "last year", "two years ago", "earlier": "India joined in 2017" in a
      report of 2024); with ``Rule.implicit_reach`` "lead", failing that mention, the last
      one reaching the whole article where no other thing of the class is named since
      (``lead_named``);

    and in either case only where neither the sentence holding that mention nor the match's
    names another thing of that class. Else the match names none, and states nothing that
    needs it."""

    def __init__(self, article: Article, mentions: list[Mention], classes: ClassTree) -> None:
        self.article, self.mentions, self.classes = article, mentions, classes
        self.starts = [s.begin for s in article.sentences]
        # for each class asked for, its mentions by end, and their ends
        self.of_class: dict[str, tuple[list[Mention], list[int]]] = {}

    def _sentence(self, offset: int) -> Sentence:
        return self.article.sentences[max(bisect.bisect_right(self.starts, offset) - 1, 0)]

    def _kinds(self, klass: str) -> tuple[list[Mention], list[int]]:
        if klass not in self.of_class:
            found = sorted(
                (m for m in self.mentions if self.classes.is_a(m.node.klass, klass)),
                key=lambda m: (m.end, m.begin),
            )
            self.of_class[klass] = (found, [m.end for m in found])
        return self.of_class[klass]

    def _nearest(self, klass: str, begin: int) -> Mention | None:
        """The nearest mention of ``klass`` ending at or before ``begin``."""
        listed, ends = self._kinds(klass)
        at = bisect.bisect_right(ends, begin)
        return listed[at - 1] if at else None

    def _alone(self, node: Node, klass: str, *offsets: int) -> bool:
        """Whether the sentences at ``offsets`` name no other thing of ``klass`` than ``node``."""
        sentences = {self._sentence(offset) for offset in offsets}
        return all(
            m.node == node
            for m in self._kinds(klass)[0]
            for sentence in sentences
            if sentence.begin <= m.begin < sentence.end
        )

    def names(self, entity: Node, begin: int) -> bool:
        """Whether the context of a match starting at ``begin`` names ``entity``, as above."""
        nearest = self._nearest(entity.klass, begin)
        return (
            nearest is not None
            and nearest.node == entity
            and self._alone(entity, entity.klass, nearest.begin, begin)
        )

    def _recalled(self, end: int, stop: int) -> bool:
        """Whether the words right after a mention ending at ``end`` (up to ``stop``) date it
        to a year other than the article's ("last hosted the SCO summit in Yekaterinburg in
        2009" in a report of 2015): a thing recalled, not the one reported on."""
        reference = self.article.reference_date
        found = _RECALLED_YEAR.match(self.article.text, end, stop)
        return found is not None and reference is not None and int(found.group("year")) != reference.year

    def _dated_otherwise(self, mention: Mention) -> bool:
        """Whether the words of ``mention`` hold a year other than the article's ("the SCO
        summit in 2005", "the 2014 SCO summit in Dushanbe" in a report of 2016): a thing
        recalled, which a later "Karimov told the expanded session" does not mean."""
        reference = self.article.reference_date
        return reference is not None and any(
            int(year) != reference.year
            for year in _YEAR.findall(self.article.text, mention.begin, mention.end)
        )

    def _of_another_time(self, begin: int) -> bool:
        """Whether the sentence at ``begin`` tells of a time other than the article's: a year
        not its own, "last year", "two years ago", "earlier" ("Iran joined in 2023" in a
        report of 2024 did not join at the summit named before it)."""
        sentence = self._sentence(begin)
        reference = self.article.reference_date
        plans = [m.span() for m in _PLAN_PERIOD.finditer(self.article.text, sentence.begin, sentence.end)]
        for found in _OTHER_TIME.finditer(self.article.text, sentence.begin, sentence.end):
            if any(b <= found.start() < e for b, e in plans):
                continue
            year = found.group("year")
            if year is None or reference is None or int(year) != reference.year:
                return True
        return False

    def named_before(
        self, klass: str, kind: str, begin: int, lead: bool = False, alone: bool = False
    ) -> Node | None:
        """The thing of class ``klass`` that the nearest mention of ``kind`` (its slot's class,
        Event for a summit) before ``begin`` names, as above; None if there is none. With
        ``lead``, failing that, the article's lead summit (``lead_named``); with ``alone`` too,
        only where the context is ``quiet``."""
        found = self._just_before(klass, kind, begin)
        if found is None and lead and (not alone or self.quiet(kind, begin)):
            return self.lead_named(klass, kind, begin)
        return found

    def quiet(self, kind: str, begin: int) -> bool:
        """Whether the paragraph of ``begin`` and the one before, up to ``begin``, name no
        thing of ``kind`` and hold no word of another event or occasion outside a mention
        (``_EVENT_WORD``, ``_OTHER_OCCASION``; a session of a meeting in one of its formats,
        ``_OWN_PART``, is the meeting's), and no summit is told of outside a mention since the
        last one reaching the whole article: an attendance there ("Erdogan and Aliyev
        attended.") is one of the article's lead summit, not of a summit named, nor of a
        dinner, a funeral or another body's meeting told of, just before, which the reader
        would take."""
        here = self._sentence(begin)
        nearest = self._nearest(kind, begin)
        if nearest is not None and self._sentence(nearest.begin).block >= here.block - 1:
            return False
        start = next(s.begin for s in self.article.sentences if s.block >= here.block - 1)
        listed, ends = self._kinds(kind)
        reaching = [m for m in listed[: bisect.bisect_right(ends, begin)] if m.reach == "document"]
        since = reaching[-1].end if reaching else start  # (a summit told of since the lead's)
        text = self.article.text
        inside = [(m.begin, m.end) for m in self.mentions if min(start, since) <= m.begin < begin]
        inside.extend(part.span() for part in _OWN_PART.finditer(text, min(start, since), begin))
        words = [
            *_EVENT_WORD.finditer(text, start, begin),
            *_OTHER_OCCASION.finditer(text, start, begin),
            *_SUMMIT_WORD.finditer(text, since, begin),
        ]
        return all(any(b <= word.start() < e for b, e in inside) for word in words)

    def lead_named(self, klass: str, kind: str, begin: int) -> Node | None:
        """The thing of class ``klass`` that the last mention of ``kind`` before ``begin``
        reaching the whole article names (a summit named in the article's lead, ``reach:
        lead``, or by its formal name), in a sentence of no other time ("at the 23rd Meeting
        ... last year" is not it), where every mention of ``kind`` since, and the sentence at
        ``begin``, name that thing alone (no other summit named, nor "the summit" taken for
        another)."""
        listed, ends = self._kinds(kind)
        before = listed[: bisect.bisect_right(ends, begin)]
        reaching = (m for m in reversed(before) if m.reach == "document")
        lead = next((m for m in reaching if not self._of_another_time(m.begin)), None)
        if lead is None or not lead.node.name or not self.classes.is_a(lead.node.klass, klass):
            return None
        if any(m.node != lead.node for m in before if m.begin >= lead.begin):
            return None
        return lead.node if self._alone(lead.node, kind, begin) else None

    def _just_before(self, klass: str, kind: str, begin: int) -> Node | None:
        nearest = self._nearest(kind, begin)
        if nearest is None or not nearest.node.name or not self.classes.is_a(nearest.node.klass, klass):
            return None
        here, there = self._sentence(begin), self._sentence(nearest.begin)
        if here.block not in (there.block, there.block + 1):
            return None
        if not self._alone(nearest.node, kind, nearest.begin, begin):
            return None
        if self._recalled(nearest.end, there.end) or self._dated_otherwise(nearest):
            return None
        inside = [(m.begin, m.end) for m in self.mentions if nearest.end <= m.begin < begin]
        own = _OWN_CLAUSE.match(self.article.text, nearest.end, there.end)
        if own is not None:  # (its words tell of the thing's own parts)
            inside.append(own.span())
        inside.extend(part.span() for part in _OWN_PART.finditer(self.article.text, nearest.end, begin))
        for word in _EVENT_WORD.finditer(self.article.text, nearest.end, begin):
            if not any(b <= word.start() < e for b, e in inside):
                return None
        return nearest.node

    def fill(self, rule: Rule, match: _Match) -> None:
        """Fill the match's implicit slots that it leaves unnamed, where no slot of their
        class is named ("the SCO's 10th member": org2 named, org1 left alone), and no name
        the gazetteer lacks follows the match ("was admitted as a full member of NATO")."""
        last, offset = match.matches[0]
        if _NAMED_AFTER.match(match.masked.text, last.end() + offset):
            match.notes.append("a name the gazetteer lacks follows it: no implicit slot is filled")
            return
        # (a list item's, or the next sentence's, is read where its lead-in is: "X attended in
        # person. So did Y" takes the summit named before the first sentence)
        at = match.masked.span(last.start() + offset, last.end() + offset)[0] if match.item else match.begin
        for name, given in rule.implicit:
            klass = given if isinstance(given, str) else given.klass
            if any(
                match.mentions(other)
                for other, slot in rule.slots.items()
                if self.classes.is_a(slot.klass, klass) or self.classes.is_a(klass, slot.klass)
            ):
                continue
            if isinstance(given, str) and self._of_another_time(at):
                match.notes.append(f"{name} is not named, and its sentence tells of another time (implicit)")
                continue
            if isinstance(given, str):  # a class: the thing of it named just before
                lead = rule.implicit_reach in ("lead", "lead-alone") and (
                    rule.lead_with is None
                    or any(
                        self.classes.is_a(m.node.klass, rule.lead_with)
                        for slot in rule.slots
                        for m in match.mentions(slot)
                    )
                )
                alone = rule.implicit_reach == "lead-alone"
                found = self.named_before(given, rule.slots[name].klass, at, lead, alone)
            else:
                found = given if self.names(given, at) else None
            if found is not None:
                match.implicit[name] = Mention(match.begin, match.begin, found, "implicit", rule.id)
            else:
                what = (
                    f"no {given} is named just before it"
                    if isinstance(given, str)
                    else (f"the context does not name {given.name} before it")
                )
                match.notes.append(f"{name} is not named, and {what} alone (implicit)")


#: Sentences longer than this many characters (a list or table with no full stop, not prose)
#: are not read by the relation rules, with a note: a pattern's ``[^.]*?`` takes time growing
#: with the square of a sentence's length (8,000 words in one "sentence": over 6 s).
MAX_SENTENCE = 5000


def apply_rules(
    article: Article,
    rules: tuple[Rule, ...],
    mentions: list[Mention],
    classes: ClassTree,
    gazetteer: Gazetteer,
) -> tuple[list[Fact], list[Mention], list[str]]:
    """Run ``rules`` over every sentence; return the facts, the mentions the rules made and
    notes on what could not be resolved (a weekday without a publication date).

    article: the article; rules: the rules to run, in file order; mentions: the mentions
    the rules' slots may match; classes, gazetteer: for classes and entity references.
    """
    facts: list[Fact] = []
    made: list[Mention] = []
    notes: list[str] = []
    # the mentions by start, so that each sentence takes only those that start inside it
    by_start = sorted(mentions, key=lambda m: m.begin)
    starts = [m.begin for m in by_start]
    stopped: dict[str, tuple[int, int]] = {}  # rule id → the sentence the time limit stopped it on
    # where the article first names each entity a rule waits for (after_entity)
    first_named = {
        node: next((m.begin for m in by_start if m.node == node), len(article.text))
        for node in {rule.after_entity for rule in rules if rule.after_entity is not None}
    }
    context = (
        Context(article, by_start, classes)
        if any(rule.implicit or rule.context_entity is not None for rule in rules)
        else None
    )
    with time_limited():
        for number, sentence in enumerate(article.searched_sentences):
            progress()
            if sentence.end - sentence.begin > MAX_SENTENCE:
                notes.append(
                    f"the sentence at {sentence.begin}-{sentence.end} is {sentence.end - sentence.begin} "
                    f"characters long: relation rules read sentences of up to {MAX_SENTENCE}"
                )
                continue
            inside = by_start[
                bisect.bisect_left(starts, sentence.begin) : bisect.bisect_left(starts, sentence.end)
            ]
            masked = mask_sentence(article.text, sentence, inside, gazetteer.honorific_before)
            # the items after it, by what a rule reads (its list items, the next sentence)
            listed: dict[str, tuple[_Masked, ...]] = {}
            for rule in rules:
                progress()  # (the limit is each rule's on the sentence: a slow rule, not the next, is named)
                if rule.after_entity is not None and first_named[rule.after_entity] >= sentence.end:
                    continue
                if rule.with_entity is not None and all(m.node != rule.with_entity for m in inside):
                    continue
                try:
                    if rule.pattern.search(masked.text) is None:  # most rules, most sentences
                        continue
                    items: tuple[_Masked, ...] = ()
                    if rule.items_pattern is not None:
                        read = rule.items_read
                        if read not in listed:
                            listed[read] = _items(article, number, masked, by_start, starts, gazetteer, read)
                        items = listed[read]
                    found, named, noted = _apply(rule, article, masked, classes, gazetteer, items, context)
                except PatternTimeout:
                    place = (sentence.begin, sentence.end)
                    earlier = stopped.setdefault(rule.id, place)
                    if earlier != place:
                        raise RuleError(
                            rule.path,
                            rule.line,
                            f"rule {rule.id!r} " + timed_out(article.slug, "sentence", [earlier, place]),
                            FIX_BACKTRACKING,
                        ) from None
                    where = source_path(rule.path)
                    notes.append(skipped(f"rule {rule.id!r}", where, rule.line, "sentence", *place))
                    continue
                facts.extend(found)
                made.extend(named)
                notes.extend(noted)
    ranked = sorted(made, key=lambda m: (-(m.end - m.begin), m.begin))
    return _one_phrase_each(facts), select_non_overlapping(ranked), notes


def _items(
    article: Article,
    number: int,
    lead: _Masked,
    by_start: list[Mention],
    starts: list[int],
    gazetteer: Gazetteer,
    read: str,
) -> tuple[_Masked, ...]:
    """The items of the ``number``-th searched sentence, a lead-in, each masked with its
    tokens numbered after the lead-in's. With ``read`` "list": the searched sentences right
    after it that open with a list marker ("- Russia: President Vladimir Putin"), up to the
    first that does not (or one too long to read); with "next-sentence": the one right after
    it, where it is in the same paragraph."""
    found: list[_Masked] = []
    first = len(lead.mentions)
    after = article.searched_sentences[number + 1 :]
    if read == "next-sentence":
        after = after[:1] if after and after[0].block == article.searched_sentences[number].block else []
    for sentence in after:
        if sentence.end - sentence.begin > MAX_SENTENCE or (
            read == "list" and not LIST_MARK.match(article.text, sentence.begin)
        ):
            break
        low, high = bisect.bisect_left(starts, sentence.begin), bisect.bisect_left(starts, sentence.end)
        inside = by_start[low:high]
        found.append(mask_sentence(article.text, sentence, inside, gazetteer.honorific_before, first))
    return tuple(found)


def _one_phrase_each(facts: list[Fact]) -> list[Fact]:
    """The facts, those that differ only in their time phrase kept once: a date given twice
    in one clause ("at Thursday's summit on July 4") is one statement, which may carry one
    phrase. Kept: the reading that needs no phrase (the date written out), else the least
    phrase; in the order first found."""
    chosen: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.subject, fact.predicate, fact.object, fact.rule, fact.begin, fact.end, fact.modality)
        kept = chosen.get(key)
        if kept is None or (
            kept.time_phrase is not None and (fact.time_phrase is None or fact.time_phrase < kept.time_phrase)
        ):
            chosen[key] = fact
    return list(chosen.values())
