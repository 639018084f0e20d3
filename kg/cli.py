"""The ``kg`` command: parses arguments and calls the library; nothing else.

Exit codes: 0 success, 1 the graph does not conform to the shapes, 2 bad input (rules,
articles, queries, arguments) or an unreachable or refusing store.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

from kg.errors import KgError, ValidationError
from kg.terminal import printable
from kg.vocab import DEFAULT_BASE

EXIT_OK, EXIT_INVALID, EXIT_BAD_INPUT = 0, 1, 2
EXIT_INTERRUPTED = 130  # (128 + SIGINT, as shells report it)


def _base_iri(text: str) -> str:
    """An argparse type: a base IRI that minted names can follow (``kg.iris.check_base``)."""
    from kg.iris import check_base

    try:
        return check_base(text)
    except KgError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _count(least: int, most: int = 2**62):
    """An argparse type: a whole number from ``least`` to ``most``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"{value} is less than {least}")
        if value > most:
            raise argparse.ArgumentTypeError(f"{value} is more than {most}")
        return value

    return parse


def _graph_iri(text: str) -> str:
    """An argparse type: a named graph's IRI, absolute, not the reference graph's."""
    from kg.iris import check_iri
    from kg.vocab import REFERENCE_GRAPH

    try:
        check_iri(text, "graph IRI")
    except KgError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if text == REFERENCE_GRAPH:
        raise argparse.ArgumentTypeError(f"{text} is the reference graph's, which kg load fills itself")
    return text


def _credentials(text: str) -> str:
    """An argparse type: ``name:password``."""
    if ":" not in text:
        raise argparse.ArgumentTypeError(f"{text!r} is not NAME:PASSWORD")
    return text


def _build(args: argparse.Namespace) -> int:
    from kg.build import run_build
    from kg.serialize import FORMATS

    formats = tuple(f.strip() for item in args.format for f in item.split(",") if f.strip())
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        print(
            f"kg: unknown format {', '.join(unknown)}; choose from {', '.join(FORMATS)}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    if args.stream:
        from kg.stream import run_stream_build

        if set(formats) - {"nt"} or args.per_article:
            print("kg: --stream writes graph.nt and coverage.txt only", file=sys.stderr)
            return EXIT_BAD_INPUT
        result = run_stream_build(
            args.seeds, args.out, args.base, args.rules, args.max_bytes, args.jobs, args.on_disagreement
        )
        print(printable(result.summary()))
        for note in result.notes:
            print(f"note: {printable(note)}", file=sys.stderr)
        return EXIT_OK
    result = run_build(
        args.seeds,
        args.out,
        args.base,
        args.rules,
        html=not args.no_html,
        formats=formats,
        max_bytes=args.max_bytes,
        jobs=args.jobs,
        per_article=args.per_article,
        on_disagreement=args.on_disagreement,
    )
    print(printable(result.summary()))
    for note in result.notes:
        print(f"note: {printable(note)}", file=sys.stderr)
    return EXIT_OK


def _default_data(args: argparse.Namespace) -> list[Path]:
    """The files of the default graph: the --data files, or the --exports folder's
    graph.ttl; and the ontology, whose class hierarchy the named queries rely on."""
    from kg.classes import ontology_dir

    return [*(args.data or [args.exports / "graph.ttl"]), ontology_dir() / "kg.ttl"]


def _reference_data(args: argparse.Namespace) -> dict[str, Path]:
    """The --exports folder's reference.ttl, in its named graph, when there is one and no
    --data was given."""
    from kg.vocab import REFERENCE_GRAPH

    reference = args.exports / "reference.ttl"
    return {REFERENCE_GRAPH: reference} if not args.data and reference.is_file() else {}


def _query(args: argparse.Namespace) -> int:
    import pyoxigraph

    from kg.query import (
        QueryError,
        declared_prefixes,
        failed,
        minted_prefixes,
        named_queries,
        open_store,
        resolve_query,
        run_query,
        write_result,
    )

    if args.list:
        for query in named_queries().values():
            print(f"{query.name:<20} {query.question}")
            if query.parameters:
                print(f"{'':<20}   --param {query.parameters}")
        return EXIT_OK
    if not args.query:
        raise QueryError("give a named query, a .rq file or a SPARQL string (or --list)")
    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep or not name.isidentifier():
            raise QueryError(f"bad --param {item!r}: write NAME=VALUE")
        if name in params:  # (the last one silently won: a hunting review)
            raise QueryError(f"--param {name} is given twice; give each parameter once")
        params[name] = value
    text = resolve_query(args.query, params)
    data = _default_data(args)
    store = open_store(data, _reference_data(args))
    declared = declared_prefixes(data)
    if not any(namespace.startswith(args.base) for namespace in declared.values()):
        # (N-Triples declares none: those a build binds, so that `state:belarus` still works)
        declared = {**minted_prefixes(args.base), **declared}
    result = run_query(store, text, params, declared)
    if args.format != "table" and isinstance(result, pyoxigraph.QueryTriples):
        print(
            f"note: --format {args.format} is for SELECT and ASK; CONSTRUCT and DESCRIBE print Turtle",
            file=sys.stderr,
        )
    sys.stdout.flush()
    try:  # (solutions are computed as they are written: a SERVICE clause fails here)
        write_result(result, args.format, args.base, sys.stdout.buffer)
    except BrokenPipeError:
        raise
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(failed(exc)) from None
    sys.stdout.flush()
    return EXIT_OK


def _load(args: argparse.Namespace) -> int:
    from kg.load import LoadError, load_files

    paths = _default_data(args)
    status, size = load_files(args.endpoint, paths, args.graph, args.user)
    target = f"graph <{args.graph}>" if args.graph else "the default graph"
    print(
        printable(
            f"loaded {size} bytes from {', '.join(str(p) for p in paths)} into {target} at {args.endpoint} "
            f"(HTTP {status})"
        )
    )
    for graph, path in _reference_data(args).items():
        try:
            status, size = load_files(args.endpoint, [path], graph, args.user)
        except LoadError as exc:  # (the default graph is loaded by now: say which one failed)
            raise LoadError(f"{exc} (loading {path} into graph <{graph}>; the export is loaded)") from None
        done = f"loaded {size} bytes from {path} into graph <{graph}> at {args.endpoint} (HTTP {status})"
        print(printable(done))
    return EXIT_OK


def _extractions(args: argparse.Namespace):
    from kg.build import article_files_named, extract_all, read_articles
    from kg.rulebase import load_rulebase

    rulebase = load_rulebase(args.rules)
    with article_files_named(args.seeds):
        return extract_all(read_articles(args.seeds), rulebase), rulebase


def _coverage(args: argparse.Namespace) -> int:
    from kg.coverage import coverage, report_text

    extractions, rulebase = _extractions(args)
    sys.stdout.write(report_text(coverage(extractions, rulebase)))
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from kg.explain import check_term, explain, explain_sentences

    if args.rule is not None and args.sentence is None:
        raise KgError("--rule goes with --sentence: kg explain --sentence WORDS --rule ID")
    if args.term is None and args.sentence is None:
        raise KgError("give a name to explain, or --sentence WORDS (see `kg explain --help`)")
    if args.term is not None and args.sentence is not None:
        raise KgError("give a name to explain or --sentence WORDS, not both")
    # The articles are read in NFC: so are the words asked about (a Mac terminal may give NFD).
    args.term, args.sentence = (
        None if words is None else unicodedata.normalize("NFC", words) for words in (args.term, args.sentence)
    )
    if args.sentence is not None:
        extractions, rulebase = _extractions(args)
        sys.stdout.write(printable(explain_sentences(args.sentence, extractions, rulebase, args.rule)))
        return EXIT_OK
    check_term(args.term)  # before reading the articles
    extractions, rulebase = _extractions(args)
    sys.stdout.write(printable(explain(args.term, extractions, rulebase)))
    return EXIT_OK


#: What ``kg validate`` reads by default, and the file names it reads (pyoxigraph would take
#: ".txt", an article, for N-Triples).
DEFAULT_EXPORT = Path("exports/graph.ttl")
RDF_SUFFIXES = (".ttl", ".nt", ".nq", ".trig", ".n3", ".rdf", ".xml", ".jsonld", ".json")


def _validate(args: argparse.Namespace) -> int:
    from kg.validate import load_shapes, ontology_ntriples, rdf_format, to_ntriples_text, validate_ntriples

    if args.file.suffix.lower() not in RDF_SUFFIXES:
        print(
            printable(f"kg: {args.file}: not an RDF file name; give one ending in {', '.join(RDF_SUFFIXES)}"),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    try:
        data = to_ntriples_text(Path(args.file))
    except FileNotFoundError:
        built = " run `kg build` first" if args.file == DEFAULT_EXPORT else ""
        print(printable(f"kg: {args.file}: no such file;{built or ' check the name'}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    except (OSError, SyntaxError, ValueError) as exc:
        syntax = rdf_format(Path(args.file)).name
        print(printable(f"kg: {args.file}: not valid {syntax}: {exc}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    if not data:  # an empty graph conforms to any shapes: saying so would mislead
        print(printable(f"kg: {args.file}: holds no triples; nothing to validate"), file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        shapes = load_shapes(args.shapes)
    except FileNotFoundError:
        print(printable(f"kg: {args.shapes}: no such shapes file"), file=sys.stderr)
        return EXIT_BAD_INPUT
    except (OSError, ValueError) as exc:  # unreadable, or names the file and line
        print(printable(f"kg: {exc}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    conforms, report = validate_ntriples(data, shapes, ontology_ntriples())
    if conforms:
        print(printable(f"{args.file}: conforms to the shapes ({data.count(chr(10))} triples)"))
        return EXIT_OK
    print(printable(report))
    return EXIT_INVALID


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    """The --seeds and --rules options that every command reading articles takes."""
    parser.add_argument(
        "--seeds", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)"
    )
    parser.add_argument(
        "--rules", type=Path, default=None, help="folder of rule files (default: the package's kg/rules)"
    )


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like the rest of ``kg``'s (argparse
    prints its usage block first)."""

    def error(self, message: str):
        self.exit(EXIT_BAD_INPUT, f"kg: {message} (see `{self.prog} --help`)\n")


def _add_data(command: argparse.ArgumentParser, verb: str) -> None:
    """The --exports and --data options of the commands that read the built graph (one or
    the other)."""
    parser = command.add_mutually_exclusive_group()
    parser.add_argument(
        "--exports",
        type=Path,
        default=Path("exports"),
        metavar="DIR",
        help=f"the folder `kg build --out` wrote: {verb} its graph.ttl, the ontology, and its "
        "reference.ttl in the reference named graph (default: exports)",
    )
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help=f"{verb} this RDF file (Turtle, N-Triples, RDF/XML … by extension) instead of the "
        "folder's graph.ttl, with the ontology, and no reference graph; repeatable",
    )


def _version() -> str:
    """The installed package's version (kg-news)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kg-news")
    except PackageNotFoundError:  # (run from a checkout that is not installed)
        return "unknown"


def make_parser() -> argparse.ArgumentParser:
    """The argument parser of ``kg`` and its sub-commands."""
    parser = _Parser(
        prog="kg",
        description="Turn news articles into a traceable RDF knowledge graph.",
        epilog="Exit codes: 0 success, 1 graph does not conform to the SHACL shapes, 2 bad input.",
    )
    parser.add_argument("--version", action="version", version=f"kg {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = sub.add_parser(
        "build",
        help="build exports/graph.ttl and exports/graph.html from a folder of articles",
        description="Read every .txt article in SEEDS, extract facts with the rules, validate "
        "the graph against the SHACL shapes and write Turtle and an offline HTML graph to OUT. "
        "Nothing is written if any step fails.",
        epilog="Example: kg build --seeds seeds --out exports",
    )
    _add_inputs(build)
    build.add_argument(
        "--out", type=_folder, default=Path("exports"), help="folder for the exports (default: exports)"
    )
    build.add_argument(
        "--base",
        type=_base_iri,
        default=DEFAULT_BASE,
        help=f"base IRI of minted resources, ending in '/' (default: {DEFAULT_BASE})",
    )
    build.add_argument("--no-html", action="store_true", help="do not write the HTML graph")
    build.add_argument(
        "--stream",
        action="store_true",
        help="for corpora larger than memory: write graph.nt and coverage.txt only, a chunk of "
        "articles at a time (no Turtle, no page)",
    )
    build.add_argument(
        "--per-article",
        action="store_true",
        help="also write each article's own graph to OUT/articles/<article>.ttl",
    )
    build.add_argument(
        "--jobs",
        type=_count(0, 1024),
        default=0,
        metavar="N",
        help="processes that extract and validate articles, ten at a time (default 0: one per CPU); "
        "the output is the same for any N",
    )
    build.add_argument(
        "--max-bytes",
        type=_count(1),
        default=10 * 1024 * 1024,
        metavar="N",
        help="refuse an article file larger than N bytes (default: 10 MB)",
    )
    build.add_argument(
        "--on-disagreement",
        choices=("record", "stop"),
        default="record",
        help="when articles give a value the shapes allow once differently (an ordinal, a date): "
        "record a kgo:Disagreement and assert none of the values (default), or stop the build "
        "with the validation report",
    )
    build.add_argument(
        "--format",
        action="append",
        default=[],
        metavar="{ttl,nt,jsonld}",
        help="also write these RDF formats (graph.nt, graph.jsonld); repeatable or comma-separated; "
        "Turtle is always written",
    )
    build.set_defaults(func=_build)

    query = sub.add_parser(
        "query",
        help="run SPARQL on the built graph (named query, .rq file or string)",
        description="Run a SPARQL query on exports/graph.ttl and the ontology, loaded into an embedded "
        "store (pyoxigraph). QUERY is a named query (see --list), a .rq file or the query text. "
        "SELECT results print as a table or in a W3C results format; CONSTRUCT/DESCRIBE as Turtle.",
        epilog="Example: kg query fact-to-evidence --param subject=Belarus --param predicate=org:memberOf",
    )
    query.add_argument("query", nargs="?", help="named query, path to a .rq file, or SPARQL text")
    query.add_argument("--list", action="store_true", help="list the named queries with their question")
    query.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind ?NAME to VALUE (a string; <iri> or prefix:name for an IRI; an N-Triples literal "
        "for a typed value); repeatable",
    )
    query.add_argument(
        "--format",
        choices=("table", "json", "csv", "tsv", "xml"),
        default="table",
        help="output for SELECT/ASK (default: table)",
    )
    _add_data(query, "query")
    query.add_argument(
        "--base",
        type=_base_iri,
        default=DEFAULT_BASE,
        help="base IRI of the build, for short names in tables",
    )
    query.set_defaults(func=_query)

    load = sub.add_parser(
        "load",
        help="push the export into a triple store (SPARQL 1.1 Graph Store Protocol)",
        description="Replace a graph of a SPARQL 1.1 Graph Store HTTP Protocol server with the export "
        "and the ontology (HTTP PUT), so reloading never duplicates triples.",
        epilog="Example: kg load --endpoint http://127.0.0.1:7878/store --graph https://kg.example.org/graph/news",
    )
    load.add_argument("--endpoint", required=True, help="the store's Graph Store Protocol URL")
    load.add_argument(
        "--graph", type=_graph_iri, default=None, help="named graph IRI (default: the default graph)"
    )
    load.add_argument(
        "--user", type=_credentials, default=None, metavar="NAME:PASSWORD", help="HTTP basic authentication"
    )
    _add_data(load, "load")
    load.set_defaults(func=_load)

    cov = sub.add_parser(
        "coverage",
        help="show what the rules found and missed, per article",
        description="Extract the articles (nothing is written) and print, per article, the sentences "
        "that yielded no fact, the mentions that joined no relation, the anaphors with no antecedent "
        "in scope and the facts per rule; then "
        "the gazetteer entries never mentioned and the rules that never fired. `kg build` writes "
        "the same report to exports/coverage.txt.",
        epilog="Example: kg coverage --seeds seeds",
    )
    _add_inputs(cov)
    cov.set_defaults(func=_coverage)

    expl = sub.add_parser(
        "explain",
        help="say which rules made the facts about an entity, or what the rules see of a sentence",
        description="Extract the articles (nothing is written) and explain an entity, given by any of "
        "its names: its mentions, every fact about it with the rule, the rule's file and the span, "
        "and the overlapping candidates its mentions won against, with the reason. With --sentence: "
        "each sentence holding the words as the relation rules see it (mentions replaced by "
        "{Class}, what a pattern's slots match), the facts read from it, and with --rule whether "
        "that rule's pattern matches it.",
        epilog="Examples: kg explain Belarus; kg explain --sentence counterpart --rule person.counterpart",
    )
    expl.add_argument("term", nargs="?", help="a name of the entity (any case), e.g. Xi, Belarus, security")
    expl.add_argument(
        "--sentence", metavar="WORDS", help="explain the sentences holding these words (any case) instead"
    )
    expl.add_argument(
        "--rule", metavar="ID", help="with --sentence: say whether this relation rule's pattern matches"
    )
    _add_inputs(expl)
    expl.set_defaults(func=_explain)

    validate = sub.add_parser(
        "validate",
        help="check an RDF file against the SHACL shapes",
        description="Validate an RDF file (Turtle, N-Triples, RDF/XML, JSON-LD …, by extension) against "
        "ontology/shapes.ttl (with the ontology's class hierarchy) and print the report. Exit 0 if it "
        "conforms, 1 if not, 2 on bad input.",
        epilog="Example: kg validate exports/graph.ttl",
    )
    validate.add_argument(
        "file",
        type=Path,
        nargs="?",
        default=DEFAULT_EXPORT,
        help="RDF file, syntax by extension (default: exports/graph.ttl)",
    )
    validate.add_argument(
        "--shapes", type=Path, default=None, help="SHACL shapes (default: ontology/shapes.ttl)"
    )
    validate.set_defaults(func=_validate)
    return parser


def _check_arguments(argv: list[str]) -> None:
    """A KgError for an argument that is not valid UTF-8 (Python keeps its bytes as lone
    surrogates, which no query, IRI or file name here can hold)."""
    for argument in argv:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            shown = argument.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            raise KgError(f"the argument {shown!r} is not valid UTF-8") from None


def _folder(value: str) -> Path:
    """A folder argument; an empty one (`--out ''`, which wrote into the working folder: a
    hunting review) is refused."""
    if not value.strip():
        raise argparse.ArgumentTypeError("give a folder, not an empty name")
    return Path(value)


def main(argv: list[str] | None = None) -> int:
    """Run ``kg`` with ``argv`` (default: the process arguments); return the exit code."""
    for stream in (sys.stdout, sys.stderr):  # (a terminal that takes ASCII only: "Erdo\u011fan")
        if hasattr(stream, "reconfigure") and stream.errors == "strict":
            stream.reconfigure(errors="backslashreplace")
    try:
        _check_arguments(sys.argv[1:] if argv is None else argv)
        args = make_parser().parse_args(argv)
        return args.func(args)
    except ValidationError as exc:
        print(f"kg: {printable(str(exc).rstrip())}", file=sys.stderr)
        return EXIT_INVALID
    except KgError as exc:
        print(f"kg: {printable(str(exc).rstrip())}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `kg query ... | head`: the reader has what it wanted
        sys.stderr.close()
        return EXIT_OK
    except KeyboardInterrupt:  # Ctrl-C (a build's exports are swapped in whole: left as they were)
        print("kg: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except MemoryError as exc:  # pyoxigraph's parsers: "Reached the buffer maximal size of 16777216"
        print(
            printable(
                f"kg: {exc or 'out of memory'}: a file holds a token (a literal) longer than "
                "the RDF parser reads (16 MiB), or the data does not fit in memory"
            ),
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except OSError as exc:  # a file or folder the command cannot read or write
        where = f"{exc.filename}: " if exc.filename else ""
        print(printable(f"kg: {where}{exc.strerror or exc}"), file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
