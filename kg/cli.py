"""The ``kg`` command: parses arguments and calls the library; nothing else.

Exit codes: 0 success, 1 the graph does not conform to the shapes, 2 bad input (rules,
articles, arguments).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import KgError, ValidationError
from kg.vocab import DEFAULT_BASE

EXIT_OK, EXIT_INVALID, EXIT_BAD_INPUT = 0, 1, 2


def _build(args: argparse.Namespace) -> int:
    from kg.build import run_build

    result = run_build(args.seeds, args.out, args.base, args.rules, html=not args.no_html)
    print(result.summary())
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from rdflib import Graph

    from kg.rulebase import load_rulebase
    from kg.validate import load_shapes, validate_graph

    try:
        data = Graph().parse(args.file, format="turtle")
    except FileNotFoundError:
        print(f"kg: {args.file}: no such file; run `kg build` first", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # rdflib raises several parser exception types
        print(f"kg: {args.file}: not valid Turtle: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    conforms, report = validate_graph(data, load_shapes(args.shapes), load_rulebase().ontology)
    if conforms:
        print(f"{args.file}: conforms to the shapes ({len(data)} triples)")
        return EXIT_OK
    print(report)
    return EXIT_INVALID


def make_parser() -> argparse.ArgumentParser:
    """The argument parser of ``kg`` and its sub-commands."""
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Turn news articles into a traceable RDF knowledge graph.",
        epilog="Exit codes: 0 success, 1 graph does not conform to the SHACL shapes, 2 bad input.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = sub.add_parser(
        "build",
        help="build exports/graph.ttl and exports/graph.html from a folder of articles",
        description="Read every .txt article in SEEDS, extract facts with the rules, validate "
        "the graph against the SHACL shapes and write Turtle and an offline HTML graph to OUT. "
        "Nothing is written if any step fails.",
        epilog="Example: kg build --seeds seeds --out exports",
    )
    build.add_argument(
        "--seeds", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)"
    )
    build.add_argument(
        "--out", type=Path, default=Path("exports"), help="folder for the exports (default: exports)"
    )
    build.add_argument(
        "--base", default=DEFAULT_BASE, help=f"base IRI of minted resources (default: {DEFAULT_BASE})"
    )
    build.add_argument(
        "--rules", type=Path, default=None, help="folder of rule files (default: the package's kg/rules)"
    )
    build.add_argument("--no-html", action="store_true", help="write only the Turtle")
    build.set_defaults(func=_build)

    validate = sub.add_parser(
        "validate",
        help="check a Turtle file against the SHACL shapes",
        description="Validate a Turtle graph against ontology/shapes.ttl (with the ontology's "
        "class hierarchy) and print the report. Exit 0 if it conforms, 1 if not, 2 on bad input.",
        epilog="Example: kg validate exports/graph.ttl",
    )
    validate.add_argument(
        "file",
        type=Path,
        nargs="?",
        default=Path("exports/graph.ttl"),
        help="Turtle file (default: exports/graph.ttl)",
    )
    validate.add_argument(
        "--shapes", type=Path, default=None, help="SHACL shapes (default: ontology/shapes.ttl)"
    )
    validate.set_defaults(func=_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``kg`` with ``argv`` (default: the process arguments); return the exit code."""
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except ValidationError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except KgError as exc:
        print(f"kg: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
