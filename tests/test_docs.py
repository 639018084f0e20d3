"""The README stays true: its commands exist, its rule example works."""

import re

from kg.build import build_graph
from kg.cli import make_parser
from kg.rulebase import load_rulebase


def test_docs_every_command_is_documented(readme):
    commands = make_parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"`kg {name}" in readme, f"kg {name} is missing from the README"


def test_docs_quick_start_commands(readme, root):
    assert "pip install -e . && kg build" in readme
    assert "pip install -e '.[test]' && python -m pytest" in readme
    assert "pip install -q -e '.[test]' && python -m pytest" in (root / ".ci" / "run").read_text(
        encoding="utf-8"
    )


def test_docs_rule_example_works(readme, rules_copy):
    rule = re.search(r"```yaml\n(  - id: stance\.warned-against.*?)```", readme, flags=re.DOTALL).group(1)
    with (rules_copy / "relations.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\n" + rule)
    article = ("t", "Talks\n\nXi Jinping warned against external interference in the region.")
    _graph, (extraction,) = build_graph([article], load_rulebase(rules_copy), "https://x.example/")
    facts = {
        (f.rule, f.subject.name, str(f.predicate), getattr(f.object, "name", str(f.object)))
        for f in extraction.facts
    }
    stance = "Xi Jinping opposes external interference in the region"
    assert ("stance.warned-against", stance, "https://kg.example.org/ontology#holder", "Xi Jinping") in facts
    assert (
        "stance.warned-against",
        stance,
        "https://kg.example.org/ontology#object",
        "external interference",
    ) in facts
