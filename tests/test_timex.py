from datetime import date

import pytest

from kg.timex import parse_number, resolve_date, resolve_period, resolve_span

FRIDAY = date(2024, 7, 5)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Thursday", date(2024, 7, 4)),
        ("Wednesday", date(2024, 7, 3)),
        ("Friday", date(2024, 7, 5)),
        ("Saturday", date(2024, 6, 29)),
        ("July 4, 2024", date(2024, 7, 4)),
        ("2024-06-29", date(2024, 6, 29)),
        ("tomorrowish", None),
        ("yesterday", date(2024, 7, 4)),
        ("Today", date(2024, 7, 5)),
        ("earlier today", date(2024, 7, 5)),
        ("this morning", date(2024, 7, 5)),
        ("Earlier this afternoon", date(2024, 7, 5)),
        ("this week", None),
        ("tomorrow", date(2024, 7, 6)),
        # moved by the words after them (weeks start on Monday)
        ("Monday last week", date(2024, 6, 24)),
        ("Friday last week", date(2024, 6, 28)),
        ("Sunday this week", date(2024, 7, 7)),
        ("Tuesday next week", date(2024, 7, 9)),
        ("July 4 last year", date(2023, 7, 4)),
        ("March 1 next year", date(2025, 3, 1)),
        ("Monday last year", None),
        ("July 4 last week", None),  # (a Thursday two weeks before July 5, 2024)
        ("July 3 this week", date(2024, 7, 3)),
        ("June 26 last week", date(2024, 6, 26)),
        # the day before the month, as British and many wire styles write it
        ("4 July 2024", date(2024, 7, 4)),
        ("16 September 2022", date(2022, 9, 16)),
        ("4 July", date(2024, 7, 4)),
        ("4 July last year", date(2023, 7, 4)),
        ("31 June", None),
        ("4 Julyish", None),
    ],
)
def test_timex_resolve_date(phrase, expected):
    assert resolve_date(phrase, FRIDAY) == expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Thursday", date(2024, 7, 11)),
        ("Friday", date(2024, 7, 5)),  # a thing to come on the day of publication: that day
        ("Saturday", date(2024, 7, 6)),
        ("July 4, 2024", date(2024, 7, 4)),  # a date is a date, whatever the tense
    ],
)
def test_timex_resolve_date_to_come(phrase, expected):
    assert resolve_date(phrase, FRIDAY, future=True) == expected


def test_timex_weekday_without_reference_stays_unresolved():
    assert resolve_date("Thursday", None) is None


@pytest.mark.parametrize(
    ("phrase", "duration", "end"),
    [
        ("in the next three years", "P3Y", date(2027, 7, 5)),
        ("in the next five years", "P5Y", date(2029, 7, 5)),
        ("over the coming 18 months", "P18M", date(2026, 1, 5)),
    ],
)
def test_timex_resolve_period(phrase, duration, end):
    period = resolve_period(phrase, FRIDAY)
    assert (period.duration, period.start, period.end, period.phrase) == (duration, FRIDAY, end, phrase)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("1,000", 1000),
        ("25", 25),
        ("three", 3),
        ("24th", 24),
        ("10th", 10),
        ("tenth", 10),
        ("many", None),
        ("1.5 million", 1_500_000),
        ("three million", 3_000_000),
        # exact beyond a float's 53 bits (a float gave 9007199254740992000 and
        # 999999999999999987584860160917504 below)
        ("9007199254740993 thousand", 9_007_199_254_740_993_000),
        ("999999999999999999999 trillion", 999_999_999_999_999_999_999 * 10**12),
    ],
)
def test_timex_parse_number(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize("phrase", ["February 30, 2024", "February 30", "2024-13-01", "June 31, 2024"])
def test_timex_impossible_dates_are_unresolved(phrase):
    assert resolve_date(phrase, FRIDAY) is None


@pytest.mark.parametrize(
    ("phrase", "future", "expected"),
    [
        ("July 3 and 4", False, (date(2024, 7, 3), date(2024, 7, 4))),
        ("July 3-4, 2023", False, (date(2023, 7, 3), date(2023, 7, 4))),
        ("July 3 \u2013 4", False, (date(2024, 7, 3), date(2024, 7, 4))),
        ("August 31 to September 1, 2025", False, (date(2025, 8, 31), date(2025, 9, 1))),
        ("December 31 to January 1", False, (date(2024, 12, 31), date(2025, 1, 1))),
        ("Wednesday and Thursday", False, (date(2024, 7, 3), date(2024, 7, 4))),
        ("Sunday and Monday", False, (date(2024, 6, 30), date(2024, 7, 1))),
        ("Sunday and Monday", True, (date(2024, 7, 7), date(2024, 7, 8))),
        ("Friday through Monday", False, (date(2024, 6, 28), date(2024, 7, 1))),
        ("3-4 July 2024", False, (date(2024, 7, 3), date(2024, 7, 4))),
        ("3 and 4 July", False, (date(2024, 7, 3), date(2024, 7, 4))),
        ("3 July to 4 July", False, (date(2024, 7, 3), date(2024, 7, 4))),
        ("31 August to 1 September 2025", False, (date(2025, 8, 31), date(2025, 9, 1))),
        ("30 December to 2 January", False, (date(2024, 12, 30), date(2025, 1, 2))),
        ("4 and 3 July", False, None),
        ("July 4 and 3", False, None),  # not in order
        ("July 3 and 30", False, None),  # weeks apart: no event's span
        ("July 3", False, None),
        ("Thursday", False, None),
        ("February 28 and 30", False, None),
        ("July 3 and August", False, None),
        # (the last days there are: 14 days on from the first ran past them, an OverflowError)
        ("December 30 to December 31, 9999", False, (date(9999, 12, 30), date(9999, 12, 31))),
    ],
)
def test_timex_resolve_span(phrase, future, expected):
    assert resolve_span(phrase, FRIDAY, future) == expected


def test_timex_resolve_span_needs_a_reference_for_relative_days():
    assert resolve_span("Wednesday and Thursday", None) is None
    assert resolve_span("July 3 and 4", None) is None
    assert resolve_span("July 3 and 4, 2024", None) == (date(2024, 7, 3), date(2024, 7, 4))
