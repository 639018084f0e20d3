"""Shared fixtures: the rule base, the seed articles and the graph built from them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from kg.article import read_article
from kg.build import CHUNK, build_graph, extract_all, read_articles
from kg.coverage import coverage
from kg.extract import Extraction
from kg.query import open_store
from kg.reference import default_reference_dir, load_reference
from kg.rulebase import RuleBase, default_rules_dir, load_rulebase
from kg.vocab import DEFAULT_BASE, REFERENCE_GRAPH

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_SLUG = "cgtn-2024-07-05-sco-vital-for-peace-security-and-prosperity"
ARTICLES = ROOT / "tests" / "articles"
README = "README.md"


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository's top folder."""
    return ROOT


@pytest.fixture(scope="session")
def rulebase() -> RuleBase:
    """The package's rule files, loaded."""
    return load_rulebase()


@pytest.fixture(scope="session")
def seed_build(rulebase: RuleBase) -> tuple[Graph, list[Extraction]]:
    """The graph and extractions of the articles in seeds/."""
    return build_graph(read_articles(SEEDS), rulebase, DEFAULT_BASE)


@pytest.fixture(scope="session")
def seed_graph(seed_build: tuple[Graph, list[Extraction]]) -> Graph:
    """The graph built from seeds/."""
    return seed_build[0]


@pytest.fixture(scope="session")
def seed_extraction(seed_build: tuple[Graph, list[Extraction]]) -> Extraction:
    """The extraction of the seed article."""
    return next(x for x in seed_build[1] if x.article.slug == SEED_SLUG)


@pytest.fixture()
def seed(rulebase):
    """The seed article of seeds/, read with the rule base's layouts."""
    path = SEEDS / f"{SEED_SLUG}.txt"
    return read_article(path.stem, path.read_text(encoding="utf-8"), rulebase.layouts)


@pytest.fixture(scope="module")
def readme(root) -> str:
    """The text of the repository's README."""
    return (root / README).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def run_kg():
    """Run the `kg` command in a subprocess: run_kg(*args, cwd=folder) -> CompletedProcess."""
    import subprocess
    import sys

    def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "kg.cli", *args], cwd=cwd, capture_output=True, text=True, check=False
        )

    return run


@pytest.fixture()
def rules_copy(tmp_path: Path) -> Path:
    """A writable copy of the package's rule files, for tests that break them."""
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    return target


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path: Path):
    """A real Oxigraph server (pip package `oxigraph`) on a free loopback port; yields its
    base URL and is stopped by its PID afterwards."""
    import subprocess
    import time
    import urllib.request

    exe = shutil.which("oxigraph")
    assert exe, "the `oxigraph` command is missing: pip install -e '.[test]' installs it"
    port = _free_port()
    process = subprocess.Popen(
        [exe, "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode()[:500]}")
            time.sleep(0.05)
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


JAVA_DIR = Path("/usr/share/java")
JENA_LIBS = (
    "commons-cli commons-codec commons-compress commons-csv commons-io commons-lang3 dexx.collection "
    "gson guava httpclient httpcore jackson-core jackson-databind jackson-annotations jsonld-java "
    "jakarta.json-api protobuf thrift titanium-json-ld slf4j-api slf4j-simple"
).split()


@pytest.fixture(scope="session")
def jena(tmp_path_factory):
    """Run Apache Jena's `riot`, `arq` or `shacl` (Debian's libapache-jena-java) as a function
    jena("riot"|"arq"|"shacl", *args) -> CompletedProcess.

    Debian ships Jena as jars without commands, and two packaging quirks stop it from
    starting with the whole folder on the classpath (slf4j sees two bindings; jena-core's
    relocated xerces looks for its message files elsewhere): the classpath below names
    the jars it needs and adds a folder with the message files where they are looked for.
    """
    import subprocess
    import zipfile

    core = JAVA_DIR / "jena-core.jar"
    assert shutil.which("java") and core.is_file(), (
        "Apache Jena is missing: apt-get install -y libapache-jena-java default-jre-headless (.ci/run does)"
    )
    fix = tmp_path_factory.mktemp("jena-fix")
    with zipfile.ZipFile(core) as jar:
        for name in jar.namelist():
            if name.startswith("org/apache/jena/ext/xerces/") and name.endswith(".properties"):
                target = fix / "xerces" / name[len("org/apache/jena/ext/xerces/") :]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(jar.read(name))
    jars = sorted(str(p) for p in JAVA_DIR.glob("jena-*.jar") if not re.search(r"-[0-9.]+\.jar$", p.name))
    jars += [str(JAVA_DIR / f"{lib}.jar") for lib in JENA_LIBS]
    classpath = ":".join([*jars, str(fix)])
    mains = {"riot": "riotcmd.riot", "arq": "arq.arq", "shacl": "shacl.shacl"}

    def run(command: str, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["java", "-cp", classpath, mains[command], *args], capture_output=True, text=True, check=False
        )

    return run


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
XSS_ARTICLES = ROOT / "tests" / "data" / "xss"


@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium driven by Python playwright; fails (never skips) when either is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("python playwright is missing: pip install playwright (never `playwright install`)")
    if not CHROMIUM.is_file():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: apt-get install -y chromium (.ci/run does)")
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


#: Page title of the seed's HTML export in the browser tests.
TITLE = "News knowledge graph"
CSP_RECORDER = """
window.kgViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.kgViolations.push(e.violatedDirective));
"""


def open_page(page, html: str, folder: Path) -> None:
    """Write ``html`` to ``folder``, open it from file:// and wait for the settled layout."""
    path = folder / "graph.html"
    path.write_text(html, encoding="utf-8")
    page.add_init_script(CSP_RECORDER)
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-state=ready]", timeout=60_000)


@pytest.fixture()
def offline_page(chromium):
    """A fresh 1400x900 page on which every non-file: request is aborted.

    Yields (page, log): log["blocked"] holds the aborted URLs, log["dialogs"] the messages of
    dialogs (dismissed), log["errors"] uncaught page errors and console errors.
    """
    context = chromium.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    log: dict[str, list[str]] = {"blocked": [], "dialogs": [], "errors": []}

    def route(r) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            log["blocked"].append(r.request.url)
            r.abort()

    def dialog(d) -> None:
        log["dialogs"].append(d.message)
        d.dismiss()

    page.route("**/*", route)
    page.on("dialog", dialog)
    page.on("pageerror", lambda exc: log["errors"].append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and log["errors"].append(msg.text))
    yield page, log
    context.close()


@pytest.fixture()
def seed_page(offline_page, seed_graph: Graph, rulebase: RuleBase, tmp_path: Path, monkeypatch):
    """The seed's page, open and settled in offline Chromium; yields (page, log)."""
    from kg.render import render_html  # pyvis and networkx: only for the browser tests

    monkeypatch.chdir(tmp_path)
    page, log = offline_page
    open_page(page, render_html(seed_graph, rulebase.ontology, TITLE), tmp_path)
    yield page, log
    assert log["blocked"] == [] and log["errors"] == [], log
    assert page.evaluate("window.kgViolations") == []
    assert not (tmp_path / "lib").exists()  # pyvis's "local" mode would have written one here


@pytest.fixture(scope="session")
def xss_graph(rulebase: RuleBase) -> Graph:
    """The graph of the hostile probe article in tests/data/xss/."""
    return build_graph(read_articles(XSS_ARTICLES), rulebase, DEFAULT_BASE)[0]


@pytest.fixture(scope="session")
def shacl_shapes() -> str:
    """The SHACL shapes of ontology/shapes.ttl, as checked Turtle text."""
    from kg.validate import load_shapes

    return load_shapes()


@pytest.fixture()
def exports_copy(tmp_path: Path) -> Path:
    """A writable copy of the committed exports/ (the previous exports of a build into it)."""
    target = tmp_path / "exports"
    shutil.copytree(ROOT / "exports", target)
    return target


@pytest.fixture()
def previous_exports(tmp_path: Path) -> Path:
    """An exports folder holding stand-ins ("previous graph.ttl", "previous graph.html") that a
    refused build must leave as they are."""
    out = tmp_path / "exports"
    out.mkdir()
    for name in ("graph.ttl", "graph.html"):
        (out / name).write_text(f"previous {name}", encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def exported_graph(root) -> Graph:
    """The committed exports/graph.ttl read by rdflib: the graph other parsers must agree with."""
    return Graph().parse(root / "exports" / "graph.ttl", format="turtle")


@pytest.fixture(scope="module")
def exports_store(root):
    """A store of the committed exports/graph.ttl and the ontology, without the reference graph."""
    return open_store([root / "exports" / "graph.ttl", root / "ontology" / "kg.ttl"])


@pytest.fixture(scope="module")
def exports_store_with_reference(root):
    """A store of the committed exports/graph.ttl and the ontology, with exports/reference.ttl
    in its named graph (the data `kg query` reads by default)."""
    reference = {REFERENCE_GRAPH: root / "exports" / "reference.ttl"}
    return open_store([root / "exports" / "graph.ttl", root / "ontology" / "kg.ttl"], reference)


@pytest.fixture(scope="module")
def reference_graph(rulebase):
    """The reference graph built from the membership files of kg/reference/ (as Triples)."""
    return load_reference(sorted(default_reference_dir().glob("*.yaml")), rulebase, DEFAULT_BASE)


@pytest.fixture(scope="module")
def coverage_corpus(rulebase, root):
    """The extractions of seeds/ and tests/articles/ and their coverage: (extractions, coverage)."""
    extractions = extract_all(read_articles(root / "seeds") + read_articles(ARTICLES), rulebase)
    return extractions, coverage(extractions, rulebase)


@pytest.fixture(scope="module")
def stream_corpus(tmp_path_factory, root: Path) -> Path:
    """The seed and the test articles, six times over under other names: several chunks."""
    seeds = tmp_path_factory.mktemp("stream-seeds")
    for copy in range(6):
        for path in [
            *sorted((root / "seeds").glob("*.txt")),
            *sorted((root / "tests" / "articles").glob("*.txt")),
        ]:
            (seeds / f"{copy}-{path.name}").write_bytes(path.read_bytes())
    assert len(list(seeds.iterdir())) > 2 * CHUNK
    return seeds


@pytest.fixture(scope="session")
def slow_seeds(tmp_path_factory) -> Path:
    """A folder of four articles, the seed and tests/articles/, that takes a second or more to build."""
    target = tmp_path_factory.mktemp("slow-seeds")
    for path in [*SEEDS.glob("*.txt"), *(ROOT / "tests" / "articles").glob("*.txt")]:
        shutil.copy(path, target / path.name)
    return target


@pytest.fixture(scope="session")
def slow_build(slow_seeds: Path, tmp_path_factory) -> tuple[float, Path]:
    """A clean `kg build` of ``slow_seeds``: (its wall time in seconds, its output folder).
    The time is the shorter of two builds: one slowed by other work on the machine (or by
    compiling the package's bytecode on a fresh checkout) set the kill tests' delays past
    the end of a build (the first build of a fresh clone, with a browser starting beside it)."""
    import subprocess
    import sys
    import time

    out = tmp_path_factory.mktemp("slow-build") / "exports"
    times = []
    for _ in range(2):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "kg.cli", "build", "--seeds", str(slow_seeds), "--out", str(out)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        times.append(time.perf_counter() - start)
    return min(times), out


#: Made-up states, people, a city, a declaration and an initiative, added to a copy of the gazetteer so that
#: the pattern tests quote no real person.
FICTION = """
  - {id: ruritania, class: State, name: Ruritania, adjectival: [Ruritanian], source: made up}
  - {id: examplestan, class: State, name: Examplestan, adjectival: [Examplestani], source: made up}
  - {id: freedonia, class: State, name: Freedonia, adjectival: [Freedonian], source: made up}
  - {id: aru-tamar, class: Person, name: Aru Tamar, aliases: [Tamar], source: made up}
  - {id: bela-koss, class: Person, name: Bela Koss, aliases: [Koss], source: made up}
  - {id: zsofia-mark, class: Person, name: Zsofia Mark, source: made up}
  - {id: ivo-lund, class: Person, name: Ivo Lund, source: made up}
  - {id: strelsau, class: City, name: Strelsau, source: made up}
  - {id: strelsau-accord, class: Declaration, name: Strelsau Accord, source: made up}
  - {id: harmony-bridge, class: InitiativeDocument, name: Harmony Bridge Initiative, source: made up}
"""

#: The made-up people's states, added to the table the relation rules look a person's state
#: up in (a title without its state, "President Aru Tamar"); Ivo Lund has none.
LEADER_STATES = "\n  leader-states:\n"
FICTION_LEADERS = "    Aru Tamar: Ruritania\n    Bela Koss: Examplestan\n    Zsofia Mark: Examplestan\n"
#: ... and Ivo Lund to the SCO's secretaries-general ("Secretary-General Ivo Lund").
SECRETARIES = "\n  sco-secretaries-general:\n"
FICTION_SECRETARIES = "    Ivo Lund: Shanghai Cooperation Organization\n"


@pytest.fixture(scope="module")
def fiction_rules(tmp_path_factory, rulebase):
    """The package's rules with the made-up entities of FICTION in an extra gazetteer file, loaded."""
    target = tmp_path_factory.mktemp("fiction") / "rules"
    shutil.copytree(default_rules_dir(), target)
    (target / "gazetteer-fiction.yaml").write_text("entities:" + FICTION, encoding="utf-8")
    relations = target / "relations.yaml"
    text = relations.read_text(encoding="utf-8")
    for table, rows in ((LEADER_STATES, FICTION_LEADERS), (SECRETARIES, FICTION_SECRETARIES)):
        assert text.count(table) == 1, f"no table {table.strip()!r} in {relations}"
        text = text.replace(table, table + rows)
    relations.write_text(text, encoding="utf-8")
    return load_rulebase(target)


def asserted_and_denied() -> list[tuple[str, str]]:
    """Two dated articles, (slug, text): one says Modi attended the summit, the other that he
    skipped it."""
    head = "---\ntitle: {}\ndate: 2024-07-04\n---\n\n"
    summit = "The 24th Meeting of the Council of Heads of State of the Shanghai Cooperation Organization"
    said = {"a": "attended", "b": "skipped"}
    return [
        (
            slug,
            head.format(slug.upper())
            + f"{summit} opened. Indian Prime Minister Narendra Modi {verb} the summit.\n",
        )
        for slug, verb in said.items()
    ]


def write_seeds(tmp_path: Path, articles: dict[str, str]) -> Path:
    """A folder ``seeds`` in ``tmp_path`` holding ``articles`` (file name -> text, UTF-8)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in articles.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return seeds
