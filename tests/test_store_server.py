"""`kg load` into a real Oxigraph server, and every named query answered the same over HTTP."""

import http.server
import json
import threading
import urllib.parse
import urllib.request

import pytest

from kg.query import named_queries, open_store, run_query, with_values
from kg.vocab import REFERENCE_GRAPH
from tests.test_competency import PARAMS


def _remote(url: str, query: str) -> dict:
    request = urllib.request.Request(
        f"{url}/query",
        data=query.encode("utf-8"),
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def _rows(results: dict) -> set[tuple]:
    names = results["head"]["vars"]
    return {
        tuple(tuple(sorted(b[n].items())) if n in b else None for n in names)
        for b in results["results"]["bindings"]
    }


def _count(url: str, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    return int(
        _remote(url, f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")["results"]["bindings"][0]["n"]["value"]
    )


def test_store_server_load_query_reload(run_kg, root, oxigraph_server):
    url = oxigraph_server
    done = run_kg("load", "--endpoint", f"{url}/store", cwd=root)
    assert done.returncode == 0, done.stderr
    assert "into the default graph" in done.stdout and "(HTTP 20" in done.stdout
    assert f"into graph <{REFERENCE_GRAPH}>" in done.stdout  # the reference graph, kept apart
    loaded = _count(url)
    reference = {REFERENCE_GRAPH: root / "exports" / "reference.ttl"}
    store = open_store([root / "exports" / "graph.ttl", root / "ontology" / "kg.ttl"], reference)
    assert loaded + _count(url, REFERENCE_GRAPH) == len(store)
    assert _count(url, REFERENCE_GRAPH) == len(open_store([], reference))
    for name, query in named_queries().items():
        text = with_values(query.text, PARAMS.get(name, {}))
        embedded = json.loads(
            run_query(store, query.text, PARAMS.get(name)).serialize(
                format=__import__("pyoxigraph").QueryResultsFormat.JSON
            )
        )
        remote = _remote(url, text)
        assert remote["head"]["vars"] == embedded["head"]["vars"], name
        assert _rows(remote) == _rows(embedded), name
        # (the seed's one article disagrees with nothing: tests/test_disagreements.py asks
        # that query of a graph with a disagreement)
        assert _rows(remote) or name == "disagreements", f"{name} answered nothing"
    again = run_kg("load", "--endpoint", f"{url}/store", cwd=root)
    assert again.returncode == 0, again.stderr
    assert _count(url) == loaded and loaded + _count(url, REFERENCE_GRAPH) == len(store)


def test_store_server_named_graph_is_replaced(run_kg, root, oxigraph_server):
    graph = "https://kg.example.org/graph/news"
    for _ in range(2):
        done = run_kg("load", "--endpoint", f"{oxigraph_server}/store", "--graph", graph, cwd=root)
        assert done.returncode == 0, done.stderr
    assert f"graph <{graph}>" in done.stdout
    assert _count(oxigraph_server, graph) == len(
        open_store([root / "exports" / "graph.ttl", root / "ontology" / "kg.ttl"])
    )
    assert _count(oxigraph_server) == 0


def test_store_server_bad_request_reported_plainly(oxigraph_server):
    """A request the store refuses (here Turtle that does not parse: `kg load` itself sends
    only what it has parsed, and refuses a bad --graph before sending) is one LoadError
    with the store's status and words."""
    from kg.load import LoadError, put_graph

    with pytest.raises(LoadError, match="the store answered 400"):
        put_graph(f"{oxigraph_server}/store", b"<not turtle", "https://kg.example.org/graph/x")


def test_store_server_bad_graph_iri_refused_before_sending(run_kg, root, oxigraph_server):
    done = run_kg("load", "--endpoint", f"{oxigraph_server}/store", "--graph", "not an IRI", cwd=root)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "graph IRI 'not an IRI' is not absolute" in done.stderr


def test_store_server_connection_refused_reported_plainly(run_kg, root):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    done = run_kg("load", "--endpoint", f"http://127.0.0.1:{port}/store", cwd=root)
    assert done.returncode == 2
    assert "cannot reach the store" in done.stderr and "Traceback" not in done.stderr


class _NeedsAuth(http.server.BaseHTTPRequestHandler):
    def do_PUT(self):
        length = int(self.headers.get("Content-Length", 0))
        self.rfile.read(length)
        expected = "Basic " + __import__("base64").b64encode(b"editor:secret").decode()
        if self.headers.get("Authorization") == expected:
            self.send_response(204)
        else:
            self.send_response(401, "Unauthorized")
            self.send_header("WWW-Authenticate", 'Basic realm="store"')
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.mark.parametrize(("user", "code"), [(None, 2), ("editor:wrong", 2), ("editor:secret", 0)])
def test_store_server_authentication(run_kg, root, user, code):
    server = http.server.HTTPServer(("127.0.0.1", 0), _NeedsAuth)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        args = ["load", "--endpoint", f"http://127.0.0.1:{server.server_port}/data"]
        done = run_kg(*args, *(["--user", user] if user else []), cwd=root)
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == code, done.stderr
    if code:
        assert "401" in done.stderr and "--user" in done.stderr


def test_store_server_url_for_graphs():
    from kg.load import graph_store_url

    assert graph_store_url("http://h/store", None) == "http://h/store?default"
    assert graph_store_url(
        "http://h/ds/data", "https://g/1"
    ) == "http://h/ds/data?graph=" + urllib.parse.quote("https://g/1", safe="")


def test_store_server_blank_nodes_of_two_files_stay_apart(run_kg, tmp_path, oxigraph_server):
    """`_:b0` of one file and `_:b0` of another are two nodes, in the store as in the files
    (they were sent as one node, with both names)."""
    graph = "https://kg.example.org/graph/people"
    (tmp_path / "p1.nt").write_text('_:b0 <http://ex.org/name> "Alice" .\n_:b0 <http://ex.org/age> "30" .\n')
    (tmp_path / "p2.nt").write_text('_:b0 <http://ex.org/name> "Bob" .\n')
    done = run_kg(
        "load", "--endpoint", f"{oxigraph_server}/store", "--graph", graph,
        "--data", "p1.nt", "--data", "p2.nt", cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    people = f"GRAPH <{graph}> {{ ?who <http://ex.org/name> ?name }}"
    assert (
        _remote(oxigraph_server, f"SELECT (COUNT(DISTINCT ?who) AS ?n) WHERE {{ {people} }}")["results"][
            "bindings"
        ][0]["n"]["value"]
        == "2"
    )


def test_store_server_url_keeps_the_endpoints_query_and_encodes_its_path():
    """The endpoint's own query parameters stay before the graph's, and a path that is not
    ASCII is percent-encoded (a hunting review: a traceback)."""
    from kg.load import graph_store_url

    assert graph_store_url("http://h/ds?x=1", None) == "http://h/ds?x=1&default"
    assert graph_store_url("http://h/ök", None) == "http://h/%C3%B6k?default"
    assert graph_store_url("http://h/s?x=ö", None) == "http://h/s?x=%C3%B6&default"


@pytest.mark.parametrize(
    ("endpoint", "said"),
    [
        ("http://127.0.0.1:9/store#x", "no fragment"),
        ("http://127.0.0.1:9/store?graph=x", "without ?graph= or ?default"),
        ("http://127.0.0.1:9/store?default", "without ?graph= or ?default"),
        ("http://editor:secret@127.0.0.1:9/store", "--user NAME:PASSWORD, not in the URL"),
        ("ftp://editor:secret@127.0.0.1:9/store", "--user NAME:PASSWORD, not in the URL"),
        ("http://editor:secret@127.0.0.1:9/store#x", "--user NAME:PASSWORD, not in the URL"),
    ],
)
def test_store_server_endpoint_that_would_load_the_wrong_graph_is_refused(run_kg, root, endpoint, said):
    """An endpoint with a fragment or its own graph parameter sent the export to the wrong
    graph and reported success (a hunting review, against Oxigraph): refused before anything
    is sent; so is a password in the URL, which the error would have echoed."""
    done = run_kg("load", "--endpoint", endpoint, cwd=root)
    assert done.returncode == 2
    assert said in done.stderr and "Traceback" not in done.stderr
    assert "secret" not in done.stderr


class _RefusesNamedGraphs(http.server.BaseHTTPRequestHandler):
    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(204 if self.path.endswith("?default") else 400)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_store_server_a_failed_reference_graph_is_named(run_kg, root):
    """When the export's graph was loaded and the reference graph's PUT fails, the error says
    which graph failed, and that the export is loaded (a hunting review)."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _RefusesNamedGraphs)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        done = run_kg("load", "--endpoint", f"http://127.0.0.1:{server.server_port}/store", cwd=root)
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 2
    assert "into graph <https://kg.example.org/graph/reference>; the export is loaded)" in done.stderr
