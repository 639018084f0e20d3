"""A build that streams N-Triples: for corpora larger than memory.

``kg build --stream`` reads, extracts, validates and writes the articles ten at a time
(``kg.build.CHUNK``), in worker processes, and keeps in memory only the chunks in flight:
what an article says about its own text, spans and statements is written out as soon as
its chunk is done, and the triples about resources several articles share (entities,
rules) go to an Oxigraph store on disk beside the output. At the end those are validated
a few thousand subjects at a time (each with its own triples and the types of the nodes
it points to, all a shape looks at) and close the file. It writes ``graph.nt`` and
``coverage.txt``, no Turtle and no page, which need the whole graph at once.

Same triples as ``kg build``, in another order: chunk by chunk in article-name order, each
chunk's lines sorted, then the shared triples in the store's order (by subject, grouped;
it depends on the triples only). The same bytes for any ``--jobs``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox

from kg.build import (
    ARTICLES_DIR,
    CHUNK,
    COVERAGE_NAME,
    EXPORT_NAMES,
    MAX_ARTICLE_BYTES,
    BuildResult,
    _extract_and_check,
    _progress_bar,
    article_files_named,
    article_paths,
    check_apart,
    check_distinct_slugs,
    count_entities,
    read_article_file,
    skipped_files,
    worker_pool,
)
from kg.coverage import REPORT_HEAD, article_coverage, article_report, corpus_report, rules_used, unused_parts
from kg.disagreements import PROPERTY_OF, SUBJECT_OF, record_in_store
from kg.errors import ValidationError
from kg.export import check_out_dir, write_atomically
from kg.iris import check_base
from kg.labels import one_label_each_in_store
from kg.rdfbytes import rdf_bytes
from kg.rulebase import RuleBase, load_rulebase
from kg.terminal import printable
from kg.triples import Triples
from kg.validate import (
    article_prefixes,
    article_scoped,
    focus_name,
    load_shapes,
    ontology_ntriples,
    report,
    violations,
)

NTRIPLES_NAME = "graph.nt"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_TYPE = ox.NamedNode(_RDF_TYPE)
_TYPE_NT = f"<{_RDF_TYPE}>".encode()
_DEFAULT = ox.DefaultGraph()


class _Chunk(NamedTuple):
    """What a chunk of articles gives the main process: not the extractions themselves, whose
    pickling and unpickling cost the main process more than writing the chunk, but what the
    main process writes and counts of them."""

    articles: int
    violations: list  #: of its article-scoped resources
    own: bytes  #: N-Triples lines, sorted, of its article-scoped resources
    shared: bytes  #: N-Triples of the resources several articles may describe
    coverage: str  #: the coverage report's lines about its articles
    notes: list[str]  #: "slug: note" of its articles
    facts: int
    used: tuple[set[str], set[str]]  #: ``kg.coverage.rules_used``


def _split(ntriples: str, base: str) -> tuple[bytes, bytes]:
    """A chunk's triples (their N-Triples text) as the sorted N-Triples lines of its
    article-scoped subjects, and the N-Triples of the rest, with the types of the
    article-scoped nodes the rest points to. Cut from the lines, not asked of each triple."""
    scoped = tuple(f"<{prefix}".encode() for prefix in article_prefixes(base))
    own: list[bytes] = []
    others: list[bytes] = []
    text = ntriples.encode("utf-8")
    if text and not text.endswith(b"\n"):
        text += b"\n"  # (pyoxigraph ends every line; a hand-made text may not)
    for line in text.splitlines(keepends=True):
        (own if line.startswith(scoped) else others).append(line)
    # "<s> <p> o .\n": the object is the rest after two spaces (IRIs hold none); the
    # article-scoped prefixes start with "<", so no literal is taken for a node
    pointed = {obj[:-3] for obj in (line.split(b" ", 2)[2] for line in others) if obj.startswith(scoped)}
    heads = tuple(node + b" " + _TYPE_NT + b" " for node in sorted(pointed))
    typed = [line for line in own if line.startswith(heads)]
    own.sort()
    return b"".join(own), b"".join(others + typed)


def _chunk(paths: list[Path], rulebase: RuleBase, base: str, max_bytes: int) -> _Chunk:
    """Read a chunk of article files, extract and validate them, and split their triples."""
    articles = [read_article_file(path, max_bytes) for path in paths]
    checked = _extract_and_check(articles, rulebase, base)
    extractions = checked.extractions
    return _Chunk(
        len(extractions),
        checked.violations,
        *_split(checked.ntriples, base),
        printable("".join("\n".join(article_report(article_coverage(x))) + "\n" for x in extractions)),
        [f"{x.article.slug}: {note}" for x in extractions for note in x.notes],
        sum(len(x.facts) for x in extractions),
        rules_used(extractions),
    )


def _chunk_in_worker(job: tuple[list[Path], str, int]) -> _Chunk:
    from kg import build

    paths, base, max_bytes = job
    assert build._WORKER_RULES is not None
    return _chunk(paths, build._WORKER_RULES, base, max_bytes)


def _chunks_done(
    paths: list[Path], rulebase: RuleBase, base: str, jobs: int, rules_dir: Path | None, max_bytes: int
) -> Iterator[_Chunk]:
    """Each chunk's ``_Chunk`` (violations, N-Triples, coverage lines and counts), in order;
    at most two chunks per worker in flight, so memory does not grow with the corpus. The
    workers cut the triples into N-Triples, which spares the main process assembling them
    again."""
    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    if jobs <= 1 or len(chunks) < 2:
        for chunk in chunks:
            yield _chunk(chunk, rulebase, base, max_bytes)
        return
    with worker_pool(jobs, rules_dir) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(_chunk_in_worker, (chunk, base, max_bytes)))
            if len(pending) >= 2 * jobs:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


#: Triples validated together when checking the shared resources at the end.
SHARED_BATCH = 10_000


def _shared_violations(store: ox.Store, shapes: str, ontology: str) -> list:
    """Validate the subjects of ``store`` a batch at a time: each subject with all its
    triples and the types of the nodes they point to (and, for a disagreement, the values
    its resource has of its property; for a resource, the disagreements that name it); keep
    the violations of the batch's subjects (the nodes pointed to are judged in their own
    batch)."""
    found: list = []
    batch: list[ox.Triple] = []

    def check() -> None:
        pointed = {t.object for t in batch if isinstance(t.object, ox.NamedNode)}
        types = [q.triple for node in pointed for q in store.quads_for_pattern(node, _TYPE, None, _DEFAULT)]
        # a disagreement is judged with the values its resource still has of its property
        disputed = {t.subject: t.object for t in batch if t.predicate == SUBJECT_OF}
        for t in batch:
            if t.predicate == PROPERTY_OF and t.subject in disputed:
                types += [
                    q.triple for q in store.quads_for_pattern(disputed[t.subject], t.object, None, _DEFAULT)
                ]
        # and a resource with the disagreements that name it (a quotation may lack its
        # kgo:direct only where one does), which may lie in another batch
        for subject in dict.fromkeys(t.subject for t in batch):
            for named in store.quads_for_pattern(None, SUBJECT_OF, subject, _DEFAULT):
                for predicate in (SUBJECT_OF, PROPERTY_OF, _TYPE):
                    linked = store.quads_for_pattern(named.subject, predicate, None, _DEFAULT)
                    types += [q.triple for q in linked]
        data = rdf_bytes(batch + types, ox.RdfFormat.N_TRIPLES).decode("utf-8")
        subjects = {focus_name(t.subject) for t in batch}
        found.extend(v for v in violations(data, shapes, ontology) if v.focus in subjects)

    last = None
    for quad in store.quads_for_pattern(None, None, None, _DEFAULT):  # grouped by subject
        if quad.subject != last and len(batch) >= SHARED_BATCH:
            check()
            batch = []
        last = quad.subject
        batch.append(quad.triple)
    if batch:
        check()
    return found


def _count_entities(store: ox.Store) -> int:
    """As ``kg.build.count_entities``, over the store."""
    typed = (q for q in store.quads_for_pattern(None, _TYPE, None, _DEFAULT))
    return count_entities(Triples({}, (q.triple for q in typed)))


def _scratch_pattern(out: Path) -> str:
    return f".{out.name}.stream-"


@contextmanager
def _scratch(out: Path) -> Iterator[Path]:
    """A scratch folder beside ``out``, locked while this build runs; the scratch folders
    that killed builds left (not locked) are removed first."""
    import fcntl

    for stale in sorted(out.parent.glob(_scratch_pattern(out) + "*")):
        if not stale.is_dir() or stale.is_symlink():
            continue
        fd = os.open(stale, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            continue  # a running build's
        else:
            shutil.rmtree(stale, ignore_errors=True)
        finally:
            os.close(fd)
    with tempfile.TemporaryDirectory(prefix=_scratch_pattern(out), dir=out.parent) as folder:
        fd = os.open(folder, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield Path(folder)
        finally:
            os.close(fd)


def run_stream_build(
    seeds: Path,
    out: Path,
    base: str,
    rules_dir: Path | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
    jobs: int = 0,
    on_disagreement: str = "record",
) -> BuildResult:
    """Build ``graph.nt`` and ``coverage.txt`` of the articles in ``seeds`` into ``out``,
    streaming (see the module's docstring). Validates before replacing anything; on any
    error the previous exports stay as they were.

    jobs: worker processes (0: one per CPU); the other arguments as for ``run_build``.
    """
    start = time.perf_counter()
    check_base(base)
    check_out_dir(out)
    check_apart(seeds, out)
    rulebase = load_rulebase(rules_dir)
    paths = article_paths(seeds)
    check_distinct_slugs([(path.stem, "") for path in paths])
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    shapes, ontology = load_shapes(), ontology_ntriples()
    found: list = []
    fired: set[str] = set()
    mentioned: set[str] = set()
    notes: list[str] = []
    facts = own_triples = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with _scratch(out) as scratch, article_files_named(seeds):
        nt_path, coverage_path = scratch / NTRIPLES_NAME, scratch / COVERAGE_NAME
        shared = ox.Store(str(scratch / "shared"))  # resources several articles describe
        bar = _progress_bar(len(paths), True)
        with nt_path.open("wb") as nt, coverage_path.open("w", encoding="utf-8") as coverage:
            coverage.write("\n".join(REPORT_HEAD) + "\n")
            for chunk in _chunks_done(paths, rulebase, base, jobs, rules_dir, max_bytes):
                found += chunk.violations
                # Only the triples the store lacks: it keeps every write in memory until it
                # flushes, so adding the same entity triples chunk after chunk grew without bound.
                quads = ox.parse(chunk.shared, format=ox.RdfFormat.N_TRIPLES)
                shared.extend([quad for quad in quads if quad not in shared])
                nt.write(chunk.own)
                own_triples += chunk.own.count(b"\n")
                coverage.write(chunk.coverage)
                notes += chunk.notes
                facts += chunk.facts
                fired |= chunk.used[0]
                mentioned |= chunk.used[1]
                bar.update(chunk.articles)
            bar.close()
            shared.flush()
            named = one_label_each_in_store(shared)

            def shared_problems(store: ox.Store) -> list:
                judged = _shared_violations(store, shapes, ontology)
                return [v for v in judged if not article_scoped(v.focus, base)]

            problems = shared_problems(shared)
            if problems and not found and on_disagreement == "record":
                nt.flush()  # (the statements are read back from it)
                recorded = record_in_store(shared, problems, base, nt_path)
                # (if the graph still does not conform, the disagreement is what the report
                # names, as in kg build)
                if recorded is not None and not shared_problems(shared):
                    notes += recorded
                    problems = []
            found += problems
            rest = 0
            for quad in shared.quads_for_pattern(None, None, None, _DEFAULT):
                if not article_scoped(quad.subject.value, base):
                    nt.write(f"{quad.triple} .\n".encode())
                    rest += 1
            unused = corpus_report(*unused_parts((fired, mentioned), rulebase))
            coverage.write(printable("\n".join(unused) + "\n"))
        if found:
            raise ValidationError(report(found, nt_path))
        skipped = skipped_files(seeds)  # (before writing: the output folder may lie among the articles)
        written = write_atomically(
            {NTRIPLES_NAME: nt_path, COVERAGE_NAME: coverage_path}, out, (ARTICLES_DIR,), EXPORT_NAMES
        )
        entities = _count_entities(shared)
        del shared  # closes the store before its folder is removed
    return BuildResult(
        articles=len(paths),
        entities=entities,
        facts=facts,
        triples=own_triples + rest,
        seconds=time.perf_counter() - start,
        written=tuple(written),
        notes=tuple(notes) + tuple(named) + tuple(filter(None, [skipped])),
    )
