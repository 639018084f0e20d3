"""Numbers and time expressions in the text's words, turned into values.

Relative expressions (``Thursday``, ``in the next three years``) are resolved against a
reference date, the article's publication date; without one they stay unresolved (None).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

_RELATIVE_DAYS = {
    "yesterday": -1,
    "today": 0,
    "earlier today": 0,
    "tomorrow": 1,
    # a part of the day of publication ("met Wang Yi this morning", a live blog's)
    **{
        f"{when} {part}": 0
        for when in ("this", "earlier this")
        for part in ("morning", "afternoon", "evening")
    },
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D"}
_PERIOD = re.compile(
    r"(?:(?:in|over|within|during) )?(?:the )?(?:next|coming|following) "
    r"(?P<n>[\w,]+) (?P<unit>year|month|week|day)s?",
    re.IGNORECASE,
)


_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


#: Numbers with more digits than this are not read (the words stay unresolved, with a note).
MAX_DIGITS = 30


def month_number(name: str) -> int | None:
    """1 for "January" (any case) … 12 for "December"; None for another word."""
    word = name.lower()
    return MONTHS.index(word) + 1 if word in MONTHS else None


def parse_number(phrase: str) -> int | None:
    """The integer a phrase says: ``1,000``, ``25``, ``three``, ``24th``, ``tenth``,
    ``2 billion``, ``1.5 million``."""
    word = phrase.strip().lower()
    if sum(character.isdigit() for character in word) > MAX_DIGITS:
        return None  # no count in the news is that long (and int() refuses over 4,300 digits)
    scaled = re.fullmatch(r"(\d+(?:\.\d+)?|\w+) (thousand|million|billion|trillion)", word)
    if scaled:
        head = scaled.group(1)
        # exactly (a Fraction, not a float, which loses digits above 2^53)
        base = Fraction(head) if re.fullmatch(r"\d+(?:\.\d+)?", head) else parse_number(head)
        return None if base is None else round(base * _SCALES[scaled.group(2)])
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    match = re.fullmatch(r"(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)?", word)
    return int(match.group(1).replace(",", "")) if match else None


def resolve_date(phrase: str, reference: date | None, future: bool = False) -> date | None:
    """The calendar date a phrase names.

    phrase: ``July 4, 2024``, ``2024-07-04``, ``July 4`` (in the reference's year), the
    same with the day first (``4 July 2024``, ``4 July``),
    ``yesterday``, ``today`` or ``tomorrow`` (from the reference; ``this morning``,
    ``earlier this afternoon`` and the like are the reference's day), or a weekday
    (``Thursday``): the latest such day on or before ``reference`` (news reports
    past events by weekday), or with ``future`` the first on or after it (the text says the
    event is to come, "will be held on Thursday", or tells a schedule in the present
    tense, "is held on Thursday"); ``Monday last week`` (weeks start on Monday), ``July 4
    last year``, and so with ``next`` and ``this``;
    reference: the publication date, or None when unknown.
    """
    try:
        return _resolve_date(phrase, reference, future)
    except (ValueError, OverflowError):
        return None  # "February 30, 2024" names no day


#: Words after a date that move it: "Monday last week", "July 4 last year" (read with the
#: date, ``date_qualifier``).
QUALIFIER = re.compile(
    r",?\s+(?:of\s+)?(?P<which>last|next|this)\s+(?P<unit>week|year)\b(?!['\u2019]s\b)", re.IGNORECASE
)


#: A day before its month, as British and many wire styles write it: "4 July 2024", "4 July".
_DAY_FIRST = re.compile(r"(\d{1,2}) ([a-z]+)(?: (\d{4}))?")


def _month_first(words: str) -> str:
    """``words`` (lower case) with a day written before its month put after it, as the
    rest of this module reads dates: "4 july 2024" → "july 4, 2024", "4 july" → "july 4";
    other words as they are."""
    match = _DAY_FIRST.fullmatch(words)
    if match is None or match.group(2) not in MONTHS:
        return words
    return f"{match.group(2)} {match.group(1)}" + (f", {match.group(3)}" if match.group(3) else "")


def _resolve_date(phrase: str, reference: date | None, future: bool = False) -> date | None:
    word = _month_first(phrase.strip().lower())
    qualified = re.fullmatch(r"(.+?) (last|next|this) (week|year)", word)
    if qualified:
        return _qualified_date(qualified.group(1), qualified.group(2), qualified.group(3), reference)
    if word in _RELATIVE_DAYS:  # "yesterday", "today", "tomorrow"
        return reference + timedelta(days=_RELATIVE_DAYS[word]) if reference else None
    if word in WEEKDAYS:
        if reference is None:
            return None
        back = (reference.weekday() - WEEKDAYS.index(word)) % 7
        if future:
            return reference + timedelta(days=(7 - back) % 7)
        return reference - timedelta(days=back)
    match = re.fullmatch(r"(\w+) (\d{1,2}), (\d{4})", word)
    if match and match.group(1) in MONTHS:
        return date(int(match.group(3)), MONTHS.index(match.group(1)) + 1, int(match.group(2)))
    match = re.fullmatch(r"(\w+) (\d{1,2})", word)
    if match and match.group(1) in MONTHS:
        # A month and day without a year: the year of the reference date.
        return (
            date(reference.year, MONTHS.index(match.group(1)) + 1, int(match.group(2))) if reference else None
        )
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", word)
    if match:
        return date(*(int(g) for g in match.groups()))
    return None


def _qualified_date(day: str, which: str, unit: str, reference: date | None) -> date | None:
    """A weekday of the last, next or this week ("Monday last week": weeks start on Monday),
    or a month's day of the last, next or this year, or of the reference's year if it falls
    in that week ("July 4 last week"); None for other pairs ("Monday last year"), for a day
    outside the week it is said to be in, or without a reference date."""
    if reference is None:
        return None
    day = _month_first(day)
    shift = {"last": -1, "next": 1, "this": 0}[which]
    if unit == "week" and day in WEEKDAYS:
        monday = reference - timedelta(days=reference.weekday())
        return monday + timedelta(days=7 * shift + WEEKDAYS.index(day))
    match = re.fullmatch(r"(\w+) (\d{1,2})", day)
    if match and match.group(1) in MONTHS:
        month, number = MONTHS.index(match.group(1)) + 1, int(match.group(2))
        if unit == "year":
            return date(reference.year + shift, month, number)
        # "July 4 last week": the day itself says when, the week only agrees (or not)
        found = date(reference.year, month, number)
        monday = reference - timedelta(days=reference.weekday()) + timedelta(days=7 * shift)
        return found if monday <= found < monday + timedelta(days=7) else None
    return None


@dataclass(frozen=True)
class Period:
    """A period in the text's words and as values: ``P3Y`` from ``start`` to ``end``."""

    phrase: str
    duration: str
    start: date | None
    end: date | None


def _add(start: date, count: int, unit: str) -> date:
    if unit == "Y":
        return _add(start, 12 * count, "M")
    if unit == "M":
        month = start.month - 1 + count
        year, month = start.year + month // 12, month % 12 + 1
        # The last day of a shorter month (Jan 31 + 1 month = Feb 29); a year past 9999 raises.
        day = start.day
        while True:
            try:
                return date(year, month, day)
            except ValueError:
                if day <= 28:
                    raise
                day -= 1
    return start + timedelta(days=count * (7 if unit == "W" else 1))


def resolve_period(phrase: str, reference: date | None) -> Period | None:
    """The period a phrase names: ``in the next three years`` (from ``reference`` on),
    ``this year`` or ``next year`` (a calendar year). None when the phrase is not a period;
    a Period without dates when there is no reference date."""
    calendar = re.search(r"\b(this|next) year\b", phrase, re.IGNORECASE)
    if calendar:
        if reference is None:
            return Period(phrase, "P1Y", None, None)
        year = reference.year + (1 if calendar.group(1).lower() == "next" else 0)
        if year > date.max.year:
            return Period(phrase, "P1Y", None, None)
        return Period(phrase, "P1Y", date(year, 1, 1), date(year, 12, 31))
    match = _PERIOD.search(phrase)
    if not match:
        return None
    count = parse_number(match["n"])
    if count is None:
        return None
    unit = _UNITS[match["unit"].lower()]
    try:
        end = _add(reference, count, unit) if reference else None
    except (ValueError, OverflowError):
        end = None  # past the year 9999 that xsd:date values here can hold
    return Period(phrase, f"P{count}{unit}", reference, end)


#: Two days joined into a span: "July 3 and 4", "July 3-4, 2024", "August 31 to September
#: 1", "Wednesday and Thursday" (split at the joining word or dash).
_SPAN_JOIN = re.compile(r"\s*(?:[-\u2013\u2014]|\band\b|\bto\b|\bthrough\b)\s*", re.IGNORECASE)
#: The longest span read as an event's days (a summit, a meeting): longer is no such span.
MAX_SPAN_DAYS = 14


def resolve_span(phrase: str, reference: date | None, future: bool = False) -> tuple[date, date] | None:
    """The first and last day of a span of days: ``July 3 and 4`` (in the reference's year),
    ``July 3-4, 2024``, ``August 31 to September 1, 2025``, day first as ``3-4 July 2024``
    or ``31 August to 1 September``, ``Wednesday and Thursday`` (the
    last day resolved as ``resolve_date`` resolves a weekday, the first the latest such
    weekday before it). None when the phrase is not two days in order at most
    ``MAX_SPAN_DAYS`` apart, or they cannot be resolved."""
    parts = _SPAN_JOIN.split(phrase.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    first_words, last_words = parts[0].strip().lower(), _month_first(parts[1].strip().lower())
    first_alone = re.fullmatch(r"\d{1,2}", first_words)
    first_words = _month_first(first_words)
    year = re.search(r",\s*(\d{4})$", last_words)
    if year:  # "July 3-4, 2024": the year is the span's
        last_words = last_words[: year.start()]
    month_of_last = re.fullmatch(r"(\w+) \d{1,2}", last_words)
    if first_alone and month_of_last and month_of_last.group(1) in MONTHS:
        first_words = f"{month_of_last.group(1)} {first_words}"  # "3 and 4 July": July 3
    day_of = re.fullmatch(r"(\w+) (\d{1,2})", first_words)
    if re.fullmatch(r"\d{1,2}", last_words) and day_of and day_of.group(1) in MONTHS:
        last_words = f"{day_of.group(1)} {last_words}"  # "July 3 and 4": July 4
    try:
        if first_words in WEEKDAYS and last_words in WEEKDAYS and not year:
            last = _resolve_date(last_words, reference, future)
            if last is None:
                return None
            back = (WEEKDAYS.index(last_words) - WEEKDAYS.index(first_words)) % 7
            first = last - timedelta(days=back)
        else:
            suffix = f", {year.group(1)}" if year else ""
            first = _resolve_date(first_words + suffix, reference, future)
            last = _resolve_date(last_words + suffix, reference, future)
            if first and last and last < first and first_words not in WEEKDAYS and not year:
                last = last.replace(year=last.year + 1)  # "December 31 to January 1"
    except (ValueError, OverflowError):
        return None
    # (days apart, not first + 14 days, which runs past the last day there is, in 9999)
    if first is None or last is None or not (first < last and (last - first).days <= MAX_SPAN_DAYS):
        return None
    return first, last
