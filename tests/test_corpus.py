"""Many articles: the rules on unseen text (tests/articles), one merged graph, order
independence, and removing an article removing exactly its facts."""

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings, strategies
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.build import build_graph, build_triples, read_articles
from kg.serialize import to_turtle
from kg.triples import Run, Triples
from kg.vocab import DEFAULT_BASE, KGO, ORG, PREFIXES
from tests.conftest import write_seeds

ARTICLES = Path(__file__).resolve().parent / "articles"
CASES = sorted(p.stem for p in ARTICLES.glob("*.txt"))


def _curie(term: URIRef) -> str:
    for prefix, namespace in PREFIXES.items():
        if str(term).startswith(str(namespace)):
            return f"{prefix}:{str(term)[len(str(namespace)) :]}"
    return str(term)


def _label(graph: Graph, term) -> str:
    if isinstance(term, Literal):
        return str(term)
    return str(graph.value(term, RDFS.label) or term)


def reported_facts(graph: Graph) -> set[tuple[str, ...]]:
    """(subject, predicate, object, modality) of every reified statement, by labels."""
    facts = set()
    for st in graph.subjects(RDF.type, RDF.Statement):
        s, p, o = (graph.value(st, x) for x in (RDF.subject, RDF.predicate, RDF.object))
        modality = graph.value(st, KGO.modality)
        facts.add((_label(graph, s), _curie(p), _label(graph, o), str(modality) if modality else ""))
    return facts


def _case(name: str) -> dict:
    return yaml.safe_load((ARTICLES / f"{name}.yaml").read_text(encoding="utf-8"))


def _build(rulebase, names: list[str]):
    articles = [(n, (ARTICLES / f"{n}.txt").read_text(encoding="utf-8")) for n in names]
    return build_graph(articles, rulebase, DEFAULT_BASE)


def _want(fact: list[str]) -> tuple[str, ...]:
    return (*map(str, fact[:3]), fact[3] if len(fact) > 3 else "")


@pytest.mark.parametrize("name", CASES)
def test_corpus_article_expected_and_must_not_facts(rulebase, name):
    case = _case(name)
    graph, (extraction,) = _build(rulebase, [name])
    facts = reported_facts(graph)
    missing = [f for f in map(_want, case["expected"]) if f not in facts]
    assert missing == [], f"missing from {name}: {missing}"
    for fact in map(_want, case["must_not"]):
        if fact[2] == "*":
            assert not [f for f in facts if f[:2] == fact[:2] and not f[3]], f"{name} asserts {fact}"
        else:
            assert fact not in facts, f"{name} asserts {fact}"
    for words in case["notes"]:
        assert any(words in note for note in extraction.notes), (words, extraction.notes)


def test_corpus_merged_graph_keeps_every_article_fact(rulebase, root):
    names = CASES
    graph, _ = _build(rulebase, names)
    merged = reported_facts(graph)
    for name in names:
        missing = [f for f in map(_want, _case(name)["expected"]) if f not in merged]
        assert missing == [], f"{name}: {missing}"
    # one resource per entity however many articles name it, evidence from each article
    putin = URIRef(DEFAULT_BASE + "person/vladimir-putin")
    sources = {graph.value(st, PROV.hadPrimarySource) for st in graph.subjects(RDF.subject, putin)}
    # Putin is named in several test articles: one resource, with evidence from each
    assert len(sources) >= 2 and sources <= {URIRef(f"{DEFAULT_BASE}article/{name}") for name in names}


def test_corpus_merge_is_order_independent(rulebase):
    def turtle(names: list[str]) -> bytes:
        articles = [(n, (ARTICLES / f"{n}.txt").read_text(encoding="utf-8")) for n in names]
        return to_turtle(build_triples(articles, rulebase, DEFAULT_BASE)[0])

    assert turtle(CASES) == turtle(list(reversed(CASES)))


@pytest.mark.parametrize("removed", CASES)
def test_corpus_removing_an_article_removes_exactly_its_facts(rulebase, removed):
    everything, _ = _build(rulebase, CASES)
    rest, _ = _build(rulebase, [n for n in CASES if n != removed])
    assert set(rest) <= set(everything)
    article = URIRef(f"{DEFAULT_BASE}article/{removed}")
    in_rest = {t for triple in rest for t in triple}
    for s, p, o in set(everything) - set(rest):
        about_article = str(s).startswith(str(article)) or (s, PROV.hadPrimarySource, article) in everything
        only_supported_there = s not in in_rest or (
            p not in (RDF.type, RDFS.label)
            and all(
                everything.value(st, PROV.hadPrimarySource) == article
                for st in everything.subjects(RDF.subject, s)
                if everything.value(st, RDF.predicate) == p
                and everything.value(st, RDF.object) == o
                and everything.value(st, KGO.modality) is None  # a planned fact asserts nothing
            )
        )
        assert about_article or only_supported_there, (s, p, o)


def test_corpus_reads_a_folder_in_name_order(tmp_path, rulebase):
    for name in reversed(CASES):
        (tmp_path / f"{name}.txt").write_text((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    assert [slug for slug, _ in read_articles(tmp_path)] == CASES


def test_corpus_per_article_graphs(run_kg, tmp_path):
    import shutil

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in CASES:
        shutil.copy(ARTICLES / f"{name}.txt", seeds)
    out = tmp_path / "out"
    command = ["build", "--seeds", str(seeds), "--out", str(out), "--per-article"]
    assert run_kg(*command).returncode == 0
    assert sorted(p.stem for p in (out / "articles").glob("*.ttl")) == CASES
    merged = Graph().parse(out / "graph.ttl")
    for name in CASES:
        alone = Graph().parse(out / "articles" / f"{name}.ttl")
        assert set(alone) <= set(merged), name
        assert not any(
            str(s).startswith(f"{DEFAULT_BASE}article/") and name not in str(s) for s in alone.subjects()
        )
    (seeds / f"{CASES[0]}.txt").unlink()
    assert run_kg(*command).returncode == 0
    assert sorted(p.stem for p in (out / "articles").glob("*.ttl")) == CASES[1:]
    # a build without --per-article takes the folder away, not only its files (a new user:
    # an empty articles/ stayed); a hidden file in it, which builds keep, keeps it
    assert run_kg("build", "--seeds", str(seeds), "--out", str(out), "--no-html").returncode == 0
    assert not (out / "articles").exists()
    assert run_kg(*command).returncode == 0
    (out / "articles" / ".keep").write_text("", encoding="utf-8")
    assert run_kg("build", "--seeds", str(seeds), "--out", str(out), "--no-html").returncode == 0
    assert [p.name for p in (out / "articles").iterdir()] == [".keep"]


def test_build_pauses_the_garbage_collector_but_for_json_ld(root, tmp_path, monkeypatch):
    """The collector re-scans every long-lived object of a big graph as the heap grows: a
    build extracts, assembles, writes Turtle and N-Triples, reports coverage and draws the
    page with it paused, writes JSON-LD with it running (rdflib's JSON-LD graph holds
    cycles), and turns it back on after, also on failure."""
    import gc

    import kg.build
    from kg.build import run_build
    from kg.errors import ArticleError

    seen: dict[str, set[bool]] = {}

    def noting(name, work):
        def noted(*args):
            seen.setdefault(name, set()).add(gc.isenabled())
            return work(*args)

        return noted

    for fmt, writer in list(kg.build.SERIALIZERS.items()):
        monkeypatch.setitem(kg.build.SERIALIZERS, fmt, noting(fmt, writer))
    monkeypatch.setattr(kg.build, "coverage", noting("coverage", kg.build.coverage))
    assert gc.isenabled()
    run_build(
        root / "seeds",
        tmp_path / "out",
        DEFAULT_BASE,
        formats=("ttl", "nt", "jsonld"),
        on_stage=lambda name: seen.setdefault(name, set()).add(gc.isenabled()),
    )
    paused = {name for name, states in seen.items() if states == {False}}
    running = {name for name, states in seen.items() if states == {True}}
    assert paused == {"match", "relate", "render", "ttl", "nt", "coverage"}, seen
    assert False in seen["assemble"], seen
    assert running == {"load rules", "write", "validate", "jsonld"}, seen
    assert gc.isenabled()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_bytes(b"\xff\xfe broken")
    with pytest.raises(ArticleError):
        run_build(bad, tmp_path / "out2", DEFAULT_BASE)
    assert gc.isenabled()


def test_extract_and_assemble_make_no_reference_cycles(rulebase, root):
    """The build extracts and assembles with the garbage collector paused: they must leave
    nothing that only the collector can free (a cycle per article would pile up)."""
    import gc

    from kg.assemble import assemble
    from kg.build import extract_all

    articles = read_articles(root / "seeds") + read_articles(root / "tests" / "articles")
    gc.collect()
    gc.disable()
    try:
        triples = assemble(extract_all(articles, rulebase), rulebase, DEFAULT_BASE)
        assert len(triples) > 3000 and gc.collect() == 0
    finally:
        gc.enable()


def test_build_count_entities_counts_resources_typed_by_an_ontology_class(rulebase, root):
    """Read off the sorted lines, the count is that of the definition: subjects with an
    rdf:type in the ontology's namespace, articles, rules and photos left out."""
    from kg.assemble import assemble
    from kg.build import count_entities, extract_all

    articles = read_articles(root / "seeds") + read_articles(root / "tests" / "articles")
    triples = assemble(extract_all(articles, rulebase), rulebase, DEFAULT_BASE)
    skip = {str(KGO[name]) for name in ("Article", "ExtractionRule", "Photo")}
    typed = {
        t.subject
        for t in triples
        if t.predicate.value == str(RDF.type)
        and t.object.value.startswith(str(KGO))
        and t.object.value not in skip
    }
    assert len(typed) > 50 and count_entities(triples) == len(typed)


def test_serialize_and_coverage_make_no_reference_cycles(rulebase, root):
    """Turtle, N-Triples and the coverage report are made with the collector paused: they
    must leave nothing that only the collector can free."""
    import gc

    from kg.assemble import assemble
    from kg.build import extract_all
    from kg.coverage import coverage, report_text
    from kg.serialize import to_ntriples, to_turtle

    articles = read_articles(root / "seeds") + read_articles(root / "tests" / "articles")
    extractions = extract_all(articles, rulebase)
    triples = assemble(extractions, rulebase, DEFAULT_BASE)
    gc.collect()
    gc.disable()
    try:
        made = to_turtle(triples), to_ntriples(triples), report_text(coverage(extractions, rulebase))
        assert all(made) and gc.collect() == 0
    finally:
        gc.enable()


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_hands_over_chunks_in_article_order(rulebase, root, jobs):
    """A build assembles each chunk as soon as the workers hand it over: the chunks must
    come in article order, whatever the number of workers, so the graph is the same."""
    from kg.assemble import assemble
    from kg.build import CHUNK, extract_and_check

    articles = read_articles(root / "seeds") + read_articles(root / "tests" / "articles")
    articles = [(f"{copy}-{slug}", text) for copy in range(4) for slug, text in articles]
    assert len(articles) > 2 * CHUNK
    chunks: list = []
    handed: list = []
    extractions, _found, whole = extract_and_check(
        articles,
        rulebase,
        DEFAULT_BASE,
        jobs=jobs,
        on_chunk=lambda done, triples: (chunks.append(done), handed.append(triples)),
    )
    assert not whole and len(chunks) == -(-len(articles) // CHUNK)
    assert [x.article.slug for chunk in chunks for x in chunk] == [slug for slug, _ in articles]
    assert [x for chunk in chunks for x in chunk] == extractions
    # Each chunk was assembled to validate it, and its triples are handed on: as they are by
    # one worker (this process), sorted in a Run by worker processes.
    for chunk, triples in zip(chunks, handed, strict=True):
        expected = assemble(chunk, rulebase, DEFAULT_BASE)
        if jobs == 1:
            assert set(triples) == set(expected)
        else:
            assert isinstance(triples, Run)
            assert triples.lines.split(b"\n") == expected.sorted_lines()
            assert triples.uses == expected.namespace_uses()
            received = Triples(expected.prefixes)
            received.add_run(triples)
            assert set(received) == set(expected)


@pytest.mark.parametrize("sentence", ["Xi Jinping met with Vladimir Putin on Wednesday."])
def test_corpus_undated_articles_keep_their_weekday_meetings_apart(rulebase, sentence):
    """Two undated articles' "on Wednesday" may be two different days: two meetings."""
    articles = [(slug, f"Talks\n\n{sentence}\n") for slug in ("one", "two")]
    graph, _ = build_graph(articles, rulebase, DEFAULT_BASE)
    meetings = sorted(str(graph.value(m, RDFS.label)) for m in graph.subjects(RDF.type, KGO.BilateralMeeting))
    assert meetings == [
        "Meeting of Vladimir Putin and Xi Jinping on Wednesday (one)",
        "Meeting of Vladimir Putin and Xi Jinping on Wednesday (two)",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping pledged that China will provide 1,000 training opportunities in the next three years, "
        "and host 500 young people in the next five years."
    ],
)
def test_corpus_clause_facts_cite_the_words_they_name(rulebase, text):
    """A rule with `each` states facts per clause: a fact that names words outside its clause
    ("Xi" pledged) cites a span reaching them; one within it cites the clause alone; and
    so the mention of Xi counts as joined in the coverage report."""
    from kg.coverage import article_coverage

    article = f"Talks\n\n{text}\n"
    _graph, (extraction,) = build_graph([("t", article)], rulebase, DEFAULT_BASE)
    cited = {
        (str(f.predicate).rsplit("#", 1)[-1], article[f.begin : f.end])
        for f in extraction.facts
        if f.rule == "pledge.will-provide" and "host" in f.subject.name
    }
    assert (
        "pledgedBy",
        "Xi Jinping pledged that China will provide 1,000 training opportunities in the next "
        "three years, and host 500 young people in the next five years",
    ) in cited
    assert ("quantity", ", and host 500 young people in the next five years") in cited
    assert not [m for m in article_coverage(extraction).idle_mentions if m.node.name == "Xi Jinping"]


FRONT = "---\ntitle: T\ndate: 2024-07-04\n---\n\n"


@pytest.mark.parametrize(
    "texts",
    [
        # reported in one sentence, then quoted: the same words but for a capital W
        [
            "As Xi Jinping put it, with more partners, the foundation of cooperation is more solid.\n\n"
            '"With more partners, the foundation of cooperation is more solid," Xi Jinping said.\n'
        ],
        # two wires quoting the same words, one with a straight apostrophe, one with a curly one
        [
            '"China\'s role in the region is vital," Xi Jinping said.\n',
            '"China\u2019s role in the region is vital," Xi Jinping said.\n',
        ],
        # an appeal worded with a hyphen in one article, a space in the other
        [
            "Xi Jinping appealed for unity among member states.\n",
            "Xi Jinping appealed for unity among member-states.\n",
        ],
    ],
    ids=["case", "apostrophe", "hyphen"],
)
def test_corpus_wordings_that_differ_in_case_or_punctuation_are_two_resources(tmp_path, capsys, texts):
    """Quotations and stances are named by the article's words; the readable part of their
    IRIs drops case and punctuation, so a hash of the exact words keeps two wordings apart
    (they shared one IRI, with two texts or labels, and the build failed its shapes)."""
    from kg.cli import main

    seeds = write_seeds(tmp_path, {f"a{number}.txt": FRONT + text for number, text in enumerate(texts)})
    out = tmp_path / "out"
    code = main(["build", "--seeds", str(seeds), "--out", str(out), "--no-html"])
    assert code == 0, capsys.readouterr().err
    graph = Graph().parse(out / "graph.ttl")
    worded = [s for klass in (KGO.Quotation, KGO.Appeal) for s in graph.subjects(RDF.type, klass)]
    assert len(worded) == 2
    assert len({str(graph.value(s, RDFS.label)) for s in worded}) == 2
    assert all(len(list(graph.objects(s, RDFS.label))) == 1 for s in worded)


def test_corpus_same_words_in_two_articles_are_one_quotation(tmp_path, capsys):
    from kg.cli import main

    text = FRONT + '"The region needs peace," Xi Jinping said.\n'
    seeds = write_seeds(tmp_path, {"a0.txt": text, "a1.txt": text})
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--no-html"]) == 0
    capsys.readouterr()
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    (quote,) = graph.subjects(RDF.type, KGO.Quotation)
    sources = {graph.value(st, PROV.hadPrimarySource) for st in graph.subjects(RDF.subject, quote)}
    assert len(sources) == 2  # one resource, with the evidence of both articles


def test_worker_pool_cancels_what_has_not_started_when_the_build_fails():
    """A build that fails in its first chunk does not wait for the others to be extracted:
    the tasks not yet started are cancelled."""
    import time

    from kg.build import worker_pool

    futures = []
    with pytest.raises(RuntimeError), worker_pool(1, None) as pool:
        futures = [pool.submit(time.sleep, 0.2) for _ in range(20)]
        raise RuntimeError("an article was refused")
    assert sum(f.cancelled() for f in futures) >= 15
    assert all(f.done() for f in futures)


def test_corpus_publisher_written_in_two_cases_is_two_publishers(tmp_path, capsys):
    """A publisher the gazetteer lacks is named by the article's words: written "Steppe
    Wire" in one article and "Steppe wire" in another, it is two resources with one label
    each (one IRI with two labels failed the build's shapes)."""
    from kg.cli import main

    article = "---\ntitle: T\npublisher: {}\ndate: 2024-07-04\n---\n\nBelarus joined the SCO.\n"
    seeds = write_seeds(
        tmp_path, {f"a{n}.txt": article.format(p) for n, p in enumerate(["Steppe Wire", "Steppe wire"])}
    )
    code = main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--no-html"])
    assert code == 0, capsys.readouterr().err
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    publishers = set(graph.objects(None, URIRef("https://schema.org/publisher")))
    assert sorted(str(graph.value(p, RDFS.label)) for p in publishers) == ["Steppe Wire", "Steppe wire"]


def _typeset(text: str) -> str:
    """``text`` as an editor's software sets it: curly apostrophes and double quotes."""
    import re

    text = text.replace("'", "\u2019")
    return re.sub(r'"([^"\n]*)"', "\u201c\\1\u201d", text)


@pytest.mark.parametrize(
    "path",
    [*sorted(ARTICLES.glob("*.txt")), *sorted((ARTICLES.parent.parent / "seeds").glob("*.txt"))],
    ids=str,
)
def test_corpus_typographic_quotes_read_as_straight_ones(rulebase, path):
    """Curly apostrophes and quotes (the usual form of edited news copy) give the same facts
    as straight ones: the rules, the layouts and the gazetteer's names accept both (the seed
    set this way lost a stance, a membership's date, its publisher and a quotation)."""
    from kg.extract import extract

    text = path.read_text(encoding="utf-8")
    straight = extract(path.stem, text, rulebase)
    curly = extract(path.stem, _typeset(text), rulebase)

    def shown(extraction):
        return sorted((f.rule, str(f.predicate), f.begin, f.end) for f in extraction.facts)

    assert shown(curly) == shown(straight) and len(straight.facts) > 10


@pytest.mark.parametrize(
    ("sentence", "chair"),
    [
        ("The summit, chaired by Kazakh Foreign Minister Murat Nurtleu, was held in Astana.", None),
        (
            "The summit, chaired by Kazakh President Kassym-Jomart Tokayev, was held in Astana.",
            "Kassym-Jomart Tokayev",
        ),
        ("The summit was chaired by Kazakhstan.", "Kazakhstan"),
        # what the chair's name may be followed by (a review: a list of endings lost these)
        ("The summit was chaired by Kassym-Jomart Tokayev for the first time.", "Kassym-Jomart Tokayev"),
        ("The summit was chaired by Kassym-Jomart Tokayev with Xi Jinping present.", "Kassym-Jomart Tokayev"),
        ("The summit was chaired by Kazakhstan this year.", "Kazakhstan"),
        ("The summit was chaired by Kazakhstan \u2014 its host.", "Kazakhstan"),
    ],
)
def test_corpus_chair_is_the_whole_phrase_not_its_adjective(rulebase, sentence, chair):
    """ "chaired by Kazakh Foreign Minister Murat Nurtleu" (a name the gazetteer lacks) made
    the state the chair, from its adjective "Kazakh"; the chair must end the phrase."""
    from kg.extract import extract

    text = (ARTICLES / "wire-astana.txt").read_text(encoding="utf-8").rstrip() + "\n\n" + sentence + "\n"
    at = text.index(sentence)
    found = [
        f.object.name
        for f in extract("x", text, rulebase).facts
        if f.rule == "event.chaired-by" and f.begin >= at
    ]
    assert found == ([chair] if chair else [])


def _spaced(text: str, how: str) -> str:
    """The body of ``text`` (after a front matter) hard-wrapped at 60 or 28 columns (by textwrap,
    with or without a first-line indent, or by fmt, which balances the lines, at 45 or 72),
    or with a no-break space or two spaces between words, or invisible characters inside
    them."""
    import re
    import subprocess
    import textwrap

    head, sep, body = text.partition("\n---\n") if text.startswith("---") else ("", "", text)
    paragraphs = body.split("\n\n")
    if how.startswith("wrapped"):  # (at 28, some lines end after a name's hyphen)
        width = int(how.removeprefix("wrapped") or 60)
        body = "\n\n".join(textwrap.fill(paragraph, width) for paragraph in paragraphs)
    elif how == "indented":
        body = "\n\n".join(textwrap.fill(p, 60, initial_indent="    ") for p in paragraphs)
    elif how.startswith("fmt"):
        width = how.removeprefix("fmt")
        fmt = ["fmt", "-w", width, "-g", str(int(width) * 93 // 100)]  # (its default goal)
        body = "\n\n".join(
            subprocess.run(fmt, input=p, capture_output=True, text=True, check=True).stdout.rstrip()
            for p in paragraphs
        )
    elif how == "invisible":  # a soft hyphen inside long words, a zero-width space after names
        body = re.sub(r"(?<=\b\w{4})(?=\w{3,})", "\u00ad", body)
        body = re.sub(r"\b([A-Z][a-z]+) ", "\\1\u200b ", body)
    else:
        body = body.replace(" ", "\u00a0" if how == "no-break" else "  ")
    return head + sep + body


@pytest.mark.parametrize(
    "how", ["wrapped", "wrapped28", "indented", "fmt45", "fmt72", "no-break", "double", "invisible"]
)
@pytest.mark.parametrize(
    "path",
    [p for p in sorted(ARTICLES.glob("*.txt")) if "GMT" not in p.read_text(encoding="utf-8")[:40]],
    ids=lambda p: p.stem,
)
def test_corpus_words_spaced_otherwise_give_the_same_facts(rulebase, path, how):
    """Lines wrapped inside a paragraph (which the layouts read as one paragraph), no-break
    spaces and double spaces between words give the same facts: the gazetteer's names, the
    rules' patterns and the anaphora read any run of white space as a space, and words taken
    from the text have their runs read as one space (half of a wrapped wire's facts were
    lost). The CGTN layout is left out: there every line is a paragraph."""
    from kg.extract import extract

    def shown(extraction):
        return sorted(
            (f.rule, str(f.predicate), " ".join(str(getattr(f.object, "name", f.object)).split()))
            for f in extraction.facts
            if not f.rule.endswith(".headline")  # (the headline's words are kept as written)
        )

    from kg.spacing import ODD_SPACE

    text = path.read_text(encoding="utf-8")
    same = shown(extract(path.stem, text, rulebase))
    spaced = extract(path.stem, _spaced(text, how), rulebase)
    assert shown(spaced) == same and len(same) > 10
    names = [
        str(getattr(f.object, "name", f.object)) for f in spaced.facts if not f.rule.endswith(".headline")
    ]
    assert not [name for name in names if ODD_SPACE.search(name)]  # one space between words


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(ARTICLES.glob("*.txt")) if "GMT" not in p.read_text(encoding="utf-8")[:40]],
    ids=lambda p: p.stem,
)
def test_corpus_a_hand_edited_wrapped_paragraph_gives_the_same_facts(rulebase, path):
    """A paragraph wrapped at 72 columns, and then edited by hand so that a line's last one
    or two words stand on a line of their own ("... of the" "Shanghai" "Cooperation ..."),
    gives the facts of the article as written: such a short line is no list item (a review
    found 121 facts lost over the test articles)."""
    import textwrap

    from kg.extract import extract

    def shown(text):
        return sorted(
            (f.rule, str(f.predicate), str(getattr(f.object, "name", f.object)))
            for f in extract(path.stem, text, rulebase).facts
            if not f.rule.endswith(".headline")
        )

    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n") if text.startswith("---") else ("", "", text)
    paragraphs = body.split("\n\n")
    same = shown(text)
    edited = 0
    for at, paragraph in enumerate(paragraphs):
        lines = textwrap.wrap(paragraph, 72)
        for row in range(len(lines) - 1):
            for pushed in (1, 2):
                words = lines[row].split(" ")
                if len(words) <= pushed:
                    continue
                moved = [" ".join(words[:-pushed]), " ".join(words[-pushed:])]
                changed = "\n".join(lines[:row] + moved + lines[row + 1 :])
                article = head + sep + "\n\n".join([*paragraphs[:at], changed, *paragraphs[at + 1 :]])
                assert shown(article) == same, (row, pushed, changed)
                edited += 1
    assert edited  # (the article has wrapped lines to edit)


# (the CGTN layout is left out: there every line is a paragraph)
_PLAIN_ARTICLES = [
    path for path in sorted(ARTICLES.glob("*.txt")) if "GMT" not in path.read_text(encoding="utf-8")[:40]
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    strategies.sampled_from(_PLAIN_ARTICLES),
    strategies.integers(20, 100),
    strategies.sampled_from(["", "    ", "\t"]),
    strategies.sampled_from(["", "  "]),
    strategies.booleans(),
)
def test_corpus_any_wrapping_gives_the_same_facts(rulebase, path, width, first, others, hyphens):
    """Each test article's paragraphs wrapped by textwrap at any width from 20 columns, with
    a first-line or a hanging indent or none, broken at hyphens or not, give the facts of the
    article as written."""
    import textwrap

    from kg.extract import extract

    def shown(text):  # (the headline's words are kept as written, line ends too)
        facts = [f for f in extract(path.stem, text, rulebase).facts if not f.rule.endswith(".headline")]
        return sorted((f.rule, str(f.predicate), str(getattr(f.object, "name", f.object))) for f in facts)

    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n---\n") if text.startswith("---") else ("", "", text)
    wrap = textwrap.TextWrapper(width, initial_indent=first, subsequent_indent=others)
    wrap.break_on_hyphens, wrap.break_long_words = hyphens, False
    wrapped = "\n\n".join(wrap.fill(paragraph) for paragraph in body.split("\n\n"))
    assert shown(head + sep + wrapped) == shown(text)


def test_corpus_pledge_worded_in_another_case_is_another_pledge(root, tmp_path, capsys):
    """A pledge is named by the article's words too (kgo:namedByWords): the seed and a copy
    that writes "the next Three years" built one pledge with two labels and two units, and
    failed its shapes."""
    from kg.cli import main

    (seed,) = (root / "seeds").glob("*.txt")
    text = seed.read_text(encoding="utf-8")
    assert "in the next three years" in text
    other = text.replace("in the next three years", "in the next Three years")
    seeds = write_seeds(tmp_path, {"a.txt": text, "b.txt": other})
    code = main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--no-html"])
    assert code == 0, capsys.readouterr().err
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    pledges = set(graph.subjects(RDF.type, KGO.Pledge))
    assert len(pledges) == 3  # the two of the seed, and the one worded otherwise
    assert all(len(list(graph.objects(p, RDFS.label))) == 1 for p in pledges)


def test_corpus_typographic_apostrophes_in_rules_and_names(rulebase):
    """A rule's "didn't" and a gazetteer name's "People's" are read with a curly apostrophe
    too (neither is in the test articles, which the typeset test sets)."""
    from kg.extract import extract

    base = (ARTICLES / "wire-astana.txt").read_text(encoding="utf-8").rstrip()
    for apostrophe in ("'", "\u2019"):
        added = (
            f"Indian Prime Minister Narendra Modi didn{apostrophe}t attend the summit.\n\n"
            f"Officials of the People{apostrophe}s Republic of China arrived early."
        )
        found = extract("x", f"{base}\n\n{added}\n", rulebase)
        at = found.article.text.index(added)
        negated = [f.rule for f in found.facts if f.begin >= at and f.modality == "negated"]
        assert negated == ["attendance.did-not-attend"]
        names = [m for m in found.mentions if m.begin >= at and m.form == "alias"]
        assert [(m.node.name, found.article.text[m.begin : m.end]) for m in names] == [
            ("China", f"People{apostrophe}s Republic of China")
        ]


@pytest.mark.parametrize("how", ["\u00a0", "  "], ids=["no-break", "double"])
@pytest.mark.parametrize(
    "path",
    [ARTICLES / "held-in-city.txt", *sorted((ARTICLES.parent.parent / "seeds").glob("*.txt"))],
    ids=lambda p: p.stem,
)
def test_corpus_cgtn_layout_spaced_otherwise_gives_the_same_facts(rulebase, path, how):
    """In the CGTN layout too (every line a paragraph): its dateline, "Updated" line,
    column, editor's note and captions are recognised whatever spaces their words, and so
    the same facts come out (the dateline with no-break spaces was not recognised, and the
    article was read undated in the plain layout)."""
    from kg.extract import extract

    def shown(extraction):
        return sorted(
            (f.rule, str(f.predicate), " ".join(str(getattr(f.object, "name", f.object)).split()))
            for f in extraction.facts
        )

    text = path.read_text(encoding="utf-8")
    spaced = extract(path.stem, text.replace(" ", how), rulebase)
    assert spaced.article.layout == "cgtn"
    assert shown(spaced) == shown(extract(path.stem, text, rulebase))


def test_corpus_a_counterpart_is_given_no_office(rulebase, root):
    """ "his Russian counterpart Vladimir Putin" of President Xi states that they are
    counterparts, not Putin's office: news copy calls a prime minister a president's
    counterpart too (a review: "Modi ... his Russian counterpart Putin" made Putin head of
    Russia's government). Putin holds the office other articles give him, titled."""
    articles = read_articles(root / "seeds") + read_articles(ARTICLES)
    graph, _ = build_graph(articles, rulebase, DEFAULT_BASE)

    def person(name: str):
        return next(s for s, o in graph.subject_objects(RDFS.label) if str(o) == name)

    def offices(name: str) -> dict[str, set[str]]:
        return {
            str(graph.value(o, RDFS.label)): {str(t).rpartition("#")[2] for t in graph.objects(o, RDF.type)}
            | {f"title {t}" for t in graph.objects(o, KGO.title)}
            for o in graph.objects(person(name), ORG.holds)
        }

    assert offices("Vladimir Putin") == {"President of Russia": {"HeadOfStateOffice", "title President"}}
    assert offices("Li Qiang") == {}
    assert (person("Vladimir Putin"), KGO.counterpartOf, person("Xi Jinping")) in graph
    assert (person("Li Qiang"), KGO.counterpartOf, person("Shehbaz Sharif")) in graph


@pytest.mark.parametrize(("year", "conforms"), [("2023", True), ("2022", False)])
def test_corpus_a_day_and_a_year_of_one_membership_agree_or_disagree(tmp_path, capsys, year, conforms):
    """One article dates Iran's membership to the day, another gives its year: where they
    agree, the membership has both starts and the build conforms (a review's corpus failed);
    where they differ, the disagreement is recorded, or with --on-disagreement stop the
    build stops, naming both."""
    from kg.build import run_build
    from kg.errors import ValidationError

    head = "---\ntitle: {}\ndate: {}\n---\n\n"
    seeds = write_seeds(
        tmp_path,
        {
            "day.txt": head.format("Day", "2023-07-05")
            + "Iran became the 9th member state of the Shanghai Cooperation Organization on Tuesday.\n",
            "year.txt": head.format("Year", "2024-07-05")
            + f"Iran joined the SCO as a member state in {year}.\n",
        },
    )
    out = tmp_path / "out"
    membership = URIRef(f"{DEFAULT_BASE}membership/iran-in-shanghai-cooperation-organization")
    if not conforms:
        with pytest.raises(ValidationError, match="a date and a year that differ") as failure:
            run_build(seeds, out, DEFAULT_BASE, html=False, jobs=1, on_disagreement="stop")
        assert f"kgo:since {year} in 1 article(s)" in str(failure.value)
        assert not out.exists()
        # by default the disagreement is recorded: neither start is asserted
        result = run_build(seeds, out, DEFAULT_BASE, html=False, jobs=1)
        graph = Graph().parse(out / "graph.ttl")
        assert list(graph.objects(membership, KGO.since)) == []
        (disagreement,) = graph.subjects(KGO.disputedSubject, membership)
        assert graph.value(disagreement, KGO.disputedProperty) == KGO.since
        assert [n for n in result.notes if "(2022 in year; 2023-07-04 (from 'Tuesday') in day)" in n]
        assert graph.value(membership, KGO.ordinal) is not None  # undisputed
        return
    run_build(seeds, out, DEFAULT_BASE, html=False, jobs=1)
    graph = Graph().parse(out / "graph.ttl")
    assert sorted(str(v) for v in graph.objects(membership, KGO.since)) == ["2023", "2023-07-04"]
    # the named queries give one row per membership, with the day (a review: two rows)
    from kg.cli import main

    for query in ("members", "membership-reference"):
        capsys.readouterr()
        assert main(["query", query, "--exports", str(out), "--format", "csv"]) == 0
        rows = capsys.readouterr().out.strip().splitlines()[1:]
        assert len(rows) == 1 and "2023-07-04" in rows[0] and ",2023," not in rows[0], (query, rows)
