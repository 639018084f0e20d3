"""The README stays true: its commands exist, its rule example works."""

import re
from pathlib import Path

import pytest

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


def _shell_examples(readme: str) -> dict[str, str]:
    """Each ``$ kg …`` command shown in a plain code block of the README, with the output
    shown under it (up to the next command or the end of the block)."""
    blocks, block, fenced = [], [], None
    for line in readme.splitlines(keepends=True):
        if line.startswith("```"):
            if fenced is None:
                fenced, block = line.strip(), []
            else:
                if fenced == "```":  # a plain block, not ```yaml or ```sparql
                    blocks.append("".join(block))
                fenced = None
        elif fenced is not None:
            block.append(line)
    examples = {}
    for text in blocks:
        for command, output in re.findall(
            r"^\$ (kg [^\n]*)\n(.*?)(?=^\$ |\Z)", text, flags=re.DOTALL | re.MULTILINE
        ):
            examples[command] = output
    return examples


def _contradicting(folder):
    """Two articles that disagree on Belarus's ordinal (the README says what they hold)."""
    folder.mkdir()
    line = (
        "2024.07.0{} 16:10 GMT+8\n\nHeadline\n\nBelarus became the {} member state of the SCO on Thursday.\n"
    )
    (folder / "tenth.txt").write_text(line.format(4, "10th"), encoding="utf-8")
    (folder / "ninth.txt").write_text(line.format(5, "9th"), encoding="utf-8")


def _broken_rules(folder):
    """A copy of the package's rules with one rule's ``pattern`` key misspelled, made as the
    README says (``sed -i 'Ns/pattern:/patern:/'``: line N's first ``pattern:``)."""
    import shutil

    from kg.rulebase import default_rules_dir

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    recipe = re.search(
        r"cp -r kg/rules broken-rules && sed -i '(\d+)s/pattern:/patern:/' "
        r"broken-rules/relations\.yaml",
        readme,
    )
    assert recipe, "the README no longer says how to make broken-rules"
    shutil.copytree(default_rules_dir(), folder)
    relations = folder / "relations.yaml"
    lines = relations.read_text(encoding="utf-8").split("\n")
    at = int(recipe.group(1)) - 1
    assert "pattern:" in lines[at], f"line {at + 1} of relations.yaml holds no pattern: the README's recipe"
    lines[at] = lines[at].replace("pattern:", "patern:", 1)
    relations.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize(
    "command",
    [
        "kg build --rules broken-rules",
        "kg build --seeds contradicting --out contradicting-out --on-disagreement stop",
        "kg query 'SELECT ?x WHERE { ?x ?y }'",
    ],
)
def test_docs_error_examples_are_real(readme, root, run_kg, tmp_path, command):
    """The README's error examples, run as it says (with the folders it describes), print
    what it shows."""
    import shlex

    examples = _shell_examples(readme)
    assert command in examples and "contradicting" in readme and "broken-rules" in readme
    _contradicting(tmp_path / "contradicting")
    _broken_rules(tmp_path / "broken-rules")
    for name in ("seeds", "exports"):
        (tmp_path / name).symlink_to(root / name)
    args = shlex.split(command)[1:]
    if args[0] == "build" and "--out" not in args:
        args += ["--out", "out"]
    done = run_kg(*args, cwd=tmp_path)
    assert done.returncode in (1, 2)
    assert done.stdout + done.stderr == examples[command]
    assert not (tmp_path / "out").exists() and not (tmp_path / "contradicting-out").exists()


def test_docs_disagreement_example_is_real(readme, run_kg, tmp_path):
    """The README's two articles that disagree build, with the note it shows, and the named
    query lists both values as it shows (the build's time aside)."""
    import shlex

    examples = _shell_examples(readme)
    _contradicting(tmp_path / "contradicting")
    # the README shows tenth.txt whole, as the helper writes it
    shown = (tmp_path / "contradicting" / "tenth.txt").read_text(encoding="utf-8")
    assert f"```\n{shown}```\n" in readme
    seconds = re.compile(r" in [0-9.]+ s ")
    for command in (
        "kg build --seeds contradicting --out contradicting-out",
        "kg query disagreements --exports contradicting-out",
    ):
        assert command in examples
        done = run_kg(*shlex.split(command)[1:], cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert seconds.sub(" in 0 s ", done.stdout + done.stderr) == seconds.sub(
            " in 0 s ", examples[command]
        )


def test_docs_query_examples_print_what_the_readme_shows(readme, root, run_kg):
    """Every `$ kg query …` and `$ kg explain …` session in the README, run on the committed
    exports and seeds, prints what it shows; where the README cuts rows out (a line "…"), the
    lines before and after it."""
    import shlex

    examples = {
        c: out
        for c, out in _shell_examples(readme).items()
        if c.startswith(("kg query ", "kg explain ")) and "contradicting-out" not in c  # (its own test)
    }
    assert len(examples) >= 6 and any(c.startswith("kg explain ") for c in examples)
    for command, shown in examples.items():
        done = run_kg(*shlex.split(command)[1:], cwd=root)
        expected, actual = shown.splitlines(), done.stdout.splitlines()
        if done.returncode != 0:
            actual = done.stderr.splitlines()
        if "…" in expected:
            cut = expected.index("…")
            head, tail = expected[:cut], expected[cut + 1 :]
            assert actual[: len(head)] == head and actual[len(actual) - len(tail) :] == tail, command
            assert len(actual) > len(head) + len(tail), command
        else:
            assert actual == expected, command


def test_docs_every_option_is_in_the_commands_table(readme):
    """Each command's row(s) in the README's table name every option the command takes."""
    commands = make_parser()._subparsers._group_actions[0].choices
    for name, parser in commands.items():
        rows = " ".join(line for line in readme.splitlines() if line.startswith(f"| `kg {name}"))
        assert rows, f"kg {name} has no row in the commands table"
        options = [
            o for a in parser._actions for o in a.option_strings if o.startswith("--") and o != "--help"
        ]
        missing = [o for o in options if o not in rows]
        assert not missing, f"kg {name}: {missing} missing from its README row"


def test_docs_quick_start_summary_is_a_real_build(readme, root, tmp_path):
    """The counts of the README's `kg build` line are those of a build of the seed (a new
    user found the triple count stale)."""
    from kg.build import run_build
    from kg.vocab import DEFAULT_BASE

    shown = re.search(r"built 1 article: (\d+) entities, (\d+) statements, (\d+) triples", readme)
    result = run_build(root / "seeds", tmp_path / "out", DEFAULT_BASE, html=False, jobs=1)
    assert shown is not None
    assert tuple(map(int, shown.groups())) == (result.entities, result.facts, result.triples)
