"""SPARQL over the built graph on an embedded store (pyoxigraph), and named queries.

Named queries are the ``.rq`` files of ``kg/queries/``, each opening with comment lines
``# Question:``, ``# Shape:`` and, when it takes any, ``# Parameters:`` and ``# Example:``.
Parameters are bound as RDF terms in a ``VALUES`` block (see ``with_values``), never
spliced into the query text as written; the same binding works in every SPARQL 1.1 engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdfbytes import check_rdf_file, rdf_bytes, rdf_format
from kg.terminal import OBEYED, printable
from kg.vocab import PREFIXES


class QueryError(KgError):
    """A query that cannot be found, parsed or run; the message says where and why."""


@dataclass(frozen=True)
class NamedQuery:
    """A query of ``kg/queries/``: its name, question, result shape and text."""

    name: str
    path: Path
    question: str
    shape: str
    parameters: str
    text: str

    def required(self) -> dict[str, str]:
        """The parameters the query cannot run without, with what each is: those its header
        marks ``name (required: what it is)``."""
        return _required(self.parameters)


def _required(parameters: str) -> dict[str, str]:
    return dict(re.findall(r"(\w+) \(required: ([^)]*)\)", parameters))


def _check_required(spec: str, text: str, params: dict[str, str] | None) -> str:
    """``text``, if ``params`` give every parameter its ``# Parameters:`` header requires."""
    missing = {
        n: what for n, what in _required(_header(text, "Parameters")).items() if n not in (params or {})
    }
    if missing:
        needed = ", ".join(f"--param {n}=VALUE ({what})" for n, what in missing.items())
        raise QueryError(f"the query {spec!r} needs {needed}")
    return text


def queries_dir() -> Path:
    """The folder of named queries shipped with the package."""
    return Path(__file__).resolve().parent / "queries"


def _header(text: str, key: str) -> str:
    """The words of the query file's ``# Key:`` comment, with the comment lines that go on
    from it (up to the next ``# Key:`` line or the query), joined into one line."""
    match = re.search(rf"^# {key}:\s*(.+(?:\n# (?![A-Z][a-z]+:).+)*)", text, flags=re.MULTILINE)
    return " ".join(line.removeprefix("# ").strip() for line in match.group(1).splitlines()) if match else ""


def named_queries(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query of ``folder`` (default: the package's), by name, sorted."""
    found = {}
    for path in sorted((folder or queries_dir()).glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        found[path.stem] = NamedQuery(
            path.stem,
            path,
            _header(text, "Question"),
            _header(text, "Shape"),
            _header(text, "Parameters"),
            text,
        )
    return found


def _is_file(spec: str) -> bool:
    """Whether ``spec`` names an existing file; False for text no file can be named by (a
    one-line query longer than a file name may be, which the system refuses to look up)."""
    try:
        return Path(spec).is_file()
    except (OSError, ValueError):  # ENAMETOOLONG, or a NUL
        return False


def resolve_query(spec: str, params: dict[str, str] | None = None) -> str:
    """The query text ``spec`` stands for: a named query, a path to a ``.rq`` file, or the
    text of a query itself. A named query or file without one of the ``params`` its header
    marks required is a QueryError."""
    named = named_queries()
    if spec in named:
        return _check_required(spec, named[spec].text, params)
    if spec.endswith(".rq") or ("\n" not in spec and _is_file(spec)):
        try:
            text = Path(spec).read_text(encoding="utf-8-sig")  # (a BOM is not part of the query)
        except OSError as exc:
            raise QueryError(f"{spec}: cannot read the query file ({exc.strerror})") from None
        except UnicodeDecodeError as exc:
            raise QueryError(
                f"{spec}: not valid UTF-8 at byte offset {exc.start}; save the query as UTF-8"
            ) from None
        return _check_required(spec, text, params)
    if _UPDATE.match(spec):
        raise QueryError(f"{spec!r} is a SPARQL update: kg query reads, it does not change the graph")
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", spec, flags=re.IGNORECASE):
        return spec
    raise QueryError(
        f"{spec!r} is neither a named query, a .rq file nor a SPARQL query; "
        "`kg query --list` shows the named queries"
    )


#: A SPARQL 1.1 update: its first keyword, after any PREFIX and BASE lines.
_UPDATE = re.compile(
    r"\s*(?:(?:PREFIX|BASE)\b[^\n]*\n\s*)*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\s",
    re.IGNORECASE,
)


def open_store(paths: list[Path], named: dict[str, Path] | None = None) -> ox.Store:
    """An in-memory store holding the RDF files ``paths`` in its default graph, and each
    file of ``named`` (graph IRI → file) in that named graph; the syntax of each file is
    told by its extension (Turtle when unknown)."""
    store = ox.Store()
    places = [(path, None) for path in paths] + [(path, ox.NamedNode(g)) for g, path in (named or {}).items()]
    for path, graph in places:
        fmt = rdf_format(path)
        try:
            check_rdf_file(path, fmt)
            store.bulk_load(path=str(path), format=fmt, to_graph=graph)
        except FileNotFoundError:
            streamed = path.with_suffix(".nt")
            hint = f"; there is {streamed} beside it: give --data {streamed}" if streamed.exists() else ""
            raise QueryError(
                f"{path}: no such file; run `kg build` first, or give --exports or --data{hint}"
            ) from None
        except SyntaxError as exc:
            raise QueryError(f"{path}: not valid {fmt.name}: {exc}") from None
        except (OSError, MemoryError) as exc:  # unreadable, a folder, a token over 16 MiB
            raise QueryError(f"{path}: cannot read it: {getattr(exc, 'strerror', None) or exc}") from None
    return store


def declared_prefixes(paths: list[Path]) -> dict[str, str]:
    """The prefixes that the Turtle (or TriG, N3) files ``paths`` declare before their first
    triple, as ``kg build`` writes them (``state:``, ``person:`` …): queries may use them."""
    found: dict[str, str] = {}
    for path in paths:
        fmt = rdf_format(path)
        if fmt not in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG, ox.RdfFormat.N3):
            continue
        try:
            with path.open("rb") as handle:
                parser = ox.parse(handle, format=fmt)
                next(parser, None)
                found.update(parser.prefixes)
        except (OSError, SyntaxError):
            continue  # open_store reports the file
    return found


def minted_prefixes(base: str) -> dict[str, str]:
    """The prefixes ``kg build`` binds for the resources it mints under ``base`` (``state:``,
    ``person:`` …), for data that declares none (N-Triples from ``kg build --stream``)."""
    from rdflib import Graph

    from kg.assemble import prefixes_of
    from kg.classes import ClassTree, ontology_dir

    return prefixes_of(ClassTree.from_graph(Graph().parse(ontology_dir() / "kg.ttl", format="turtle")), base)


# A prefixed name as SPARQL writes one (PN_PREFIX ":" PN_LOCAL, without escapes).
_CURIE = re.compile(r"([A-Za-z](?:[\w.-]*[\w-])?)?:((?:[\w:-]|\.(?!$))*)")


def query_prefixes(data: dict[str, str] | None = None) -> dict[str, str]:
    """The prefixes a query may use undeclared: those of the data files (``data``, from
    ``declared_prefixes``), and the project's vocabularies (kgo, schema, org, prov, nif …),
    which win over a data file's own."""
    return {**(data or {}), **{p: str(ns) for p, ns in PREFIXES.items()}}


# What a value in N-Triples literal syntax looks like: "…", "…"@lang or "…"^^datatype.
_LITERAL_SHAPE = re.compile(
    r'"(?:[^"\\]|\\.)*"(?:@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^(?:<[^>]*>|\S+))?', re.DOTALL
)


def parse_value(value: str, prefixes: dict[str, str] | None = None) -> ox.NamedNode | ox.Literal:
    """A parameter's value as an RDF term.

    ``<iri>`` is an IRI; ``prefix:name`` with a known prefix (kgo, org, schema …, and those
    of ``prefixes``, e.g. ``state:``) is an IRI; a value in N-Triples literal syntax
    (``"2024-07-04"^^<…#date>``, ``"x"@en``) is that literal (a QueryError if it is not
    valid); anything else, such as a sentence that opens with a quote, is a plain string
    literal.
    """
    known = query_prefixes(prefixes)
    if value.startswith("<") and value.endswith(">"):
        try:
            return ox.NamedNode(value[1:-1])
        except ValueError as exc:
            raise QueryError(f"bad IRI {value!r}: {exc}; write an absolute IRI, <https://…>") from None
    match = _CURIE.fullmatch(value)
    if match and (match.group(1) or "") in known:
        return ox.NamedNode(known[match.group(1) or ""] + match.group(2))
    if _LITERAL_SHAPE.fullmatch(value):  # (a sentence that opens with a quote is a string)
        try:
            (quad,) = ox.parse(f"<urn:s> <urn:p> {value} .", format=ox.RdfFormat.N_TRIPLES)
        except (SyntaxError, ValueError):
            raise QueryError(f"bad literal {value!r}: write it in N-Triples syntax") from None
        return quad.object
    return ox.Literal(value)


def run_query(
    store: ox.Store, text: str, params: dict[str, str] | None = None, prefixes: dict[str, str] | None = None
):
    """Run the SPARQL ``text`` on ``store`` with ``params`` bound to variables by name.

    The project's prefixes (kgo, schema, org, prov, nif, rdfs …) and ``prefixes`` (those the
    data declares: ``state:``, ``person:`` …) are predeclared, so a query typed on the
    command line needs no PREFIX lines; a PREFIX line of the query wins.
    Returns pyoxigraph's result: solutions (SELECT), triples (CONSTRUCT/DESCRIBE) or a
    boolean (ASK). A syntax error becomes a QueryError with the parser's line and column.
    """
    text = with_values(text, params or {}, prefixes)
    try:
        return store.query(text, prefixes=query_prefixes(prefixes))
    except SyntaxError as exc:
        raise QueryError(f"malformed query: {_parse_error(str(exc), text, prefixes)}") from None
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(failed(exc)) from None


def failed(exc: BaseException) -> str:
    """The message of a query that failed while it ran (a SERVICE clause's endpoint that
    cannot be reached, or answers with an error page): its first line, cut at 300
    characters (a server's 5 MB error page was printed whole)."""
    first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return f"query failed: {first[:300]}{' …' if len(first) > 300 else ''}"


_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*|):", re.IGNORECASE)


def _parse_error(message: str, text: str, prefixes: dict[str, str] | None) -> str:
    """pyoxigraph's parse error in one line: an unknown prefix named ("unknown prefix
    'foo:'", the last prefixed name before where the parser stopped), rather than the
    character ranges it expected; else its first line, cut at 200 characters."""
    where = re.match(r"error at (\d+):(\d+)", message)
    if "Prefix not found" in message and where:
        line, column = int(where.group(1)), int(where.group(2))
        rows = text.split("\n")
        row = rows[line - 1] if 0 < line <= len(rows) else ""
        before = [m.group(1) or "" for m in _CURIE.finditer(row) if m.group(2) and m.start() < column]
        known = set(query_prefixes(prefixes)) | set(_DECLARED.findall(text))
        if before and before[-1] not in known:
            return (
                f"{where.group(0)}: unknown prefix '{before[-1]}:'; known: {', '.join(sorted(known))} "
                "(or declare it with a PREFIX line)"
            )
    first = message.splitlines()[0] if message else message
    return first if len(first) <= 200 else first[:197] + "..."


def _without_comments(text: str) -> str:
    """The query with its comments, strings and IRIs blanked, where no variable stands."""
    return _QUERY_TOKEN.sub(lambda t: " " * len(t.group()) if t["skip"] else t.group(), text)


def _check_names(params: dict[str, str], text: str) -> None:
    code = _without_comments(text)  # (a "?x" in a comment is no variable: a review)
    for name in params:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"bad parameter name {name!r}: use letters, digits and _")
        if not re.search(rf"[?$]{name}\b", code):
            used = sorted(set(re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", code)))
            raise QueryError(
                f"the query has no variable ?{name} to bind; its variables: {', '.join(used) or 'none'}"
            )
        # (a hunting review: each of these bound nothing, unsaid, or was called malformed)
        if re.search(rf"\bAS\s+[?$]{name}\b", code, re.IGNORECASE):
            raise QueryError(f"?{name} is bound by the query itself (… AS ?{name}); --param cannot bind it")
        # Where the VALUES block joins: the WHERE clause (not the projection, "SELECT ?t"), but
        # not inside a subquery (but for the variables it projects) nor inside OPTIONAL (where
        # the block fills the rows in rather than filtering them).
        where = _where_clause(code) or 0
        outside = " " * where + code[where:]
        optionals = _optionals(code)
        for begin, end in _subqueries(code) + optionals:
            seen = " ".join(_projected(code[begin:end])) if (begin, end) not in optionals else ""
            outside = outside[:begin] + seen.ljust(end - begin) + outside[end:]
        if not re.search(rf"[?$]{name}\b", outside):
            used = any(re.search(rf"[?$]{name}\b", code[b:e]) for b, e in optionals)
            raise QueryError(
                f"?{name} is used only inside {'OPTIONAL' if used else 'a subquery'}, where --param "
                "cannot filter on it; use it outside too (or FILTER on it), or bind it in the query"
            )
    if params and re.search(r"\bCONSTRUCT\s+WHERE\b", code, re.IGNORECASE):
        raise QueryError("--param cannot bind in CONSTRUCT WHERE { … }; write CONSTRUCT { … } WHERE { … }")


def _projected(block: str) -> list[str]:
    """The variables a subquery ``block`` ("{ SELECT ?s (COUNT(*) AS ?n) WHERE … }") makes
    visible outside it: those of its projection, or all of its own with "SELECT *"."""
    head = re.search(r"\bSELECT\b(.*?)(?:\bWHERE\b|\{)", block, re.IGNORECASE | re.DOTALL)
    projection = head.group(1) if head else ""
    return re.findall(r"[?$]\w+", block if "*" in projection.replace("(*)", "") else projection)


def _optionals(code: str) -> list[tuple[int, int]]:
    """The (begin, end) of each "OPTIONAL { … }" of the query ``code`` (comments and strings
    blanked)."""
    found = []
    for keyword in re.finditer(r"\bOPTIONAL\s*\{", code, re.IGNORECASE):
        depth = 0
        for at in range(keyword.end() - 1, len(code)):
            depth += {"{": 1, "}": -1}.get(code[at], 0)
            if depth == 0:
                found.append((keyword.start(), at + 1))
                break
    return found


def _subqueries(code: str) -> list[tuple[int, int]]:
    """The (begin, end) of each "{ SELECT … }" subquery of the query ``code`` (comments and
    strings blanked), from its "{" to its matching "}"."""
    found = []
    for select in re.finditer(r"\bSELECT\b", code, re.IGNORECASE):  # (the query's own has no "{")
        begin = code.rfind("{", 0, select.start())
        if begin < 0 or code[begin + 1 : select.start()].strip():
            continue
        depth = 0
        for at in range(begin, len(code)):
            depth += {"{": 1, "}": -1}.get(code[at], 0)
            if depth == 0:
                found.append((begin, at + 1))
                break
    return found


def _label_or_term(name: str, value: str, text: str, prefixes: dict[str, str] | None):
    """The value as ``parse_value`` reads it; a QueryError where the query's header says the
    parameter is a label and the value is an IRI, which would match nothing, unsaid."""
    term = parse_value(value, prefixes)
    described = dict(re.findall(r"(\w+) \(([^)]*)\)", _header(text, "Parameters")))
    if isinstance(term, ox.NamedNode) and "label" in described.get(name, ""):
        raise QueryError(
            f"--param {name} is {described[name]}: give the label (as `kg query entities` lists it), "
            f"not the IRI {value}"
        )
    if not isinstance(term, ox.NamedNode) and "IRI" in described.get(name, ""):  # (0 rows, unsaid)
        raise QueryError(
            f"--param {name} is {described[name]}: give an IRI or a prefixed name (org:memberOf), "
            f"not the words {value!r}"
        )
    return term


def with_values(text: str, params: dict[str, str], prefixes: dict[str, str] | None = None) -> str:
    """The query ``text`` with ``params`` bound by a ``VALUES`` block at the start of its
    WHERE clause, for engines without substitution (a remote endpoint, Jena), so that the
    values are bound wherever the variables are used, filters included. Each value is
    serialized as an RDF term (N-Triples syntax, escaped), never pasted in as written;
    ``prefixes`` are those ``parse_value`` may read besides the project's."""
    if not params:
        return text
    _check_names(params, text)
    names = sorted(params)
    terms = " ".join(str(_label_or_term(name, params[name], text, prefixes)) for name in names)
    block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }}"
    at = _where_clause(text)
    if at is None:
        raise QueryError("the query has no WHERE clause to bind parameters in")
    return f"{text[:at]} {block} {text[at:]}"  # (on the line of the "{": errors keep their lines)


# The parts of a query in which a "{" or "WHERE {" is not the query's own (comments, long
# and short strings, IRIs); then the two that are looked for.
_QUERY_TOKEN = re.compile(
    r"(?P<skip>#[^\n\r]*"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>)'
    r"|(?P<where>\bWHERE\s*\{)|(?P<brace>\{)",
    re.IGNORECASE,
)


def _where_clause(text: str) -> int | None:
    """Where the query's WHERE clause opens (just after its "{"): the first "WHERE {", else
    the first "{", outside comments, strings and IRIs (a comment that showed a "WHERE {"
    took the parameters, and they bound nothing)."""
    first_brace = None
    for token in _QUERY_TOKEN.finditer(text):
        if token["where"]:
            return token.end()
        if token["brace"] and first_brace is None:
            first_brace = token.end()
    return first_brace


_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}


_SEGMENT = re.compile(r"([a-z][a-z-]*)/")


def prefixes_for(iris: list[str], base: str) -> dict[str, str]:
    """The prefixes that shorten ``iris``: the project's vocabularies, and one per kind of
    resource under ``base`` (``state:`` for ``{base}state/``), sorted by prefix."""
    known = {p: str(ns) for p, ns in PREFIXES.items()}
    used: dict[str, str] = {}
    for iri in iris:
        if iri.startswith(base):
            match = _SEGMENT.match(iri, len(base))
            if match:
                used[match.group(1).replace("-", "")] = base + match.group(0)
                continue
        for prefix, namespace in known.items():
            if iri.startswith(namespace):
                used[prefix] = namespace
    return dict(sorted(used.items()))


def _iris(terms) -> list[str]:
    return [t.value for t in terms if isinstance(t, ox.NamedNode)]


def short(term: object, prefixes: dict[str, str]) -> str:
    """A term as a person reads it: a prefixed name for an IRI, the words of a literal."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        best = max((ns for ns in prefixes.values() if term.value.startswith(ns)), key=len, default=None)
        if best is not None:
            local = term.value[len(best) :]
            if re.fullmatch(r"[\w.-]*", local) and not local.endswith("."):
                prefix = next(p for p, ns in prefixes.items() if ns == best)
                return f"{prefix}:{local}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def table(result, base: str) -> str:
    """SELECT solutions as an aligned text table, with a row count; IRIs under ``base`` and
    in the project's vocabularies are shortened to prefixed names; controls are escaped
    (``printable``: a text's ESC would reach the terminal)."""
    names = [v.value for v in result.variables]
    solutions = [[solution[name] for name in names] for solution in result]
    prefixes = prefixes_for(_iris(t for row in solutions for t in row), base)
    rows = [[short(term, prefixes) for term in row] for row in solutions]
    rows = [[printable(cell.replace("\n", " ")) for cell in row] for row in rows]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


class _LastByte:
    """A binary output that remembers the last byte written through it."""

    def __init__(self, out) -> None:
        self.out, self.last = out, b""

    def write(self, data: bytes) -> int:
        if data:
            self.last = data[-1:]
        return self.out.write(data)

    def flush(self) -> None:
        self.out.flush()


def write_result(result, fmt: str, base: str, out) -> None:
    """Write a query result to the binary output ``out``, as ``format_result`` makes it;
    solutions in JSON, CSV or TSV are written as they come, not held in memory (a cross
    product of the graph, several GB, ran out of memory: a hunting review)."""
    if isinstance(result, ox.QuerySolutions) and fmt in ("json", "csv", "tsv"):
        ended = _LastByte(out)
        result.serialize(ended, format=_FORMATS[fmt])
        if ended.last not in (b"", b"\n"):
            out.write(b"\n")
        return
    out.write(format_result(result, fmt, base))


def _escaped(turtle: bytes) -> bytes:
    """``turtle`` with each character a terminal would obey written as Turtle's \\uXXXX
    escape (in a literal or an IRI alike), which reads back as the same character."""
    text = turtle.decode("utf-8")
    if not OBEYED.search(text):  # (pyoxigraph escapes C0 controls itself, not these)
        return turtle
    return OBEYED.sub(lambda found: f"\\u{ord(found.group()):04X}", text).encode("utf-8")


def format_result(result, fmt: str, base: str) -> bytes:
    """Serialize a query result.

    fmt: ``table`` (people), or ``json``/``csv``/``tsv``/``xml`` (the W3C SPARQL 1.1 results
    formats) for SELECT and ASK; CONSTRUCT and DESCRIBE results are always Turtle, with the
    prefixes they use; base: the base IRI resources were minted under.
    """
    if isinstance(result, ox.QueryTriples):
        triples = sorted(result, key=str)
        prefixes = prefixes_for(
            _iris(t for tr in triples for t in (tr.subject, tr.predicate, tr.object)), base
        )
        turtle = rdf_bytes(triples, ox.RdfFormat.TURTLE, prefixes) if triples else b""
        return _line_ended(_escaped(turtle)) if triples else b""
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            return b"true\n" if bool(result) else b"false\n"
        return _line_ended(result.serialize(format=_FORMATS[fmt]))
    if fmt == "table":
        return table(result, base).encode("utf-8")
    text = result.serialize(format=_FORMATS[fmt])
    if fmt == "xml":
        _check_xml_characters(text)
    return _line_ended(text)


# Characters XML 1.0 cannot hold, even escaped: C0 controls but tab, line feed and carriage
# return (RDF literals may hold them; an article's text can), and U+FFFE, U+FFFF.
_NOT_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")


def _check_xml_characters(text: bytes) -> None:
    """QueryError if the XML results ``text`` holds a character XML 1.0 cannot hold: pyoxigraph
    writes it as it is, and no XML parser would read the document."""
    found = _NOT_XML.search(text)
    if found:
        raise QueryError(
            f"the results hold the character U+{ord(found[0].decode('utf-8')):04X}, which XML cannot "
            "hold; use --format json, csv or tsv"
        )


def _line_ended(text: bytes) -> bytes:
    """``text`` ending in a newline, as a terminal or a pipe expects (pyoxigraph writes an ASK
    answer, and a JSON document, without one)."""
    return text if text.endswith(b"\n") else text + b"\n"


def output_formats() -> tuple[str, ...]:
    """The names ``format_result`` accepts."""
    return ("table", *_FORMATS)
