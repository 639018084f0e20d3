"""Mint IRIs: readable, stable, derived from class and canonical name under a base IRI."""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata

from rdflib import URIRef

from kg.classes import ClassTree
from kg.errors import KgError
from kg.gazetteer import Node

_MAX_SLUG = 80


# Runs of characters that are not word characters; a run made only of combining marks
# (the vowel signs of Devanagari or Thai, a dot above) is part of the word, not a separator.
_SEPARATORS = re.compile(r"[^\w]+|_")


def _hyphen_unless_marks(found: re.Match[str]) -> str:
    # the marks that open the run end the word before it (the "ी" of "मोदी जी"); the rest,
    # if any, is the separator
    run = found.group(0)
    marks = "".join(itertools.takewhile(lambda c: unicodedata.category(c).startswith("M"), run))
    return marks + ("-" if len(marks) < len(run) else "")


def _iri_character(character: str) -> bool:
    """Whether an IRI path may hold the character as it is (RFC 3987's ``ucschar``, or
    ASCII): not a private-use one, nor one of U+E0000 to U+E0FFF (tags, and the variation
    selectors that follow an ideograph: "葛" plus U+E0100 is a mark that a slug keeps)."""
    code = ord(character)
    return (
        code < 0x80
        or 0xA0 <= code <= 0xD7FF
        or 0xF900 <= code <= 0xFDCF
        or 0xFDF0 <= code <= 0xFFEF
        or (0x10000 <= code <= 0xEFFFD and code & 0xFFFF <= 0xFFFD and not 0xE0000 <= code <= 0xE0FFF)
    )


def slugify(name: str, exact: bool = False) -> str:
    """Lower-case words joined by hyphens; letters of any script are kept (IRIs allow them).

    A slug longer than 80 characters is cut at a hyphen and given a short hash of the whole
    name, so that two long names that share a beginning stay apart; with ``exact``, every
    slug is given it, so that two names differing only in case or punctuation stay apart.
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    kept = "".join(filter(_iri_character, _SEPARATORS.sub(_hyphen_unless_marks, folded)))
    slug = re.sub("-{2,}", "-", kept).strip("-") or "unnamed"
    if len(slug) > _MAX_SLUG or exact:
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        head = slug[:_MAX_SLUG].rsplit("-", 1)[0] if len(slug) > _MAX_SLUG else slug
        slug = head + "-" + digest
    return slug


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def check_iri(iri: str, what: str = "IRI", hint: str = "") -> str:
    """``iri`` if it is an absolute IRI; else a KgError saying why (then ``hint``)."""
    import pyoxigraph as ox

    if not _SCHEME.match(iri):
        raise KgError(f"{what} {iri!r} is not absolute (it needs a scheme such as https:){hint}")
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        raise KgError(f"{what} {iri!r} is not a valid IRI: {exc}") from None
    return iri


def check_base(base: str) -> str:
    """``base`` if it can stand before the minted names; else a KgError saying why.

    The names are appended to it (``{base}person/xi-jinping``, ``{base}article/x#char=0,9``),
    so it must be an absolute IRI that ends in ``/`` and has no ``#`` (the spans add one)."""
    example = "e.g. https://kg.example.org/id/"
    check_iri(base, "base IRI", f"; {example}")
    if "#" in base:
        raise KgError(f"base IRI {base!r} holds '#': minted IRIs add their own fragment; {example}")
    if not base.endswith("/"):
        raise KgError(f"base IRI {base!r} must end with '/', so that names follow it as a path segment")
    return base


def mint(node: Node, base: str, classes: ClassTree) -> URIRef:
    """The IRI of ``node``: ``{base}{class segment}/{slug of its name}`` (with a hash of the
    exact name for a node or class named by words: ``ClassTree.named_by_words``)."""
    slug = slugify(node.name, exact=node.worded or classes.named_by_words(node.klass))
    return URIRef(f"{base}{classes.segment(node.klass)}/{slug}")


def span_iri(article_iri: str, begin: int, end: int) -> URIRef:
    """The NIF IRI of a span of an article's text (RFC 5147 ``#char=begin,end``)."""
    return URIRef(f"{article_iri}#char={begin},{end}")


def rule_iri(base: str, rule_id: str) -> URIRef:
    """The IRI of an extraction rule."""
    return URIRef(f"{base}rule/{rule_id}")


def statement_iri(base: str, key: str) -> URIRef:
    """The IRI of a reified statement, from a key naming its triple, span and rule."""
    return URIRef(f"{base}statement/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:20]}")
