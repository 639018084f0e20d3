"""Tests for kg.render: the offline, escaped, deterministic HTML view of the entity graph."""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.render import render_html

HOSTILE_SCRIPT = "</script><script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>\u2028!"
HOSTILE_TITLE = "SCO </title><script>alert('t')</script> & friends"
HOSTILE_CLASS_LABEL = "pledge & <promise>"
EVIDENCE_SENTENCE = "Chinese President Xi Jinping <b>said</b> China will provide 1,000 training places."

ID = "https://kg.example.org/id/"
KGO = "https://kg.example.org/ontology#"

ONTOLOGY_TTL = f"""
@prefix kgo: <{KGO}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .

kgo:Agent a owl:Class ; rdfs:label "agent"@en .
kgo:Person a owl:Class ; rdfs:label "person"@en ; rdfs:subClassOf kgo:Agent .
kgo:State a owl:Class ; rdfs:label "state"@en ; rdfs:subClassOf kgo:Agent .
kgo:Office a owl:Class ; rdfs:label "office"@en .
kgo:HeadOfStateOffice a owl:Class ; rdfs:label "head-of-state office"@en ;
    rdfs:subClassOf kgo:Office .
kgo:Pledge a owl:Class ; rdfs:label {json.dumps(HOSTILE_CLASS_LABEL)}@en .
kgo:officeOf a owl:ObjectProperty ; rdfs:label "office of"@en ; rdfs:label "bureau de"@fr .
kgo:pledgedBy a owl:ObjectProperty ; rdfs:label "pledged by"@en .
kgo:quantity a owl:DatatypeProperty ; rdfs:label "quantity"@en .
"""

GRAPH_TTL = f"""
@prefix kgo: <{KGO}> .
@prefix id: <{ID}> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:person-xi a kgo:Person, kgo:Agent ; rdfs:label "Xi Jinping", "Xi" ;
    org:holds id:office-china .
id:state-china a kgo:State ; rdfs:label "China" .
id:office-china a kgo:HeadOfStateOffice, kgo:Office ; rdfs:label "President of China" ;
    kgo:officeOf id:state-china ; kgo:title "President" .
id:pledge-1 a kgo:Pledge ; rdfs:label {json.dumps(HOSTILE_SCRIPT)} ;
    kgo:quantity 1000 ; kgo:unit "training\\u2028places" ; kgo:pledgedBy id:person-xi .
id:evil a kgo:Mystery ; rdfs:label {json.dumps(HOSTILE_IMG)} .
id:state-kazakhstan a kgo:State .

id:article-1 a kgo:Article ; rdfs:label "An article" ; kgo:hasText id:ctx-1 .
id:photo-1 a kgo:Photo ; kgo:creditedTo id:state-china .
id:rule-holds a kgo:ExtractionRule ; dcterms:identifier "rel.holds-office" .
id:rule-pledge a kgo:ExtractionRule ; dcterms:identifier "rel.pledge" .

id:st-1 a rdf:Statement ; rdf:subject id:person-xi ; rdf:predicate org:holds ;
    rdf:object id:office-china ; prov:wasDerivedFrom id:span-1 ; kgo:rule id:rule-holds .
id:st-2 a rdf:Statement ; rdf:subject id:pledge-1 ; rdf:predicate kgo:quantity ;
    rdf:object 1000 ; prov:wasDerivedFrom id:span-2 ; kgo:rule id:rule-pledge .
id:span-1 nif:anchorOf "President Xi Jinping" ; nif:sentence id:sent-1 .
id:span-2 nif:anchorOf "1,000" ; nif:sentence id:sent-1 .
id:sent-1 nif:anchorOf {json.dumps(EVIDENCE_SENTENCE)} ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:referenceContext id:ctx-1 .

id:mention-1 itsrdf:taIdentRef id:person-xi ; nif:anchorOf "Xi Jinping" .
id:mention-2 itsrdf:taIdentRef id:person-xi ; nif:anchorOf "he" .
id:mention-3 itsrdf:taIdentRef id:state-china ; nif:anchorOf "China" .
"""

EXPECTED_NODES = {
    ID + "person-xi": "Person",
    ID + "state-china": "State",
    ID + "office-china": "HeadOfStateOffice",
    ID + "pledge-1": "Pledge",
    ID + "evil": "Mystery",
    ID + "state-kazakhstan": "State",
}


def make_ontology() -> Graph:
    """A tiny kgo ontology with a hostile class label."""
    return Graph().parse(data=ONTOLOGY_TTL, format="turtle")


def make_graph(reverse: bool = False) -> Graph:
    """A small built graph; ``reverse`` re-adds its triples in the opposite order."""
    graph = Graph().parse(data=GRAPH_TTL, format="turtle")
    if not reverse:
        return graph
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True)
    for triple in sorted(graph, reverse=True):
        copy.add(triple)
    return copy


def render(title: str = "SCO summit") -> str:
    """Render the sample graph with the sample ontology."""
    return render_html(make_graph(), make_ontology(), title)


def embedded_data(page: str) -> dict:
    """The node/edge JSON embedded in the page, parsed back."""
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.DOTALL)
    assert match is not None
    return json.loads(match.group(1))


def legend_items(page: str) -> dict[str, str]:
    """Legend entries: class local name -> the colour shown for it."""
    aside = re.search(r'<aside id="kg-legend">(.*?)</aside>', page, re.DOTALL)
    assert aside is not None
    return dict(re.findall(r'<li data-class="([^"]*)">.*?fill="(#[0-9a-f]{6})"', aside.group(1)))


def test_render_has_no_external_urls_in_script_or_link_tags() -> None:
    page = render()
    tags = re.findall(r"<(?:script|link)\b[^>]*>", page, re.IGNORECASE)
    assert tags, "page should have script tags"
    for tag in tags:
        assert "http://" not in tag and "https://" not in tag, tag
        assert "src=" not in tag.lower(), tag
    assert not re.search(r"<link\b", page, re.IGNORECASE)
    assert "new vis.Network(" in page
    assert "vis-network" in page  # the inlined library's banner
    assert ".vis-network" in page  # and its stylesheet
    assert "lib/" not in re.sub(r"<script>.*?</script>", "", page, flags=re.DOTALL)


def test_render_embeds_every_entity_once_as_node() -> None:
    nodes = embedded_data(render())["nodes"]
    ids = [node["id"] for node in nodes]
    assert ids == sorted(EXPECTED_NODES)
    assert {node["id"]: node["group"] for node in nodes} == EXPECTED_NODES
    assert all(node["className"] == node["group"] for node in nodes)


def test_render_picks_smallest_label_and_most_specific_class() -> None:
    nodes = {node["id"]: node for node in embedded_data(render())["nodes"]}
    xi = nodes[ID + "person-xi"]
    assert xi["label"] == "Xi"
    assert xi["group"] == "Person"
    assert nodes[ID + "office-china"]["group"] == "HeadOfStateOffice"
    assert nodes[ID + "state-kazakhstan"]["label"] == "state-kazakhstan"


def test_render_legend_lists_classes_present() -> None:
    page = render()
    legend = legend_items(page)
    assert set(legend) == set(EXPECTED_NODES.values())
    for node in embedded_data(page)["nodes"]:
        assert legend[node["group"]] == node["color"]
    assert "head-of-state office" in page
    # An unknown class still gets a (stable) colour of its own.
    assert re.fullmatch(r"#[0-9a-f]{6}", legend["Mystery"])
    assert legend["Mystery"] not in {v for k, v in legend.items() if k != "Mystery"}


def test_render_escapes_hostile_strings() -> None:
    page = render(HOSTILE_TITLE)
    assert len(re.findall(r"<script", page, re.IGNORECASE)) == 3
    assert len(re.findall(r"</script", page, re.IGNORECASE)) == 3
    for raw in (HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_TITLE, HOSTILE_CLASS_LABEL, "<b>said"):
        assert raw not in page
    assert "<img" not in page
    assert "\u2028" not in page and "\u2029" not in page
    assert f"<title>{html.escape(HOSTILE_TITLE)}</title>" in page
    assert html.escape(HOSTILE_CLASS_LABEL) in page
    # The escaped JSON decodes back to the exact text, shown as plain-text titles.
    nodes = {node["id"]: node for node in embedded_data(page)["nodes"]}
    assert nodes[ID + "pledge-1"]["label"] == HOSTILE_SCRIPT
    assert nodes[ID + "evil"]["label"] == HOSTILE_IMG
    assert nodes[ID + "pledge-1"]["title"].startswith(HOSTILE_SCRIPT + "\n")
    assert "unit: training places" in nodes[ID + "pledge-1"]["title"]


def test_render_is_byte_identical_across_runs() -> None:
    first = render()
    assert render() == first
    assert render_html(make_graph(reverse=True), make_ontology(), "SCO summit") == first
    root = Path(__file__).resolve().parents[1]
    code = (
        "import hashlib, sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]; "
        "import test_render; "
        "print(hashlib.sha256(test_render.render().encode()).hexdigest())"
    )
    env = dict(os.environ, PYTHONHASHSEED="12345")
    out = subprocess.run(
        [sys.executable, "-c", code, str(root), str(root / "tests")],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=root,
    )
    assert out.stdout.strip() == hashlib.sha256(first.encode()).hexdigest()


def test_render_edge_labels_come_from_ontology() -> None:
    edges = embedded_data(render())["edges"]
    triples = {(e["from"], e["label"], e["to"]) for e in edges}
    assert triples == {
        (ID + "office-china", "office of", ID + "state-china"),
        (ID + "person-xi", "org:holds", ID + "office-china"),
        (ID + "pledge-1", "pledged by", ID + "person-xi"),
    }
    keys = [(e["from"], e["predicate"], e["to"]) for e in edges]
    assert keys == sorted(keys)


def test_render_hover_text_has_evidence_rule_and_literal_facts() -> None:
    data = embedded_data(render())
    holds = next(e for e in data["edges"] if e["label"] == "org:holds")
    assert holds["title"].startswith("org:holds\n")
    assert EVIDENCE_SENTENCE in holds["title"]
    assert "rel.holds-office" in holds["title"]
    nodes = {node["id"]: node for node in data["nodes"]}
    pledge = nodes[ID + "pledge-1"]["title"]
    assert "quantity: 1000" in pledge
    assert HOSTILE_CLASS_LABEL in pledge
    assert EVIDENCE_SENTENCE in pledge
    xi = nodes[ID + "person-xi"]["title"]
    assert "mentions: 2" in xi
    assert nodes[ID + "person-xi"]["mentions"] == 2


def test_render_sizes_nodes_by_degree_centrality() -> None:
    nodes = {node["id"]: node for node in embedded_data(render())["nodes"]}
    sizes = {iri: node["size"] for iri, node in nodes.items()}
    assert sizes[ID + "person-xi"] == max(sizes.values())
    assert sizes[ID + "office-china"] == sizes[ID + "person-xi"]
    assert sizes[ID + "evil"] == min(sizes.values()) < sizes[ID + "state-china"]


def test_render_configures_seeded_physics_that_stops() -> None:
    page = render()
    options = embedded_data(page)["options"]
    assert isinstance(options["layout"]["randomSeed"], int)
    assert options["physics"]["stabilization"]["enabled"] is True
    assert '"stabilizationIterationsDone"' in page
    assert "physics: { enabled: false }" in page
    assert "window.network = network" in page


def test_render_writes_no_files(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    render()
    assert list(tmp_path.iterdir()) == []


NODE_HARNESS = """
const fs = require("fs");
const page = fs.readFileSync(0, "utf8");
const blocks = [...page.matchAll(/<script([^>]*)>([\\s\\S]*?)<\\/script>/g)];
const data = blocks.find((b) => b[1].includes('id="kg-data"'))[2];
const boot = blocks[blocks.length - 1][2];
new Function(blocks[0][2]);  // the inlined library at least parses
const calls = [];
const fake = {
  once: (event, fn) => { calls.push(event); fn(); },
  setOptions: (opts) => calls.push(JSON.stringify(opts)),
};
global.window = {};
global.document = { getElementById: (id) => ({ id, textContent: data }) };
global.vis = {
  DataSet: function (items) { this.length = items.length; this.items = items; },
  Network: function (el, d, opts) {
    Object.assign(this, fake, { el: el.id, body: { data: d }, opts });
  },
};
eval(boot);
const n = window.network;
console.log(JSON.stringify({
  el: n.el, nodes: n.body.data.nodes.length, labels: n.body.data.nodes.items.map((x) => x.label),
  seed: n.opts.layout.randomSeed, calls,
}));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node")
def test_render_page_script_boots_vis_network() -> None:
    out = subprocess.run(
        ["node", "-e", NODE_HARNESS],
        input=render(),
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(out.stdout)
    assert result["el"] == "kg-network"
    assert result["nodes"] == len(EXPECTED_NODES)
    assert HOSTILE_SCRIPT in result["labels"] and HOSTILE_IMG in result["labels"]
    assert result["seed"] == embedded_data(render())["options"]["layout"]["randomSeed"]
    assert result["calls"] == ["stabilizationIterationsDone", '{"physics":{"enabled":false}}']
