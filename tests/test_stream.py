"""`kg build --stream` writes the same triples and coverage report as `kg build`, chunk by
chunk, the same bytes for any number of workers, and refuses a graph that does not validate
without touching the previous exports."""

from __future__ import annotations

import pytest

from kg.build import CHUNK, run_build
from kg.errors import ValidationError
from kg.stream import run_stream_build
from kg.vocab import DEFAULT_BASE


def test_stream_gives_the_triples_and_coverage_of_a_build(stream_corpus, tmp_path):
    streamed = run_stream_build(stream_corpus, tmp_path / "streamed", DEFAULT_BASE, jobs=1)
    built = run_build(stream_corpus, tmp_path / "built", DEFAULT_BASE, html=False, formats=("nt",), jobs=1)
    lines = (tmp_path / "streamed" / "graph.nt").read_bytes().splitlines()
    assert sorted(lines) == (tmp_path / "built" / "graph.nt").read_bytes().splitlines()
    assert len(lines) == streamed.triples == built.triples
    coverage = (tmp_path / "streamed" / "coverage.txt").read_bytes()
    assert coverage == (tmp_path / "built" / "coverage.txt").read_bytes()
    assert (streamed.articles, streamed.entities, streamed.facts, streamed.notes) == (
        built.articles,
        built.entities,
        built.facts,
        built.notes,
    )
    assert sorted(p.name for p in (tmp_path / "streamed").iterdir()) == ["coverage.txt", "graph.nt"]


def test_stream_is_the_same_bytes_for_any_jobs(stream_corpus, tmp_path):
    run_stream_build(stream_corpus, tmp_path / "one", DEFAULT_BASE, jobs=1)
    run_stream_build(stream_corpus, tmp_path / "two", DEFAULT_BASE, jobs=2)
    for name in ("graph.nt", "coverage.txt"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_stream_refuses_contradicting_articles_when_asked_and_keeps_previous_exports(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    line = (
        "2024.07.0{} 16:10 GMT+8\n\nHeadline\n\nBelarus became the {} member state of the SCO on Thursday.\n"
    )
    for i in range(CHUNK + 1):  # the two claims fall in different chunks
        (seeds / f"a{i:02d}.txt").write_text(line.format(4, "10th"), encoding="utf-8")
    (seeds / "z-ninth.txt").write_text(line.format(5, "9th"), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.nt").write_bytes(b"previous\n")
    with pytest.raises(ValidationError) as failure:
        run_stream_build(seeds, out, DEFAULT_BASE, jobs=1, on_disagreement="stop")
    report = str(failure.value)
    assert f"kgo:ordinal 9 in 1 article(s): {DEFAULT_BASE}article/z-ninth\n" in report
    assert f"kgo:ordinal 10 in {CHUNK + 1} article(s)" in report
    assert [p.name for p in out.iterdir()] == ["graph.nt"] and (
        out / "graph.nt"
    ).read_bytes() == b"previous\n"
    assert not [p for p in tmp_path.iterdir() if ".stream-" in p.name]


def test_stream_cli_refuses_other_formats(run_kg, root, tmp_path):
    done = run_kg("build", "--stream", "--format", "ttl", "--out", str(tmp_path / "out"))
    assert done.returncode == 2 and "--stream writes graph.nt and coverage.txt only" in done.stderr
    done = run_kg("build", "--stream", "--seeds", str(root / "seeds"), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "graph.nt").read_bytes().count(b"\n") > 3000


def test_stream_validates_shared_resources_in_small_batches_alike(stream_corpus, tmp_path, monkeypatch):
    """Shared resources are validated a batch of subjects at a time: tiny batches give the
    same output, and still catch a contradiction between two articles."""
    import kg.stream

    run_stream_build(stream_corpus, tmp_path / "default", DEFAULT_BASE, jobs=1)
    monkeypatch.setattr(kg.stream, "SHARED_BATCH", 40)
    run_stream_build(stream_corpus, tmp_path / "tiny", DEFAULT_BASE, jobs=1)
    for name in ("graph.nt", "coverage.txt"):
        assert (tmp_path / "default" / name).read_bytes() == (tmp_path / "tiny" / name).read_bytes()
    seeds = tmp_path / "contradicting"
    seeds.mkdir()
    line = (
        "2024.07.0{} 16:10 GMT+8\n\nHeadline\n\nBelarus became the {} member state of the SCO on Thursday.\n"
    )
    (seeds / "tenth.txt").write_text(line.format(4, "10th"), encoding="utf-8")
    (seeds / "ninth.txt").write_text(line.format(5, "9th"), encoding="utf-8")
    with pytest.raises(ValidationError, match="kgo:ordinal 9 in 1 article"):
        run_stream_build(seeds, tmp_path / "out", DEFAULT_BASE, jobs=1, on_disagreement="stop")


def test_stream_writes_each_shared_triple_to_the_store_once(stream_corpus, tmp_path, monkeypatch):
    """The store keeps every write in memory until it flushes: the entity triples that every
    chunk repeats must be written once, or memory grows with the corpus."""
    import pyoxigraph as ox

    import kg.stream

    real_store, opened = ox.Store, []

    class Counts:
        def __init__(self) -> None:
            self.seen, self.again = set(), 0

    class CountingStore:
        # The counts are kept apart from the store: holding the store here kept it open
        # after the build, which then failed to remove its folder now and then.
        def __init__(self, path: str) -> None:
            self.store, self.counts = real_store(path), Counts()
            opened.append(self.counts)

        def extend(self, quads) -> None:
            quads, counts = list(quads), self.counts
            counts.again += len(counts.seen.intersection(quads)) + len(quads) - len(set(quads))
            counts.seen.update(quads)
            self.store.extend(quads)

        def __contains__(self, quad) -> bool:
            return quad in self.store

        def __getattr__(self, name: str):
            return getattr(self.store, name)

    monkeypatch.setattr(kg.stream.ox, "Store", CountingStore)
    run_stream_build(stream_corpus, tmp_path / "out", DEFAULT_BASE, jobs=1)
    [store] = opened
    assert len(store.seen) > 500 and store.again == 0


@pytest.mark.parametrize("jobs", [1, 2])
def test_stream_refuses_a_bad_article_file_naming_it(stream_corpus, tmp_path, jobs):
    from kg.errors import ArticleError

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for path in sorted(stream_corpus.iterdir()):
        (seeds / path.name).write_bytes(path.read_bytes())
    (seeds / "zz-bad.txt").write_bytes(b"Headline\n\nCaf\xe9 society met.")
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.nt").write_bytes(b"previous\n")
    with pytest.raises(ArticleError, match=r"zz-bad\.txt: not valid UTF-8 at byte offset 13"):
        run_stream_build(seeds, out, DEFAULT_BASE, jobs=jobs)
    assert (out / "graph.nt").read_bytes() == b"previous\n"
    assert not [p for p in tmp_path.iterdir() if ".stream-" in p.name]


def test_stream_removes_scratch_a_killed_build_left_but_not_a_running_ones(root, tmp_path):
    import fcntl
    import os

    out = tmp_path / "out"
    stale = tmp_path / ".out.stream-killed1"
    (stale / "shared").mkdir(parents=True)
    (stale / "graph.nt").write_bytes(b"half written")
    running = tmp_path / ".out.stream-running"
    running.mkdir()
    fd = os.open(running, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)  # as a build in progress holds it
    try:
        run_stream_build(root / "seeds", out, DEFAULT_BASE, jobs=1)
        assert not stale.exists() and running.is_dir()
        assert (out / "graph.nt").is_file()
    finally:
        os.close(fd)


def test_stream_split_keeps_the_types_of_article_nodes_the_shared_triples_point_to():
    """A chunk's triples are cut into its article-scoped lines (sorted) and the rest, which
    takes along the types of the article-scoped nodes it points to, and only those: a
    literal that reads like such an IRI points to nothing."""
    from kg.stream import _split

    article, other = f"{DEFAULT_BASE}article/a", f"{DEFAULT_BASE}article/b"
    rdf_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    lines = [
        f"<{DEFAULT_BASE}state/x> <https://schema.org/subjectOf> <{article}> .",
        f'<{DEFAULT_BASE}state/x> <https://schema.org/name> "<{other}> ." .',
        f"<{article}> {rdf_type} <https://kg.example.org/ontology#Article> .",
        f"<{other}> {rdf_type} <https://kg.example.org/ontology#Article> .",
        f'<{article}> <http://www.w3.org/2000/01/rdf-schema#label> "A" .',
    ]
    for text in ("\n".join(reversed(lines)) + "\n", "\n".join(lines)):  # (last line unended)
        own, others = _split(text, DEFAULT_BASE)
        assert own.decode().splitlines() == sorted(lines[2:])
        assert sorted(others.decode().splitlines()) == sorted(lines[:3])
