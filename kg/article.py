"""Read an article's text into blocks (dateline, headline, captions, body …) and sentences.

The reader understands the layouts declared in ``kg/rules/layouts.yaml``; it keeps the text
byte for byte and records every part as a character span of it.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import cached_property
from pathlib import Path

from kg.errors import ArticleError, RuleError
from kg.spacing import plain_words
from kg.timelimit import FIX_BACKTRACKING, PatternTimeout, progress, time_limited, timed_out
from kg.yamlfile import check_choice, check_id, check_keys, line_of, load_yaml, record_digest, source_path

#: Paragraph kinds whose text is searched for mentions and facts.
SEARCHED_KINDS = frozenset({"headline", "meta-title", "column", "caption", "note", "body"})
#: Paragraph kinds that yield nothing and are not split into sentences.
IGNORED_KINDS = frozenset({"footer"})

# A line ends at LF, CRLF or a lone CR (old Mac files).
_LINE_END = r"(?:\r\n|\r(?!\n)|\n)"  # (a CRLF is one line end, never a CR and an LF)
_LINE_ENDS = re.compile(_LINE_END)
_PARAGRAPH_BREAKS = {
    "blank-line": re.compile(_LINE_END + r"[ \t\f\v]*" + _LINE_END + r"\s*"),
    "line": re.compile(_LINE_END + r"\s*"),
}
# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before
# whitespace and a capital, digit or opening quote; initials such as "U.S." do not end one.
_CLOSERS = '"\u201d\u2019)'  # straight and curly closing quotes, closing bracket
_SENTENCE_END = re.compile(r"(?<=[.!?])[" + _CLOSERS + r"]?\s+(?=[\"\u201c(]?[A-Z0-9])")
_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.$")
# Nor does a title's abbreviation, which stands before a name ("Mr. Modi", "Gen. Koss"), nor
# one that stands before a number ("No. 5", "Sept. 16"): the words before the cut, at most 6
# characters. ("St.", "Mt." and "Rep." end addresses and names as often: "Abay St. Putin
# attended" is two sentences; and none is one before a closing quote or bracket.)
_BEFORE_NAME = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Sen|Gov|Amb|Rev)\.$"
)
_BEFORE_NUMBER = re.compile(
    r"(?<![\w.])(?:No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Vol|Art|pp?"
    r"|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.$"
)


@dataclass(frozen=True)
class Span:
    """A character span ``text[begin:end]`` of an article."""

    begin: int
    end: int


@dataclass(frozen=True)
class Block:
    """A paragraph of the article and what kind it is (headline, caption, body …)."""

    kind: str
    begin: int
    end: int
    index: int


@dataclass(frozen=True)
class Caption:
    """A photo caption: its text, the agency credited and the date the photo was taken."""

    block: Block
    text: Span
    credit: Span
    taken: date | None


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a header line such as the dateline); ``block`` is the index of its
    paragraph, ``kind`` that paragraph's kind."""

    begin: int
    end: int
    block: int
    kind: str = "body"

    @property
    def searched(self) -> bool:
        """True when mentions and facts are looked for in this sentence."""
        return self.kind in SEARCHED_KINDS


@dataclass(frozen=True)
class Article:
    """An article as read: its text, layout, metadata and segmentation."""

    slug: str
    text: str
    layout: str
    published: datetime | date | None
    modified: datetime | None
    dateline: Span | None
    updated: Span | None
    headline: Span | None
    column: Span | None
    blocks: tuple[Block, ...]
    captions: tuple[Caption, ...]
    sentences: tuple[Sentence, ...]
    publisher: Span | None = None
    url: Span | None = None
    notes: tuple[str, ...] = ()  #: what the reader passed over (a front matter's other keys)

    @property
    def searched_sentences(self) -> tuple[Sentence, ...]:
        """The sentences searched for mentions and facts (not the dateline, for instance)."""
        return tuple(s for s in self.sentences if s.searched)

    def in_lead(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` is in the article's lead: its headline, or its body's first two
        paragraphs (a dateline's paragraph may lead into the story's)."""
        return sentence.kind in LEAD_KINDS or sentence.block in self._lead_blocks

    @cached_property
    def _lead_blocks(self) -> frozenset[int]:
        """The blocks of the body's first two paragraphs (found once)."""
        return frozenset(sorted({s.block for s in self.sentences if s.kind == "body"})[:2])

    @property
    def reference_date(self) -> date | None:
        """The date relative time expressions are resolved against: the publication date."""
        if self.published is None:
            return None
        return self.published.date() if isinstance(self.published, datetime) else self.published


#: The kinds of sentence that lead an article, beside its body's first two paragraphs.
LEAD_KINDS = frozenset({"headline", "meta-title"})


@dataclass(frozen=True)
class Layout:
    """One layout of layouts.yaml with its compiled patterns."""

    id: str
    paragraphs: str
    patterns: dict[str, re.Pattern[str]]
    front_matter: bool = False
    path: str = ""  #: the layouts file
    line: int = 0  #: of the layout's record
    digest: str = ""  #: what the layout does (``kg.yamlfile.record_digest``)


_LAYOUT_KEYS = {"front_matter", "paragraphs", "dateline", "updated", "column", "caption", "note", "footer"}
_LAYOUT_KEYS |= {"claim"}
_MONTHS = {
    name: number
    for number, name in enumerate(
        "January February March April May June July August September October November December".split(),
        start=1,
    )
}


#: The named groups the reader takes from a layout's pattern (a caption's ``date`` is optional).
_NEEDED_GROUPS = {
    "dateline": ("y", "m", "d"),
    # (an update is a date and time: the shapes ask schema:dateModified for an xsd:dateTime)
    "updated": ("y", "m", "d", "H", "M", "tz"),
    "caption": ("text", "credit"),
}
#: A dateline's time: its hour, minute and zone, all three or none (a date alone).
_TIME_GROUPS = ("H", "M", "tz")
_TIME_HINT = ", and H, M and tz for a time (all three, or none: a date alone)"


def load_layouts(path: Path) -> tuple[Layout, ...]:
    """Load and check the layouts file.

    path: ``layouts.yaml``; errors name it and the line.
    """
    data = load_yaml(path)
    check_keys(path, data, "layouts file", {"layouts"}, set())
    if not isinstance(data["layouts"], list) or not data["layouts"]:
        raise RuleError(path, line_of(data, "layouts"), "'layouts' must be a list of layouts")
    layouts = []
    for record in data["layouts"]:
        check_keys(path, record, "layout", {"id", "detect"}, _LAYOUT_KEYS)
        check_id(path, record, "layout", {layout.id: layout.line for layout in layouts})
        breaks = check_choice(
            path, record, "paragraphs", _PARAGRAPH_BREAKS, "unknown paragraph style {value!r}", "blank-line"
        )
        patterns = {}
        front_matter = record.get("front_matter", False)
        if not isinstance(front_matter, bool):
            raise RuleError(path, line_of(record, "front_matter"), "'front_matter' takes true or false")
        for key in sorted(set(record) - {"id", "paragraphs", "front_matter"}):
            try:
                patterns[key] = re.compile(record[key], re.DOTALL)
            except (re.error, TypeError) as exc:
                raise RuleError(
                    path,
                    line_of(record, key),
                    f"bad pattern for {key!r} in layout {record['id']!r}: {exc}",
                    "fix the regular expression",
                ) from None
        for key, pattern in patterns.items():
            missing = [g for g in _NEEDED_GROUPS.get(key, ()) if g not in pattern.groupindex]
            timed = [g for g in _TIME_GROUPS if g in pattern.groupindex]
            if key == "dateline" and timed and len(timed) < len(_TIME_GROUPS):
                missing = [g for g in _TIME_GROUPS if g not in timed]
            if missing:
                raise RuleError(
                    path,
                    line_of(record, key),
                    f"the {key!r} pattern of layout {record['id']!r} has no group "
                    + ", ".join(f"(?P<{g}>…)" for g in missing),
                    f"name the parts the reader takes: {', '.join(_NEEDED_GROUPS[key])}"
                    + (_TIME_HINT if key == "dateline" else ""),
                )
        layouts.append(
            Layout(
                str(record["id"]),
                breaks,
                patterns,
                front_matter,
                str(path),
                line_of(record, "id") or 0,
                record_digest(record),
            )
        )
    return tuple(layouts)


def split_paragraphs(text: str, breaks: str = "blank-line") -> list[Span]:
    """Split ``text`` into trimmed paragraph spans.

    breaks: "blank-line" (paragraphs are separated by an empty line, single newlines are
    wrapping) or "line" (every line is a paragraph, as in layouts without wrapping).
    """
    spans = []
    start = 0
    for brk in _PARAGRAPH_BREAKS[breaks].finditer(text):
        spans.append(Span(start, brk.start()))
        start = brk.end()
    spans.append(Span(start, len(text)))
    result = []
    for span in spans:
        chunk = text[span.begin : span.end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            result.append(Span(span.begin + lead, span.begin + lead + len(stripped)))
    return result


#: A live blog's time opening a line ("10:05 - ", "9.30 am - ", "14:25 GMT: "), which the line's
#: first sentence starts after, so that patterns anchored at a sentence's start read it.
_LIVE_TIME = re.compile(
    "[0-2]?[0-9][:.][0-5][0-9](?: ?(?:[AaPp]\\.?[Mm]\\.?|GMT|UTC|local time))?"
    "[ \t]?[-\u2013\u2014|:][ \t]+(?=\\S)"
)


def split_sentences(text: str, block: Block) -> list[Sentence]:
    """Split the block ``text[block.begin:block.end]`` into sentence spans: at a sentence's
    end, and at a line end that wrapping would not have made (``hard_lines``); a live blog's
    time opening a line is left out (``_LIVE_TIME``)."""
    sentences = []
    for begin, stop in hard_lines(text, block.begin, block.end):
        stamp = _LIVE_TIME.match(text, begin, stop)  # ("10:05 - Putin arrives.": the time is no word of it)
        start = begin = stamp.end() if stamp else begin
        for cut in _SENTENCE_END.finditer(text, begin, stop):
            end = cut.start() + len(cut.group(0).rstrip()) if cut.group(0)[0] in _CLOSERS else cut.start()
            if _INITIAL.search(text, max(start, cut.start() - 3), cut.start()):  # (its last 3 characters)
                continue
            if (
                text[cut.start() - 1] == "."
                and cut.group(0)[0] not in _CLOSERS
                and _abbreviation(text, max(0, cut.start() - 6), cut)
            ):
                continue
            sentences.append(Sentence(start, end, block.index, block.kind))
            start = cut.end()
        if start < stop:
            sentences.append(Sentence(start, stop, block.index, block.kind))
    return sentences


def _abbreviation(text: str, begin: int, cut: re.Match[str]) -> bool:
    """Whether the full stop before ``cut`` ends an abbreviation that a name or a number
    follows, not a sentence."""
    if _BEFORE_NAME.search(text, begin, cut.start()):
        return True
    return text[cut.end()].isdigit() and _BEFORE_NUMBER.search(text, begin, cut.start()) is not None


def hard_lines(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The parts of the paragraph ``text[begin:end]`` between its hard line ends.

    A line end is hard, unless the text plainly goes on (``_goes_on``: after a word's
    hyphen, a comma or an open word such as "by", before a small letter), where

    - the line is short and ends a lead-in or an item: it fills at most ``SHORT_LINE`` of
      the paragraph's width, the next line's first word would have fitted on it, and it
      ends in a colon or semicolon, or is one capitalised word after such a lead-in or after
      another such item ("… attended:" "India"; not "Kazakh" "President Tokayev …", nor
      "Minister S." "Jaishankar": a full stop ends a sentence without a cut);
    - a list marker ("- ", "* ", "• ", "1. ") starts the next line, and this line ends in a
      colon or semicolon ("Leaders who came:" "- Vladimir Putin"), or is an item too that
      leaves room for the marker on a line as wide as the widest, or every line of the
      paragraph starts with a marker;
    - no line of the paragraph holds two words.

    The width is the median width of the lines of two words or more (but the last line,
    unless no other has two words), in columns with the indentation (East Asian wide
    characters take two); words are parted by spaces and tabs only (a no-break space joins
    them, and wrapping does not break there). Wrapping never leaves a short line: a greedy
    wrapping (textwrap) never leaves room for the next word, and one that balances its lines
    (fmt) leaves them nearly full; a short line of a hand-edited paragraph rarely ends in a
    colon. So a wrapped paragraph is one part, and a list written one item a line ("…
    attended:", "India", "President Vladimir Putin …") is cut after its items, which are
    then not read as one sentence. Each cut goes from a line's last character to the next
    line's first."""
    breaks = list(_LINE_ENDS.finditer(text, begin, end))
    if not breaks:
        return [(begin, end)]
    starts = [begin] + [b.end() for b in breaks]
    stops = [b.start() for b in breaks] + [end]
    lines = [text[a:b] for a, b in zip(starts, stops, strict=True)]
    # The first line as written, with what lies before the paragraph's start: its
    # indentation, and any no-break space (the paragraph was trimmed of all white space).
    line_start = begin
    while line_start > 0 and text[line_start - 1].isspace() and text[line_start - 1] not in "\r\n":
        line_start -= 1
    written = [text[line_start : stops[0]], *lines[1:]]
    words = [_WORD_GAP.split(line.strip(" \t")) if line.strip(" \t") else [] for line in written]
    columns = [_columns(line.rstrip(" \t")) for line in written]
    full = [c for c, said in zip(columns[:-1], words[:-1], strict=True) if len(said) > 1]
    full = full or [c for c, said in zip(columns, words, strict=True) if len(said) > 1]
    width = statistics.median_high(full) if full else 0
    widest = max(full, default=0)
    parts, start = [], begin
    fresh = False  # whether this line follows a lead-in ("… attended:") or an item
    # (a paragraph whose every line starts with a marker is a list, one item a line)
    all_marked = all(LIST_MARK.match(line) for line in lines)
    for at in range(len(lines) - 1):
        line, following = words[at], words[at + 1]
        if not (line and following) or _goes_on(line[-1], following[0]):
            fresh = False
            continue
        leads = _LEAD_IN.search(line[-1]) is not None
        short = columns[at] <= SHORT_LINE * width and columns[at] + 1 + _columns(following[0]) <= width
        single = fresh and len(line) == 1 and line[0][:1].isupper()
        listed = LIST_MARK.match(lines[at + 1]) is not None
        # (a marked item ends where the next marker would have fitted: a dash in wrapped
        # prose can start two lines running)
        item = LIST_MARK.match(lines[at]) is not None and (all_marked or columns[at] + 2 <= widest)
        cut = not width or (short and (leads or single)) or (listed and (leads or item))
        if cut:
            parts.append((start, starts[at] + len(lines[at].rstrip())))
            start = starts[at + 1] + len(lines[at + 1]) - len(lines[at + 1].lstrip())
        fresh = leads or (cut and (single or item))  # (in a list: after a lead-in or an item)
    parts.append((start, end))
    return parts


_WORD_GAP = re.compile("[ \t]+")
#: A line at most this share of its paragraph's width, with room for the next word, is
#: short: wrapping does not leave lines so short.
SHORT_LINE = 0.6
# A word that ends a lead-in: a colon or semicolon, and any closing quotes or brackets.
_LEAD_IN = re.compile("[:;][\"'\u201d\u2019)\\]]*$")
#: A list marker at a line's start: a dash, star or bullet, or a number, and a space (also
#: what a relation rule's ``items`` reads: ``kg.relations``).
LIST_MARK = re.compile("[ \t]*(?:[-*\u2022\u2013]|[0-9]{1,3}[.)])[ \t]")


def _goes_on(last: str, first: str) -> bool:
    """Whether a line whose last word is ``last`` plainly goes on to the next, whose first
    word is ``first``: it ends in a word's hyphen ("Kassym-" "Jomart") or a comma, or in a
    word that leaves the phrase open ("chaired by", "the", "and"), or the next line starts
    with a small letter."""
    return (
        _HYPHEN_END.search(last) is not None
        or last.endswith(",")
        or last.lower() in _OPEN_WORDS
        or first[:1].islower()
    )


_HYPHEN_END = re.compile(r"[^\W_]-$")
# English articles, prepositions and conjunctions: no list item or sentence ends in one.
_OPEN_WORDS = frozenset(
    "a an the of by in on at to for with from into onto as than and or nor but that which who whose".split()
)


def _columns(line: str) -> int:
    """The columns ``line`` takes: East Asian wide and full-width characters two, others
    one (a tab too, as textwrap counts an indent: a tab seen wider would make its line the
    widest, and the others look short)."""
    if line.isascii():
        return len(line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _line_at(text: str, offset: int) -> int:
    return len(_LINE_ENDS.findall(text, 0, offset)) + 1


# XML Schema allows time-zone offsets in whole minutes from -14:00 to +14:00 only.
_MAX_OFFSET = timedelta(hours=14)


def _zone(offset: timedelta) -> timezone:
    if abs(offset) > _MAX_OFFSET:
        raise ValueError("a time-zone offset lies between -14:00 and +14:00")
    if offset % timedelta(minutes=1):
        raise ValueError("a time-zone offset is whole minutes")
    return timezone(offset)


def _require(slug: str, text: str, offset: int, match: re.Match[str], groups: tuple[str, ...]) -> None:
    """ArticleError if a group the reader takes did not take part in the match (a layout
    may make one optional: "(?: GMT(?P<tz>…))?")."""
    missing = [g for g in groups if match.start(g) < 0]
    if missing:
        raise ArticleError(
            f"line {_line_at(text, offset)}: {match.group(0)[:80]!r} matched a layout pattern "
            f"without its {', '.join(missing)} part; make the group required in layouts.yaml",
            slug=slug,
        )


def _timestamp(slug: str, text: str, offset: int, match: re.Match[str], layout: Layout) -> datetime | date:
    """The date and time a dateline's (or an updated line's) groups give: the month in digits
    or by name ("Jul", "July"), the zone as "+8", "+05:30", "+0530", "UTC+7" or "Z"; a
    date alone where the layout's pattern has no time."""
    _require(slug, text, offset, match, _NEEDED_GROUPS["dateline"])
    # The layout's pattern only checks the digits: "2024.19.45 16:10 GMT+99" matches it.
    try:
        day = date(int(match["y"]), _month(match["m"]), int(match["d"]))
        if "H" not in match.re.groupindex:
            return day
        _require(slug, text, offset, match, _TIME_GROUPS)
        return datetime(
            day.year, day.month, day.day, int(match["H"]), int(match["M"]), tzinfo=_zone(_offset(match["tz"]))
        )
    except ValueError as exc:
        raise ArticleError(
            f"line {_line_at(text, offset)}: {match.group(0)!r} is not a real date and time "
            f"({exc}; read by layout {layout.id!r}, {layout.path}:{layout.line}); correct it in the "
            "article, or the layout",
            slug=slug,
        ) from None


def _month(words: str) -> int:
    """A month in digits ("07"), by name or by its first three letters ("July", "Jul", "JUL")."""
    if words.isdigit():
        return int(words)
    name = words.strip(".").capitalize()
    short = {month[:3]: number for month, number in _MONTHS.items()}
    found = _MONTHS.get(name) or short.get(name) or (9 if name == "Sept" else None)  # (not "Janitor")
    if found is None:
        raise ValueError(f"{words!r} is no month")
    return found


def _offset(words: str) -> timedelta:
    """A zone's offset: "+8", "+5:30", "+0530", "UTC+7", "GMT-3" or "Z"."""
    zone = re.sub(r"^(?:UTC|GMT)", "", words.strip().upper()) or "Z"
    if zone == "Z":
        return timedelta(0)
    found = re.fullmatch(r"([+-])(\d{1,2})(?::?(\d{2}))?", zone)
    if found is None:
        raise ValueError(f"{words!r} is no zone offset (write +8, +05:30, +0530, UTC+7 or Z)")
    minutes = int(found[3] or 0)
    if minutes > 59:
        raise ValueError("the minutes of a zone offset run to 59")
    sign = -1 if found[1] == "-" else 1
    return sign * timedelta(hours=int(found[2]), minutes=minutes)


def _explicit_date(slug: str, text: str, offset: int, phrase: str) -> date:
    found = re.fullmatch(r"(\w+) (\d{1,2}), (\d{4})", plain_words(phrase))
    try:
        if found is None or found[1] not in _MONTHS:
            raise ValueError("not written as 'July 4, 2024'")
        return date(int(found[3]), _MONTHS[found[1]], int(found[2]))
    except ValueError as exc:
        raise ArticleError(
            f"line {_line_at(text, offset)}: the caption's date {phrase!r} is not a real date "
            f"({exc}); correct it in the article",
            slug=slug,
        ) from None


def _check_encodable(slug: str, text: str) -> None:
    """Refuse a name or text holding a lone surrogate: no UTF-8 file can hold one, and the
    exports are UTF-8 (a file name that is not UTF-8 reaches Python as such surrogates)."""
    for what, value in (("file name", slug), ("text", text)):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            shown = slug.encode("utf-8", "backslashreplace").decode("utf-8")
            fix = "rename the file in UTF-8" if what == "file name" else "decode the article from UTF-8"
            raise ArticleError(
                f"{shown}: the article's {what} is not valid Unicode: lone surrogate "
                f"U+{ord(value[exc.start]):04X} at character {exc.start}; {fix}"
            ) from None


# U+FFFE and U+FFFF are noncharacters, "not for interchange": Raptor refuses a Turtle or
# N-Triples file that holds one (the other noncharacters it accepts), so no export may.
_NONCHARACTER = re.compile("[\ufffe\uffff]")


def _check_interchangeable(slug: str, text: str) -> None:
    found = _NONCHARACTER.search(text)
    if found:
        offset = len(text[: found.start()].encode("utf-8"))
        raise ArticleError(
            f"the noncharacter U+{ord(found.group()):04X} at byte offset {offset} is not for "
            "interchange, and some RDF parsers refuse it; remove it from the article",
            slug=slug,
        )


FRONT_MATTER_KEYS = ("title", "publisher", "date", "url")
_FRONT_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*")


@dataclass(frozen=True)
class FrontMatter:
    """The header between ``---`` lines: each key's value as a span of the text."""

    fields: dict[str, Span]
    end: int
    notes: tuple[str, ...] = ()  #: the lines passed over (keys it does not read)


# (white space after it too: the layout's detect pattern allows it, and editors leave it)
_FRONT_OPENING = re.compile(r"---[ \t\f\v]*" + _LINE_END)


def read_front_matter(slug: str, text: str) -> FrontMatter | None:
    """The front matter at the start of ``text``, or None if it has none.

    Keys: title, publisher, date (ISO 8601, with time and zone when known), url, in any case
    ("Title:"). Other keys ("author:", "tags:", and the indented or "- " lines of their
    values) are passed over, with a note each, and comments ("# ...") in silence; the
    closing line is ``---`` (or YAML's
    ``...``). A line that is not ``key: value`` (outside another key's value) or a missing
    closing line is an ArticleError naming the article and the line.
    """
    opening = _FRONT_OPENING.match(text)
    if opening is None:
        return None
    fields: dict[str, Span] = {}
    notes: list[str] = []
    offset = opening.end()
    line_number = 1
    skipping = False  # in the value of a key passed over: its indented and "- " lines go too
    while offset < len(text):
        line_number += 1
        found = _LINE_ENDS.search(text, offset)
        end, after = (found.start(), found.end()) if found else (len(text), len(text))
        line = text[offset:end]
        if line.strip() in ("---", "..."):
            return FrontMatter(fields, end, tuple(notes))
        if line.strip():
            match = _FRONT_LINE.fullmatch(line)
            if match is None and line.lstrip().startswith("#"):  # a YAML comment
                offset = after
                continue
            if match is None and skipping and (line[0] in " \t" or line.startswith("- ")):
                offset = after
                continue
            if not match:
                raise ArticleError(
                    f"line {line_number} of the front matter is not 'key: value' "
                    f"({', '.join(k + ': …' for k in FRONT_MATTER_KEYS)}): {line!r}",
                    slug=slug,
                )
            key = match["key"].lower()
            skipping = key not in FRONT_MATTER_KEYS
            if skipping:
                notes.append(
                    f"line {line_number} of the front matter, {match['key']!r}, is not read "
                    f"(only {', '.join(FRONT_MATTER_KEYS)})"
                )
                offset = after
                continue
            begin, stop = offset + match.start("value"), offset + match.end("value")
            if stop - begin >= 2 and text[begin] == text[stop - 1] and text[begin] in "\"'":
                begin, stop = begin + 1, stop - 1
            fields[key] = Span(begin, stop)
        offset = after
    raise ArticleError("the front matter opened by '---' on line 1 is never closed", slug=slug)


def _iso_timestamp(slug: str, words: str) -> datetime | date:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", words):
            return date.fromisoformat(words)
        stamp = datetime.fromisoformat(words)
        if stamp.utcoffset() is not None:
            _zone(stamp.utcoffset())
        return stamp
    except ValueError:
        raise ArticleError(
            f"the front matter's date {words!r} is not ISO 8601 "
            "(2024-07-04 or 2024-07-04T18:30:00+06:00; offsets in whole minutes, from -14:00 to +14:00)",
            slug=slug,
        ) from None


def read_article(slug: str, text: str, layouts: tuple[Layout, ...]) -> Article:
    """Read an article's text into an Article; pure.

    slug: the article's stable name (its file name without extension);
    text: the whole text, kept as is; layouts: from ``load_layouts``.
    """
    _check_encodable(slug, text)
    _check_interchangeable(slug, text)
    place: list = [None, 0, len(text)]  # the layout being tried, and the part it reads
    with time_limited():
        try:
            article = _read_in_layout(slug, text, layouts, place)
        except PatternTimeout:
            layout, begin, end = place
            raise RuleError(
                layout.path,
                layout.line,
                f"a pattern of layout {layout.id!r} " + timed_out(slug, "paragraph", [(begin, end)]),
                FIX_BACKTRACKING,
            ) from None
    sentences = [
        sentence
        for block in article.blocks
        if block.kind not in IGNORED_KINDS
        for sentence in split_sentences(text, block)
    ]
    return dataclasses.replace(article, sentences=tuple(sentences))


def _read_in_layout(slug: str, text: str, layouts: tuple[Layout, ...], place: list) -> Article:
    lines = split_paragraphs(text, "line")
    if not lines:
        raise ArticleError("the article is empty", slug=slug)
    first = plain_words(text[lines[0].begin : lines[0].end])
    place[1:] = lines[0].begin, lines[0].end
    layout = None
    for candidate in layouts:
        place[0] = candidate
        progress()
        if candidate.patterns["detect"].search(first):
            layout = candidate
            break
    if layout is None:
        raise ArticleError(f"no layout in layouts.yaml fits its first line {first!r}", slug=slug)
    pats = layout.patterns
    published = modified = None
    dateline = updated = headline = column = publisher = url = None
    blocks: list[Block] = []
    captions: list[Caption] = []
    start = 0
    front = read_front_matter(slug, text) if layout.front_matter else None
    if front is not None:
        # in the order of the text, whatever the keys' order: blocks (and the sentences in
        # them) are looked up by offset (a date before the title left the title's spans
        # without a sentence, which the shapes refuse; a review)
        given = [key for key in FRONT_MATTER_KEYS if key in front.fields]
        for key in sorted(given, key=lambda k: front.fields[k].begin):
            field = front.fields[key]
            if field.end > field.begin:
                blocks.append(Block(f"meta-{key}", field.begin, field.end, len(blocks)))
        headline = front.fields.get("title")
        publisher = front.fields.get("publisher")
        url = front.fields.get("url")
        dateline = front.fields.get("date")
        if dateline is not None and dateline.end > dateline.begin:
            published = _iso_timestamp(slug, text[dateline.begin : dateline.end])
        else:
            dateline = None
        start = front.end
    paragraphs = [
        Span(p.begin + start, p.end + start) for p in split_paragraphs(text[start:], layout.paragraphs)
    ]
    first_index = len(blocks)
    notes: list[str] = []
    for index, para in enumerate(paragraphs, start=first_index):
        place[1:] = para.begin, para.end
        progress()
        chunk = text[para.begin : para.end]
        plain = plain_words(chunk)  # the patterns but a caption's, whose offsets are taken
        kind = "body"
        match = None
        at_top = index == first_index
        if at_top and "dateline" in pats and (match := pats["dateline"].fullmatch(plain)):
            kind, published, dateline = "dateline", _timestamp(slug, text, para.begin, match, layout), para
        elif at_top and "dateline" in pats and published is None:
            # a body paragraph (a rule author's review: the article was left undated, unsaid)
            notes.append(
                f"the first paragraph is no dateline of layout {layout.id!r} ({source_path(layout.path)}:"
                f"{layout.line}), whose detect pattern chose it: the article has no publication date"
            )
        elif headline is None and not (at_top and "dateline" in pats):
            kind, headline = "headline", para
        elif "updated" in pats and (match := pats["updated"].fullmatch(plain)):
            kind, modified, updated = "updated", _timestamp(slug, text, para.begin, match, layout), para
        elif "footer" in pats and pats["footer"].search(plain):
            kind = "footer"
        elif "claim" in pats and pats["claim"].search(plain):
            kind = "claim"  # (a fact-check's claim: kept, its sentences not read for facts)
        elif "note" in pats and pats["note"].search(plain):
            kind = "note"
        elif "caption" in pats and (match := pats["caption"].fullmatch(chunk)):
            kind = "caption"
        elif column is None and updated is not None and "column" in pats and pats["column"].fullmatch(plain):
            kind, column = "column", para
        block = Block(kind, para.begin, para.end, index)
        blocks.append(block)
        if kind == "caption":
            _require(slug, text, para.begin, match, _NEEDED_GROUPS["caption"])
            phrase = match.groupdict().get("date")
            taken = _explicit_date(slug, text, para.begin, phrase) if phrase else None
            captions.append(
                Caption(
                    block,
                    Span(para.begin + match.start("text"), para.begin + match.end("text")),
                    Span(para.begin + match.start("credit"), para.begin + match.end("credit")),
                    taken,
                )
            )
    return Article(
        slug=slug,
        text=text,
        layout=layout.id,
        published=published,
        modified=modified,
        dateline=dateline,
        updated=updated,
        headline=headline,
        column=column,
        blocks=tuple(blocks),
        captions=tuple(captions),
        sentences=(),  # split by read_article, outside the patterns' time limit
        publisher=publisher,
        url=url,
        notes=(front.notes if front is not None else ()) + tuple(notes),
    )
