import re
import shutil
import time
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

from kg import build as build_module
from kg.cli import main
from tests.conftest import write_seeds


@pytest.mark.parametrize("command", [[], ["build"], ["validate"]])
def test_cli_every_command_has_help(run_kg, tmp_path, command):
    done = run_kg(*command, "--help", cwd=tmp_path)
    assert done.returncode == 0
    assert "usage: kg" in done.stdout
    if command:
        assert "Example: kg " + command[0] in done.stdout


def test_cli_build_prints_one_line_summary(run_kg, root, tmp_path):
    done = run_kg("build", "--seeds", str(root / "seeds"), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    assert re.fullmatch(
        r"built 1 article: \d+ entities, \d+ statements, \d+ triples in \d+\.\d\d s"
        r" -> .*coverage\.txt, .*graph\.html, .*graph\.ttl, .*reference\.ttl",
        lines[0],
    )


def test_cli_validate_exit_codes(run_kg, root, tmp_path):
    assert run_kg("validate", str(root / "exports" / "graph.ttl"), cwd=tmp_path).returncode == 0
    broken = tmp_path / "broken.ttl"
    text = (root / "exports" / "graph.ttl").read_text(encoding="utf-8")
    broken.write_text(
        text.replace('nif:anchorOf "Belarus" ;', 'nif:anchorOf "Belaruz" ;', 1), encoding="utf-8"
    )
    done = run_kg("validate", str(broken), cwd=tmp_path)
    assert done.returncode == 1 and "anchorOf differs" in done.stdout
    assert run_kg("validate", str(tmp_path / "missing.ttl"), cwd=tmp_path).returncode == 2
    (tmp_path / "bad.ttl").write_text("<a> <b> .", encoding="utf-8")
    done = run_kg("validate", str(tmp_path / "bad.ttl"), cwd=tmp_path)
    assert done.returncode == 2 and "not valid Turtle" in done.stderr


def _unchanged(out: Path) -> bool:
    return sorted(p.name for p in out.iterdir()) == ["graph.html", "graph.ttl"] and all(
        (out / n).read_text(encoding="utf-8") == f"previous {n}" for n in ("graph.ttl", "graph.html")
    )


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("bad.txt", b"Headline\n\nCaf\xe9 society met.", "bad.txt: not valid UTF-8 at byte offset 13"),
        # a UTF-16 file is named so
        (
            "wide.txt",
            "Belarus joined the SCO.\n".encode("utf-16"),
            "at byte offset 0 (invalid start byte; it",
        ),
    ],
)
def test_cli_invalid_utf8_is_refused_with_offset(tmp_path, previous_exports, capsys, name, data, said):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / name).write_bytes(data)
    assert main(["build", "--seeds", str(seeds), "--out", str(previous_exports)]) == 2
    err = capsys.readouterr().err
    assert said in err and ("so it is UTF-16" in err) == (name == "wide.txt")
    assert _unchanged(previous_exports)


def test_cli_files_not_read_are_named_and_hidden_ones_skipped(root, tmp_path, capsys):
    # a review: notes.md beside the articles was skipped unsaid, and a Mac's ._x.txt was
    # read as an article
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    article = next((root / "seeds").glob("*.txt"))
    (seeds / article.name).write_bytes(article.read_bytes())
    (seeds / "notes.md").write_text("not an article", encoding="utf-8")
    (seeds / f"._{article.name}").write_bytes(b"\x00\x05\x16\x07 Mac resource fork \xff")
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--no-html"]) == 0
    captured = capsys.readouterr()
    assert "built 1 article:" in captured.out
    assert "skipped 1 file that is not read as articles (only *.txt): notes.md" in captured.err
    assert "._" not in captured.err


def test_cli_failed_validation_leaves_exports_intact(root, previous_exports, monkeypatch, capsys):
    import kg.validate

    forced = kg.validate.Violation("kgs:X", "sh:Forced", "urn:x", None, None, "forced violation")
    monkeypatch.setattr(kg.validate, "violations", lambda *a, **k: [forced])
    assert main(["build", "--seeds", str(root / "seeds"), "--out", str(previous_exports)]) == 1
    assert "forced violation" in capsys.readouterr().err
    assert _unchanged(previous_exports)


def test_cli_failed_write_leaves_exports_intact(root, previous_exports, monkeypatch):
    def failing_render(*args, **kwargs):
        raise OSError("disk full")

    import kg.render

    monkeypatch.setattr(kg.render, "render_html", failing_render)
    with pytest.raises(OSError):
        build_module.run_build(root / "seeds", previous_exports, "https://kg.example.org/id/")
    assert _unchanged(previous_exports)


HOSTILE = (
    "2024.07.05 16:10 GMT+8\n\n"
    "<script>alert('x')</script> \"Headline\" with </script> & ‮RTL\u200b\n\n"
    "Updated 2024.07.05 16:10 GMT+8\nFirst Voice\n\n"
    'Chinese President Xi Jinping said "</script><img src=x onerror=alert(1)>" \\ """ 🚀 \u0007.\n\n'
    '"<b>bold</b> claim," Kazakh President Kassym-Jomart Tokayev said during Thursday\'s summit.\n'
)


def test_cli_hostile_article_builds_valid_rdf_and_safe_page(run_kg, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "hostile <x> 'q'.txt").write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "out"
    done = run_kg("build", "--seeds", str(seeds), "--out", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    turtle = out / "graph.ttl"
    graph = Graph().parse(turtle, format="turtle")
    assert len(list(pyoxigraph.parse(path=str(turtle), format=pyoxigraph.RdfFormat.TURTLE))) == len(graph)
    assert any("</script>" in str(o) for o in graph.objects())
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "<img src=x" not in page and "alert('x')</script>" not in page
    assert page.count("<script") == page.count("</script>")


def test_cli_oversized_article_is_refused(tmp_path, previous_exports, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "big.txt").write_text("Headline\n\n" + "Belarus joined. " * 100, encoding="utf-8")
    assert main(["build", "--seeds", str(seeds), "--out", str(previous_exports), "--max-bytes", "1000"]) == 2
    err = capsys.readouterr().err
    assert "big.txt" in err and "more than the limit of 1000 bytes" in err
    assert _unchanged(previous_exports)


_SH = "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"


@pytest.mark.parametrize(
    ("shapes", "message"),
    [
        (None, "no such shapes file"),
        ("@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:x sh:y\n", "the SHACL shapes do not parse"),
        (_SH + "<urn:S> sh:targetClass <urn:C> ; sh:property [ sh:minCount 1 ] .\n", "sh:path"),
        (_SH + "<urn:S> sh:targetClass <urn:C> ; sh:property [ sh:node <urn:T> ] .\n", "parts"),
        (b"\xff\xfe", "can't decode"),
        ("", "checks nothing"),
        (
            _SH + "<urn:S> a sh:NodeShape ; sh:property [ sh:path <urn:p> ; sh:minCount 1 ] .\n",
            "checks nothing",
        ),
        # recursive shapes (shacl-rust crashed on them, a segmentation fault)
        (
            _SH + "<urn:S> sh:targetClass <urn:C> ; sh:property [ sh:path <urn:p> ; sh:not <urn:S> ] .\n",
            "the shapes refer to themselves (<urn:S> -> [ ] -> <urn:S>)",
        ),
        (
            _SH + "<urn:S> sh:targetClass <urn:C> ; sh:or ( <urn:T> ) . <urn:T> sh:and ( <urn:S> ) .\n",
            "the shapes refer to themselves",
        ),
        (_SH + "<urn:S> sh:targetClass <urn:C> ; sh:not <urn:S> .\n", "(<urn:S> -> <urn:S>)"),
    ],
)
def test_cli_validate_bad_shapes_file_is_one_line_error(run_kg, root, tmp_path, shapes, message):
    path = tmp_path / "shapes.ttl"
    if isinstance(shapes, bytes):
        path.write_bytes(shapes)
    elif shapes is not None:
        path.write_text(shapes, encoding="utf-8")
    done = run_kg("validate", str(root / "exports" / "graph.ttl"), "--shapes", str(path), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith(f"kg: {path}") and message in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1


def test_cli_validate_reads_other_syntaxes_by_extension(run_kg, root, tmp_path):
    out = tmp_path / "out"
    built = run_kg(
        "build", "--seeds", str(root / "seeds"), "--out", str(out), "--format", "nt,jsonld", "--no-html"
    )
    assert built.returncode == 0, built.stderr
    count = (out / "graph.nt").read_bytes().count(b"\n")
    for name in ("graph.nt", "graph.jsonld"):
        done = run_kg("validate", str(out / name), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert f"conforms to the shapes ({count} triples)" in done.stdout
    broken = tmp_path / "broken.nt"
    broken.write_text((out / "graph.nt").read_text(encoding="utf-8").replace('"Belarus"', '"Belaruz"', 1))
    done = run_kg("validate", str(broken), cwd=tmp_path)
    assert done.returncode == 1 and "AnchorMatchesTextShape" in done.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "--base", "not an iri"], "is not absolute"),
        (["build", "--base", "relative/"], "is not absolute"),
        (["build", "--base", "http://ex.org/x#"], "holds '#'"),
        (["build", "--base", "http://ex.org/x"], "must end with '/'"),
        (["build", "--base", "http://ex.org/a b/"], "is not a valid IRI"),
        (["build", "--stream", "--base", "http://ex.org/x"], "must end with '/'"),
        (["build", "--jobs", "-3"], "-3 is less than 0"),
        (["build", "--max-bytes", "0"], "0 is less than 1"),
        (["build", "--max-bytes", "ten"], "'ten' is not a whole number"),
        (["query", "leaders", "--base", "urn:x"], "must end with '/'"),
        (["load", "--endpoint", "http://127.0.0.1:9/store", "--user", "bob"], "'bob' is not NAME:PASSWORD"),
        (["build", "--jobs", "2147483647"], "2147483647 is more than 1024"),
        (
            ["load", "--endpoint", "http://127.0.0.1:9/store", "--graph", "a b"],
            "graph IRI 'a b' is not absolute",
        ),
        (["load", "--endpoint", "http://127.0.0.1:9/store", "--graph", ""], "graph IRI '' is not absolute"),
        (
            [
                "load",
                "--endpoint",
                "http://127.0.0.1:9/store",
                "--graph",
                "https://kg.example.org/graph/reference",
            ],
            "is the reference graph's",
        ),
    ],
)
def test_cli_bad_arguments_are_refused_before_any_work(root, previous_exports, capsys, args, message):
    where = ["--seeds", str(root / "seeds"), "--out", str(previous_exports)] if args[0] == "build" else []
    with pytest.raises(SystemExit) as exit_:
        main([*args, *where])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("kg: ") and err.count("\n") == 1  # one line
    assert _unchanged(previous_exports)


@pytest.mark.parametrize("stream", [False, True])
def test_cli_out_that_is_a_file_is_one_line_error(root, tmp_path, capsys, stream):
    afile = tmp_path / "afile"
    afile.write_text("mine", encoding="utf-8")
    for out, message in (
        (afile, "exists and is not a folder"),
        (afile / "sub", f"since {afile} is not a folder"),
    ):
        args = ["build", "--seeds", str(root / "seeds"), "--out", str(out)] + (["--stream"] if stream else [])
        assert main(args) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"kg: {out}: ") and message in err and err.count("\n") == 1
    assert afile.read_text(encoding="utf-8") == "mine"


def test_cli_load_refuses_an_endpoint_that_is_not_an_http_url(capsys):
    assert main(["load", "--endpoint", "notaurl"]) == 2
    assert capsys.readouterr().err.startswith("kg: notaurl: not an http(s) URL")


@pytest.mark.parametrize(
    "command", [["build"], ["build", "--stream"], ["build", "--jobs", "2"], ["coverage"], ["explain", "Xi"]]
)
def test_cli_article_errors_name_the_file(tmp_path, capsys, command):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for i in range(12):  # more than a chunk: with --jobs 2 the error comes from a worker
        (seeds / f"fine{i:02d}.txt").write_text(
            "Headline\n\nXi Jinping met Vladimir Putin.\n", encoding="utf-8"
        )
    (seeds / "empty.txt").write_text("\n\n", encoding="utf-8")
    out = ["--out", str(tmp_path / "out")] if command[0] == "build" else []
    assert main([*command, "--seeds", str(seeds), *out]) == 2
    assert capsys.readouterr().err == f"kg: {seeds / 'empty.txt'}: the article is empty\n"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    "target",
    [
        "sh:targetClass <urn:C>",
        "sh:targetNode <urn:x>",
        "sh:targetSubjectsOf <urn:p>",
        "sh:targetObjectsOf <urn:p>",
        "a <http://www.w3.org/2000/01/rdf-schema#Class>",  # an implicit class target
        "sh:targetClass <C>",  # relative IRIs, read against the file's own
    ],
)
@pytest.mark.parametrize(
    "shape",
    [
        "a sh:NodeShape ; sh:property [ sh:path <p> ; sh:maxCount 9 ]",
        "a sh:PropertyShape ; sh:path <p> ; sh:maxCount 9",
    ],
)
def test_cli_validate_reads_shapes_with_any_kind_of_target(run_kg, root, tmp_path, target, shape):
    path = tmp_path / "shapes.ttl"
    path.write_text(_SH + f"<S> {shape} ; {target} .\n")
    done = run_kg("validate", str(root / "exports" / "graph.ttl"), "--shapes", str(path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "conforms to the shapes" in done.stdout


def test_cli_seeds_that_is_a_file_is_named_as_such(root, tmp_path, capsys):
    article = root / "seeds" / sorted(p.name for p in (root / "seeds").iterdir())[0]
    assert main(["build", "--seeds", str(article), "--out", str(tmp_path / "out")]) == 2
    assert (
        capsys.readouterr().err
        == f"kg: {article}: a file, not a folder of articles; give --seeds its folder\n"
    )


@pytest.mark.parametrize("command", ["query", "coverage", "explain", "validate"])
def test_cli_help_examples_run(run_kg, root, command):
    """The examples in `--help` of the commands that write nothing run as shown, in the
    repository (build's would write the exports, load's needs a server)."""
    import shlex

    from kg.cli import make_parser

    epilog = make_parser()._subparsers._group_actions[0].choices[command].epilog
    examples = [e.strip() for e in epilog.split(":", 1)[1].split(";")]
    assert examples and all(e.startswith(f"kg {command}") for e in examples), epilog
    for example in examples:
        done = run_kg(*shlex.split(example)[1:], cwd=root)
        assert done.returncode == 0 and done.stdout.strip(), (example, done.stderr)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "fact-to-evidence", "--param", "subject=<a b>"], "bad IRI '<a b>'"),
        (["query", 'SELECT * WHERE { ?s ?p "\udcff" }'], "is not valid UTF-8"),  # the byte 0xFF
        (["query", "fact-to-evidence", "--param", "subject=\udcff"], "is not valid UTF-8"),
        (["load", "--endpoint", "http://[::1"], "not a URL (Invalid IPv6 URL)"),
        (["load", "--endpoint", "http://127.0.0.1:9/store\n"], "a URL holds no spaces or control characters"),
    ],
)
def test_cli_bad_values_are_one_line_errors(root, capsys, args, message):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.startswith("kg: ") and err.count("\n") == 1, err


def test_cli_query_file_with_a_byte_order_mark_or_not_utf8(root, tmp_path, capsys):
    query = tmp_path / "q.rq"
    query.write_bytes(b"\xef\xbb\xbfSELECT ?s WHERE { ?s a kgo:Summit }\n")
    assert main(["query", str(query), "--exports", str(root / "exports")]) == 0
    assert "event:24th-meeting-of-the-sco-council-of-heads-of-state" in capsys.readouterr().out
    query.write_bytes(b"SELECT ?s WHERE { ?s a \xff }\n")
    assert main(["query", str(query), "--exports", str(root / "exports")]) == 2
    assert "not valid UTF-8 at byte offset 23" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.symlink_to(p.parent / "gone.txt"), "a broken symbolic link"),
        (lambda p: p.mkdir(), "not a file"),
    ],
)
def test_cli_build_refuses_an_article_entry_it_cannot_read(root, tmp_path, capsys, make, message):
    """An entry named like an article that is not a readable file stops the build, named;
    skipped, it would have been an article lost without a word. Nothing is written."""
    seeds = tmp_path / "seeds"
    shutil.copytree(root / "seeds", seeds)
    make(seeds / "zz-extra.txt")
    out = tmp_path / "out"
    assert main(["build", "--seeds", str(seeds), "--out", str(out)]) == 2
    assert (
        capsys.readouterr().err
        == f"kg: {seeds / 'zz-extra.txt'}: {message}; every *.txt entry of the folder is read as an article\n"
    )
    assert not out.exists()


def test_cli_build_reads_an_upper_case_suffix(root, tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (article,) = (root / "seeds").glob("*.txt")
    shutil.copy(article, seeds / (article.stem + ".TXT"))
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out"), "--no-html"]) == 0
    assert capsys.readouterr().out.startswith("built 1 article:")
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == (root / "exports" / "graph.ttl").read_bytes()


def _entity_bomb(depth: int = 9) -> str:
    """RDF/XML whose one literal is ten entities deep: 10**depth characters once expanded."""
    entities = '<!ENTITY e0 "xxxxxxxxxx">' + "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, depth)
    )
    return (
        f"<?xml version='1.0'?><!DOCTYPE rdf:RDF [{entities}]>"
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
        f'<rdf:Description rdf:about="http://example.org/s"><ex:p>&e{depth - 1};</ex:p></rdf:Description>'
        "</rdf:RDF>"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "not well-formed XML: no element found: line 1, column 0"),
        (_entity_bomb(), "not well-formed XML: limit on input amplification factor"),
        ('<?xml version="1.0" encoding="Shift_JIS"?><a/>', "not readable XML: multi-byte encodings"),
        ('<?xml version="1.0" encoding="x-nonexistent"?><a/>', "not readable XML: unknown encoding"),
    ],
    ids=["empty", "entity-bomb", "multi-byte-encoding", "unknown-encoding"],
)
@pytest.mark.parametrize(
    "command",
    [
        ("validate", "{path}"),
        ("query", "leaders", "--data", "{path}"),
        ("load", "--endpoint", "http://127.0.0.1:9/store", "--data", "{path}"),
    ],
)
def test_cli_rdf_xml_that_is_empty_or_an_entity_bomb_is_refused(tmp_path, capsys, text, message, command):
    """pyoxigraph reads an empty .rdf file as an empty graph (which "conformed") and expands
    entities without a limit (this file of 700 bytes is a literal of a gigabyte): each
    command that reads RDF/XML refuses both, at once, naming the file."""
    path = tmp_path / "data.rdf"
    path.write_text(text, encoding="utf-8")
    assert len(path.read_bytes()) < 1000
    start = time.perf_counter()
    assert main([part.format(path=path) for part in command]) == 2
    assert time.perf_counter() - start < 10
    err = capsys.readouterr().err
    assert err.startswith(f"kg: {path}: not valid RDF/XML: {message}"), err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("graph.ttl", ""),
        ("graph.ttl", "@prefix kgo: <https://kg.example.org/ontology#> .\n# nothing else\n"),
        ("graph.nt", "\n"),
        ("graph.jsonld", "{}"),
    ],
)
def test_cli_validate_of_a_file_without_triples_is_refused(tmp_path, capsys, name, text):
    """An empty graph conforms to any shapes, so an empty file (a wrong path, a failed
    export) would read as a pass: it is refused instead, naming the file."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"kg: {path}: holds no triples; nothing to validate\n"
    assert "conforms" not in captured.out


def test_cli_validate_reads_rdf_xml_with_entities(run_kg, root, tmp_path):
    """RDF/XML as ontology editors write it, with entities for namespaces, still reads."""
    import pyoxigraph as ox

    triples = [q.triple for q in ox.parse(path=str(root / "exports" / "graph.ttl"))]
    text = ox.serialize(triples, format=ox.RdfFormat.RDF_XML).decode("utf-8")
    head, _, body = text.partition("?>")
    schema = "http://www.w3.org/2001/XMLSchema#"
    assert f'rdf:datatype="{schema}' in body
    body = body.replace(f'rdf:datatype="{schema}', 'rdf:datatype="&xsd;')
    path = tmp_path / "graph.rdf"
    path.write_text(f'{head}?><!DOCTYPE rdf:RDF [<!ENTITY xsd "{schema}">]>{body}', encoding="utf-8")
    done = run_kg("validate", str(path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"conforms to the shapes ({len(triples)} triples)" in done.stdout


def test_cli_build_names_both_files_of_one_name(root, tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (article,) = (root / "seeds").glob("*.txt")
    shutil.copy(article, seeds / "a.txt")
    shutil.copy(article, seeds / "a.TXT")
    assert main(["build", "--seeds", str(seeds), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        f"kg: {seeds / 'a.TXT'} and {seeds / 'a.txt'}: two articles of one name; rename one\n"
    )


@pytest.mark.parametrize("option", [[], ["--sentence"]])
def test_cli_explain_reads_decomposed_words_as_the_articles_are_read(tmp_path, capsys, option):
    """The articles are read in NFC: a name or sentence typed in NFD (as a Mac may send
    it) explains the same (it found nothing)."""
    import unicodedata

    seeds = write_seeds(
        tmp_path,
        {
            "a.txt": "---\ntitle: T\ndate: 2024-07-04\n---\n\nRecep Tayyip Erdoğan, the President of "
            "Türkiye, attended the summit of the Shanghai Cooperation Organization.\n"
        },
    )
    words = "Erdoğan" if not option else "President of Türkiye"
    shown = []
    for form in ("NFC", "NFD"):
        assert main(["explain", *option, unicodedata.normalize(form, words), "--seeds", str(seeds)]) == 0
        shown.append(capsys.readouterr().out)
    assert shown[0] == shown[1] and "Erdoğan" in shown[0]


def test_cli_explain_finds_a_sentence_wrapped_across_lines(tmp_path, capsys):
    """A sentence wrapped across lines (or spaced by no-break spaces) is found by its words
    as typed with one space between them, as the rules read it."""
    seeds = write_seeds(
        tmp_path,
        {
            "a.txt": "---\ntitle: T\ndate: 2024-07-04\n---\n\nBelarus became the 10th member state of "
            "the\nShanghai\u00a0Cooperation Organization on Thursday.\n"
        },
    )
    assert main(["explain", "--sentence", "of the Shanghai Cooperation", "--seeds", str(seeds)]) == 0
    out = capsys.readouterr().out
    assert "membership.became-nth" in out


def test_cli_validate_names_what_is_wrong_with_the_file_given(run_kg, root, tmp_path):
    """A missing file the user named is not a build to run; an article is not N-Triples."""
    done = run_kg("validate", str(tmp_path / "none.ttl"), cwd=tmp_path)
    assert done.returncode == 2 and "no such file; check the name" in done.stderr
    assert "kg build" not in done.stderr
    done = run_kg("validate", cwd=tmp_path)  # the default, exports/graph.ttl, not built here
    assert done.returncode == 2 and "run `kg build` first" in done.stderr
    article = next((root / "seeds").glob("*.txt"))
    done = run_kg("validate", str(article), cwd=tmp_path)
    assert done.returncode == 2 and "not an RDF file name" in done.stderr and "N-Triples" not in done.stderr


def test_cli_build_summary_and_coverage_count_the_same_statements(run_kg, root, tmp_path):
    """The summary's count and the coverage report's per article are one measure, worded alike."""
    done = run_kg("build", "--seeds", str(root / "seeds"), "--out", str(tmp_path / "out"), "--no-html")
    said = int(re.search(r"(\d+) statements", done.stdout).group(1))
    report = (tmp_path / "out" / "coverage.txt").read_text(encoding="utf-8")
    assert [int(n) for n in re.findall(r"sentences, (\d+) statements", report)] == [said]


def test_cli_version_names_the_package_version(capsys):
    from importlib.metadata import version

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.strip() == f"kg {version('kg-news')}"


def test_cli_build_summary_counts_one_article_graph_in_the_singular():
    from pathlib import Path

    from kg.build import BuildResult

    result = BuildResult(1, 1, 1, 1, 0.1, (Path("out/graph.ttl"), Path("out/articles/a.ttl")))
    assert result.summary().endswith("-> out/graph.ttl and 1 article graph")


def test_cli_controls_of_a_text_or_file_name_never_reach_the_terminal(tmp_path, capsys):
    """An article's ESC sequences, backspaces and bidirectional overrides, and those of a
    file name, are printed as escapes by every command that prints for people (a hunting
    review: a quotation's "ESC[2J" cleared the screen from `kg query`, and a file name's
    retitled the terminal from a note); the exports keep the text as it is."""
    clear, title = "\x1b[2J", "\x1b]0;pwned\x07"
    quote = f'"The SCO {clear}has established \u202eitself\u202c as a unique platform,"'
    text = (
        f"2024.07.05 16:10 GMT+8\n\nHead\x01line {clear}\n\n{quote} Kazakh President Kassym-Jomart "
        "Tokayev said during Thursday's summit. Belarus became the 0th member state of the SCO.\n"
    )  # (the last sentence makes a note, which names the article)
    seeds = write_seeds(tmp_path, {f"{title}x.txt": text})
    out = tmp_path / "out"
    said = []
    for argv in (
        ["build", "--seeds", str(seeds), "--out", str(out)],
        ["query", "quotations", "--exports", str(out)],
        ["query", "article", "--exports", str(out)],
        ["explain", "Tokayev", "--seeds", str(seeds)],
        ["coverage", "--seeds", str(seeds)],
        ["build", "--seeds", str(seeds / "nothing"), "--out", str(tmp_path / "o2")],
    ):
        main(argv)
        captured = capsys.readouterr()
        said.append(captured.out + captured.err)
    everything = "".join(said)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", everything)
    assert "\\x1b[2J" in said[1]  # the quotation, escaped
    assert "\\x1b]0;pwned\\x07" in said[0]  # the file name in the build's summary or note
    assert "\\u202e" in said[1]
    assert clear in (out / "graph.ttl").read_text(encoding="utf-8").encode().decode("unicode_escape")


@pytest.mark.parametrize("stream", [False, True])
def test_cli_articles_inside_the_exports_articles_folder_are_refused_not_deleted(
    root, tmp_path, capsys, stream
):
    """Articles kept in OUT/articles, the folder a build replaces, are refused before anything
    is written (a hunting review: the build deleted them, and a note file beside them)."""
    out = tmp_path / "o"
    seeds = out / "articles"
    seeds.mkdir(parents=True)
    for path in (root / "seeds").glob("*.txt"):
        shutil.copy(path, seeds)
    (seeds / "NOTES.md").write_text("mine\n", encoding="utf-8")
    before = sorted(p.name for p in seeds.iterdir())
    code = main(["build", "--seeds", str(seeds), "--out", str(out), *(["--stream"] if stream else [])])
    assert code == 2
    assert "which a build into" in capsys.readouterr().err
    assert sorted(p.name for p in seeds.iterdir()) == before
    assert sorted(p.name for p in out.iterdir()) == ["articles"]


def test_cli_an_output_folder_named_as_an_article_is_refused(root, tmp_path, capsys):
    """An output folder in the folder of articles under a name read as an article ("run.txt")
    is refused before anything is written (a hunting review: the exports were written, then
    the build failed, and every later build of the folder failed)."""
    seeds = tmp_path / "s"
    shutil.copytree(root / "seeds", seeds)
    code = main(["build", "--seeds", str(seeds), "--out", str(seeds / "run.txt")])
    assert code == 2
    assert "under a name read as an article" in capsys.readouterr().err
    assert not (seeds / "run.txt").exists()


def test_cli_an_article_too_long_for_one_literal_is_refused(tmp_path, previous_exports, capsys):
    """An article under the size limit whose text, escaped as a literal, passes the 16 MiB
    the RDF parsers and the validator read in one (a hunting review: 10.4 MB of backslashes
    hung the build in shacl-rust) is refused at once, naming the file; nothing is written."""
    seeds = tmp_path / "big"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Headline\n\nBelarus said " + "\\" * 8_500_000 + " ok.\n", encoding="utf-8")
    code = main(["build", "--seeds", str(seeds), "--out", str(previous_exports)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"{seeds / 'a.txt'}: its text, escaped as an RDF literal, is 17000" in err
    assert (previous_exports / "graph.ttl").read_text(encoding="utf-8") == "previous graph.ttl"


def test_cli_a_token_longer_than_the_parser_reads_is_one_line(tmp_path, capsys):
    """`kg validate` (and `kg query`) of a file holding a literal over 16 MiB: one line, exit 2,
    not pyoxigraph's MemoryError traceback (a hunting review)."""
    data = tmp_path / "b.nt"
    data.write_text('<http://x/a> <http://x/p> "' + "a" * 17_000_000 + '" .\n', encoding="utf-8")
    for argv in (["validate", str(data)], ["query", "SELECT * WHERE { ?s ?p ?o }", "--data", str(data)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("kg: ") and err.count("\n") == 1 and "Traceback" not in err, err


def test_cli_ctrl_c_is_one_line_and_exit_130(monkeypatch, tmp_path, capsys, root):
    """Ctrl-C (KeyboardInterrupt) is reported in one line with the shells' exit code 130."""

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(build_module, "read_articles", interrupted)
    assert main(["build", "--seeds", str(root / "seeds"), "--out", str(tmp_path / "o")]) == 130
    assert capsys.readouterr().err == "kg: interrupted\n"
    assert not (tmp_path / "o").exists()


def test_cli_validate_escapes_the_controls_of_a_file_name(tmp_path, capsys):
    """`kg validate` names the file it read, its controls escaped (a hunting review: an ESC
    in a file name reached the terminal from the "conforms", "no such file" and "not valid"
    lines)."""
    name = "e\x1b[31mX"
    good, bad = tmp_path / f"{name}.ttl", tmp_path / f"{name}2.ttl"
    good.write_text("", encoding="utf-8")
    bad.write_text("not turtle", encoding="utf-8")
    for argv in (
        ["validate", str(good)],
        ["validate", str(bad)],
        ["validate", str(tmp_path / f"{name}3.ttl")],
    ):
        main(argv)
        captured = capsys.readouterr()
        said = captured.out + captured.err
        assert "\x1b" not in said and "\\x1b[31mX" in said, said


def test_cli_a_terminal_that_takes_ascii_only_gets_escapes_not_a_traceback(root):
    """With an ASCII-only output (PYTHONIOENCODING=ascii), names are written with escapes
    (a hunting review: a UnicodeEncodeError traceback from `kg explain Erdoğan`)."""
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "explain", "Erdoğan"],
        cwd=root,
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"Recep Tayyip Erdo\\u011fan" in done.stdout


def test_cli_an_empty_output_folder_is_refused(root, tmp_path, capsys, monkeypatch):
    """`--out ''` wrote the exports into the working folder (a hunting review): refused."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--seeds", str(root / "seeds"), "--out", ""])
    assert exit_.value.code == 2
    assert "give a folder, not an empty name" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_cli_a_rules_copy_without_reference_files_says_so(rules_copy, root, tmp_path, capsys):
    """A rules folder of one's own without reference/ writes no reference.ttl, with a note
    saying how to have it (a new user's walkthrough: it was unsaid)."""
    out = tmp_path / "out"
    assert main(["build", "--rules", str(rules_copy), "--seeds", str(root / "seeds"), "--out", str(out)]) == 0
    assert (
        f"note: {rules_copy}: no reference files (reference/*.yaml), so no reference.ttl"
        in capsys.readouterr().err
    )
    assert not (out / "reference.ttl").exists()
