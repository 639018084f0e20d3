from hypothesis import given, settings
from hypothesis import strategies as st

from kg.spacing import INVISIBLE, ODD_SPACE, one_spaced, plain_words

_PIECES = ["a", "é", "7", "_", "-", " ", "  ", "\n", "\r\n", "\t", "\u00a0", "\u00ad", "\u200b"]
_PIECES += ["x-\n", "-\n "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_plain_words_is_one_spaced_text_trimmed(pieces):
    """The two ways of spacing words agree: runs of white space as one space, invisible
    characters left out, and no space at a line end after a word's hyphen."""
    text = "".join(pieces)
    spaced, starts, ends = one_spaced(text, 0, len(text))
    assert plain_words(text) == (spaced.strip() if ODD_SPACE.search(text) else text)
    assert len(starts) == len(ends) == len(spaced)
    for char, start, end in zip(spaced, starts, ends, strict=True):
        assert char == text[start] or (char == " " and not INVISIBLE.sub("", text[start:end]).strip())


def test_a_line_end_after_a_words_hyphen_joins_the_word():
    assert plain_words("Kassym-\n  Jomart Tokayev") == "Kassym-Jomart Tokayev"
    assert plain_words("Astana -\nKazakhstan") == "Astana - Kazakhstan"  # (a dash, not a hyphen)
    assert one_spaced("by Kassym-\r\nJomart", 0, 19)[0] == "by Kassym-Jomart"
