"""How the reader spaces words: any run of white space as one space, invisible characters
left out, in the text the patterns read, with the way back to the article's offsets.

News text is spaced by lines wrapped inside a paragraph, no-break spaces, double spaces, and
holds invisible characters (a soft hyphen inside "Bela\u00adrus"); the rules, the layouts
and the gazetteer write one plain space between words.
"""

from __future__ import annotations

import re

# Characters that show nothing and join or split nothing a reader sees: a soft hyphen, zero
# width spaces and joiners, a word joiner, a byte order mark inside the text.
INVISIBLE_CHARACTERS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
INVISIBLE = re.compile(f"[{INVISIBLE_CHARACTERS}]")


# Text spaced otherwise than by one plain space between words: a line end inside a paragraph
# (in layouts whose paragraphs wrap), a tab, two spaces, a no-break space (U+00A0, U+202F),
# an ideographic one; or holding invisible characters.
ODD_SPACE = re.compile(f"[^\\S ]| {{2}}|[{INVISIBLE_CHARACTERS}]")


_SPACE_RUN = re.compile(f"[\\s{INVISIBLE_CHARACTERS}]+")


def one_spaced(text: str, begin: int, end: int) -> tuple[str, list[int] | range, list[int] | range]:
    """``text[begin:end]`` with each run of white space read as one space and invisible
    characters left out (``ODD_SPACE``), and for each of its characters the text's offset
    where it starts and where it ends (a run's space maps to the whole run)."""
    if not ODD_SPACE.search(text, begin, end):
        return text[begin:end], range(begin, end), range(begin + 1, end + 1)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = begin
    for run in _SPACE_RUN.finditer(text, begin, end):
        pieces.append(text[at : run.start()])
        starts.extend(range(at, run.start()))
        ends.extend(range(at + 1, run.start() + 1))
        # (a run of invisible characters alone is nothing, and so is a line end after a
        # word's hyphen: "Kassym-" "Jomart" reads "Kassym-Jomart")
        if any(c.isspace() for c in run.group()) and not _hyphen_wrapped(text, run):
            pieces.append(" ")
            starts.append(run.start())
            ends.append(run.end())
        at = run.end()
    pieces.append(text[at:end])
    starts.extend(range(at, end))
    ends.extend(range(at + 1, end + 1))
    return "".join(pieces), starts, ends


def _hyphen_wrapped(text: str, run: re.Match[str]) -> bool:
    """Whether the white-space ``run`` of ``text`` is a line end after a word's hyphen."""
    at = run.start()
    return (
        at >= 2
        and text[at - 1] == "-"
        and _LETTER_OR_DIGIT.match(text, at - 2) is not None
        and _LINE_BREAK.search(run.group()) is not None
    )


_LINE_BREAK = re.compile("[\n\r]")
_LETTER_OR_DIGIT = re.compile("[^\\W_]")


def plain_words(words: str) -> str:
    """``words`` as the patterns write them: one space between words (none at a line end
    after a word's hyphen), no invisible characters, trimmed (``one_spaced`` without the
    offsets); ``words`` as they are when one plain space parts them already."""
    if not ODD_SPACE.search(words):
        return words
    return " ".join(INVISIBLE.sub("", _HYPHEN_WRAP.sub("-", words)).split())


#: A hyphen, and a line end after it (with the spaces or tabs around the line end), as a
#: pattern: "Kassym-" "Jomart" (the gazetteer's names are looked for with it).
WRAPPED_HYPHEN = r"-(?:[ \t]*(?:\r\n|\r|\n)[ \t]*)?"

# A word's hyphen and the run of white space after it that holds a line end (invisible
# characters too, as ``one_spaced`` reads the run).
_BLANK = f"[\\s{INVISIBLE_CHARACTERS}]"
_HYPHEN_WRAP = re.compile(f"(?<=[^\\W_])-(?={_BLANK}*[\\n\\r]){_BLANK}+")
