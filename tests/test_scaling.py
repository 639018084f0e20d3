"""Extraction's cost grows linearly with an article's length.

Not timed (a timed unit test measures the machine): the Python lines run to extract an
article are counted, deterministically, for an article and for one four times as long,
made of the same sentences, after a first extraction that fills the caches. Linear work
gives about four times the lines; the quadratic searches that hostile reviews found (each
anaphor walking back over every earlier mention; each candidate name compared with every
accepted one) gave six to ten times as many, and more as articles grow. Work done inside
C (a regular expression's scan) is not counted.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

from kg.extract import extract


def lines_run(call: Callable[[], object]) -> int:
    """The Python lines that ``call()`` runs (in any module)."""
    count = 0

    def counting(_frame, event, _arg):
        nonlocal count
        if event == "line":
            count += 1
        return counting

    previous = sys.gettrace()
    sys.settrace(counting)
    try:
        call()
    finally:
        sys.settrace(previous)
    return count


# Each repeats one piece of text: an article of n pieces and one of 4n.
PIECES = {
    # anaphors with no antecedent of their class, after many mentions of other classes
    "anaphors without antecedent": "Belarus met China in Astana. He said so. ",
    # one long sentence of names, each a candidate beside every other accepted one
    "names in one sentence": "Belarus, China, Russia and Kazakhstan ",
    # paragraphs of facts, with an invisible character in one word of each
    "facts, with invisible characters": "Belarus became the 10th member state of the SCO. "
    "Chinese President Xi Jin\u00adping met Russian President Vladimir Putin.\n\n",
    # a surname two share, after a title (a code review: the titles given to the one named
    # were looked up anew at each, in time growing with the square of the article); summits,
    # another grouping's among them, and "the summit" after them
    "shared surnames and summits": "Akylbek Japarov arrived. President Japarov met Xi Jinping at the "
    "24th SCO summit. Putin attended the BRICS summit in Kazan. Modi attended the summit.\n\n",
    # "the summit in X" that no summit before was named with (each looked back over all)
    "summits named with a place": "Modi attended the 24th SCO summit in Astana. Putin attended the "
    "summit in Graustark.\n\n",
}


@pytest.mark.parametrize("piece", list(PIECES.values()), ids=list(PIECES))
def test_extraction_grows_linearly_with_the_article(rulebase, piece):
    def article(n: int) -> str:
        return "Leaders meet in Astana\n\n" + piece * n + "The end.\n"

    extract("scaling", article(1), rulebase)  # (compiles the patterns, fills the caches)
    small = lines_run(lambda: extract("scaling", article(40), rulebase))
    large = lines_run(lambda: extract("scaling", article(160), rulebase))
    assert small > 10_000  # (the count sees the extraction)
    assert large / small < 5, f"{large / small:.1f} times the work for four times the text"
