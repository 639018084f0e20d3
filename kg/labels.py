"""One label per resource: names that mint one IRI but differ in case or digits.

A resource minted from a rule's template is named by the article's words, and its IRI by a
slug of them, which ignores case and the width of digits: "acting President of China" and
"Acting President of China" (or "24th" written in full-width digits) are one office, one IRI, with two
``rdfs:label`` values, which the shapes allow once. The graph keeps the least label (in code
point order, the same in Python and in SPARQL), whichever articles or chunks gave it, so the
result depends on the texts only.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from kg.triples import Triples

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_LABEL_NT = f" <{LABEL}> ".encode()

#: The same choice made in a store (``kg build --stream``): every label but the least goes.
DROP_EXTRA_LABELS = f"""
DELETE {{ ?resource <{LABEL}> ?label }}
WHERE {{
    ?resource <{LABEL}> ?label , ?other .
    FILTER (isLiteral(?other) && isLiteral(?label) && STR(?other) < STR(?label))
}}
"""


def label_note(iri: str, labels: list[str]) -> str:
    """The note on a resource named by several ``labels`` (the least first)."""
    names = " and ".join(map(repr, labels))
    return (
        f"{names} name one resource, {iri} (its IRI's slug ignores case and the width of digits): "
        f"labelled {labels[0]!r}"
    )


def one_label_each(triples: Triples) -> list[str]:
    """Keep the least label of every resource that has several, dropping the others from
    ``triples``; a note for each, naming the labels. Read off the sorted N-Triples lines,
    where a resource's labels lie together."""
    lines, listed = triples.sorted_lines(), triples.sorted()
    labels: dict[bytes, list[ox.Triple]] = defaultdict(list)
    for at, line in enumerate(lines):
        if _LABEL_NT in line:  # (a literal could hold the same text: the predicate decides)
            triple = listed[at]
            if triple.predicate.value == LABEL and isinstance(triple.object, ox.Literal):
                labels[line.split(b" ", 1)[0]].append(triple)
    notes, dropped = [], []
    for found in labels.values():
        if len(found) > 1:
            kept, *extra = sorted(found, key=lambda t: t.object.value)
            dropped += extra
            notes.append(label_note(kept.subject.value, [t.object.value for t in [kept, *extra]]))
    if dropped:
        triples.discard(dropped)
    return sorted(notes)
