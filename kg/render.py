"""Render the entity graph as one self-contained, offline, interactive HTML page.

The page inlines vis-network (the copy bundled with pyvis) and draws its own small shell
around it instead of pyvis's template, which links bootstrap from a CDN.
"""

from __future__ import annotations

import colorsys
import functools
import hashlib
import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyvis
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS
from rdflib.term import Node

from kg.vocab import ITSRDF, KGO, NIF

__all__ = ["render_html"]

_PROVENANCE_CLASSES = frozenset({KGO.Article, KGO.ExtractionRule, KGO.Photo})
_STYLE_FILE = Path(__file__).with_name("render_style.json")
_VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

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

_MAX_LABEL = 48
_MAX_SENTENCE = 400
_NODE_EVIDENCE = 3
_EDGE_EVIDENCE = 5
_MAX_SURFACES = 5
_MIN_SIZE, _MAX_SIZE = 12.0, 40.0
_RANDOM_SEED = 7

# Characters that could end or alter a <script> element, or break JS parsers that predate
# ES2019 (U+2028/U+2029); JSON.parse decodes the escapes back to the same text.
_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_JSON_ESCAPE_RE = re.compile("[<>&\u2028\u2029]")


@dataclass(frozen=True, order=True)
class _Evidence:
    """One sentence backing a fact, in document order."""

    context: str
    begin: int
    sentence: str
    rule: str


@dataclass
class _Entity:
    iri: str
    label: str
    cls: URIRef
    literals: list[tuple[str, str]] = field(default_factory=list)
    mentions: int = 0
    surfaces: list[str] = field(default_factory=list)


def render_html(graph: Graph, ontology: Graph, title: str) -> str:
    """Return a self-contained interactive HTML page (pyvis / vis-network) for the entity graph.

    Args:
        graph: the built knowledge graph: typed kgo entities, their facts, the reified
            statements with NIF/PROV evidence, and the NIF mentions.
        ontology: the kgo ontology; gives class and property labels and the
            ``rdfs:subClassOf`` hierarchy used to pick each entity's most specific class.
        title: page title, shown in ``<title>`` and as the heading (escaped).

    Returns:
        The whole page as a string; identical graphs give byte-identical strings.
    """
    entities = _entities(graph, ontology)
    evidence = _evidence_index(graph)
    # A fact is "about" both its subject and (when it is a node) its object.
    about: dict[str, list[_Evidence]] = defaultdict(list)
    for (s, _, o), evs in evidence.items():
        about[_node_id(s)].extend(evs)
        if not isinstance(o, Literal) and o != s:
            about[_node_id(o)].extend(evs)
    _add_mentions(graph, entities)
    edges = _edges(graph, entities)
    sizes = _sizes(entities, edges)
    style = _style()

    nodes_json = []
    for iri in sorted(entities):
        ent = entities[iri]
        color, shape = _class_style(ent.cls, style)
        nodes_json.append(
            {
                "id": iri,
                "label": _shorten(ent.label, _MAX_LABEL),
                "title": _node_title(ent, ontology, graph, about.get(iri, [])),
                "group": _local_name(ent.cls),
                "className": _local_name(ent.cls),
                "classIri": str(ent.cls),
                "mentions": ent.mentions,
                "color": color,
                "shape": shape,
                "size": sizes[iri],
            }
        )

    edges_json = []
    for index, (s, p, o) in enumerate(edges):
        label = _property_label(p, ontology, graph)
        edges_json.append(
            {
                "id": f"e{index}",
                "from": _node_id(s),
                "to": _node_id(o),
                "label": label,
                "predicate": str(p),
                "title": _edge_title(
                    label,
                    graph.namespace_manager.normalizeUri(p),
                    entities[_node_id(s)].label,
                    entities[_node_id(o)].label,
                    evidence.get((s, p, o), []),
                ),
            }
        )

    present = sorted({ent.cls for ent in entities.values()}, key=lambda c: (_local_name(c), str(c)))
    counts: dict[URIRef, int] = defaultdict(int)
    for ent in entities.values():
        counts[ent.cls] += 1
    groups = {}
    for cls in present:
        color, shape = _class_style(cls, style)
        groups[_local_name(cls)] = {"color": color, "shape": shape}

    data = {
        "nodes": nodes_json,
        "edges": edges_json,
        "options": _vis_options(groups),
    }
    legend = _legend_html(present, counts, ontology, graph, style)
    return _page(title, data, legend, len(nodes_json), len(edges_json))


# --- reading the graph -------------------------------------------------------------------


def _node_id(node: Node) -> str:
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
    labels = [v for v in ontology.objects(term, RDFS.label) if isinstance(v, Literal)]
    if not labels:
        return None

    def rank(lit: Literal) -> tuple[int, str]:
        lang = (lit.language or "").lower()
        if lang == "en" or lang.startswith("en-"):
            return (0, str(lit))
        return (1 if not lang else 2, str(lit))

    return str(min(labels, key=rank))


def _property_label(p: Node, ontology: Graph, graph: Graph) -> str:
    return _ontology_label(p, ontology) or graph.namespace_manager.normalizeUri(p)


def _superclasses(cls: URIRef, ontology: Graph) -> set[Node]:
    """All strict superclasses of ``cls``; tolerant of cycles."""
    seen: set[Node] = set()
    todo = list(ontology.objects(cls, RDFS.subClassOf))
    while todo:
        sup = todo.pop()
        if sup in seen:
            continue
        seen.add(sup)
        todo.extend(ontology.objects(sup, RDFS.subClassOf))
    seen.discard(cls)
    return seen


def _most_specific(types: list[URIRef], ontology: Graph) -> URIRef:
    supers = {t: _superclasses(t, ontology) for t in types}
    candidates = [t for t in types if not any(t in supers[u] for u in types if u != t)]
    # A subclass cycle leaves no candidate; fall back to IRI order over all types.
    return min(candidates or types, key=str)


def _entities(graph: Graph, ontology: Graph) -> dict[str, _Entity]:
    types: dict[Node, list[URIRef]] = defaultdict(list)
    for s, cls in graph.subject_objects(RDF.type):
        if isinstance(s, Literal) or not isinstance(cls, URIRef):
            continue
        if str(cls).startswith(str(KGO)) and cls not in _PROVENANCE_CLASSES and str(cls) != str(KGO):
            types[s].append(cls)

    entities: dict[str, _Entity] = {}
    for s, classes in types.items():
        label = _smallest(list(graph.objects(s, RDFS.label))) or _local_name(s)
        entities[_node_id(s)] = _Entity(
            iri=_node_id(s),
            label=label,
            cls=_most_specific(sorted(set(classes), key=str), ontology),
        )

    entity_nodes = {s: _node_id(s) for s in types}
    for s, key in entity_nodes.items():
        label_shown = entities[key].label
        facts = []
        for p, o in graph.predicate_objects(s):
            if not isinstance(o, Literal):
                continue
            if p == RDFS.label and str(o) == label_shown:
                continue
            name = "also labelled" if p == RDFS.label else _property_label(p, ontology, graph)
            facts.append((name, _one_line(str(o))))
        entities[key].literals = sorted(set(facts))
    return entities


def _edges(graph: Graph, entities: dict[str, _Entity]) -> list[tuple[Node, Node, Node]]:
    found = []
    for s, p, o in graph:
        if p == RDF.type or isinstance(o, Literal) or isinstance(s, Literal):
            continue
        if _node_id(s) in entities and _node_id(o) in entities:
            found.append((s, p, o))
    return sorted(set(found), key=lambda t: (_node_id(t[0]), str(t[1]), _node_id(t[2])))


def _add_mentions(graph: Graph, entities: dict[str, _Entity]) -> None:
    mentions: dict[str, set[Node]] = defaultdict(set)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for m, target in graph.subject_objects(ITSRDF.taIdentRef):
        key = _node_id(target)
        if key not in entities or isinstance(target, Literal):
            continue
        mentions[key].add(m)
        for surface in graph.objects(m, NIF.anchorOf):
            surfaces[key].add(_one_line(str(surface)))
    for key, ms in mentions.items():
        entities[key].mentions = len(ms)
        entities[key].surfaces = sorted(surfaces[key])


def _int_or(value: Node | None, default: int) -> int:
    try:
        return int(str(value)) if value is not None else default
    except ValueError:
        return default


def _evidence_index(graph: Graph) -> dict[tuple[Node, Node, Node], list[_Evidence]]:
    """Evidence sentences of every reified fact, keyed by the fact's triple."""
    index: dict[tuple[Node, Node, Node], set[_Evidence]] = defaultdict(set)
    for st in set(graph.subjects(RDF.subject, None)):
        rules = sorted(
            _smallest(list(graph.objects(r, DCTERMS.identifier))) or _local_name(r)
            for r in graph.objects(st, KGO.rule)
        )
        rule = ", ".join(rules)
        for s in graph.objects(st, RDF.subject):
            for p in graph.objects(st, RDF.predicate):
                for o in graph.objects(st, RDF.object):
                    for span in graph.objects(st, PROV.wasDerivedFrom):
                        for ev in _span_evidence(graph, span, rule):
                            index[(s, p, o)].add(ev)
    return {key: sorted(evs) for key, evs in index.items()}


def _span_evidence(graph: Graph, span: Node, rule: str) -> list[_Evidence]:
    sentences = list(graph.objects(span, NIF.sentence))
    # Evidence that points straight at a sentence (no nif:sentence link) is its own sentence.
    found = []
    for sent in sentences or [span]:
        text = _smallest(list(graph.objects(sent, NIF.anchorOf)))
        if text is None:
            continue
        context = graph.value(sent, NIF.referenceContext)
        begin = _int_or(graph.value(sent, NIF.beginIndex), -1)
        found.append(
            _Evidence(
                context="" if context is None else str(context),
                begin=begin,
                sentence=_shorten(_one_line(text), _MAX_SENTENCE),
                rule=rule,
            )
        )
    return found


# --- layout and style --------------------------------------------------------------------


def _sizes(entities: dict[str, _Entity], edges: list[tuple[Node, Node, Node]]) -> dict[str, float]:
    # Degree centrality on the undirected entity graph: it is exact and iteration-free (so
    # deterministic, unlike PageRank/eigenvector tolerances), defined on disconnected
    # graphs, and for small news graphs it singles out the hubs a reader looks for. Sizes are
    # scaled to the most central node so sparse graphs still show contrast; mention counts
    # go into the hover text instead, since they measure the article's wording, not the graph.
    g = nx.Graph()
    g.add_nodes_from(sorted(entities))
    g.add_edges_from(sorted({tuple(sorted((_node_id(s), _node_id(o)))) for s, _, o in edges if s != o}))
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


def _vis_options(groups: dict[str, dict[str, str]]) -> dict:
    return {
        "autoResize": True,
        "groups": groups,
        "layout": {"randomSeed": _RANDOM_SEED, "improvedLayout": True},
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
                "iterations": 600,
                "updateInterval": 50,
                "fit": True,
            },
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "navigationButtons": False},
        "nodes": {
            "borderWidth": 1,
            "font": {
                "size": 14,
                "face": "sans-serif",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
            },
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
            "smooth": {"enabled": True, "type": "dynamic"},
        },
    }


# --- text ----------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _evidence_lines(evidence: list[_Evidence], limit: int) -> list[str]:
    by_sentence: dict[tuple[str, int, str], set[str]] = {}
    for ev in evidence:
        rules = by_sentence.setdefault((ev.context, ev.begin, ev.sentence), set())
        if ev.rule:
            rules.add(ev.rule)
    lines = []
    for key in sorted(by_sentence)[:limit]:
        rules = ", ".join(sorted(by_sentence[key]))
        lines.append(f"\u2022 \u201c{key[2]}\u201d" + (f" [rule: {rules}]" if rules else ""))
    if len(by_sentence) > limit:
        lines.append(f"\u2026 and {len(by_sentence) - limit} more")
    return lines


def _node_title(
    ent: _Entity,
    ontology: Graph,
    graph: Graph,
    about: list[_Evidence],
) -> str:
    cls_label = _ontology_label(ent.cls, ontology) or _local_name(ent.cls)
    lines = [
        ent.label,
        f"{cls_label} ({graph.namespace_manager.normalizeUri(ent.cls)})",
    ]
    if ent.mentions:
        shown = ", ".join(f"\u201c{s}\u201d" for s in ent.surfaces[:_MAX_SURFACES])
        more = " \u2026" if len(ent.surfaces) > _MAX_SURFACES else ""
        lines.append(f"mentions: {ent.mentions}" + (f" ({shown}{more})" if shown else ""))
    lines.extend(f"{name}: {value}" for name, value in ent.literals)
    if about:
        lines.append("evidence:")
        lines.extend(_evidence_lines(about, _NODE_EVIDENCE))
    return "\n".join(lines)


def _edge_title(label: str, prefixed: str, source: str, target: str, evidence: list[_Evidence]) -> str:
    lines = [
        label if label == prefixed else f"{label} ({prefixed})",
        f"{source} \u2192 {target}",
    ]
    if evidence:
        lines.append("evidence:")
        lines.extend(_evidence_lines(evidence, _EDGE_EVIDENCE))
    return "\n".join(lines)


# --- the page ------------------------------------------------------------------------------


def _script_json(data: object) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return _JSON_ESCAPE_RE.sub(lambda m: _JSON_ESCAPES[m.group(0)], text)


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


def _legend_html(
    classes: list[URIRef],
    counts: dict[URIRef, int],
    ontology: Graph,
    graph: Graph,
    style: dict,
) -> str:
    items = []
    for cls in classes:
        color, shape = _class_style(cls, style)
        label = _ontology_label(cls, ontology) or _local_name(cls)
        name = html.escape(_local_name(cls))
        prefixed = html.escape(graph.namespace_manager.normalizeUri(cls))
        items.append(
            f'<li data-class="{name}">'
            '<svg class="swatch" viewBox="0 0 16 16" width="16" height="16" '
            f'aria-hidden="true" fill="{color}" stroke="#555" stroke-width="0.8">'
            f"{_LEGEND_SVG[shape]}</svg> "
            f'<span class="cls-label">{html.escape(label)}</span> '
            f'<code>{prefixed}</code> <span class="count">({counts[cls]})</span> '
            f'<span class="color">{color}</span></li>'
        )
    return "\n".join(items)


_CSS = """
html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { padding: 0.5rem 1rem; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.2rem; margin: 0; }
header p { margin: 0.2rem 0 0; font-size: 0.85rem; color: #555; }
main { flex: 1; display: flex; min-height: 0; }
#kg-network { flex: 1; min-width: 0; }
#kg-legend { width: 17rem; overflow-y: auto; border-left: 1px solid #ddd; padding: 0.5rem 1rem;
  font-size: 0.85rem; }
#kg-legend h2 { font-size: 1rem; margin: 0.3rem 0; }
#kg-legend ul { list-style: none; margin: 0; padding: 0; }
#kg-legend li { margin: 0.25rem 0; }
#kg-legend .swatch { vertical-align: middle; }
#kg-legend code, #kg-legend .count, #kg-legend .color { color: #666; font-size: 0.75rem; }
div.vis-tooltip { white-space: pre-wrap; max-width: 36rem; font-family: system-ui, sans-serif;
  font-size: 13px; line-height: 1.35; }
"""

_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var network = new vis.Network(
    document.getElementById("kg-network"),
    { nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) },
    data.options
  );
  // Freeze the layout once it has settled so the view stops moving.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
  });
  window.network = network;
})();
"""


def _page(title: str, data: dict, legend: str, n_nodes: int, n_edges: int) -> str:
    js, css = _vis_assets()
    safe_title = html.escape(title)
    return "".join(
        [
            "<!DOCTYPE html>\n",
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{safe_title}</title>\n",
            "<style>\n",
            css,
            "\n</style>\n<style>",
            _CSS,
            "</style>\n</head>\n<body>\n",
            f"<header><h1>{safe_title}</h1>",
            f"<p>{n_nodes} entities \u00b7 {n_edges} relations \u00b7 ",
            "hover a node or an edge for its evidence</p></header>\n",
            '<main>\n<div id="kg-network"></div>\n',
            '<aside id="kg-legend"><h2>Classes</h2>\n<ul>\n',
            legend,
            "\n</ul></aside>\n</main>\n",
            "<script>\n",
            js,
            "\n</script>\n",
            '<script id="kg-data" type="application/json">',
            _script_json(data),
            "</script>\n<script>",
            _JS,
            "</script>\n</body>\n</html>\n",
        ]
    )
