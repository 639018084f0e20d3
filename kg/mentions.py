"""Find mentions of gazetteer entities in an article, and resolve anaphora.

Overlapping candidates are resolved predictably: the longest match wins, then the higher
priority, then the entry that comes first in the file, then the earlier position.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kg.article import LIST_MARK, Article, Sentence
from kg.classes import ClassTree
from kg.errors import RuleError
from kg.gazetteer import Anaphor, Gazetteer, Node
from kg.spacing import INVISIBLE, INVISIBLE_CHARACTERS, ODD_SPACE, WRAPPED_HYPHEN, one_spaced
from kg.timelimit import FIX_BACKTRACKING, PatternTimeout, progress, time_limited, timed_out
from kg.timex import MONTHS, WEEKDAYS, month_number


@dataclass(frozen=True)
class Mention:
    """A span of the article that names (or refers back to) a resource.

    form: name, alias, adjectival, metonym, short (``Entity.short``), anaphor or rule (named
    by a relation rule);
    rule: id of the gazetteer entry, anaphora rule or relation rule that made it;
    antecedent: for an anaphor, the (begin, end) of the mention it refers back to;
    reach: how far from it an anaphor may take it as its antecedent (``SCOPES``; a rule's
    ``mention: {reach: paragraph}``): out of reach, it is still the nearest, and the anaphor
    has none.
    """

    begin: int
    end: int
    node: Node
    form: str
    rule: str
    antecedent: tuple[int, int] | None = None
    reach: str = "document"


@lru_cache(maxsize=4096)
def _form_pattern(form: str, hidden: bool = False) -> re.Pattern[str]:
    # Whole words only: no letter or digit on either side (a hyphen may, when a name lies on
    # the other side: ``_paired``); any run of white space between the words (a wrapped
    # line, two spaces, a no-break space); with ``hidden``, any invisible characters between
    # the letters ("Bela\u00adrus").
    if hidden:
        gap = f"[{INVISIBLE_CHARACTERS}]*"
        between = f"{gap}\\s[\\s{INVISIBLE_CHARACTERS}]*"  # some white space, and what hides in it
        words = between.join(gap.join(map(re.escape, word)) for word in form.split(" "))
    else:
        words = r"\s+".join(re.escape(word) for word in form.split(" "))
    # a line may end after a hyphen of the name ("Kassym-" "Jomart Tokayev")
    words = words.replace(re.escape("-"), WRAPPED_HYPHEN)
    # (with hidden: "China\u00adtown" is no mention of China); an apostrophe and letters
    # other than a possessive s go on the word ("Xi'an" is no mention of Xi; "RUSSIA'S" is)
    tail = f"(?![{INVISIBLE_CHARACTERS}]*\\w)" if hidden else r"(?!\w)"
    return re.compile(r"(?<!\w)" + words + tail + _NOT_ELIDED)


# Where words are spaced otherwise, a form is looked for by its first word (``_first_word``).
_FIRST_WORD = re.compile("[^ -]*")
_NOT_ELIDED = "(?![\u0027\u2019](?![sS]\\b)\\w)"


def _candidate(found: tuple, begin: int, end: int) -> tuple:
    """A candidate mention of (entity, kind, form index) ``found``, led by its sort key: the
    longest first, then the entity's priority, its order in the files, the form's, the place."""
    entity, kind, form_index = found
    mention = Mention(begin, end, entity.node, kind, f"gazetteer.{entity.id}")
    return (begin - end, -entity.priority, entity.order, form_index, begin, mention)


def find_entity_mentions(
    article: Article, gazetteer: Gazetteer, losers: list[tuple[Mention, Mention]] | None = None
) -> list[Mention]:
    """Every non-overlapping mention of a gazetteer entity in the article's searched text.

    article: the article as read; gazetteer: the loaded gazetteer; losers: if given, gets
    each candidate that lost to an overlapping one, with its winner (for `kg explain`).
    """
    text = article.text
    sentences = article.searched_sentences
    begins = [sentence.begin for sentence in sentences]
    candidates: list[tuple[int, int, int, int, int, Mention]] = []
    # Where the searched text spaces its words otherwise than by one space, a form is looked
    # for by its first word, and its pattern decides (else by the whole form: faster). The
    # sentences holding invisible characters, which may hide inside a word, are searched
    # apart, each with the pattern that reads through them.
    spaced = [s for s in sentences if ODD_SPACE.search(text, s.begin, s.end)]
    veiled = [s for s in spaced if INVISIBLE.search(text, s.begin, s.end)]
    veiled_begins = {s.begin for s in veiled}
    odd = len(spaced) > len(veiled)
    # A sentence in capitals only (a headline: "XI MEETS PUTIN IN ASTANA") is searched for
    # each form in capitals too.
    shouting = [s for s in sentences if text[s.begin : s.end].isupper()]
    everywhere = (veiled, begins, [s.end for s in sentences])
    in_capitals = (
        [s for s in shouting if s.begin in veiled_begins],
        [s.begin for s in shouting],
        [s.end for s in shouting],
    )
    for entity in gazetteer.entities:
        for form_index, kind, form in entity.spellings:
            found = (entity, kind, form_index)
            capitals = _in_capitals(form) if shouting else None
            for written, within in [(form, everywhere), (capitals, in_capitals)]:
                for begin, end in _occurrences(text, written, within, veiled_begins, odd) if written else ():
                    candidates.append(_candidate(found, begin, end))
    candidates = _paired(text, candidates)
    candidates.sort(key=lambda item: item[:5])
    chosen = select_non_overlapping([item[5] for item in candidates], losers=losers)
    chosen = bodies_of_others(text, chosen, gazetteer)
    chosen, longer = _in_longer_names(text, chosen, gazetteer) if gazetteer.titles else (chosen, [])
    if gazetteer.short_forms:
        chosen = _with_short_forms(text, chosen, gazetteer, everywhere, veiled_begins, odd, longer)
    return chosen


#: The word right before a short form (a first name, a title, an honorific), its full stop,
#: if any (a sentence's end, or "Mr."), and a hyphen joining the two ("Bhutto-Zardari"),
#: within _WORD_BEFORE_REACH characters; spaces of any kind between, or a line break (a name
#: wrapped), not a paragraph's.
_HYPHEN = "\\-\u2010\u2011"  # (escaped: in a class, "-" would make a range)
_WORD_BEFORE = re.compile(
    f"(?<![\\w'\u2019.{_HYPHEN}])([^\\W\\d_][\\w'\u2019]*(?:[{_HYPHEN}][^\\W\\d_][\\w'\u2019]*)*)"
    f"(?:(\\.?)(?:[^\\S\\n]+|[^\\S\\n]*\\n[^\\S\\n]*)|([{_HYPHEN}]))$"
)
_WORD_BEFORE_REACH = 40
#: Initials right before a short form ("N. Sharif", "N.M. Sharif").
_INITIALS_BEFORE = re.compile("(?<![\\w.])(?:[^\\W\\d_]\\.[^\\S\\n]*){1,3}$")
#: A word right after a short form (joined by spaces or a hyphen): capitalized, the two may
#: be another's name ("Li Hui", "Hun Sen", "Li-Ning").
_WORD_AFTER = re.compile(f"(?:[^\\S\\n]+|[{_HYPHEN}])([^\\W\\d_][\\w'\u2019]*)")
#: Capitalized words beside a short form that are no name ("met Sharif Thursday").
_CALENDAR = frozenset(name.capitalize() for name in (*WEEKDAYS, *MONTHS))
#: Words before a short form that tell one bearer of it from another ("the elder Sharif",
#: "his brother Sharif": a family shares a surname).
_KIN_BEFORE = re.compile(
    "\\b(?:elder|younger|older|senior|junior|brother|sister|son|daughter|father|mother|wife|"
    "husband|cousin|nephew|niece|uncle|aunt)[^\\S\\n]+$"
)
#: A word (for the article's words in lower case).
_WORDS = re.compile("[^\\W\\d_][\\w'\u2019-]*")
#: Where a sentence may end before a word: its stop, a closing quote or bracket, spaces.
_SENTENCE_END = re.compile("(?:^|[.!?:;][\"'\u2019\u201d)]?|\\n|--|[\u2013\u2014])\\s*$")
_SENTENCE_END_REACH = 6
#: What tells of a short form's occurrence (``_bearer``): another bearer of it, from here
#: on; another bearer maybe, here only; or nothing.
_SURELY_ANOTHER, _MAYBE_ANOTHER, _NO_OTHER = "another", "maybe", ""


class _Article:
    """What ``_bearer`` asks of an article's text, each worked out once when first asked."""

    def __init__(self, text: str, taken: list[tuple[int, int]], known: frozenset[str]) -> None:
        self.text, self.taken, self.known = text, taken, known  # (known: one-word forms)
        self._lower: set[str] | None = None

    def in_mention(self, offset: int) -> bool:
        at = bisect.bisect_right(self.taken, (offset, len(self.text) + 1)) - 1
        return at >= 0 and self.taken[at][0] <= offset < self.taken[at][1]

    def in_title_case(self, offset: int) -> bool:
        """Whether the line at the offset is written in title case, as a headline may be
        ("Pakistan PM Sharif Meets Putin"): most of its words (three or more) capitalized."""
        start = self.text.rfind("\n", 0, offset) + 1
        stop = self.text.find("\n", offset)
        words = _WORDS.findall(self.text, start, len(self.text) if stop < 0 else stop)
        return len(words) >= 3 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3

    def in_lower_case(self, word: str) -> bool:
        """Whether the article writes the word in lower case somewhere ("when", "meets")."""
        if self._lower is None:
            self._lower = {w for w in _WORDS.findall(self.text) if w[0].islower()}
        return word.lower() in self._lower


def _bearer(article: _Article, begin: int, end: int, allowed: set[str], own: set[str]) -> str:
    """Whether the words around a short form's occurrence tell of another bearer of it.
    Surely, from here on (_SURELY_ANOTHER): a word of kin before it ("the elder Sharif"), initials
    ("N. Sharif"), a capitalized word joined to it by a hyphen ("Bhutto-Zardari"), or beside
    it in a sentence's midst ("Nawaz Sharif", "Li Hui"), that is no mention (nor, before a
    hyphen, another entry's one-word form: "the Xi-Sharif talks"), no title or
    honorific (``allowed``; "Secretary-General" by its last word), no word of the entry's
    own names (``own``: "Sharma Oli"), no day or month, and no word the article writes in
    lower case elsewhere. Maybe, here only (_MAYBE_ANOTHER): such a word opening the sentence
    ("Later Sharif ...", "Nawaz Sharif said"), written in lower case elsewhere, or in a line
    in title case ("Pakistan PM Sharif Meets Putin", a headline)."""
    text = article.text
    reach = max(0, begin - _WORD_BEFORE_REACH)
    if _KIN_BEFORE.search(text, reach, begin) or _INITIALS_BEFORE.search(text, reach, begin):
        return _SURELY_ANOTHER
    after = _WORD_AFTER.match(text, end)
    if (
        after is not None
        and after[1][0].isupper()
        and after[1] not in _CALENDAR
        and after[1] not in own
        and not article.in_mention(after.start(1))
    ):
        sure = not article.in_lower_case(after[1]) and not article.in_title_case(begin)
        return _SURELY_ANOTHER if sure else _MAYBE_ANOTHER
    return _word_before(article, begin, allowed, own)[0]


def _titles_of(text: str, mentions: list[Mention], node: Node, titles: set[str]) -> list[tuple[int, str]]:
    """Where each mention of ``node`` that comes after one of ``titles`` begins, with that title."""
    found = ((m.begin, _title_before(text, m.begin, titles)) for m in mentions if m.node == node)
    return [(at, title) for at, title in found if title is not None]


def _title_before(text: str, begin: int, titles: set[str]) -> str | None:
    """The title right before ``begin`` ("President" Japarov, Prime "Minister" Akylbek
    Japarov), if the word there is one of ``titles``."""
    before = _WORD_BEFORE.search(text, max(0, begin - _WORD_BEFORE_REACH), begin)
    return before[1] if before is not None and before[1] in titles else None


def _word_before(article: _Article, begin: int, allowed: set[str], own: set[str]) -> tuple[str, int]:
    """What the capitalized word right before ``begin`` tells of the name there (``_bearer``),
    and where that word starts (``begin`` when there is none)."""
    text = article.text
    before = _WORD_BEFORE.search(text, max(0, begin - _WORD_BEFORE_REACH), begin)
    if (
        before is None
        or not before[1][0].isupper()
        or before[1] in _CALENDAR
        or article.in_mention(before.start(1))
    ):
        return _NO_OTHER, begin  # (nor "On Monday Japarov")
    word, stop, hyphen = before.groups()
    if stop or word in allowed or re.split(f"[{_HYPHEN}]", word)[-1] in allowed or word in own:
        return _NO_OTHER, begin  # (a sentence's end, "Mr.", "President", "Secretary-General", "Sharma")
    if word.endswith(_POSSESSIVE) or (len(word) > 1 and word.isupper()) or (hyphen and word in article.known):
        # ("Moscow's Putin", "ASTANA Xi Jinping"; another entry's one-word form: "the Xi-Sharif talks")
        return _NO_OTHER, begin
    if hyphen:
        return _SURELY_ANOTHER, before.start(1)
    if _SENTENCE_END.search(text, max(0, before.start() - _SENTENCE_END_REACH), before.start()):
        # ("When Sharif met Xi")
        return (_NO_OTHER if article.in_lower_case(word) else _MAYBE_ANOTHER), before.start(1)
    sure = not article.in_lower_case(word) and not article.in_title_case(begin)
    return (_SURELY_ANOTHER if sure else _MAYBE_ANOTHER), before.start(1)


def _in_longer_names(
    text: str, mentions: list[Mention], gazetteer: Gazetteer
) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The mentions, but for a person's name or alias that is the end of another's longer
    name ("Hamza Shehbaz Sharif", the son of "Shehbaz Sharif"; "Li Xi", not "Xi"), and those
    longer names' spans. A name is another's when the capitalized word before it would tell
    of another bearer of a short form (``_bearer``, surely: in a sentence's midst, no title,
    honorific, mention, day or word of the entry's names, not written in lower case
    elsewhere), or where it only may ("Hamza Shehbaz Sharif met ..." opening a sentence) when
    the article has written the same longer name where it surely does. A word of the entry's
    names before that word keeps it ("Vladimir Vladimirovich Putin"). Only the classes a
    title may stand before (``titles``: people) are read so."""
    titles, honorifics = dict(gazetteer.titles), dict(gazetteer.honorifics)
    entities = gazetteer.by_node()
    article = _Article(text, sorted((m.begin, m.end) for m in mentions), gazetteer.one_word_forms)
    told: list[tuple[Mention, str, int]] = []
    for mention in mentions:
        entity = entities.get(mention.node)
        if entity is None or mention.form not in ("name", "alias") or entity.klass not in titles:
            continue
        allowed = {*titles[entity.klass], *honorifics.get(entity.klass, ())}
        own = {w for form in (entity.name, *entity.aliases) for w in form.split()}
        tell, start = _word_before(article, mention.begin, allowed, own)
        if tell == _NO_OTHER:
            continue
        prior = _WORD_BEFORE.search(text, max(0, start - _WORD_BEFORE_REACH), start)
        if prior is None or prior[1] not in own:  # (not "Vladimir Vladimirovich Putin")
            told.append((mention, tell, start))
    sure = {one_spaced(text, start, m.end)[0] for m, tell, start in told if tell == _SURELY_ANOTHER}
    longer = {
        m: (start, m.end)
        for m, tell, start in told
        if tell == _SURELY_ANOTHER or one_spaced(text, start, m.end)[0] in sure
    }
    if not longer:
        return mentions, []
    return [m for m in mentions if m not in longer], sorted(longer.values())


def _with_short_forms(
    text: str,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    within: tuple[list[Sentence], list[int], list[int]],
    veiled: set[int],
    odd: bool,
    longer: list[tuple[int, int]],
) -> list[Mention]:
    """The mentions, and the short forms ("Sharif") that name an entry named before them in
    the article by a full form ("Shehbaz Sharif", "Shahbaz Sharif"), where no other bearer
    of that short form was named before them: another entry with it ("Sadyr Japarov ...
    Akylbek Japarov ... Japarov" names neither), another entry whose name holds it ("Li
    Keqiang", for "Li"), or one the gazetteer lacks, told by the words around the short form
    (``_bearer``: "Nawaz Sharif", "Li Hui", "the elder Sharif"). From such a one on, the
    short form names no one; where the words only may tell of one ("Later Sharif said"),
    that occurrence names no one. So too, from there on, where a short form that several
    entries share comes after a title other than each the article gave the one named before
    ("Prime Minister Akylbek Japarov ... President Japarov" is not Akylbek). None is inside
    another mention."""
    titles, honorifics = dict(gazetteer.titles), dict(gazetteer.honorifics)
    first: dict[Node, int] = {}
    for mention in mentions:  # (in text order)
        first.setdefault(mention.node, mention.begin)
    article = _Article(text, sorted((m.begin, m.end) for m in mentions), gazetteer.one_word_forms)
    added = []
    for short, entities in gazetteer.short_forms.items():
        offices = {w for e in entities for w in titles.get(e.klass, ())}
        allowed = offices | {w for e in entities for w in honorifics.get(e.klass, ())}
        own = {w for e in entities for form in (e.name, *e.aliases) for w in form.split()} - {short}
        bearers = {e.node for e in entities}
        holds = re.compile(f"(?<!\\w){re.escape(short)}(?!\\w)")
        others = (
            [  # another entry named by words that hold the short form ("Li Keqiang")
                m.begin
                for m in mentions
                if m.node not in bearers
                and short in text[m.begin : m.end]
                and holds.search(text, m.begin, m.end)
            ]
            + [begin for begin, end in longer if holds.search(text, begin, end)]
        )  # ("Hamza Shehbaz Sharif")
        until = min(others, default=len(text))
        titled: dict[Node, list[tuple[int, str]]] = {}  # an entry's titled mentions, found once
        for begin, end in sorted(_occurrences(text, short, within, veiled, odd)):
            if begin > until:
                break
            if article.in_mention(begin) or article.in_mention(end - 1):
                continue
            bearer = _bearer(article, begin, end, allowed, own)
            if bearer == _SURELY_ANOTHER:
                break
            named = [e for e in entities if first.get(e.node, end) < begin]
            if bearer == _NO_OTHER and len(named) == 1 and len(entities) > 1:
                title = _title_before(text, begin, offices)
                node = named[0].node
                if node not in titled:
                    titled[node] = _titles_of(text, mentions, node, offices)
                given = {t for at, t in titled[node] if at < begin}  # (the titles given before)
                if title is not None and given and title not in given:
                    break
            if bearer == _NO_OTHER and len(named) == 1:
                entity = named[0]
                added.append(Mention(begin, end, entity.node, "short", f"gazetteer.{entity.id}"))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.begin, m.end))


#: "of", "of the" after a body's name, "the Member States (of the)" if they follow, and the
#: capital that begins a name after it.
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?(?:[Mm]ember\s+[Ss]tates(?:\s+of\s+(?:the\s+)?)?)?(?=[A-Z])")


def bodies_of_others(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """The mentions, but for those of a body (an entry with ``unit_of``) followed by "of
    (the) X" where X is not a mention of the body's own organization: "the Council of Heads
    of State of the Commonwealth of Independent States" is the CIS's council, not the SCO's
    that the gazetteer names "Council of Heads of State"; "... of the SCO", "... of the
    Member States of the SCO" and "the SCO Council of Heads of State of the Member States"
    stay."""
    bodies = gazetteer.bodies
    if not bodies:
        return mentions
    starting = {mention.begin: mention for mention in mentions}
    kept = []
    for mention in mentions:
        parent = bodies.get(mention.node)
        of = _OF_NAME.match(text, mention.end) if parent is not None else None
        named = parent is not None and any(
            form in text[mention.begin : mention.end] for _kind, form in parent.forms()
        )  # ("SCO Council of Heads of State ...": the name says whose)
        if of is not None and not named:
            after = starting.get(of.end())
            if after is None or after.node != parent.node:
                continue
        kept.append(mention)
    return kept


def _occurrences(
    text: str, form: str, within: tuple[list[Sentence], list[int], list[int]], veiled: set[int], odd: bool
) -> list[tuple[int, int]]:
    """The (start, end) of each match of ``form``'s pattern in the sentences ``within``: the
    veiled ones among them (listed first) with the pattern that reads through invisible
    characters, the others (their starts and ends next, those in ``veiled`` left out) where
    the form's lead (its first word where words are spaced ``odd``ly) occurs."""
    hidden, starts, ends = within
    found = [
        match.span()
        for sentence in hidden
        for match in _form_pattern(form, True).finditer(text, sentence.begin, sentence.end)
    ]
    lead = _first_word(form) if odd else form
    if lead in text:  # (most forms occur nowhere)
        found += _matches(text, _form_pattern(form), lead, starts, ends, veiled)
    return found


def _matches(
    text: str, pattern: re.Pattern[str], lead: str, begins: list[int], ends: list[int], skip: set[int]
) -> Iterator[tuple[int, int]]:
    """The (start, end) of what ``pattern.finditer`` would find in each of the sentences that
    start at ``begins`` and end at ``ends`` (sorted; those starting at an offset in ``skip``
    left out), sentence by sentence, but trying the pattern only where ``lead`` occurs."""
    at = text.find(lead)
    after = -1  # where the last match ended: finditer goes on from there
    while at >= 0:
        holder = bisect.bisect_right(begins, at) - 1
        end = ends[holder] if holder >= 0 and begins[holder] not in skip else -1
        match = pattern.match(text, at, end) if at >= after and at + len(lead) <= end else None
        if match is not None:
            after = match.end()
            yield at, after
        at = text.find(lead, at + 1)


@lru_cache(maxsize=4096)
def _in_capitals(form: str) -> str | None:
    """The form in capitals, to look for in a sentence in capitals; None when it is written
    so already, or reads as a Roman numeral in capitals ("Xi": "PIUS XI")."""
    capitals = form.upper()
    return None if capitals == form or _ROMAN.fullmatch(capitals) else capitals


_ROMAN = re.compile("[IVXLCDM]+")


@lru_cache(maxsize=4096)
def _first_word(form: str) -> str:
    """What comes before the form's first space or hyphen (either may be a line end)."""
    return _FIRST_WORD.match(form).group() or form


def _paired(text: str, candidates: list[tuple]) -> list[tuple]:
    """The candidates but those a word's hyphen joins to a word that is no candidate name:
    the names of "China-Russia relations" or "Xi-Putin talks" are mentions each, while
    "pro-Moscow", "Kazakhstan-based" or "Al-Raisi" name no state, city or person. A line may
    end after the hyphen ("pro-" "Moscow")."""
    begins = {item[5].begin for item in candidates}
    ends = {item[5].end for item in candidates}
    kept = []
    for item in candidates:
        begin, end = item[5].begin, item[5].end
        near = max(0, begin - 40)
        before = _JOINED_BEFORE.search(text, near, begin) if text.find("-", near, begin) >= 0 else None
        if before is not None and before.start() + 1 not in ends:
            continue
        after = _JOINED_AFTER.match(text, end)
        if after is not None and after.end() not in begins:
            continue
        kept.append(item)
    return kept


# A hyphen that joins a word of letters to a candidate ("pro-Moscow"; not "the 2024-China
# summit"), and a line end after it: before a candidate (searched up to its start), after one.
_JOINED_BEFORE = re.compile(r"[^\W\d_]" + WRAPPED_HYPHEN + r"\Z")
_JOINED_AFTER = re.compile(WRAPPED_HYPHEN + r"(?=[^\W\d_])")


def select_non_overlapping(
    ranked: list[Mention], losers: list[tuple[Mention, Mention]] | None = None
) -> list[Mention]:
    """Accept mentions in ``ranked`` order, skipping any that overlaps one already accepted;
    return the accepted ones in text order. When ``losers`` is given, each skipped mention
    is appended to it with the mention it lost to: the earliest accepted of those it
    overlaps."""
    accepted: list[Mention] = []
    # The accepted spans in text order, with when each was accepted: they never overlap, so
    # the ones a span overlaps are one run, found by bisection.
    begins: list[int] = []
    ends: list[int] = []
    orders: list[int] = []
    for mention in ranked:
        first = bisect.bisect_right(ends, mention.begin)
        last = bisect.bisect_left(begins, mention.end)
        if first < last:
            if losers is not None:
                losers.append((mention, accepted[min(orders[first:last])]))
            continue
        begins.insert(first, mention.begin)
        ends.insert(first, mention.end)
        orders.insert(first, len(accepted))
        accepted.append(mention)
    return sorted(accepted, key=lambda m: (m.begin, m.end))


def _stop_out_of_reach(mention: Mention, here: Sentence, sentence_at: Callable[[int], Sentence]) -> bool:
    """Whether ``mention`` is a stop (``Anaphor.another``) that does not reach the sentence
    ``here``."""
    return mention.form == _ANOTHER_FORM and not _in_scope(mention.reach, here, sentence_at(mention.begin))


def _place(anaphor: Anaphor, text: str, end: int, states: frozenset[str] = frozenset()) -> str | None:
    """The place named right after ``text[:end]`` (an anaphor's or a mention's words) by the
    anaphor's ``place`` pattern, read with its white space as one space, if it has one and it
    matches; not a state's name (``states``: "in Kazakhstan" does not tell Astana apart)."""
    if anaphor.place is None:
        return None
    plain = one_spaced(text, end, min(len(text), end + _PLACE_REACH))[0]
    found = anaphor.place.match(plain)
    place = found["place"] if found is not None else None
    return place if place and place not in states else None


def _own_place(match: re.Match[str], states: frozenset[str] = frozenset()) -> str | None:
    """The place an anaphor names in its own words, its pattern's group ``place`` ("the
    Astana summit"), if it has one; not a state's name."""
    place = match.groupdict().get("place")
    return place if place and place not in states else None


def _held_span(
    match: re.Match[str], starts: list[int], ends: list[int], group: str
) -> tuple[int, int] | None:
    """The article span of the words of an anaphor's group ``group`` whose mentions the
    anaphor may hold: its own place, ``place`` (``_own_place``: "Astana", a city), or other
    words its pattern lets it hold, ``held`` ("the SCO summit": the SCO's name); None where
    the group matched nothing."""
    if group not in match.re.groupindex or match.start(group) == match.end(group):
        return None
    return starts[match.start(group)], ends[match.end(group) - 1]


#: How far after an anaphor or a mention its place is looked for, in characters.
_PLACE_REACH = 120


def _position(
    candidates: list[tuple[int, int, int]], occupied: list[Mention], mention: Mention | None, at: int
) -> int:
    """Where ``mention`` is among ``candidates[: at + 1]`` (``at + 1`` if it is none of them)."""
    for i in range(at, -1, -1):
        if occupied[-candidates[i][2]] is mention:
            return i
    return at + 1


def _in_scope(scope: str, anaphor: Sentence, candidate: Sentence) -> bool:
    if scope == "sentence":
        return candidate == anaphor
    if scope == "paragraph":
        return candidate.block == anaphor.block
    if scope == "paragraph-or-previous":  # (news paragraphs of one sentence: "He also ...")
        # (the paragraph before: one of the body's, not a caption, a note or a headline)
        return candidate.block == anaphor.block or (
            candidate.block == anaphor.block - 1 and candidate.kind == "body" == anaphor.kind
        )
    return True


#: A possessive determiner before a role and a name set off in commas ("His foreign
#: minister, Bilawal Bhutto Zardari,"): the sentence is about the one named, not him.
_ROLE_OF = re.compile(r"[Hh](?:is|er)\s+[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,3},\s+[A-Z]")

#: The name and form of the mention another anaphora rule's words make (``Anaphor.another``):
#: no resource, only a stop for the anaphora after it.
_ANOTHER, _ANOTHER_FORM = "", "another"
#: A name's possessive ending: "Putin's spokesman" is not the sentence's subject.
_POSSESSIVE = ("'s", "\u2019s")
#: A word in lower case right after a name, its verb ("Nazarbayev took up ..."), not a
#: conjunction or a preposition that goes on with the name's phrase.
_VERB_AFTER = re.compile(r" (?!(?:and|or|of|in|at|on|for|with|to|from|by|as)\b)[a-z]")


def _two_subjects(
    text: str, sentence: Sentence, first: Mention, people: list[Mention], second: re.Pattern[str]
) -> bool:
    """Whether another of the ``people`` after ``first`` in ``sentence`` is the subject of a
    clause of its own: ``second`` matches the words before it (up to it), a verb after it."""
    return any(
        m.node != first.node
        and m.begin > first.end
        and second.search(text, sentence.begin, m.begin) is not None
        and _VERB_AFTER.match(text, m.end) is not None
        for m in people
    )


#: A quotation in a sentence: its people are not the sentence's subject ('"Putin is an old
#: friend," Xi said. He pledged ...' is Xi).
_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')


def _spans(
    text: str, sentence: Sentence, pattern: re.Pattern[str], at_start: bool = False
) -> list[tuple[int, int]]:
    """Where in ``text`` the matches of ``pattern`` in ``sentence`` (read one-spaced, as the
    patterns are) begin and end; with ``at_start``, the match at its start only."""
    plain, starts, ends = one_spaced(text, sentence.begin, sentence.end)
    found = [pattern.match(plain)] if at_start else pattern.finditer(plain)
    return [(starts[m.start()], ends[m.end() - 1]) for m in found if m is not None and m.end() > m.start()]


def of_another_time(found: dict[str, str | None], reference: date | None, month_alone: bool = False) -> bool:
    """Whether the groups a pattern matched tell of another time than the article's: group
    ``other`` matched ("last year"); or group ``year`` matched, with ``month`` and ``day``
    (or ``day2``) where they did, and that time lies away from the publication date:
    another year (a year alone), more than a month away (a month of a year), or more than
    31 days away (a day). Without a publication date, a year alone is another time; a month
    or a day is not (it may be the article's own summit). With ``month_alone``, a month
    without a year more than one away from the publication date's month is another time
    too ("the 24th SCO summit in July" in a December article)."""
    if found.get("other") is not None:
        return True
    year = found.get("year")
    if year is None and month_alone and found.get("month") and reference is not None:
        distance = abs(month_number(str(found["month"])) - reference.month)
        return min(distance, 12 - distance) > 1
    if year is None:
        return False
    month = month_number(found["month"]) if found.get("month") else None
    day_words = found.get("day") or found.get("day2")
    day = int(day_words) if day_words else None
    if reference is None:
        return month is None
    if month is None:
        return int(year) != reference.year
    if day is None:
        return abs((int(year) * 12 + month) - (reference.year * 12 + reference.month)) > 1
    try:
        return abs((date(int(year), month, day) - reference).days) > 31
    except ValueError:  # ("February 30, 2024" names no day: read as its month)
        return abs((int(year) * 12 + month) - (reference.year * 12 + reference.month)) > 1


def resolve_anaphora(
    article: Article,
    gazetteer: Gazetteer,
    mentions: list[Mention],
    classes: ClassTree,
    unresolved: list[tuple[int, int, str]] | None = None,
    anaphora: tuple[Anaphor, ...] | None = None,
) -> list[Mention]:
    """Mentions for the anaphora (he, its, the group …) that have an antecedent in scope.

    Each resolves to the nearest earlier mention, anaphors included, whose class is a kind
    of the rule's class within the rule's scope (with ``antecedent: sentence-first``, one in
    another sentence is that sentence's first such mention, passing over quoted people and,
    where another is, one in the possessive; ``earlier-sentence-first`` never looks in the
    anaphor's own sentence). A rule with ``another: true`` makes no anaphor but a stop,
    someone the gazetteer does not know: an anaphor whose antecedent is a stop is dropped,
    and is a stop in turn. An anaphor without an antecedent is dropped, and added to
    ``unresolved`` (begin, end, rule id) when given, for the coverage report.
    article: the article; gazetteer: its anaphora rules; mentions: the mentions found so
    far (names and rule-made); classes: the class tree; anaphora: the anaphora rules to
    resolve (default: the gazetteer's, all of them).
    """
    text = article.text
    reference = article.reference_date
    # (with the place it names itself, that place's span and the span of the words it holds)
    found: list[tuple[int, int, Anaphor, str | None, tuple[int, int] | None, tuple[int, int] | None]] = []
    states = gazetteer.state_forms
    with time_limited():
        for sentence in article.searched_sentences:
            progress()
            anaphor = None
            # (white space other than one space read as one space, as the patterns write it)
            plain, starts, ends = one_spaced(text, sentence.begin, sentence.end)
            try:
                for anaphor in gazetteer.anaphora if anaphora is None else anaphora:
                    for match in anaphor.pattern.finditer(plain):
                        if match.end() > match.start() and not of_another_time(match.groupdict(), reference):
                            place, span = _own_place(match, states), _held_span(match, starts, ends, "place")
                            if span is not None and place is None:
                                continue  # ("the Russia summit": a state's name is no place)
                            held = _held_span(match, starts, ends, "held")
                            begin, end = starts[match.start()], ends[match.end() - 1]
                            found.append((begin, end, anaphor, place, span, held))
            except PatternTimeout:
                if anaphor is None:
                    raise
                raise RuleError(
                    gazetteer.anaphora_path,
                    anaphor.line,
                    f"anaphora rule {anaphor.id!r} "
                    + timed_out(article.slug, "sentence", [(sentence.begin, sentence.end)]),
                    FIX_BACKTRACKING,
                ) from None
    found.sort(key=lambda item: (item[0], -(item[1] - item[0]), item[2].order))
    resolved: list[Mention] = []
    occupied = list(mentions)
    sentence_starts = [s.begin for s in article.sentences]

    def sentence_at(offset: int) -> Sentence:
        at = bisect.bisect_right(sentence_starts, offset) - 1
        if at >= 0 and offset < article.sentences[at].end:
            return article.sentences[at]
        return next(s for s in article.sentences if s.begin <= offset < s.end)

    # The occupied spans by start; none is longer than ``longest``, so the ones an anaphor
    # could overlap start at most that far before it: found by bisection.
    spans = sorted((m.begin, m.end) for m in occupied)
    longest = max((e - b for b, e in spans), default=0)
    # For each class the anaphora look for, the occupied mentions of a kind of it by (end,
    # begin), equals in the order listed (the first wins): the nearest earlier one is found
    # by bisection. (Walking back over every mention took time growing with the square of
    # an article's length when no mention of the class came before.)
    wanted = sorted({item[2].klass for item in found})
    kinds: dict[str, list[str]] = {}  # a mention's class -> the wanted classes it is a kind of

    def kinds_of(klass: str) -> list[str]:
        if klass not in kinds:
            kinds[klass] = [k for k in wanted if classes.is_a(klass, k)]
        return kinds[klass]

    by_end: dict[str, list[tuple[int, int, int]]] = {k: [] for k in wanted}
    for i, m in enumerate(occupied):
        for k in kinds_of(m.node.klass):
            by_end[k].append((m.end, m.begin, -i))
    for listed in by_end.values():
        listed.sort()

    # For each anaphora rule with a `place`, the candidates of its class by the place named
    # after them, each list ordered as by_end (made when first needed, kept up as mentions come)
    by_place: dict[Anaphor, dict[str, list[tuple[int, int, int]]]] = {}
    # and the first stop named with each place (another grouping's summit there)
    first_stop: dict[Anaphor, dict[str, tuple[int, int, int]]] = {}

    def note_stop(anaphor: Anaphor, place: str, key: tuple[int, int, int]) -> None:
        if occupied[-key[2]].form == _ANOTHER_FORM:
            stops = first_stop.setdefault(anaphor, {})
            stops[place] = min(stops.get(place, key), key)

    def places_of(anaphor: Anaphor) -> dict[str, list[tuple[int, int, int]]]:
        if anaphor not in by_place:
            index = by_place[anaphor] = {}
            for key in by_end[anaphor.klass]:
                place = _place(anaphor, text, key[0], states)
                if place is not None:
                    index.setdefault(place, []).append(key)
                    note_stop(anaphor, place, key)
        return by_place[anaphor]

    def add_candidate(mention: Mention) -> None:
        occupied.append(mention)
        key = (mention.end, mention.begin, -(len(occupied) - 1))
        for k in kinds_of(mention.node.klass):
            bisect.insort(by_end[k], key)
        for anaphor, index in by_place.items():
            if anaphor.klass in kinds_of(mention.node.klass):
                place = _place(anaphor, text, mention.end, states)
                if place is not None:
                    bisect.insort(index.setdefault(place, []), key)
                    note_stop(anaphor, place, key)

    def stop_at(begin: int, end: int, klass: str, rule: str, reach: str) -> None:
        # a mention of someone the gazetteer does not know: for the anaphora after it
        # (within its reach) to find, and to be dropped by
        add_candidate(Mention(begin, end, Node(klass, _ANOTHER), _ANOTHER_FORM, rule, reach=reach))

    for begin, end, anaphor, own_place, place_span, held_span in found:
        low = bisect.bisect_left(spans, (begin - longest,))
        if any(
            e > begin
            and not (place_span and place_span[0] <= b and e <= place_span[1])
            and not (held_span and held_span[0] <= b and e <= held_span[1])
            for b, e in spans[low : bisect.bisect_left(spans, (end,))]
        ):
            # (words of a mention, "Xi Jinping said", are not another's; its own place's are, and
            # the words it holds)
            continue
        if anaphor.another:  # ("analyst Dosym Satpayev")
            reach = anaphor.scope
            if reach == "lead":
                # the whole article, where it is the first of its class in the lead ("at the
                # BRICS summit that ended in Rio ... weeks before China hosts the 25th SCO
                # summit" is a report on the BRICS summit); else its paragraph
                listed = by_end[anaphor.klass]
                before = listed[: bisect.bisect_right(listed, (begin, math.inf, math.inf))]
                first = article.in_lead(sentence_at(begin)) and not any(
                    article.in_lead(sentence_at(occupied[-c[2]].begin)) for c in before
                )  # (in the lead, few come before it)
                reach = "document" if first else "paragraph"
            stop_at(begin, end, anaphor.klass, f"anaphora.{anaphor.id}", reach)
            continue
        here = sentence_at(begin)
        # The nearest earlier mention of the class decides: if it is out of scope, so is
        # every earlier one.
        antecedent = None
        candidates = by_end[anaphor.klass]
        # (with earlier-sentence-first, one in an earlier sentence: ", he said" after a quotation
        # is not a person the quoted words name)
        limit = here.begin if anaphor.antecedent == "earlier-sentence-first" else begin
        at = bisect.bisect_right(candidates, (limit, math.inf, math.inf)) - 1

        # (a stop beyond its reach is passed over: "the G20 summit" two paragraphs up says
        # nothing of "the summit" here)
        def reaches(mention: Mention, here: Sentence = here) -> bool:
            return not _stop_out_of_reach(mention, here, sentence_at)

        while at >= 0 and not reaches(occupied[-candidates[at][2]]):
            at -= 1
        reached = False  # (a mention taken for the place named with both reaches the anaphor)
        if at >= 0:
            mention = occupied[-candidates[at][2]]
            there = sentence_at(mention.begin)
            # (", and on Monday he met ...": its own sentence's first, as another's)
            coordinated = (
                there == here
                and anaphor.coordinate is not None
                and anaphor.coordinate.search(text, here.begin, begin) is not None
            )
            if anaphor.antecedent != "nearest" and (there != here or coordinated):
                # the first of that sentence's mentions of the class (candidates are ordered
                # by their ends; none of that sentence ends before it begins) after its
                # opening phrase, if any is
                first = bisect.bisect_left(candidates, (there.begin,))
                inside = sorted(
                    (m for c in candidates[first : at + 1] if reaches(m := occupied[-c[2]])),
                    key=lambda m: (m.begin, -m.end),
                )
                quoted = [q.span() for q in _QUOTED.finditer(text, there.begin, there.end)]
                unquoted = [m for m in inside if not any(b <= m.begin < e for b, e in quoted)]
                # (in its own paragraph a quoted name is taken where no other is; in the
                # paragraph before, or in a list item there, none is)
                before = there.block != here.block
                if before and LIST_MARK.match(text, there.begin):
                    unquoted = []
                inside = unquoted if before else (unquoted or inside)
                # nor, where another is, one in the possessive ("Putin's spokesman Peskov said")
                inside = [m for m in inside if text[m.end : m.end + 2] not in _POSSESSIVE] or inside
                # (nor a possessive determiner before a role and a name set off: "His foreign
                # minister, Bilawal Bhutto Zardari, ..." is not about him)
                inside = [m for m in inside if not _ROLE_OF.match(text, m.begin, there.end)] or inside
                opening = _spans(text, there, anaphor.opening, at_start=True) if anaphor.opening else []
                after = [m for m in inside if opening and m.begin >= opening[0][1]]
                mention = (after or inside)[0] if inside else None
                if (
                    mention is not None
                    and there != here
                    and anaphor.second_subject is not None
                    and _two_subjects(text, there, mention, inside, anaphor.second_subject)
                ):
                    mention = None  # ("A proposed it, and B took it up. He said ...": whose?)
            elif anaphor.clause is not None and there == here:
                # in its own sentence: the nearest one not inside a clause that closed before
                # it ("Tokayev, who hosted Sharif, met his Chinese counterpart" is Tokayev's)
                closed = [(b, e) for b, e in _spans(text, here, anaphor.clause) if e <= begin]
                first = bisect.bisect_left(candidates, (here.begin,))
                outside = [
                    occupied[-c[2]]
                    for c in candidates[first : at + 1]
                    if not any(b <= occupied[-c[2]].begin < e for b, e in closed) and reaches(occupied[-c[2]])
                ]
                # (and none where every one is in such a clause: "Belarus, a founding member
                # of the CSTO, became its 10th member" is not the CSTO's)
                mention = outside[-1] if outside else None
            if (
                mention is not None
                and anaphor.antecedent == "nearest"
                and (anaphor.planned_before or anaphor.planned_after)
                and _in_scope(anaphor.scope, here, there)
                and anaphor.planned(text, there.begin, there.end, mention.begin, mention.end)
                and not (anaphor.planned_here and anaphor.planned_here.search(text, here.begin, here.end))
            ):
                # only planned ("China will host the 25th Meeting next year"): the nearest
                # earlier one in scope that is not, where there is one
                for earlier in reversed(candidates[:at]):
                    other = occupied[-earlier[2]]
                    if not reaches(other):
                        continue
                    where = sentence_at(other.begin)
                    if not _in_scope(anaphor.scope, here, where):
                        break
                    if other.node != mention.node and not anaphor.planned(
                        text, where.begin, where.end, other.begin, other.end
                    ):
                        mention, there = other, where
                        break
            # (the steps below look further back than the one found so far)
            pos = _position(candidates, occupied, mention, at)
            if (
                mention is not None
                and anaphor.antecedent == "nearest"
                and _in_scope(anaphor.scope, here, there)
                and not _in_scope(mention.reach, here, there)
            ):
                # the nearest is named out of its own reach ("the 18th summit in 2018", recalled
                # two paragraphs up): the nearest earlier one in scope that reaches here, where
                # there is one (a stop among them is someone else's, and drops the anaphor)
                for earlier in reversed(candidates[:pos]):
                    other = occupied[-earlier[2]]
                    where = sentence_at(other.begin)
                    if not _in_scope(anaphor.scope, here, where):
                        break
                    if _in_scope(other.reach, here, where):
                        mention, there = other, where
                        break
                pos = _position(candidates, occupied, mention, pos)
            if (
                mention is not None
                and anaphor.this_time is not None
                and mention.reach != "document"
                and mention.form != _ANOTHER_FORM  # (another grouping's summit stays so)
                and anaphor.this_time.search(one_spaced(text, here.begin, here.end)[0])
            ):
                # "Modi skipped the 24th SCO summit in Astana in July 2024. He attended the summit
                # in person this time": the article's own, which reaches all of it
                for earlier in reversed(candidates[:pos]):
                    other = occupied[-earlier[2]]
                    if (
                        other.reach == "document"
                        and other.form != _ANOTHER_FORM
                        and other.node != mention.node
                    ):
                        mention, there = other, sentence_at(other.begin)
                        break
            named = own_place or _place(anaphor, text, end, states)
            if named is not None:
                # "the summit in Samarkand": the nearest in scope named with Samarkand, however
                # far it reaches; none, if the one found was named with another place
                placed = None
                keys = places_of(anaphor).get(named, [])
                last = bisect.bisect_right(keys, candidates[at]) - 1
                if last >= 0 and _in_scope(anaphor.scope, here, sentence_at(occupied[-keys[last][2]].begin)):
                    placed = occupied[-keys[last][2]]  # (the nearest named with it, in scope)
                stop = first_stop.get(anaphor, {}).get(named)
                if (
                    own_place is not None
                    and placed is not None
                    and stop is not None
                    and stop[0] <= begin
                    and _in_scope(anaphor.scope, here, sentence_at(occupied[-stop[2]].begin))
                ):
                    # ("the Samarkand summit" where the Turkic states' summit there was named
                    # too: which one, the words do not tell)
                    placed, mention = None, None
                if placed is not None:
                    mention, there = placed, sentence_at(placed.begin)
                    reached = True
                elif mention is not None and (
                    own_place is not None  # ("the Kazan summit": only one named with Kazan)
                    or _place(anaphor, text, mention.end, states) not in (None, named)
                ):
                    mention = None
            if (
                mention is not None
                and anaphor.ambiguous_far
                and bisect.bisect_right(sentence_starts, there.begin)
                < bisect.bisect_right(sentence_starts, here.begin) - 1
            ):
                # further back than the sentence before: none, where its sentence names several
                # ("... the Eurasian Economic Union and the CSTO. Of the Central Asian states,
                # Uzbekistan was the last to sign up to the Turkic project. Uzbekistan joined
                # the organization in 2019" is none of them)
                inside = candidates[
                    bisect.bisect_left(candidates, (there.begin,)) : bisect.bisect_left(
                        candidates, (there.end + 1,)
                    )
                ]
                if len({occupied[-c[2]].node for c in inside if reaches(occupied[-c[2]])}) > 1:
                    mention = None
            if (
                mention is not None
                and _in_scope(anaphor.scope, here, there)
                and (reached or _in_scope(mention.reach, here, there))
            ):
                antecedent = mention  # (within the anaphor's scope and the mention's reach)
        if antecedent is not None and antecedent.form == _ANOTHER_FORM:
            # it refers to someone the gazetteer does not know, and so does one that refers
            # back to it ("Satpayev was cautious. He said ... Kazakhstan cannot ..., he said")
            stop_at(begin, end, anaphor.klass, f"anaphora.{anaphor.id}", antecedent.reach)
            if unresolved is not None:
                unresolved.append((begin, end, f"anaphora.{anaphor.id}"))
            continue
        if antecedent is None:
            if unresolved is not None:
                unresolved.append((begin, end, f"anaphora.{anaphor.id}"))
            if anaphor.unknown_stop:  # (someone not known: the anaphora after it take no other)
                stop_at(begin, end, anaphor.klass, f"anaphora.{anaphor.id}", "paragraph")
            continue
        mention = Mention(
            begin,
            end,
            antecedent.node,
            "anaphor",
            f"anaphora.{anaphor.id}",
            (antecedent.begin, antecedent.end),
            antecedent.reach,  # (a chain of anaphors reaches as far from each as its head)
        )
        resolved.append(mention)
        add_candidate(mention)
        bisect.insort(spans, (begin, end))
        longest = max(longest, end - begin)
    return resolved
