import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from kg.validate import load_shapes, validate_graph
from kg.vocab import KGO, NIF


@pytest.fixture(scope="module")
def shapes():
    return load_shapes()


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for triple in graph:
        copy.add(triple)
    return copy


def test_shacl_seed_graph_conforms(seed_graph, shapes, rulebase):
    conforms, report = validate_graph(seed_graph, shapes, rulebase.ontology)
    assert conforms, report


def _shift_anchor(graph: Graph) -> None:
    span = next(graph.subjects(NIF.anchorOf, Literal("Belarus")))
    graph.set((span, NIF.anchorOf, Literal("Belaruz")))


def _drop_asserted_triple(graph: Graph) -> None:
    statement = next(graph.subjects(RDF.type, RDF.Statement))
    graph.remove(
        (
            graph.value(statement, RDF.subject),
            graph.value(statement, RDF.predicate),
            graph.value(statement, RDF.object),
        )
    )


def _pledge_without_quantity(graph: Graph) -> None:
    pledge = next(graph.subjects(RDF.type, KGO.Pledge))
    graph.remove((pledge, KGO.quantity, None))


def _second_start_date(graph: Graph) -> None:
    summit = next(graph.subjects(RDF.type, KGO.Summit))
    graph.add((summit, KGO.ordinal, Literal(25)))


@pytest.mark.parametrize(
    ("break_graph", "message"),
    [
        (_shift_anchor, "nif:anchorOf differs"),
        (_drop_asserted_triple, "not asserted"),
        (_pledge_without_quantity, "kgo:quantity"),
        (_second_start_date, "kgo:ordinal"),
    ],
)
def test_shacl_broken_graph_violates(seed_graph, shapes, rulebase, break_graph, message):
    graph = _copy(seed_graph)
    graph.namespace_manager = seed_graph.namespace_manager
    break_graph(graph)
    conforms, report = validate_graph(graph, shapes, rulebase.ontology)
    assert not conforms
    assert message in report


@pytest.mark.parametrize(
    ("text", "line"),
    [("@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:x sh:y\n", 3), ("<no scheme> a <urn:x> .\n", 1)],
)
def test_validate_shapes_that_do_not_parse_name_file_and_line(tmp_path, text, line):
    from kg.validate import load_shapes

    path = tmp_path / "broken-shapes.ttl"
    path.write_text(text, encoding="utf-8")
    expected = rf"broken-shapes\.ttl: the SHACL shapes do not parse: .*line {line}\b"
    with pytest.raises(ValueError, match=expected):
        load_shapes(path)


@pytest.mark.parametrize("runs", [8])
def test_validate_report_order_does_not_depend_on_shape_names(shapes, runs):
    """Property shapes are blank nodes, named anew on every run: two violations of one node
    by two property shapes must still come in the same order."""
    from kg.validate import ontology_ntriples, violations

    kgo, xsd = str(KGO), "http://www.w3.org/2001/XMLSchema#"
    data = (
        f"<urn:pledge> <{RDF.type}> <{kgo}Pledge> .\n"
        f'<urn:pledge> <{kgo}quantity> "many" .\n'  # wrong datatype
        f'<urn:pledge> <{kgo}unit> "1"^^<{xsd}integer> .\n'  # wrong datatype
    )
    seen = set()
    for _ in range(runs):
        found = violations(data, shapes, ontology_ntriples())
        assert {v.path for v in found} >= {"kgo:quantity", "kgo:unit"}
        seen.add(tuple((v.focus, v.path, v.component, v.value) for v in found))
    assert len(seen) == 1
