"""Tests for kg.render: the offline, escaped, deterministic HTML page pyvis builds for the graph.

The page's behaviour in a real browser is tested in test_browser.py."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pyvis.network import Network
from rdflib import Graph

from kg.render import render_html
from tests.conftest import asserted_and_denied

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
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .

id:person-xi a kgo:Person, kgo:Agent ; rdfs:label "Xi Jinping", "Xi" ;
    org:holds id:office-china .
id:state-china a kgo:State ; rdfs:label "China" ; skos:altLabel "People's Republic of China" ;
    skos:hiddenLabel "Chinese", "Beijing" ;
    owl:sameAs <http://www.wikidata.org/entity/Q148> .
id:office-china a kgo:HeadOfStateOffice, kgo:Office ; rdfs:label "President of China" ;
    kgo:officeOf id:state-china ; kgo:title "President" .
id:pledge-1 a kgo:Pledge ; rdfs:label {json.dumps(HOSTILE_SCRIPT)} ;
    kgo:quantity 1000 ; kgo:unit "training\\u2028places" ; kgo:pledgedBy id:person-xi .
id:evil a kgo:Mystery ; rdfs:label {json.dumps(HOSTILE_IMG)} ; owl:sameAs <javascript:alert(1)> .
id:state-kazakhstan a kgo:State .

id:article-1 a kgo:Article ; rdfs:label "An article" ; kgo:hasText id:ctx-1 .
id:ctx-1 nif:isString {json.dumps(EVIDENCE_SENTENCE + " He left.")} .
id:photo-1 a kgo:Photo ; kgo:creditedTo id:state-china .
id:rule-holds a kgo:ExtractionRule ; dcterms:identifier "rel.holds-office" .
id:rule-pledge a kgo:ExtractionRule ; dcterms:identifier "rel.pledge" .

id:st-1 a rdf:Statement ; rdf:subject id:person-xi ; rdf:predicate org:holds ;
    rdf:object id:office-china ; prov:wasDerivedFrom id:span-1 ; kgo:rule id:rule-holds .
id:st-2 a rdf:Statement ; rdf:subject id:pledge-1 ; rdf:predicate kgo:quantity ;
    rdf:object 1000 ; prov:wasDerivedFrom id:span-2 ; kgo:rule id:rule-pledge .
id:span-1 nif:anchorOf "President Xi Jinping" ; nif:sentence id:sent-1 .
id:span-2 nif:anchorOf "1,000" ; nif:sentence id:sent-1 ;
    nif:beginIndex 60 ; nif:endIndex 65 ; nif:referenceContext id:ctx-1 .
id:sent-1 nif:anchorOf {json.dumps(EVIDENCE_SENTENCE)} ;
    nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex {len(EVIDENCE_SENTENCE)} ;
    nif:referenceContext id:ctx-1 .

id:mention-1 itsrdf:taIdentRef id:person-xi ; nif:anchorOf "Xi Jinping" ;
    nif:beginIndex 18 ; nif:endIndex 28 ; nif:referenceContext id:ctx-1 .
id:mention-2 itsrdf:taIdentRef id:person-xi ; nif:anchorOf "He" ;
    nif:beginIndex {len(EVIDENCE_SENTENCE) + 1} ; nif:endIndex {len(EVIDENCE_SENTENCE) + 3} ;
    nif:referenceContext id:ctx-1 .
id:mention-3 itsrdf:taIdentRef id:state-china ; nif:anchorOf "China" ;
    nif:beginIndex 41 ; nif:endIndex 46 ; nif:referenceContext id:ctx-1 .
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


def embedded(page: str, block: str) -> dict:
    """The JSON of the ``<script id="kg-graph|kg-page" type="application/json">`` block, parsed back."""
    match = re.search(rf'<script id="{block}" type="application/json">(.*?)</script>', page, re.DOTALL)
    assert match is not None
    return json.loads(match.group(1))


def nodes_of(page: str) -> dict[str, dict]:
    """The vis nodes pyvis wrote, by id."""
    return {node["id"]: node for node in embedded(page, "kg-graph")["nodes"]}


def legend_items(page: str) -> dict[str, str]:
    """Legend entries: class local name -> the colour shown for it."""
    aside = re.search(r'<aside id="kg-legend">(.*?)</aside>', page, re.DOTALL)
    assert aside is not None
    return dict(re.findall(r'<li data-class="([^"]*)">.*?fill="(#[0-9a-f]{6})"', aside.group(1)))


def fact_sentences(page: str) -> set[str]:
    """Every fact as the panel words it: subject, phrase, object or value."""
    data = embedded(page, "kg-page")
    names = {iri: ent["name"] for iri, ent in data["entities"].items()}
    return {f"{names[f['s']]} {f['phrase']} {names[f['o']] if f['o'] else f['value']}" for f in data["facts"]}


@pytest.mark.parametrize("title", ["SCO summit"])
def test_render_has_no_external_urls_in_script_or_link_tags(title: str) -> None:
    page = render(title)
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


@pytest.mark.parametrize("title", ["SCO summit"])
def test_render_builds_page_with_pyvis_network_and_own_template(title: str, monkeypatch) -> None:
    calls: list[str] = []
    generate = Network.generate_html

    def spy_generate(self, *args, **kwargs):
        calls.append(f"generate_html:{self.path}:{len(self.nodes)}:{len(self.edges)}")
        return generate(self, *args, **kwargs)

    def refuse(self, *args, **kwargs):
        raise AssertionError("render_html must not write files through pyvis")

    monkeypatch.setattr(Network, "generate_html", spy_generate)
    monkeypatch.setattr(Network, "write_html", refuse)
    monkeypatch.setattr(Network, "show", refuse)
    render(title)
    assert calls == [f"generate_html:graph.html.j2:{len(EXPECTED_NODES)}:3"]


@pytest.mark.parametrize("title", ["SCO summit"])
def test_render_csp_allows_only_the_page_scripts(title: str) -> None:
    page = render(title)
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert csp is not None and page.index(csp.group(0)) < page.index("<script")
    directives = dict(d.strip().split(" ", 1) for d in csp.group(1).split(";"))
    assert directives["default-src"] == "'none'"
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) == 2
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in scripts
    ]
    assert directives["script-src"].split() == hashes


def test_render_embeds_every_entity_once_as_node() -> None:
    nodes = embedded(render(), "kg-graph")["nodes"]
    ids = [node["id"] for node in nodes]
    assert ids == sorted(EXPECTED_NODES)
    assert {node["id"]: node["group"] for node in nodes} == EXPECTED_NODES
    assert set(embedded(render(), "kg-page")["entities"]) == set(EXPECTED_NODES)


@pytest.mark.parametrize(
    ("node", "label", "group"),
    [
        ("person-xi", "Xi", "Person"),
        ("office-china", "President of China", "HeadOfStateOffice"),
        ("state-kazakhstan", "state-kazakhstan", "State"),
    ],
)
def test_render_picks_smallest_label_and_most_specific_class(node: str, label: str, group: str) -> None:
    found = nodes_of(render())[ID + node]
    assert (found["label"], found["group"]) == (label, group)


def test_render_legend_lists_classes_present() -> None:
    page = render()
    legend = legend_items(page)
    assert set(legend) == set(EXPECTED_NODES.values())
    groups = json.loads(embedded(page, "kg-graph")["options"])["groups"]
    for node in nodes_of(page).values():
        assert legend[node["group"]] == groups[node["group"]]["color"]
    assert "head-of-state office" in page
    # An unknown class still gets a (stable) colour of its own.
    assert re.fullmatch(r"#[0-9a-f]{6}", legend["Mystery"])
    assert legend["Mystery"] not in {v for k, v in legend.items() if k != "Mystery"}


@pytest.mark.parametrize("title", [HOSTILE_TITLE])
def test_render_escapes_hostile_strings(title: str) -> None:
    page = render(title)
    assert len(re.findall(r"<script", page, re.IGNORECASE)) == 4
    assert len(re.findall(r"</script", page, re.IGNORECASE)) == 4
    for raw in (HOSTILE_SCRIPT, HOSTILE_IMG, HOSTILE_TITLE, HOSTILE_CLASS_LABEL, "<b>said"):
        assert raw not in page
    assert "<img" not in page
    scripts = "".join(re.findall(r"<script\b[^>]*>(.*?)</script>", page, re.DOTALL))
    assert "\u2028" not in scripts and "\u2029" not in scripts
    shown = re.search(r"<title>(.*?)</title>", page)
    assert shown is not None and html.unescape(shown.group(1)) == HOSTILE_TITLE
    assert html.escape(HOSTILE_CLASS_LABEL) in page
    # The escaped JSON decodes back to the exact text, shown as plain-text titles.
    nodes = nodes_of(page)
    assert nodes[ID + "pledge-1"]["label"] == HOSTILE_SCRIPT
    assert nodes[ID + "evil"]["label"] == HOSTILE_IMG
    assert nodes[ID + "pledge-1"]["title"].startswith(HOSTILE_SCRIPT + "\n")
    data = embedded(page, "kg-page")
    assert data["entities"][ID + "evil"]["names"] == [HOSTILE_IMG]
    assert any(e["text"] == EVIDENCE_SENTENCE for e in data["evidence"])


@pytest.mark.parametrize("link", ["javascript:alert(1)"])
def test_render_keeps_only_web_links(link: str) -> None:
    page = render()
    entities = embedded(page, "kg-page")["entities"]
    assert entities[ID + "evil"]["links"] == []
    assert entities[ID + "state-china"]["links"] == [
        {"href": "http://www.wikidata.org/entity/Q148", "text": "Wikidata Q148"}
    ]
    assert link not in page


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


def test_render_edge_labels_come_from_ontology_or_readable_fallback() -> None:
    edges = embedded(render(), "kg-graph")["edges"]
    triples = {(e["from"], e["label"], e["to"]) for e in edges}
    assert triples == {
        (ID + "office-china", "office of", ID + "state-china"),
        (ID + "person-xi", "holds", ID + "office-china"),
        (ID + "pledge-1", "pledged by", ID + "person-xi"),
    }
    assert all("http" not in e["label"] for e in edges)


@pytest.mark.parametrize(
    "sentence",
    [
        "Xi holds President of China",  # a phrase from render_style.json
        "President of China is office of China",  # "is" before a label ending in a preposition
        f"{HOSTILE_SCRIPT} has quantity 1000",  # "has" before any other label
        f"{HOSTILE_SCRIPT} has unit training places",
    ],
)
def test_render_words_facts_as_sentences(sentence: str) -> None:
    assert sentence in fact_sentences(render())


def test_render_evidence_marks_the_facts_entities_in_their_sentence() -> None:
    data = embedded(render(), "kg-page")
    by_text = {f"{data['entities'][f['s']]['name']} {f['phrase']}": f for f in data["facts"] if f["evidence"]}
    holds = data["evidence"][by_text["Xi holds"]["evidence"][0]]
    assert holds["text"] == EVIDENCE_SENTENCE and holds["rule"] == "rel.holds-office"
    assert [holds["text"][a:b] for a, b in holds["marks"]] == ["Xi Jinping"]
    quantity = data["evidence"][by_text[f"{HOSTILE_SCRIPT} has quantity"]["evidence"][0]]
    assert [quantity["text"][a:b] for a, b in quantity["marks"]] == ["1,000"]
    article = data["articles"][quantity["article"]]
    assert article["title"] == "An article"
    assert [(article["text"][a:b], e) for a, b, e in article["mentions"]] == [
        ("Xi Jinping", ID + "person-xi"),
        ("China", ID + "state-china"),
        ("He", ID + "person-xi"),
    ]


def test_render_search_names_include_aliases() -> None:
    page = render()
    entities = embedded(page, "kg-page")["entities"]
    assert entities[ID + "state-china"]["names"] == ["China", "People's Republic of China"]
    assert entities[ID + "state-china"]["hidden"] == ["Beijing", "Chinese"]  # searched, not shown
    assert entities[ID + "person-xi"]["names"] == ["Xi", "Xi Jinping"]
    assert '<option value="Beijing"></option>' in page


def test_render_sizes_nodes_by_degree_centrality() -> None:
    sizes = {iri: node["size"] for iri, node in nodes_of(render()).items()}
    assert sizes[ID + "person-xi"] == max(sizes.values())
    assert sizes[ID + "office-china"] == sizes[ID + "person-xi"]
    assert sizes[ID + "evil"] == min(sizes.values()) < sizes[ID + "state-china"]


def test_render_configures_seeded_physics_that_stops() -> None:
    page = render()
    options = json.loads(embedded(page, "kg-graph")["options"])
    assert isinstance(options["layout"]["randomSeed"], int)
    assert options["physics"]["stabilization"]["enabled"] is True
    assert 'network.once("stabilizationIterationsDone", ready)' in page
    assert "network.setOptions({ physics: { enabled: false } })" in page
    assert "window.network = network" in page
    assert "innerHTML" not in page.split("<script>")[-1]


def test_render_writes_no_files(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    render()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("raw", ["<script>window.kgPwned", "</script><script>", "<img src=x", "<svg onload"])
def test_render_probe_article_appears_only_escaped(xss_graph: Graph, raw: str) -> None:
    page = render_html(xss_graph, make_ontology(), "probe")
    assert raw not in page
    assert len(re.findall(r"<script", page, re.IGNORECASE)) == 4
    texts = json.dumps(embedded(page, "kg-page"), ensure_ascii=False)
    assert raw in texts.replace("\\", "")  # the text itself is kept, to be shown as text


def test_render_from_graph_index_equals_render_from_rdflib_graph(rulebase, root) -> None:
    """The build renders from kg.graphindex.GraphIndex (fast); the page must be the one an
    rdflib Graph of the same triples gives, for the seed and the test articles together."""
    from kg.build import build_triples, read_articles
    from kg.graphindex import GraphIndex
    from kg.vocab import DEFAULT_BASE

    articles = read_articles(root / "seeds") + read_articles(root / "tests" / "articles")
    triples, _ = build_triples(articles, rulebase, DEFAULT_BASE)
    index = GraphIndex(triples)
    assert len(index) == len(triples)
    assert render_html(index, rulebase.ontology, "T") == render_html(
        triples.to_rdflib(), rulebase.ontology, "T"
    )


def _js_slice(text: str, begin: int, end: int) -> str:
    """``text.slice(begin, end)`` as JavaScript computes it: in UTF-16 code units."""
    units = text.encode("utf-16-le")
    return units[2 * begin : 2 * end].decode("utf-16-le")


def test_render_offsets_count_utf16_units_as_the_page_script_does(rulebase):
    """Emoji (characters beyond U+FFFF) are two units in JavaScript: the page's offsets are
    given in those units, so that its highlights fall on the words (they fell one character
    early for each emoji before them)."""
    from kg.build import build_triples
    from kg.graphindex import GraphIndex
    from kg.vocab import DEFAULT_BASE

    text = (
        "---\ntitle: T\ndate: 2024-07-04\n---\n\n\U0001f1e7\U0001f1fe \U0001f389 Belarus became the 10th "
        "member state of the Shanghai Cooperation Organization on Thursday \U0001f600.\n"
    )
    triples, _ = build_triples([("emoji", text)], rulebase, DEFAULT_BASE)
    data = embedded(render_html(GraphIndex(triples), rulebase.ontology, "t"), "kg-page")
    (article,) = data["articles"]
    shown = {_js_slice(article["text"], b, e) for b, e, _key in article["mentions"]}
    assert {"Belarus", "Shanghai Cooperation Organization"} <= shown
    marked = {_js_slice(ev["text"], b, e) for ev in data["evidence"] for b, e in ev["marks"]}
    assert "Belarus" in marked and "Shanghai Cooperation Organization" in marked
    for ev in data["evidence"]:  # each evidence's sentence lies where its offsets say
        assert _js_slice(article["text"], ev["begin"], ev["end"]) == ev["text"]


def test_render_marks_evidence_that_records_a_fact_without_asserting_it(rulebase):
    """A fact one article asserts and another denies: the denying sentence is listed with the
    fact's evidence as "negated", not as support (it was shown as support, unmarked)."""
    from kg.build import build_triples
    from kg.graphindex import GraphIndex
    from kg.vocab import DEFAULT_BASE

    articles = asserted_and_denied()
    triples, _ = build_triples(articles, rulebase, DEFAULT_BASE)
    data = embedded(render_html(GraphIndex(triples), rulebase.ontology, "t"), "kg-page")
    names = {iri: ent["name"] for iri, ent in data["entities"].items()}
    (attended,) = (
        f for f in data["facts"] if f["phrase"] == "was attended by" and names[f["o"]] == "Narendra Modi"
    )
    shown = {data["evidence"][i]["text"]: data["evidence"][i].get("modality") for i in attended["evidence"]}
    assert shown == {
        "Indian Prime Minister Narendra Modi attended the summit.": None,
        "Indian Prime Minister Narendra Modi skipped the summit.": "negated",
    }
    assert "modality" not in json.dumps(
        [ev for ev in data["evidence"] if ev["text"].endswith("opened.")]
    )  # (the key is written only where there is one)


NIF_IS_STRING = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString"


def test_render_shows_bidi_controls_instead_of_obeying_them(rulebase):
    """U+202E in an article turned the words after it around on the page ("txet"): the page
    shows such controls as U+FFFD, one UTF-16 unit for one, so the highlights stay on their
    words; the graph keeps the text as written."""
    from kg.build import build_triples
    from kg.graphindex import GraphIndex
    from kg.vocab import DEFAULT_BASE

    text = (
        "---\ntitle: T \u202eevil\u202c\ndate: 2024-07-04\n---\n\n\u2067Note\u2069 "
        "\u202eBelarus became the 10th member state of the Shanghai Cooperation Organization on Thursday.\n"
    )
    triples, _ = build_triples([("bidi", text)], rulebase, DEFAULT_BASE)
    (kept,) = (t.object.value for t in triples if t.predicate.value == NIF_IS_STRING)
    assert kept == text  # the graph keeps the text as written
    page = render_html(GraphIndex(triples), rulebase.ontology, "t \u202eeht")
    assert not any(chr(c) in page for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
    data = embedded(page, "kg-page")
    (article,) = data["articles"]
    assert "\ufffdBelarus became" in article["text"]
    assert not any(
        chr(c) in json.dumps(data, ensure_ascii=False)
        for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
    )
    assert not re.search(r"\\u(202[a-e]|206[6-9])", page, re.IGNORECASE)
    from kg.render import _controls_shown

    # an escaped backslash, then "u202e", is text: left alone
    assert _controls_shown('<script>"a\\\\u202e"</script>') == '<script>"a\\\\u202e"</script>'
    assert _controls_shown('<script>"a\\\\\\u202e"</script>') == '<script>"a\\\\\\ufffd"</script>'
    # escapes are read in the page's scripts only: in its HTML (a search suggestion), a
    # text's "C:\\bin" is a backslash and a "b" (it showed as "C:\ufffdin"; a review)
    option = '<option value="Putin: C:\\bin\\files \\u202e">'
    assert _controls_shown(option + '<script>"\\b"</script>') == option + '<script>"\\ufffd"</script>'
    shown = {_js_slice(article["text"], b, e) for b, e, _key in article["mentions"]}
    assert "Belarus" in shown


def test_render_lists_a_fact_the_text_only_denies_without_drawing_it(rulebase):
    """ "Modi skipped the summit", and no article says he attended: the fact is in Modi's
    panel, marked denied, with its sentence (it was nowhere on the page), and draws no edge."""
    from kg.build import build_triples
    from kg.graphindex import GraphIndex
    from kg.vocab import DEFAULT_BASE

    (_asserted, denied) = asserted_and_denied()
    triples, _ = build_triples([denied], rulebase, DEFAULT_BASE)
    page = render_html(GraphIndex(triples), rulebase.ontology, "t")
    data = embedded(page, "kg-page")
    names = {iri: ent["name"] for iri, ent in data["entities"].items()}
    (fact,) = (f for f in data["facts"] if f["phrase"] == "was attended by")
    assert names[fact["o"]] == "Narendra Modi" and fact["modality"] == "negated"
    assert [data["evidence"][i]["text"] for i in fact["evidence"]] == [
        "Indian Prime Minister Narendra Modi skipped the summit."
    ]
    modi = next(iri for iri, name in names.items() if name == "Narendra Modi")
    assert data["facts"].index(fact) in data["entities"][modi]["facts"]
    edges = embedded(page, "kg-graph")["edges"]
    assert not [e for e in edges if e["to"] == modi and e["from"] == fact["s"]]
    assert all("modality" not in f for f in data["facts"] if f is not fact)


def test_render_shows_control_characters_as_replacement(rulebase):
    """A NUL of an article stood raw in the page (a review): C0 controls but tab, line feed
    and carriage return show as U+FFFD there, raw or as JSON escapes; the graph keeps them."""
    from kg.build import build_triples
    from kg.graphindex import GraphIndex
    from kg.vocab import DEFAULT_BASE

    text = "---\ntitle: T\x00x\ndate: 2024-07-04\n---\n\nBel\x01arus met\x1f. Be\x08la\x0crus\x7f joined.\n"
    triples, _ = build_triples([("c0", text)], rulebase, DEFAULT_BASE)
    (kept,) = (t.object.value for t in triples if t.predicate.value == NIF_IS_STRING)
    assert "Bel\x01arus met\x1f." in kept  # the graph keeps the text as written
    page = render_html(GraphIndex(triples), rulebase.ontology, "t\x00")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", page)
    assert not re.search(r"\\u00(?:0[0-7bef]|1[0-9a-f])", page, re.IGNORECASE)
    (article,) = embedded(page, "kg-page")["articles"]
    assert "Bel\ufffdarus met\ufffd. Be\ufffdla\ufffdrus\ufffd joined." in article["text"]


def test_render_library_placeholders_cannot_be_forged_by_a_title(rulebase):
    """The inlined library replaces a placeholder after the page is cleaned; a title (which
    comes before it) holding that placeholder's text is escaped, so it cannot take its place."""
    from kg.build import build_triples
    from kg.graphindex import GraphIndex
    from kg.render import _VIS_CSS_PLACEHOLDER, _VIS_JS_PLACEHOLDER, _vis_assets
    from kg.vocab import DEFAULT_BASE

    triples, _ = build_triples([("t", "Headline\n\nBelarus joined.\n")], rulebase, DEFAULT_BASE)
    page = render_html(GraphIndex(triples), rulebase.ontology, _VIS_CSS_PLACEHOLDER + _VIS_JS_PLACEHOLDER)
    vis_js, vis_css = _vis_assets()
    assert page.count(vis_js) == 1 and page.count(vis_css) == 1
    assert "<title>&lt;kg-vis-network-css&gt;&lt;kg-vis-network-js&gt;</title>" in page
    assert page.index(vis_css) > page.index("</title>")


def test_render_imports_pyvis_without_ipython():
    """pyvis imports IPython only for notebooks (most of its import time): a build draws the
    page without loading it, and leaves nothing in its place, so that a later ``import
    IPython`` gets the real module; where IPython is loaded already, pyvis gets it."""
    code = (
        "import sys\n"
        "from kg.render import _pyvis_network\n"
        "network = _pyvis_network()\n"
        "assert network.__name__ == 'Network', network\n"
        "assert not any(n == 'IPython' or n.startswith('IPython.') for n in sys.modules), 'IPython loaded'\n"
        "import IPython.display\n"
        "assert hasattr(IPython, 'get_ipython') and IPython.display.IFrame.__module__.startswith('IPython')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    loaded_first = (
        "import IPython.display, sys\n"
        "from kg.render import _pyvis_network\n"
        "_pyvis_network()\n"
        "assert sys.modules['pyvis.network'].IFrame is IPython.display.IFrame\n"
    )
    subprocess.run([sys.executable, "-c", loaded_first], check=True, timeout=120)
