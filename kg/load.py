"""Push the export into a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

``PUT`` replaces the target graph, so loading twice leaves one copy (the export has no blank
nodes, and neither has the ontology).
"""

from __future__ import annotations

import base64
import http.client
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.errors import KgError


class LoadError(KgError):
    """The store refused the data or could not be reached."""


def graph_store_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL for ``graph`` (the default graph when None): the
    endpoint's own query parameters kept, its path percent-encoded ("/ök" is "/%C3%B6k")."""
    parts = urllib.parse.urlsplit(endpoint)
    path = urllib.parse.quote(parts.path, safe="/%:@!$&'()*+,;=~")
    target = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    own = urllib.parse.quote(parts.query, safe="=&%+:/?@!$'()*,;~")  # ("?x=ö")
    query = f"{own}&{target}" if own else target
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def check_endpoint(endpoint: str) -> None:
    """A LoadError unless ``endpoint`` is an http(s) URL with a host."""
    try:
        parts = urllib.parse.urlsplit(endpoint)
        parts.port  # noqa: B018 (reading it checks it: "http://[::1", ":99999")
    except ValueError as exc:
        raise LoadError(f"{endpoint!r}: not a URL ({exc})") from None
    if parts.username or parts.password:  # (first: every other message would echo the password)
        host = parts.hostname
        raise LoadError(f"{host}: give the user and password with --user NAME:PASSWORD, not in the URL")
    if any(c.isspace() or ord(c) < 0x20 or c == "\x7f" for c in endpoint):
        raise LoadError(f"{endpoint!r}: a URL holds no spaces or control characters")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LoadError(
            f"{endpoint}: not an http(s) URL; give the store's Graph Store URL, e.g. http://127.0.0.1:7878/store"
        )
    # (a hunting review: "#x" sent both graphs to the default graph, "?graph=x" to x and a 400)
    if parts.fragment or "#" in endpoint:
        raise LoadError(f"{endpoint}: a Graph Store URL has no fragment (#…); leave it out")
    named = {key for key, _value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)}
    if named & {"graph", "default"}:
        raise LoadError(
            f"{endpoint}: give the store's Graph Store URL without ?graph= or ?default; "
            "kg load names the graphs itself (--graph IRI for the export's)"
        )


def put_graph(
    endpoint: str, turtle: bytes, graph: str | None = None, user: str | None = None, timeout: float = 60.0
) -> int:
    """Replace ``graph`` at the Graph Store endpoint with ``turtle``; return the HTTP status.

    endpoint: the store's Graph Store Protocol URL (Oxigraph: ``http://host:7878/store``);
    graph: the named graph IRI, or None for the default graph; user: ``name:password`` for
    HTTP basic authentication; timeout: seconds to wait for the server.
    """
    check_endpoint(endpoint)
    request = urllib.request.Request(
        graph_store_url(endpoint, graph),
        data=turtle,
        method="PUT",
        headers={"Content-Type": "text/turtle; charset=utf-8"},
    )
    if user:
        token = base64.b64encode(user.encode("utf-8")).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()[:500]
        hint = {401: "give --user name:password", 403: "the account may not write", 404: "check the URL"}
        extra = f" ({hint[exc.code]})" if exc.code in hint else ""
        detail = "".join(c if c.isprintable() else "?" for c in detail)  # (a binary body)
        raise LoadError(f"{endpoint}: the store answered {exc.code} {exc.reason}{extra}: {detail}") from None
    except urllib.error.URLError as exc:
        raise LoadError(f"{endpoint}: cannot reach the store: {exc.reason}") from None
    except (TimeoutError, OSError) as exc:
        raise LoadError(f"{endpoint}: {exc}") from None
    except http.client.HTTPException as exc:  # an answer that is not HTTP
        raise LoadError(
            f"{endpoint}: not an HTTP answer ({type(exc).__name__}): is this the store's URL?"
        ) from None


def load_files(
    endpoint: str, paths: list[Path], graph: str | None = None, user: str | None = None
) -> tuple[int, int]:
    """Replace ``graph`` with the union of the RDF files ``paths`` (syntax by extension,
    Turtle when unknown); return (status, bytes).

    The files are parsed and joined as one N-Triples document (a subset of Turtle), so the
    graph is replaced in one request.
    """
    import pyoxigraph as ox

    from kg.rdfbytes import check_rdf_file, rdf_bytes, rdf_format

    check_endpoint(endpoint)

    parts = []
    for path in paths:
        fmt = rdf_format(path)
        try:
            check_rdf_file(path, fmt)
            # Blank nodes of different files are different nodes, whatever their labels.
            quads = list(ox.parse(path=str(path), format=fmt, rename_blank_nodes=len(paths) > 1))
        except FileNotFoundError:
            raise LoadError(
                f"{path}: no such file; run `kg build` first, or give --exports or --data"
            ) from None
        except SyntaxError as exc:
            raise LoadError(f"{path}: not valid {fmt.name}: {exc}") from None
        except (OSError, MemoryError) as exc:  # unreadable, a folder, a token over 16 MiB
            raise LoadError(f"{path}: cannot read it: {getattr(exc, 'strerror', None) or exc}") from None
        parts.append(rdf_bytes((q.triple for q in quads), ox.RdfFormat.N_TRIPLES))
    body = b"".join(parts)
    return put_graph(endpoint, body, graph, user), len(body)
