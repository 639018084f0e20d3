"""Facts an article's layout gives: headline, dates, column and photo captions.

They carry evidence like any other fact: the span of the dateline, the caption, and so on,
and the id of the layout rule (``layout.<layout>.<part>``).
"""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Literal
from rdflib.namespace import XSD

from kg.article import Article
from kg.classes import ClassTree
from kg.gazetteer import Gazetteer, Node
from kg.mentions import Mention
from kg.relations import Fact, article_node
from kg.vocab import KGO, SCHEMA


def _mentioned(
    mentions: tuple[Mention, ...], begin: int, end: int, accept: Callable[[str], bool]
) -> Node | None:
    """The first mention inside ``begin``-``end`` whose class ``accept`` takes."""
    for mention in mentions:
        if begin <= mention.begin and mention.end <= end and accept(mention.node.klass):
            return mention.node
    return None


def _media(name: str, gazetteer: Gazetteer) -> Node:
    for entity in gazetteer.entities:
        if entity.klass == "MediaOrganization" and name in (entity.name, *entity.aliases):
            return entity.node
    return Node("MediaOrganization", name, worded=True)  # a publisher the gazetteer lacks


def layout_facts(
    article: Article, mentions: tuple[Mention, ...], gazetteer: Gazetteer, classes: ClassTree
) -> list[Fact]:
    """Metadata facts from the article's layout, each with its span as evidence.

    article: the article as read; mentions: its mentions (to link the column line and
    photo credits to the entities they name); gazetteer: to know a front matter's
    publisher by any of its names; classes: a photo is credited to an organization named in
    its credit, not to the state of "/Kazakh Presidential Press Service".
    """
    node = article_node(article)
    rule = f"layout.{article.layout}"
    text = article.text
    facts: list[Fact] = []
    if article.headline:
        h = article.headline
        facts.append(
            Fact(node, SCHEMA.headline, Literal(text[h.begin : h.end]), f"{rule}.headline", h.begin, h.end)
        )
    if article.published and article.dateline:
        d = article.dateline
        facts.append(
            Fact(node, SCHEMA.datePublished, Literal(article.published), f"{rule}.dateline", d.begin, d.end)
        )
    if article.modified and article.updated:
        u = article.updated
        facts.append(
            Fact(node, SCHEMA.dateModified, Literal(article.modified), f"{rule}.updated", u.begin, u.end)
        )
    if article.publisher:
        p = article.publisher
        publisher = _media(text[p.begin : p.end], gazetteer)
        facts.append(Fact(node, SCHEMA.publisher, publisher, f"{rule}.publisher", p.begin, p.end))
    if article.url:
        u = article.url
        url = Literal(text[u.begin : u.end], datatype=XSD.anyURI)
        facts.append(Fact(node, SCHEMA.url, url, f"{rule}.url", u.begin, u.end))
    if article.column:
        c = article.column
        column = _mentioned(mentions, c.begin, c.end, "Column".__eq__)
        column = column or Node("Column", text[c.begin : c.end], worded=True)
        facts.append(Fact(node, SCHEMA.isPartOf, column, f"{rule}.column", c.begin, c.end))
    for number, caption in enumerate(article.captions, start=1):
        b = caption.block
        photo = Node("Photo", f"{article.slug} photo {number}")
        words = text[caption.text.begin : caption.text.end]
        credit = text[caption.credit.begin : caption.credit.end]
        facts.append(Fact(node, SCHEMA.image, photo, f"{rule}.caption", b.begin, b.end))
        facts.append(
            Fact(
                photo, SCHEMA.caption, Literal(words), f"{rule}.caption", caption.text.begin, caption.text.end
            )
        )
        facts.append(
            Fact(
                photo,
                SCHEMA.creditText,
                Literal(credit),
                f"{rule}.caption",
                caption.credit.begin,
                caption.credit.end,
            )
        )
        agency = _mentioned(
            mentions, caption.credit.begin, caption.credit.end, lambda k: classes.is_a(k, "Organization")
        )
        if agency is not None:
            facts.append(
                Fact(
                    photo, KGO.creditedTo, agency, f"{rule}.caption", caption.credit.begin, caption.credit.end
                )
            )
        if caption.taken:
            facts.append(
                Fact(
                    photo,
                    SCHEMA.dateCreated,
                    Literal(caption.taken),
                    f"{rule}.caption",
                    caption.text.begin,
                    caption.text.end,
                )
            )
    return facts
