"""Render the entity graph as one self-contained, offline, interactive HTML page.

pyvis's ``Network`` builds the page: entities go in with ``add_node``, facts between entities
with ``add_edge``, the vis-network options with ``set_options``, and ``generate_html`` renders
our own Jinja template (``kg/templates/graph.html.j2``, chosen with ``set_template_dir``).
pyvis's own template is not used because it links bootstrap (and, outside "in_line" mode,
vis-network) from CDNs and writes the options with ``{{ options|safe }}``, unescaped; "local"
mode also copies ``lib/`` into the working directory. Only ``generate_html`` is called, which
writes nothing.

Our template inlines pyvis's bundled vis-network 9.1.2 and embeds every datum with Jinja's
``tojson``: it escapes ``<``, ``>``, ``&`` and ``'`` (and, with ``ensure_ascii``, U+2028/U+2029),
so no article text can end the ``<script>`` element it sits in. The page script builds all
text with ``textContent``; tooltips are plain strings, which vis-network shows as text. A
Content-Security-Policy naming the hashes of the page's own two scripts blocks any other
script, inline handler and network request.
"""

from __future__ import annotations

import base64
import bisect
import colorsys
import functools
import hashlib
import importlib.util
import itertools
import json
import re
import sys
import types
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import networkx as nx
from markupsafe import Markup
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.vocab import ITSRDF, KGO, NIF

__all__ = ["render_html"]

_PROVENANCE_CLASSES = frozenset({KGO.Article, KGO.ExtractionRule, KGO.Photo, KGO.Disagreement})
_NAME_PREDICATES = frozenset({RDFS.label, SKOS.prefLabel, SKOS.altLabel})
# Strings that find an entity without naming it ("Chinese", "Beijing" for China): searched
# and suggested, never shown as its names (SKOS: "hidden when generating visual displays").
_HIDDEN_LABEL = SKOS.hiddenLabel
_LINK_PREDICATES = frozenset({OWL.sameAs, RDFS.seeAlso, URIRef("https://schema.org/sameAs")})
# The terms the page looks up, made once: an rdflib namespace makes a new term on each
# attribute access, which cost seconds in the loops over a large graph.
_TYPE = RDF.type
_LABEL = RDFS.label
_SUBCLASS_OF = RDFS.subClassOf
_PREF_LABEL = SKOS.prefLabel
_HAS_TEXT = KGO.hasText
_IS_STRING = NIF.isString
_TA_IDENT_REF = ITSRDF.taIdentRef
_REFERENCE_CONTEXT = NIF.referenceContext
_BEGIN_INDEX = NIF.beginIndex
_END_INDEX = NIF.endIndex
_ANCHOR_OF = NIF.anchorOf
_SENTENCE = NIF.sentence
_SUBJECT = RDF.subject
_PREDICATE = RDF.predicate
_OBJECT = RDF.object
_RULE = KGO.rule
_MODALITY = KGO.modality
_CLAIM = KGO.claim
_IDENTIFIER = DCTERMS.identifier
_WAS_DERIVED_FROM = PROV.wasDerivedFrom
_STYLE_FILE = Path(__file__).with_name("render_style.json")
_TEMPLATE_DIR = Path(__file__).with_name("templates")
_TEMPLATE = "graph.html.j2"
_VIS_DIR = Path(importlib.util.find_spec("pyvis").origin).parent / "templates" / "lib" / "vis-9.1.2"
_CSP_PLACEHOLDER = "KG-CSP-SCRIPT-SOURCES"

# Shapes that draw the label below the node, so that `size` (centrality) applies to all.
_SHAPES = ("dot", "square", "diamond", "triangle", "triangleDown", "star", "hexagon")
_HEX_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_LEGEND_SVG = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "triangle": '<polygon points="8,2 15,14 1,14"/>',
    "triangleDown": '<polygon points="1,2 15,2 8,14"/>',
    "star": '<polygon points="8,1 9.8,6 15,6 10.8,9.2 12.3,14.5 8,11.4 3.7,14.5 5.2,9.2 1,6 6.2,6"/>',
    "hexagon": '<polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8"/>',
}
_PREPOSITIONS = frozenset({"of", "by", "at", "in", "on", "to", "for", "with", "from", "as"})
_LINK_SCHEMES = ("http://", "https://")
_WIKIDATA = "http://www.wikidata.org/entity/"

_MAX_LABEL = 48
_MIN_SIZE, _MAX_SIZE = 12.0, 40.0
_RANDOM_SEED = 7
# Above this many nodes vis-network's Kamada-Kawai seeding (improvedLayout) costs more than
# it gives, and fewer stabilization iterations still settle the layout.
_LARGE_GRAPH = 300


@dataclass
class _Entity:
    node: Node
    iri: str
    label: str
    cls: URIRef
    names: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    mentions: int = 0
    facts: list[int] = field(default_factory=list)


class _Fact(NamedTuple):  # a tuple: hashed and sorted 100,000s of times
    """One triple about an entity; ``obj`` is an entity id, ``value`` a literal's text;
    ``modality`` "negated" or "planned" for a triple the text records but never asserts
    ("X skipped the summit", and no sentence says X attended), "disputed" for one that
    articles assert with another value where one is allowed (not in the graph), else ""."""

    subject: str
    predicate: str
    obj: str | None
    value: str | None
    modality: str = ""


class _Evidence(NamedTuple):  # a tuple: the page sorts and hashes 100,000s of them
    """One sentence backing a fact: its place in an article and the ranges to highlight."""

    article: int
    begin: int
    end: int
    text: str
    marks: tuple[tuple[int, int], ...]
    rule: str
    #: "negated" or "planned" when the sentence records the fact without asserting it
    #: ("X skipped the summit" beside another article's "X attended the summit"), else ""
    modality: str = ""


#: A sentence's text, article index, begin and end offsets.
_Sentence = tuple[str, int, int, int]


@dataclass(frozen=True)
class _Article:
    context: Node
    title: str
    text: str


#: Unicode's bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069)
#: reorder the text that follows them: an article's U+202E showed "RTL text" as "txet LTR",
#: words that are not there. The page shows each as U+FFFD, one UTF-16 unit for one, so
#: offsets into the text stay right; the graph keeps the text as written.
#: So do the C0 controls but tab, line feed and carriage return, and DEL: a NUL of an article
#: stood raw in the page's HTML (a parse error, and `grep` called the page binary).
_CONTROLS = (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)
_UNSHOWN_CHARACTERS = [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), *_CONTROLS)]
_UNSHOWN = re.compile(f"[{''.join(_UNSHOWN_CHARACTERS)}]")
# ... and written as JSON escapes in the page's data (an escaped backslash before is text)
_UNSHOWN_ESCAPED = re.compile(r"\\(?:u(?:202[a-eA-E]|206[6-9]|000[0-7bBeEfF]|001[0-9a-fA-F]|007[fF])|[bf])")


#: The page's scripts, where its data is: JSON escapes are read there only (in its HTML, a
#: text's "C:\\bin" is a backslash and a "b", which the search's suggestions showed as U+FFFD).
_SCRIPTS = re.compile(r"<script\b[^>]*>.*?</script>", re.DOTALL)


def _controls_shown(page: str) -> str:
    """``page`` with each bidi or C0 control, as a character or as a JSON escape in its
    scripts (``\\u202e``, ``\\b``), shown as U+FFFD. The page here is its own text and data
    only: the inlined vis-network goes in afterwards, untouched. (The escapes are looked for
    first: a page of 1,000 articles is 44 MB, and most hold none.)"""
    if _UNSHOWN.search(page):
        page = _UNSHOWN.sub("\ufffd", page)
    if any(escape in page for escape in ("\\u202", "\\u206", "\\u000", "\\u001", "\\u007", "\\b", "\\f")):
        page = _SCRIPTS.sub(lambda script: _UNSHOWN_ESCAPED.sub(_escaped_shown, script.group()), page)
    return page


def _escaped_shown(found: re.Match[str]) -> str:
    # an escape, unless its backslash is itself escaped: an odd run of backslashes
    at = found.start()
    while at > 0 and found.string[at - 1] == "\\":
        at -= 1
    return "\\ufffd" if (found.start() - at) % 2 == 0 else found.group()


def render_html(graph: Graph, ontology: Graph, title: str) -> str:
    """Return a self-contained interactive HTML page (pyvis / vis-network) for the entity graph.

    Args:
        graph: the built knowledge graph: typed kgo entities, their facts, the reified
            statements with NIF/PROV evidence, the NIF mentions and the article texts.
        ontology: the kgo ontology; gives class and property labels and the
            ``rdfs:subClassOf`` hierarchy used to pick each entity's most specific class.
        title: page title, shown in ``<title>`` and as the heading (escaped).

    Returns:
        The whole page as a string; identical graphs give byte-identical strings. Bidi and
        C0 controls of the text show as U+FFFD (``_controls_shown``).
    """
    style = _style()
    entities = _entities(graph, ontology)
    articles = _articles(graph)
    mentions = _mentions(graph, entities, articles)
    facts = _facts(graph, entities)
    evidence, fact_evidence = _evidence(graph, facts, articles, mentions)
    for index, fact in enumerate(facts):
        entities[fact.subject].facts.append(index)
        if fact.obj is not None and fact.obj != fact.subject:
            entities[fact.obj].facts.append(index)
    for key, found in mentions.items():
        entities[key].mentions = len({(a, b, e) for a, b, e, _ in found})

    classes = _classes(entities, ontology, graph, style)
    labels = {p: _property_label(URIRef(p), ontology) for p in sorted({f.predicate for f in facts})}
    net = _network(entities, facts, classes, labels, title)
    net.set_template_dir(str(_TEMPLATE_DIR) + "/", _TEMPLATE)
    vis_js, vis_css = _vis_assets()
    net.templateEnv.globals.update(
        # (the library goes in after the page's own text is cleaned: it is not rewritten)
        vis_js=Markup(_VIS_JS_PLACEHOLDER),
        vis_css=Markup(_VIS_CSS_PLACEHOLDER),
        csp_placeholder=_CSP_PLACEHOLDER,
        legend=classes,
        names=sorted({name for ent in entities.values() for name in ent.names + ent.hidden}),
        counts={
            "entities": len(entities),
            "relations": sum(f.obj is not None and not f.modality for f in facts),
        },
        page=_page_data(entities, facts, evidence, fact_evidence, articles, mentions, classes, labels, graph),
    )
    page = _controls_shown(net.generate_html())
    page = page.replace(_VIS_CSS_PLACEHOLDER, vis_css, 1).replace(_VIS_JS_PLACEHOLDER, vis_js, 1)
    return _with_csp(page)


# --- reading the graph -------------------------------------------------------------------


def _node_id(node: Node) -> str:
    if type(node) is URIRef:  # the common case, without isinstance's ABC check
        return str(node)
    return f"_:{node}" if isinstance(node, BNode) else str(node)


def _local_name(iri: Node) -> str:
    text = str(iri)
    if "#" in text:
        tail = text.rsplit("#", 1)[1]
        if tail:
            return tail
    return text.rstrip("/").rsplit("/", 1)[-1] or text


def _smallest(values: list[Node]) -> str | None:
    texts = [str(v) for v in values if isinstance(v, Literal)]
    return min(texts) if texts else None


def _ontology_label(term: Node, ontology: Graph) -> str | None:
    """Ontology label of a class or property, English first, then untagged, then any."""
    labels = [v for v in ontology.objects(term, _LABEL) if isinstance(v, Literal)]
    if not labels:
        return None

    def rank(lit: Literal) -> tuple[int, str]:
        lang = (lit.language or "").lower()
        if lang == "en" or lang.startswith("en-"):
            return (0, str(lit))
        return (1 if not lang else 2, str(lit))

    return str(min(labels, key=rank))


def _words(name: str) -> str:
    """``containedInPlace`` -> ``contained in place``: a readable fallback for unlabelled terms."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ").lower()


def _property_label(p: Node, ontology: Graph) -> str:
    return _ontology_label(p, ontology) or _words(_local_name(p))


def _superclasses(cls: URIRef, ontology: Graph) -> set[Node]:
    """All strict superclasses of ``cls``; tolerant of cycles."""
    seen: set[Node] = set()
    todo = list(ontology.objects(cls, _SUBCLASS_OF))
    while todo:
        sup = todo.pop()
        if sup in seen:
            continue
        seen.add(sup)
        todo.extend(ontology.objects(sup, _SUBCLASS_OF))
    seen.discard(cls)
    return seen


def _most_specific(types: list[URIRef], ontology: Graph) -> URIRef:
    supers = {t: _superclasses(t, ontology) for t in types}
    candidates = [t for t in types if not any(t in supers[u] for u in types if u != t)]
    # A subclass cycle leaves no candidate; fall back to IRI order over all types.
    return min(candidates or types, key=str)


def _entities(graph: Graph, ontology: Graph) -> dict[str, _Entity]:
    types: dict[Node, list[URIRef]] = defaultdict(list)
    for s, cls in graph.subject_objects(_TYPE):
        if isinstance(s, Literal) or not isinstance(cls, URIRef):
            continue
        if str(cls).startswith(str(KGO)) and cls not in _PROVENANCE_CLASSES and str(cls) != str(KGO):
            types[s].append(cls)

    entities: dict[str, _Entity] = {}
    for s in sorted(types, key=_node_id):
        pref = _smallest(list(graph.objects(s, _PREF_LABEL)))
        label = pref or _smallest(list(graph.objects(s, _LABEL))) or _local_name(s)
        names = _texts(graph, s, _NAME_PREDICATES) - {_one_line(label)}
        hidden = _texts(graph, s, (_HIDDEN_LABEL,)) - names - {_one_line(label)}
        links = {
            str(o)
            for p in _LINK_PREDICATES
            for o in graph.objects(s, p)
            if isinstance(o, URIRef) and str(o).lower().startswith(_LINK_SCHEMES)
        }
        entities[_node_id(s)] = _Entity(
            node=s,
            iri=_node_id(s),
            label=label,
            cls=_most_specific(sorted(set(types[s]), key=str), ontology),
            names=[label, *sorted(names)],
            hidden=sorted(hidden),
            links=sorted(links),
        )
    return entities


def _texts(graph: Graph, subject: Node, predicates) -> set[str]:
    """The non-blank literal values of ``subject`` for ``predicates``, each on one line."""
    return {
        _one_line(str(o))
        for p in predicates
        for o in graph.objects(subject, p)
        if isinstance(o, Literal) and str(o).strip()
    }


def _facts(graph: Graph, entities: dict[str, _Entity]) -> list[_Fact]:
    """Every triple about an entity except its type, names and links, and every triple about
    one that the text only records (denied or announced, never asserted) or that articles
    disagree on (disputed, none asserted), in a stable order."""
    found = set()

    def fact(subject: str, p: Node, o: Node, modality: str = "") -> _Fact:
        if isinstance(o, Literal):
            return _Fact(subject, str(p), None, _one_line(str(o)), modality)
        if _node_id(o) in entities:
            return _Fact(subject, str(p), _node_id(o), None, modality)
        label = _smallest(list(graph.objects(o, _LABEL)))
        return _Fact(subject, str(p), None, label or graph.namespace_manager.normalizeUri(o), modality)

    for subject, entity in entities.items():
        for p, o in graph.predicate_objects(entity.node):
            if p == _TYPE or p in _NAME_PREDICATES or p == _HIDDEN_LABEL or p in _LINK_PREDICATES:
                continue
            found.add(fact(subject, p, o))
    for st, modality in graph.subject_objects(_MODALITY):
        for s, p, o in itertools.product(
            graph.objects(st, _SUBJECT), graph.objects(st, _PREDICATE), graph.objects(st, _OBJECT)
        ):
            if _node_id(s) in entities and fact(_node_id(s), p, o) not in found:
                found.add(fact(_node_id(s), p, o, str(modality)))
    # Values the articles disagree on: none is in the graph; each claim of a disagreement (a
    # statement that gives one) is listed as "disputed".
    for _disagreement, st in graph.subject_objects(_CLAIM):
        for s, p, o in itertools.product(
            graph.objects(st, _SUBJECT), graph.objects(st, _PREDICATE), graph.objects(st, _OBJECT)
        ):
            if _node_id(s) in entities:
                found.add(fact(_node_id(s), p, o, "disputed"))
    # (a triple both denied and announced is listed once, as denied)
    ordered = sorted(found, key=lambda f: (f.subject, f.predicate, f.obj or "", f.value or "", f.modality))
    return [f for i, f in enumerate(ordered) if i == 0 or f[:4] != ordered[i - 1][:4]]


def _int_or(value: Node | None, default: int) -> int:
    try:
        return int(str(value)) if value is not None else default
    except ValueError:
        return default


def _articles(graph: Graph) -> list[_Article]:
    """The article texts (NIF contexts), ordered by context IRI, with their headlines."""
    titles = {ctx: doc for doc, ctx in graph.subject_objects(_HAS_TEXT)}
    found = []
    for ctx, text in graph.subject_objects(_IS_STRING):
        doc = titles.get(ctx)
        title = _smallest(list(graph.objects(doc, _LABEL))) if doc is not None else None
        found.append(_Article(ctx, title or _local_name(doc if doc is not None else ctx), str(text)))
    return sorted(found, key=lambda a: _node_id(a.context))


def _mentions(
    graph: Graph, entities: dict[str, _Entity], articles: list[_Article]
) -> dict[str, list[tuple[int, int, int, str]]]:
    """Per entity id: (article index, begin, end, anchor) of each mention placed in an article."""
    index = {a.context: i for i, a in enumerate(articles)}
    found: dict[str, set[tuple[int, int, int, str]]] = defaultdict(set)
    for m, target in graph.subject_objects(_TA_IDENT_REF):
        key = _node_id(target)
        if key not in entities:
            continue
        article = index.get(graph.value(m, _REFERENCE_CONTEXT), -1)
        begin = _int_or(graph.value(m, _BEGIN_INDEX), -1)
        end = _int_or(graph.value(m, _END_INDEX), -1)
        anchor = _smallest(list(graph.objects(m, _ANCHOR_OF))) or ""
        found[key].add((article, begin, end, anchor))
    return {key: sorted(v) for key, v in found.items()}


def _evidence(
    graph: Graph,
    facts: list[_Fact],
    articles: list[_Article],
    mentions: dict[str, list[tuple[int, int, int, str]]],
) -> tuple[list[_Evidence], dict[int, list[int]]]:
    """All evidence sentences, and per fact index the indices of its evidence."""
    positions = {(f.subject, f.predicate, f.obj, f.value): i for i, f in enumerate(facts)}
    context_index = {a.context: i for i, a in enumerate(articles)}
    # mentions by (entity, article): an evidence sentence looks only at its own article's
    by_article: dict[tuple[str, int], list[tuple[int, int, int, str]]] = defaultdict(list)
    for key, found in mentions.items():
        for mention in found:
            by_article[(key, mention[0])].append(mention)
    per_fact: dict[int, set[_Evidence]] = defaultdict(set)
    rule_names: dict[Node, str] = {}  # rule → its identifier, looked up once per rule
    sentences: dict[Node, _Sentence | None] = {}  # sentence → its text and place, once each
    for st in set(graph.subjects(_SUBJECT, None)):
        names = []
        for r in graph.objects(st, _RULE):
            name = rule_names.get(r)
            if name is None:
                name = rule_names[r] = _smallest(list(graph.objects(r, _IDENTIFIER))) or _local_name(r)
            names.append(name)
        rule = ", ".join(sorted(names))
        modality = _smallest(list(graph.objects(st, _MODALITY))) or ""
        for s in graph.objects(st, _SUBJECT):
            for p in graph.objects(st, _PREDICATE):
                for o in graph.objects(st, _OBJECT):
                    key = (
                        _node_id(s),
                        str(p),
                        None if isinstance(o, Literal) else _node_id(o),
                        _one_line(str(o)) if isinstance(o, Literal) else None,
                    )
                    position = positions.get(key)
                    if position is None:
                        continue
                    related = {key[0], key[2]} - {None}
                    for span in graph.objects(st, _WAS_DERIVED_FROM):
                        per_fact[position].update(
                            _span_evidence(
                                graph, span, rule, modality, context_index, related, by_article, sentences
                            )
                        )
    ordered = sorted({ev for evs in per_fact.values() for ev in evs})
    where = {ev: i for i, ev in enumerate(ordered)}
    return ordered, {fact: sorted(where[ev] for ev in evs) for fact, evs in per_fact.items()}


def _span_evidence(
    graph: Graph,
    span: Node,
    rule: str,
    modality: str,
    context_index: dict[Node, int],
    related: set[str],
    mentions: dict[tuple[str, int], list[tuple[int, int, int, str]]],
    sentences: dict[Node, _Sentence | None],
) -> list[_Evidence]:
    span_begin = _int_or(graph.value(span, _BEGIN_INDEX), -1)
    span_end = _int_or(graph.value(span, _END_INDEX), -1)
    found = []
    # Evidence that points straight at a sentence (no nif:sentence link) is its own sentence.
    for sent in list(graph.objects(span, _SENTENCE)) or [span]:
        if sent in sentences:
            sentence = sentences[sent]
        else:
            sentence = sentences[sent] = _sentence(graph, sent, context_index)
        if sentence is None:
            continue
        text, article, begin, end = sentence
        marks = set()
        # Highlight the fact's own entities where the sentence names them ...
        for key in related:
            for m_article, m_begin, m_end, anchor in mentions.get((key, article), ()):
                x, y = m_begin - begin, m_end - begin
                if m_article == article and begin >= 0 and 0 <= x < y <= len(text) and text[x:y] == anchor:
                    marks.add((x, y))
        # ... or else the extracted span, when it is narrower than the sentence.
        x, y = span_begin - begin, span_end - begin
        if not marks and begin >= 0 and 0 <= x < y <= len(text) and (x, y) != (0, len(text)):
            marks.add((x, y))
        found.append(_Evidence(article, begin, end, text, tuple(_disjoint(sorted(marks))), rule, modality))
    return found


def _sentence(graph: Graph, sent: Node, context_index: dict[Node, int]) -> _Sentence | None:
    """A sentence's text, article index, begin and end; None when it has no text."""
    text = _smallest(list(graph.objects(sent, _ANCHOR_OF)))
    if text is None:
        return None
    article = context_index.get(graph.value(sent, _REFERENCE_CONTEXT), -1)
    begin = _int_or(graph.value(sent, _BEGIN_INDEX), -1)
    return text, article, begin, _int_or(graph.value(sent, _END_INDEX), -1)


def _disjoint(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges with overlaps dropped, earliest (then longest) first."""
    kept: list[tuple[int, int]] = []
    for x, y in sorted(ranges, key=lambda r: (r[0], -r[1])):
        if not kept or x >= kept[-1][1]:
            kept.append((x, y))
    return kept


# --- layout and style --------------------------------------------------------------------


def _sizes(entities: dict[str, _Entity], facts: list[_Fact]) -> dict[str, float]:
    # Degree centrality on the undirected entity graph: it is exact and iteration-free (so
    # deterministic, unlike PageRank/eigenvector tolerances), defined on disconnected
    # graphs, and for small news graphs it singles out the hubs a reader looks for. Sizes are
    # scaled to the most central node so sparse graphs still show contrast.
    g = nx.Graph()
    g.add_nodes_from(sorted(entities))
    g.add_edges_from(
        sorted(
            {
                tuple(sorted((f.subject, f.obj)))
                for f in facts
                if f.obj is not None and f.obj != f.subject and not f.modality
            }
        )
    )
    centrality = nx.degree_centrality(g) if len(g) > 1 else {n: 0.0 for n in g}
    top = max(centrality.values(), default=0.0)
    return {
        n: round(_MIN_SIZE + (_MAX_SIZE - _MIN_SIZE) * (c / top if top > 0 else 0.0), 2)
        for n, c in centrality.items()
    }


@functools.lru_cache(maxsize=1)
def _style() -> dict:
    with _STYLE_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)


def _class_style(cls: URIRef, style: dict) -> tuple[str, str]:
    name = _local_name(cls)
    fallback = style.get("fallback", {})
    entry = style.get("classes", {}).get(name, {}) if str(cls).startswith(str(KGO)) else {}
    shape = entry.get("shape") or fallback.get("shape", "dot")
    if shape not in _SHAPES:
        shape = "dot"
    color = entry.get("color", "")
    if not _HEX_COLOR.fullmatch(color):
        color = _fallback_color(
            name,
            float(fallback.get("saturation", 0.55)),
            float(fallback.get("lightness", 0.55)),
        )
    return color.lower(), shape


def _fallback_color(name: str, saturation: float, lightness: float) -> str:
    # A hash, not Python's hash(): stable across processes and PYTHONHASHSEED.
    hue = int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:8], 16) % 360 / 360.0
    r, g, b = colorsys.hls_to_rgb(hue, lightness, saturation)
    return "#{:02x}{:02x}{:02x}".format(*(round(c * 255) for c in (r, g, b)))


def _classes(entities: dict[str, _Entity], ontology: Graph, graph: Graph, style: dict) -> list[dict]:
    """One legend entry per class drawn: key, label, prefixed IRI, colour, shape, count."""
    counts: dict[URIRef, int] = defaultdict(int)
    for ent in entities.values():
        counts[ent.cls] += 1
    entries = []
    for cls in sorted(counts, key=lambda c: (_local_name(c), str(c))):
        color, shape = _class_style(cls, style)
        entries.append(
            {
                "key": _local_name(cls),
                "iri": str(cls),
                "label": _ontology_label(cls, ontology) or _words(_local_name(cls)),
                "prefixed": graph.namespace_manager.normalizeUri(cls),
                "color": color,
                "shape": shape,
                "svg": Markup(_LEGEND_SVG[shape]),
                "count": counts[cls],
            }
        )
    return entries


def _phrase(prefixed: str, label: str) -> str:
    """The verb phrase joining subject and object in a fact's sentence, for a predicate with
    this prefixed name and label."""
    phrase = _style().get("phrases", {}).get(prefixed)
    if isinstance(phrase, str) and phrase:
        return phrase
    return f"is {label}" if label.rsplit(" ", 1)[-1] in _PREPOSITIONS else f"has {label}"


def _vis_options(groups: dict[str, dict[str, str]], n_nodes: int) -> dict:
    large = n_nodes > _LARGE_GRAPH
    return {
        "autoResize": True,
        "groups": groups,
        "layout": {"randomSeed": _RANDOM_SEED, "improvedLayout": not large},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -60,
                "springLength": 120,
                "springConstant": 0.06,
                "avoidOverlap": 0.4,
            },
            "stabilization": {
                "enabled": True,
                "iterations": 300 if large else 600,
                "updateInterval": 25,
                "fit": True,
            },
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "color": {"color": "#9a9a9a", "highlight": "#333333", "hover": "#333333"},
            "font": {
                "size": 11,
                "face": "sans-serif",
                "align": "middle",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
            "smooth": {"enabled": not large, "type": "dynamic"},
        },
    }


class _NoNotebook:
    """What pyvis's ``Network.show`` gets for IPython's ``IFrame`` when kg imported pyvis."""

    def __init__(self, *_args, **_kwargs) -> None:
        raise RuntimeError("kg imported pyvis without IPython: Network.show() is for notebooks")


def _pyvis_network() -> type:
    """pyvis's ``Network`` class. pyvis.network imports IPython only for ``Network.show`` in a
    notebook, which a build never calls, and IPython is most of its import time (0.19 s of
    0.26 s here); so where IPython is not loaded already, pyvis is imported with a stand-in
    for ``IPython.display``, which is then taken out of ``sys.modules`` again (a later
    ``import IPython`` gets the real one). In a notebook, IPython is loaded: pyvis gets it."""
    if "IPython" in sys.modules or "pyvis.network" in sys.modules:
        from pyvis.network import Network

        return Network
    package, display = types.ModuleType("IPython"), types.ModuleType("IPython.display")
    display.IFrame = _NoNotebook  # type: ignore[attr-defined]
    package.display = display  # type: ignore[attr-defined]
    sys.modules.update({"IPython": package, "IPython.display": display})
    try:
        from pyvis.network import Network
    finally:
        for name, stand_in in (("IPython", package), ("IPython.display", display)):
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
    return Network


def _network(
    entities: dict[str, _Entity],
    facts: list[_Fact],
    classes: list[dict],
    labels: dict[str, str],
    title: str,
):
    Network = _pyvis_network()

    # "in_line" is what write_html would need to skip copying lib/; we never call it anyway.
    net = Network(height="100%", width="100%", directed=True, heading=title, cdn_resources="in_line")
    styles = {c["iri"]: c for c in classes}
    sizes = _sizes(entities, facts)
    for iri, ent in entities.items():
        entry = styles[str(ent.cls)]
        net.add_node(
            iri,
            label=_shorten(ent.label, _MAX_LABEL),
            shape=entry["shape"],
            color=entry["color"],
            group=entry["key"],
            size=sizes[iri],
            title=_node_title(ent, entry["label"]),
        )
    for index, fact in enumerate(facts):
        if fact.obj is None or fact.modality:  # (a fact the text does not assert draws no edge)
            continue
        label = labels[fact.predicate]
        net.add_edge(
            fact.subject,
            fact.obj,
            id=f"f{index}",
            label=label,
            title=f"{entities[fact.subject].label} \u2192 {label} \u2192 {entities[fact.obj].label}\n"
            "Click for the evidence.",
        )
    options = _vis_options(
        {c["key"]: {"color": c["color"], "shape": c["shape"]} for c in classes}, len(entities)
    )
    text = json.dumps(options, separators=(",", ":"))
    # pyvis's Options.set deletes every space, even inside strings: keep the options free of them.
    if " " in text:
        raise RuntimeError(f"vis options must not contain spaces: {text}")
    net.set_options(text)
    return net


# --- text ----------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _node_title(ent: _Entity, class_label: str) -> str:
    """Hover text, a plain string: vis-network shows it as text, never as HTML."""
    counts = [class_label]
    if ent.mentions:
        counts.append(f"mentions: {ent.mentions}")
    counts.append(f"facts: {len(ent.facts)}")
    return "\n".join([ent.label, " \u00b7 ".join(counts), "Click for facts and evidence."])


def _link_label(iri: str) -> str:
    if iri.startswith(_WIKIDATA):
        return f"Wikidata {iri[len(_WIKIDATA) :]}"
    return iri


# --- the page ------------------------------------------------------------------------------


def _page_data(
    entities: dict[str, _Entity],
    facts: list[_Fact],
    evidence: list[_Evidence],
    fact_evidence: dict[int, list[int]],
    articles: list[_Article],
    mentions: dict[str, list[tuple[int, int, int, str]]],
    classes: list[dict],
    labels: dict[str, str],
    graph: Graph,
) -> dict:
    """Everything the side panel, the search and the article view show, as plain JSON data.
    labels: each predicate's label (``_property_label``)."""
    class_keys = {c["iri"]: c["key"] for c in classes}
    prefixed = {p: graph.namespace_manager.normalizeUri(URIRef(p)) for p in labels}
    phrases = {p: _phrase(prefixed[p], label) for p, label in labels.items()}
    mention_spans: list[list[tuple[int, int, str]]] = [[] for _ in articles]
    for key in sorted(mentions):
        for article, begin, end, _ in mentions[key]:
            if 0 <= article and 0 <= begin < end <= len(articles[article].text):
                mention_spans[article].append((begin, end, key))
    # The offsets of the graph count characters; the page's script counts UTF-16 units.
    in_article = [_utf16(article.text) for article in articles]

    def in_text(article: int):
        return in_article[article] if 0 <= article < len(in_article) else _same

    return {
        "classes": [
            {k: c[k] for k in ("key", "label", "prefixed", "color", "shape", "count")} for c in classes
        ],
        "entities": {
            iri: {
                "name": ent.label,
                "cls": class_keys[str(ent.cls)],
                "names": ent.names,
                "hidden": ent.hidden,
                "links": [{"href": link, "text": _link_label(link)} for link in ent.links],
                "facts": ent.facts,
                "mentions": ent.mentions,
            }
            for iri, ent in entities.items()
        },
        "facts": [
            {
                "s": fact.subject,
                "o": fact.obj,
                "value": fact.value,
                "label": labels[fact.predicate],
                "phrase": phrases[fact.predicate],
                "prefixed": prefixed[fact.predicate],
                "evidence": fact_evidence.get(index, []),
            }
            | ({"modality": fact.modality} if fact.modality else {})
            for index, fact in enumerate(facts)
        ],
        "evidence": [
            {
                "article": ev.article,
                "begin": in_text(ev.article)(ev.begin),
                "end": in_text(ev.article)(ev.end),
                "text": ev.text,
                "marks": [[unit(b), unit(e)] for unit in (_utf16(ev.text),) for b, e in ev.marks],
                "rule": ev.rule,
            }
            | ({"modality": ev.modality} if ev.modality else {})
            for ev in evidence
        ],
        "articles": [
            {
                "title": article.title,
                "text": article.text,
                "mentions": [
                    [in_article[i](b), in_article[i](e), key]
                    for b, e, key in _disjoint_mentions(mention_spans[i])
                ],
            }
            for i, article in enumerate(articles)
        ],
    }


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _same(offset: int) -> int:
    return offset


def _utf16(text: str) -> Callable[[int], int]:
    """The UTF-16 offset (what JavaScript's strings count) of each character offset of
    ``text``: one more for every character beyond U+FFFF (an emoji) before it."""
    astral = [m.start() for m in _ASTRAL.finditer(text)]
    if not astral:
        return _same
    return lambda offset: offset + bisect.bisect_left(astral, offset)


def _disjoint_mentions(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Mentions that do not overlap, earliest (then longest, then smallest id) first."""
    kept: list[tuple[int, int, str]] = []
    for begin, end, key in sorted(spans, key=lambda m: (m[0], -m[1], m[2])):
        if not kept or begin >= kept[-1][1]:
            kept.append((begin, end, key))
    return kept


# (with "<", which the page's escaping writes otherwise wherever a text or a title holds it:
# no article can make one of these, so the first of each is the template's)
_VIS_JS_PLACEHOLDER = "<kg-vis-network-js>"
_VIS_CSS_PLACEHOLDER = "<kg-vis-network-css>"


@functools.lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    js = (_VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    css = (_VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    # core-js carries the string literal "<script>"; write it as an escape so the page's only
    # <script tags are its own.
    js = js.replace('"<script>"', '"\\x3cscript>"')
    if re.search(r"<script|</script|<!--", js, re.IGNORECASE):
        raise RuntimeError("bundled vis-network.min.js cannot be inlined safely")
    if re.search(r"</style", css, re.IGNORECASE):
        raise RuntimeError("bundled vis-network.css cannot be inlined safely")
    return js, css


def _with_csp(page: str) -> str:
    """Fill the Content-Security-Policy with the hashes of the page's executable scripts."""
    bodies = re.findall(r"<script>(.*?)</script>", page, flags=re.DOTALL)
    sources = " ".join(
        "'sha256-{}'".format(base64.b64encode(hashlib.sha256(b.encode("utf-8")).digest()).decode("ascii"))
        for b in bodies
    )
    # The placeholder sits in <head>, before any data, so the first occurrence is the one.
    return page.replace(_CSP_PLACEHOLDER, sources, 1)
