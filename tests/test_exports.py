"""The committed exports are what a fresh build produces, byte for byte, and parse everywhere."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, to_isomorphic

from kg.build import CHUNK

EXPORTED = ("coverage.txt", "graph.ttl", "graph.html", "reference.ttl")


def _build(root: Path, out: Path, seed: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", "--seeds", str(root / "seeds"), "--out", str(out)],
        cwd=out.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("hash_seed", ["0", "12345"])
def test_exports_rebuild_is_byte_identical(root: Path, tmp_path: Path, hash_seed: str):
    out = tmp_path / "exports"
    done = _build(root, out, hash_seed)
    assert done.returncode == 0, done.stderr
    for name in EXPORTED:
        assert (out / name).read_bytes() == (root / "exports" / name).read_bytes(), (
            f"exports/{name} differs from a fresh build: run `kg build` and commit the result"
        )
    assert sorted(p.name for p in out.iterdir()) == sorted(EXPORTED)
    assert not (tmp_path / "lib").exists()


def test_exports_turtle_isomorphic_in_rdflib_and_pyoxigraph(root: Path):
    path = root / "exports" / "graph.ttl"
    by_rdflib = Graph().parse(path, format="turtle")
    triples = pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    ntriples = "".join(f"{t} .\n" for t in triples)
    by_oxigraph = Graph().parse(data=ntriples, format="nt")
    if to_isomorphic(by_rdflib) != to_isomorphic(by_oxigraph):
        _both, only_rdflib, only_oxigraph = graph_diff(by_rdflib, by_oxigraph)
        pytest.fail(f"only in rdflib: {list(only_rdflib)[:5]}\nonly in pyoxigraph: {list(only_oxigraph)[:5]}")
    assert len(by_rdflib) > 1000


def test_exports_turtle_declares_only_used_prefixes(root: Path):
    text = (root / "exports" / "graph.ttl").read_text(encoding="utf-8")
    declared = re.findall(r"^@prefix (\w*): ", text, flags=re.MULTILINE)
    body = "\n".join(line for line in text.splitlines() if not line.startswith("@prefix"))
    assert declared
    unused = [p for p in declared if not re.search(rf"(?<![\w:/#]){p}:", body)]
    assert unused == []


def test_exports_turtle_is_isomorphic_to_a_fresh_graph(root: Path, seed_graph):
    committed = Graph().parse(root / "exports" / "graph.ttl", format="turtle")
    assert to_isomorphic(committed) == to_isomorphic(seed_graph)


def test_exports_html_loads_nothing_from_the_network(root: Path):
    page = (root / "exports" / "graph.html").read_text(encoding="utf-8")
    assert not re.search(
        r"<(?:script|link|img|iframe)[^>]+(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page, re.I
    )
    assert "vis.Network" in page or "new vis" in page


def test_exports_other_formats_are_deterministic_and_isomorphic(root: Path, tmp_path: Path, seed_graph):
    outputs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / f"out{hash_seed}"
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "build",
                "--seeds",
                str(root / "seeds"),
                "--out",
                str(out),
                "--format",
                "nt,jsonld",
                "--no-html",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(out)
    for name in ("graph.nt", "graph.jsonld", "graph.ttl"):
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name
    expected = to_isomorphic(seed_graph)
    assert to_isomorphic(Graph().parse(outputs[0] / "graph.nt", format="nt")) == expected
    assert to_isomorphic(Graph().parse(outputs[0] / "graph.jsonld", format="json-ld")) == expected
    context = json.loads((outputs[0] / "graph.jsonld").read_text(encoding="utf-8"))["@context"]
    assert context["kgo"] == "https://kg.example.org/ontology#" and "state" in context


def test_exports_jobs_give_the_same_bytes(run_kg, root: Path, tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    # Enough articles for several chunks (kg.build.CHUNK), so that workers share the work.
    for copy in range(6):
        for path in [
            *sorted((root / "seeds").glob("*.txt")),
            *sorted((root / "tests" / "articles").glob("*.txt")),
        ]:
            (seeds / f"{copy}-{path.name}").write_bytes(path.read_bytes())
    assert len(list(seeds.iterdir())) > 2 * CHUNK
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}"
        done = run_kg("build", "--seeds", str(seeds), "--out", str(out), "--jobs", jobs)
        assert done.returncode == 0, done.stderr
        outs.append(out)
    names = sorted(p.name for p in outs[0].iterdir())
    assert names == sorted(p.name for p in outs[1].iterdir()) and "graph.ttl" in names
    for name in names:
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes(), name


def test_exports_do_not_depend_on_the_folder_the_build_runs_in(run_kg, root, tmp_path):
    """With --rules outside the repository, the rules' dcterms:source was the path relative
    to the working folder: three folders gave three graphs. Now it is the rule folder's
    name and the file's."""
    import shutil

    shutil.copytree(root / "kg" / "rules", tmp_path / "rules")
    shutil.copytree(root / "seeds", tmp_path / "seeds")
    (tmp_path / "a" / "b").mkdir(parents=True)
    graphs = []
    for cwd, prefix in ((tmp_path, ""), (tmp_path / "a" / "b", "../../"), (root, f"{tmp_path}/")):
        out = tmp_path / f"out{len(graphs)}"
        done = run_kg(
            "build", "--seeds", f"{prefix}seeds", "--rules", f"{prefix}rules", "--out", str(out), "--no-html",
            cwd=cwd,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        graphs.append((out / "graph.ttl").read_bytes())
    assert graphs[0] == graphs[1] == graphs[2]
    assert b'"rules/relations.yaml"' in graphs[0]
