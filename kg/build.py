"""The build: read a folder of articles, extract, assemble, validate, serialize, render.

Only ``run_build`` touches files; everything it calls is a function from data to data.
"""

from __future__ import annotations

import codecs
import gc
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from rdflib import Graph

from kg.assemble import Assembler, assemble
from kg.coverage import coverage, report_text
from kg.errors import ArticleError, RuleError, ValidationError
from kg.export import check_out_dir, write_atomically
from kg.extract import Extraction, extract, no_stage
from kg.iris import check_base
from kg.labels import one_label_each
from kg.rulebase import RuleBase, load_rulebase
from kg.serialize import FORMATS, SERIALIZERS
from kg.triples import TYPE_MARKER, Run, Triples
from kg.vocab import KGO

HTML_NAME = "graph.html"
REFERENCE_NAME = "reference.ttl"
COVERAGE_NAME = "coverage.txt"
ARTICLES_DIR = "articles"
ARTICLE_SUFFIXES = (".txt",)
#: Every file a build may write into the output folder (beside ``articles/``): those a
#: build does not write are an earlier build's, and go (kg.export.write_atomically's stale).
EXPORT_NAMES = (COVERAGE_NAME, HTML_NAME, REFERENCE_NAME, *sorted(name for name, _type in FORMATS.values()))


@dataclass(frozen=True)
class BuildResult:
    """What a build made, for the one-line summary."""

    articles: int
    entities: int
    facts: int  #: statements: a fact with one piece of evidence (a fact read twice counts twice)
    triples: int
    seconds: float
    written: tuple[Path, ...]
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        """One line saying what was built."""
        top = [p for p in self.written if p.parent.name != ARTICLES_DIR]
        alone = len(self.written) - len(top)
        graphs = f"{alone} article graph{'s' if alone != 1 else ''}"
        names = ", ".join(str(p) for p in top) + (f" and {graphs}" if alone else "")
        noted = f" ({len(self.notes)} note{'s' if len(self.notes) != 1 else ''})" if self.notes else ""
        return (
            f"built {self.articles} article{'s' if self.articles != 1 else ''}: "
            f"{self.entities} entities, {self.facts} statements, {self.triples} triples "
            f"in {self.seconds:.2f} s -> {names}{noted}"
        )


MAX_ARTICLE_BYTES = 10 * 1024 * 1024


def article_paths(seeds: Path) -> list[Path]:
    """The article files of ``seeds``, sorted by name; ArticleError if there are none."""
    if seeds.is_file():
        raise ArticleError(f"{seeds}: a file, not a folder of articles; give --seeds its folder")
    if not seeds.is_dir():
        raise ArticleError(f"{seeds}: no such folder of articles")
    # Any case of the suffix is an article (x.TXT too); an entry so named that is not a
    # readable file is refused rather than skipped: the build would lose an article unsaid.
    paths = sorted(p for p in seeds.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and not _hidden(p))
    for path in paths:
        if not path.is_file():
            what = "a broken symbolic link" if path.is_symlink() and not path.exists() else "not a file"
            raise ArticleError(f"{path}: {what}; every *.txt entry of the folder is read as an article")
    if not paths:
        raise ArticleError(f"{seeds}: no article files ({', '.join(ARTICLE_SUFFIXES)}) in the folder")
    stems: dict[str, Path] = {}
    for path in paths:  # a.txt and a.TXT
        if path.stem in stems:
            raise ArticleError(f"{stems[path.stem]} and {path}: two articles of one name; rename one")
        stems[path.stem] = path
    return paths


def _hidden(path: Path) -> bool:
    """A hidden file (".draft.txt"), or the "._x.txt" a Mac writes beside x.txt on some
    disks: not an article."""
    return path.name.startswith(".")


def skipped_files(seeds: Path) -> str | None:
    """A note naming the files of ``seeds`` that are not read as articles (not .txt), so
    that no article is lost unsaid ("notes.md"); None if there are none. Hidden files
    (".DS_Store", a Mac's "._x.txt") are passed over in silence, as everywhere."""
    articles = set(article_paths(seeds))
    skipped = sorted(p.name for p in seeds.iterdir() if p.is_file() and p not in articles and not _hidden(p))
    if not skipped:
        return None
    shown = ", ".join(skipped[:5]) + (f" and {len(skipped) - 5} more" if len(skipped) > 5 else "")
    count = "1 file that is" if len(skipped) == 1 else f"{len(skipped)} files that are"
    suffixes = ", ".join(f"*{suffix}" for suffix in ARTICLE_SUFFIXES)
    return f"{seeds}: skipped {count} not read as articles (only {suffixes}): {shown}"


def read_article_file(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> tuple[str, str]:
    """The (slug, text) of one article file; ArticleError, naming the file, for a file over
    ``max_bytes`` or not UTF-8 (with the byte offset)."""
    size = path.stat().st_size
    if size > max_bytes:
        raise ArticleError(
            f"{path}: {size} bytes is more than the limit of {max_bytes} bytes per article; "
            "split the article or raise --max-bytes"
        )
    raw = path.read_bytes()
    # A byte order mark is the file's encoding, not the article's first character: left in,
    # it hid the dateline from the layouts.
    skip = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        text = raw[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        utf16 = raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        raise ArticleError(
            f"{path}: not valid UTF-8 at byte offset {skip + exc.start} ({exc.reason}"
            + ("; it starts with a UTF-16 byte order mark, so it is UTF-16" if utf16 else "")
            + "); save the article as UTF-8"
        ) from None
    escaped = _escaped_size(text) if size > MAX_LITERAL_BYTES // 6 else size  # (six bytes a byte at most)
    if escaped > MAX_LITERAL_BYTES:
        raise ArticleError(
            f"{path}: its text, escaped as an RDF literal, is {escaped} bytes, more than the "
            f"{MAX_LITERAL_BYTES} bytes the RDF parsers and the validator read in one literal "
            "(backslashes, quotes and line ends count twice); split the article"
        )
    return path.stem, text


#: The longest literal the exports may hold: an article's text is one (``nif:isString``).
#: pyoxigraph's parsers refuse a token over 16 MiB, and shacl-rust never returns on one (a
#: hunting review: an article of 10.4 MB of backslashes, 20 MB escaped, hung the build).
MAX_LITERAL_BYTES = 16 * 1024 * 1024 - 64 * 1024


def _escaped_size(text: str) -> int:
    """The bytes ``text`` takes at most as an N-Triples literal's escaped content: UTF-8,
    a backslash, a quote and a line end written in two characters, another control in six."""
    doubled = sum(text.count(c) for c in '\\"\n\r\t')
    return len(text.encode("utf-8")) + doubled + 5 * len(_OTHER_CONTROL.findall(text))


_OTHER_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_articles(seeds: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> list[tuple[str, str]]:
    """The (slug, text) of every article file in ``seeds``, sorted by file name.

    Raises ArticleError for a missing or empty folder, for a file larger than ``max_bytes``
    and for a file that is not UTF-8, naming the file (and the byte offset).
    """
    return [read_article_file(path, max_bytes) for path in article_paths(seeds)]


_WORKER_RULES: RuleBase | None = None


def worker_context():
    """Workers start from a fresh server process (forkserver), not a fork of this one: a
    fork copies the locks that the native libraries' threads (shacl-rust, pyoxigraph) may hold
    at that moment, and can hang."""
    import multiprocessing

    return multiprocessing.get_context("forkserver")


@contextmanager
def worker_pool(jobs: int, rules_dir: Path | None) -> Iterator[ProcessPoolExecutor]:
    """``jobs`` worker processes, each with the rule base of ``rules_dir`` loaded. On an error
    (an article refused, a rule stopped by the time limit, Ctrl-C) the tasks not yet started
    are cancelled, not run: the build fails as soon as the running ones end."""
    pool = ProcessPoolExecutor(
        jobs, mp_context=worker_context(), initializer=_start_worker, initargs=(rules_dir,)
    )
    try:
        yield pool
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    finally:
        pool.shutdown(wait=True)


def _start_worker(rules_dir: Path | None) -> None:
    global _WORKER_RULES  # one rule base per worker process, loaded once
    # Ctrl-C reaches every process of the terminal's group: the main process stops the pool,
    # the workers do not each print a traceback.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER_RULES = load_rulebase(rules_dir)


def _extract_in_worker(article: tuple[str, str]) -> Extraction:
    assert _WORKER_RULES is not None
    return extract(article[0], article[1], _WORKER_RULES)


#: Articles validated together: shacl-rust's time per article falls until about 10 articles
#: a graph and then stays flat (wall time, not CPU time, with its index: 16.0 ms for one,
#: 11.2 for 5, 10.4 for 10, 10.2 for 20, 10.3 for 50); chunks of 10 keep both workers busy on
#: small corpora.
CHUNK = 10


class Checked(NamedTuple):
    """A chunk of articles extracted, assembled and validated."""

    extractions: list[Extraction]
    violations: list  #: of its article-scoped resources
    triples: Triples
    ntriples: str  #: the triples' N-Triples text, as validated (sorted when ``run`` is made)
    run: Run | None  #: the triples as a ``Run``, when asked for


def _extract_and_check(
    chunk: list[tuple[str, str]],
    rulebase: RuleBase,
    base: str,
    on_stage: Callable[[str], None] = no_stage,
    ordered: bool = False,
) -> Checked:
    """Extract a chunk of articles, assemble them and validate their article-scoped
    resources; when ``ordered``, also make their ``Run`` (whose text is then validated)."""
    from kg.validate import article_violations, load_shapes, ontology_ntriples

    extractions = [extract(slug, text, rulebase, on_stage) for slug, text in chunk]
    triples = assemble(extractions, rulebase, base)
    run = triples.run() if ordered else None
    on_stage("assemble")
    ntriples = run.ntriples() if run is not None else triples.ntriples()
    found = article_violations(ntriples, base, load_shapes(), ontology_ntriples())
    on_stage("validate")
    return Checked(extractions, found, triples, ntriples, run)


def _check_in_worker(job: tuple[list[tuple[str, str]], str]) -> tuple[list[Extraction], list, Run]:
    assert _WORKER_RULES is not None
    # The triples go back sorted: the main process merges the chunks' orders, in
    # ``Triples.add_run``, instead of assembling and sorting every article again itself.
    checked = _extract_and_check(job[0], _WORKER_RULES, job[1], ordered=True)
    assert checked.run is not None
    return checked.extractions, checked.violations, checked.run


def extract_and_check(
    articles: list[tuple[str, str]],
    rulebase: RuleBase,
    base: str,
    jobs: int = 1,
    rules_dir: Path | None = None,
    progress: bool = False,
    on_stage: Callable[[str], None] = no_stage,
    on_chunk: Callable[[list[Extraction], Triples | Run | None], None] = lambda _x, _t: None,
) -> tuple[list[Extraction], list, bool]:
    """Extract every (slug, text) article, in order, and validate each article's own
    resources (its text, spans and statements), ``CHUNK`` articles at a time, in ``jobs``
    worker processes; returns the extractions, the violations found and whether the corpus
    is a single chunk, in which case nothing was validated and the caller validates the whole
    graph once. Otherwise the resources that several articles describe are still to be
    validated on the merged graph (``kg.validate.entity_violations``). The result does not
    depend on ``jobs``. ``on_chunk`` is given each chunk's extractions, in order, as soon as
    they are done, with their triples: as ``Triples`` when this process assembled them to
    validate them (one worker), as a sorted ``Run`` when a worker did, or None when they were
    not assembled (a single chunk; ``kg.assemble.Assembler.add`` takes all three, and
    assembles what it is not given meanwhile).
    """
    chunks = [articles[i : i + CHUNK] for i in range(0, len(articles), CHUNK)]
    bar = _progress_bar(len(articles), progress)
    extractions: list[Extraction] = []
    found: list = []
    try:
        if len(chunks) == 1:  # one graph: the caller validates it whole, once
            done = [extract(slug, text, rulebase, on_stage) for slug, text in chunks[0]]
            bar.update(len(done))
            on_chunk(done, None)
            on_stage("assemble")
            return done, [], True
        if jobs <= 1:
            results = (_extract_and_check(chunk, rulebase, base, on_stage) for chunk in chunks)
            for done, problems, triples, _text, _run in results:
                extractions.extend(done)
                found.extend(problems)
                bar.update(len(done))
                on_chunk(done, triples)
                on_stage("assemble")
            return extractions, found, False
        with worker_pool(jobs, rules_dir) as pool:
            for done, problems, run in pool.map(_check_in_worker, [(chunk, base) for chunk in chunks]):
                extractions.extend(done)
                found.extend(problems)
                bar.update(len(done))
                on_chunk(done, run)
                on_stage("assemble")
            return extractions, found, False
    finally:
        bar.close()


def _progress_bar(total: int, progress: bool):
    """A progress bar over ``total`` articles on stderr, shown only when asked, on a
    terminal, for work lasting more than a second."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        desc="extracting",
        unit="article",
        delay=1.0,
        leave=False,
        disable=not (progress and sys.stderr.isatty()),
    )


def extract_all(
    articles: list[tuple[str, str]],
    rulebase: RuleBase,
    jobs: int = 1,
    rules_dir: Path | None = None,
    progress: bool = False,
    on_stage: Callable[[str], None] = no_stage,
) -> list[Extraction]:
    """Extract every (slug, text) article, in order.

    jobs: worker processes (1: in this process); rules_dir: the rule files the workers load
    (the same ones ``rulebase`` was loaded from); progress: show a progress bar on stderr
    when it is a terminal and the work lasts more than a second; on_stage: passed to
    ``extract`` when working in this process. The result does not depend on ``jobs``.
    """
    bar = _progress_bar(len(articles), progress)
    try:
        if jobs <= 1 or len(articles) < 2:
            results = []
            for slug, text in articles:
                results.append(extract(slug, text, rulebase, on_stage))
                bar.update()
            return results
        chunk = max(1, len(articles) // (jobs * 8))
        with worker_pool(jobs, rules_dir) as pool:
            results = []
            for extraction in pool.map(_extract_in_worker, articles, chunksize=chunk):
                results.append(extraction)
                bar.update()
            return results
    finally:
        bar.close()


@contextmanager
def article_files_named(seeds: Path) -> Iterator[None]:
    """Article errors raised inside name the article's file in ``seeds``, not its slug: the
    text is read apart from its file, in a worker."""
    try:
        yield
    except ArticleError as exc:
        if exc.slug is None:
            raise
        files = {path.stem: path for path in article_paths(seeds)}
        raise exc.in_file(files.get(exc.slug, seeds / exc.slug)) from None


def check_apart(seeds: Path, out: Path) -> None:
    """Refuse an output folder that is the folder of articles (the next build would read the
    coverage report, a .txt file, as an article), one whose ``articles/`` folder holds the
    articles (a build replaces that folder whole: a review found the articles deleted), and
    one that is itself an article's name in the folder of articles ("seeds/run.txt")."""
    where, folder = out.resolve(), seeds.resolve()
    if where == folder:
        raise ArticleError(
            f"{out}: the exports would be written among the articles; give --out another folder"
        )
    if folder.is_relative_to(where / ARTICLES_DIR):
        raise ArticleError(
            f"{seeds}: the articles are in the folder {out / ARTICLES_DIR}, which a build into {out} "
            "replaces; move them, or give --out another folder"
        )
    if where.parent == folder and where.suffix.lower() in ARTICLE_SUFFIXES and not _hidden(where):
        raise ArticleError(
            f"{out}: in the folder of articles, under a name read as an article; give --out "
            "another name or folder"
        )


def check_distinct_slugs(articles: list[tuple[str, str]]) -> None:
    """Refuse two articles whose names mint the same article IRI (``A`` and ``a``)."""
    from kg.iris import slugify

    seen: dict[str, str] = {}
    for slug, _text in articles:
        key = slugify(slug)
        if key in seen:
            raise ArticleError(
                f"the articles {seen[key]!r} and {slug!r} would share the IRI article/{key}; rename one"
            )
        seen[key] = slug


def build_triples(
    articles: list[tuple[str, str]], rulebase: RuleBase, base: str
) -> tuple[Triples, list[Extraction]]:
    """Extract every article and assemble one set of triples; pure.

    articles: (slug, text) pairs; rulebase: the loaded rules; base: the base IRI.
    """
    check_distinct_slugs(articles)
    extractions = extract_all(articles, rulebase)
    return assemble(extractions, rulebase, base), extractions


def build_graph(
    articles: list[tuple[str, str]], rulebase: RuleBase, base: str
) -> tuple[Graph, list[Extraction]]:
    """Like ``build_triples``, as an rdflib graph (for code that walks one)."""
    triples, extractions = build_triples(articles, rulebase, base)
    return triples.to_rdflib(), extractions


def count_entities(triples: Triples) -> int:
    """Resources typed with an ontology class, provenance classes and disagreements excluded (as
    the page draws them).

    Read off the sorted N-Triples lines (``Triples.sorted_lines``, where ``rdf:type`` reads
    ``TYPE_MARKER``): only the lines that hold a typing by an ontology class are split."""
    ontology = b"<" + str(KGO).encode()
    typed = b" " + TYPE_MARKER + b" " + ontology
    skip = {f"<{KGO[name]}> .".encode() for name in ("Article", "ExtractionRule", "Photo", "Disagreement")}
    subjects = set()
    for line in triples.sorted_lines():
        if typed in line:  # (a literal could hold the same text: the split below decides)
            subject, predicate, obj = line.split(b" ", 2)
            if predicate == TYPE_MARKER and obj.startswith(ontology) and obj not in skip:
                subjects.add(subject)
    return len(subjects)


def reference_triples(rules_dir: Path | None, rulebase: RuleBase, base: str) -> Triples | None:
    """The reference graph (``kg.reference``) of the package's ``kg/reference/`` with the
    package's rules, or of ``RULES/reference/`` with ``--rules RULES``; not validated. None
    when there are no reference files."""
    from kg.reference import default_reference_dir, load_reference

    folder = default_reference_dir() if rules_dir is None else rules_dir / "reference"
    if folder.exists() and not folder.is_dir():
        raise RuleError(folder, None, "not a folder: the reference files go in a folder 'reference'")
    found = sorted(p for p in folder.iterdir() if not _hidden(p)) if folder.is_dir() else []
    for path in found:  # (a review: reference/x.yml was passed over unsaid)
        if path.suffix.lower() in (".yaml", ".yml") and path.suffix != ".yaml":
            raise RuleError(path, None, "not read: reference files are named *.yaml", "rename it")
    paths = [p for p in found if p.suffix == ".yaml"]
    return load_reference(paths, rulebase, base) if paths else None


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block (and turn it back on after,
    if it was on).

    A build makes millions of long-lived objects (extractions, terms, triples, the page's
    index and data), and the collector re-scans all of them each time the heap grows by a
    quarter: the page index of 1.8 million triples took 8.5 s with it running and 3.3 s
    without. Extraction, assembly, the Turtle and N-Triples writers and the coverage report
    make no reference cycles (tested), so pausing it there keeps no garbage. Drawing the page
    makes some (pyvis's and Jinja's objects), once per build: they wait for the collector's
    next run after it. JSON-LD is written with it running (rdflib's JSON-LD graph holds
    cycles as big as the graph).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _about(violation, pairs: list[tuple[str, str]]) -> bool:
    """Whether ``violation`` is about one of the disputed (subject, property) ``pairs``."""
    from kg.disagreements import expand

    path = expand(violation.path) if violation.path else None
    return (violation.focus, path) in pairs


def run_build(
    seeds: Path,
    out: Path,
    base: str,
    rules_dir: Path | None = None,
    html: bool = True,
    formats: tuple[str, ...] = ("ttl",),
    max_bytes: int = MAX_ARTICLE_BYTES,
    jobs: int = 0,
    per_article: bool = False,
    on_stage: Callable[[str], None] = no_stage,
    on_disagreement: str = "record",
) -> BuildResult:
    """Build the exports of the articles in ``seeds`` into ``out``.

    seeds: folder of articles; out: folder for the exports; base: base IRI for minted
    resources; rules_dir: rule files (default: the package's); html: also render the page;
    jobs: worker processes for extraction and validation (0: one per CPU);
    on_stage: called with the name of each stage as it ends ("load rules", "read", "match",
    "relate", "assemble", "validate", "write", "render"; the benchmark times them). The
    merged graph is validated in a thread beside writing and rendering, so its "validate"
    stage is only the time left to wait for it afterwards.
    on_disagreement: "record" (articles that give a value the shapes allow once
    differently are recorded, neither value asserted: ``kg.disagreements``) or "stop" (such
    a graph does not conform, and the build stops).
    Also writes the coverage report (coverage.txt). Validates against the SHACL shapes
    before writing; on any error nothing is written.
    """
    from kg.disagreements import disputed_within, record_in
    from kg.validate import entity_violations, load_shapes, ontology_ntriples, report, violations

    start = time.perf_counter()
    check_base(base)
    check_out_dir(out)
    check_apart(seeds, out)
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    rulebase = load_rulebase(rules_dir)
    on_stage("load rules")
    articles = read_articles(seeds, max_bytes)
    check_distinct_slugs(articles)
    on_stage("read")
    # Each chunk is assembled here as soon as it is done, while the workers go on.
    assembler = Assembler(rulebase, base)
    with collector_paused(), article_files_named(seeds):
        extractions, found, whole = extract_and_check(
            articles, rulebase, base, jobs, rules_dir, True, on_stage, assembler.add
        )
    graph = assembler.triples
    named = one_label_each(graph)  # (names that differ only in case: one IRI, one label)
    reference = reference_triples(rules_dir, rulebase, base)
    on_stage("assemble")

    def check() -> tuple[list, list]:  # the graph's violations, the reference graph's
        shapes, ontology = load_shapes(), ontology_ntriples()
        if whole:
            problems = violations(graph.ntriples(), shapes, ontology)
        else:
            problems = entity_violations(graph, base, shapes, ontology)
        if reference is None:
            return problems, []
        return problems, violations(reference.ntriples(), shapes, ontology)

    def produce() -> tuple[dict, list, list]:  # the files, and the check's violations
        if not whole:
            # Put the triples in order before the check starts, which cuts the articles' runs
            # out of them (Turtle and the page read the same order; it is made once).
            graph.sorted()
        # shacl-rust releases the GIL: the graph is validated in a thread while this one
        # writes and draws; nothing is written until it has passed.
        with ThreadPoolExecutor(1) as pool:
            checking = pool.submit(check)
            files = {}
            for fmt in sorted(set(formats) | {"ttl"}):
                # rdflib's JSON-LD graph holds reference cycles as big as the graph, so the
                # collector runs while it is written; the other writers make none.
                with nullcontext() if fmt == "jsonld" else collector_paused():
                    files[FORMATS[fmt][0]] = SERIALIZERS[fmt](graph)
            with collector_paused():  # (the coverage report of 1,000 articles: 2.0 s with it, 0.4 s without)
                if reference is not None:
                    files[REFERENCE_NAME] = SERIALIZERS["ttl"](reference)
                files[COVERAGE_NAME] = report_text(coverage(extractions, rulebase)).encode("utf-8")
                if per_article:
                    for extraction in extractions:
                        alone = assemble([extraction], rulebase, base)
                        one_label_each(alone)  # (its notes are the whole graph's)
                        if pairs and disputed_within(alone, pairs):  # (an article that contradicts itself)
                            record_in(
                                alone, violations(alone.ntriples(), load_shapes(), ontology_ntriples()), base
                            )
                        files[f"{ARTICLES_DIR}/{extraction.article.slug}.ttl"] = SERIALIZERS["ttl"](alone)
            on_stage("write")
            if html:
                from kg.graphindex import GraphIndex
                from kg.render import render_html

                with collector_paused():
                    page = render_html(GraphIndex(graph), rulebase.ontology, "News knowledge graph")
                    on_stage("render")
                files[HTML_NAME] = page.encode("utf-8")
            problems, wrong_reference = checking.result()
        return files, problems, wrong_reference

    pairs: list[tuple[str, str]] = []  # the disputed (subject, property) pairs, once recorded
    files, problems, wrong_reference = produce()
    disputes: list[str] = []
    if problems and not found and on_disagreement == "record":
        # Articles that disagree on a value: recorded, and everything made again (this costs
        # a second pass only when there is a disagreement).
        recorded = record_in(graph, problems, base)
        if recorded is not None:
            pairs, disputes = recorded
            files, again, wrong_reference = produce()
            if again:
                # A property the shapes require, which no disagreement excuses (only a
                # quotation's kgo:direct is excused), cannot be left without a value: the
                # report names the disagreement, and anything else.
                problems, disputes = problems + [v for v in again if not _about(v, pairs)], []
            else:
                problems = []
    found += problems
    on_stage("validate")
    if reference is not None and wrong_reference:
        raise ValidationError(report(wrong_reference, reference.ntriples()))
    if found:
        raise ValidationError(report(found, graph.ntriples()))
    skipped = skipped_files(seeds)  # (before writing: the output folder may lie among the articles)
    written = write_atomically(files, out, (ARTICLES_DIR,), stale=EXPORT_NAMES)
    on_stage("write")
    return BuildResult(
        articles=len(articles),
        entities=count_entities(graph),
        facts=sum(len(x.facts) for x in extractions),
        triples=len(graph),
        seconds=time.perf_counter() - start,
        written=tuple(written),
        notes=tuple(f"{x.article.slug}: {note}" for x in extractions for note in x.notes)
        + tuple(disputes)
        + tuple(named)
        + tuple(filter(None, [skipped, _no_reference(rules_dir, reference)])),
    )


def _no_reference(rules_dir: Path | None, reference: Triples | None) -> str | None:
    """A note for a rules folder of one's own without reference files: no reference.ttl is
    written (a new user's walkthrough: the reference columns of the queries came out empty,
    unsaid)."""
    if rules_dir is None or reference is not None:
        return None
    return (
        f"{rules_dir}: no reference files (reference/*.yaml), so no reference.ttl is written; "
        f"copy kg/reference into {rules_dir / 'reference'} to have it"
    )
