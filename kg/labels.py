"""One label per resource: names that mint one IRI but differ in case or digits.

A resource minted from a rule's template is named by the article's words, and its IRI by a
slug of them, which ignores case and the width of digits: "acting President of China" and
"Acting President of China" (or "24th" in full-width digits) are one office, one IRI, with
two ``rdfs:label`` values, which the shapes allow once. The graph keeps the least label (in
code point order), whichever articles or chunks gave it, so the result depends on the texts
only; ``kg build`` settles it in its set of triples, ``kg build --stream`` in its store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pyoxigraph as ox

from kg.triples import Triples

LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_LABEL_NT = f" {LABEL} ".encode()


def _extra_labels(labelled: Iterable[ox.Triple]) -> tuple[list[ox.Triple], list[str]]:
    """Of ``labelled`` (label triples), those to drop (every label of a resource but its
    least), and a note for each resource that had several."""
    by_subject: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for triple in labelled:
        if isinstance(triple.object, ox.Literal):
            by_subject[triple.subject].append(triple)
    dropped, notes = [], []
    for found in by_subject.values():
        if len(found) > 1:
            kept, *extra = sorted(found, key=lambda t: t.object.value)
            dropped += extra
            names = " and ".join(repr(t.object.value) for t in (kept, *extra))
            notes.append(
                f"{names} name one resource, {kept.subject.value} (its IRI's slug ignores case and "
                f"the width of digits): labelled {kept.object.value!r}"
            )
    return dropped, sorted(notes)


def one_label_each(triples: Triples) -> list[str]:
    """Keep the least label of every resource of ``triples`` that has several, dropping the
    others; a note for each. The labels are found on the sorted N-Triples lines."""
    lines, listed = triples.sorted_lines(), triples.sorted()
    labelled = (
        listed[at]
        for at, line in enumerate(lines)
        if _LABEL_NT in line and listed[at].predicate == LABEL  # (a literal could hold the text)
    )
    dropped, notes = _extra_labels(labelled)
    if dropped:
        triples.discard(dropped)
    return notes


def one_label_each_in_store(store: ox.Store) -> list[str]:
    """As ``one_label_each``, in the default graph of a pyoxigraph ``store``."""
    default = ox.DefaultGraph()
    dropped, notes = _extra_labels(q.triple for q in store.quads_for_pattern(None, LABEL, None, default))
    for triple in dropped:
        store.remove(ox.Quad(triple.subject, triple.predicate, triple.object, default))
    return notes
