from pathlib import Path

import pytest

from kg.article import read_article
from kg.classes import load_class_tree
from kg.gazetteer import load_gazetteer
from kg.mentions import find_entity_mentions


def _mentions(extraction):
    text = extraction.article.text
    return [(text[m.begin : m.end], m.node.name, m.form) for m in extraction.mentions]


@pytest.mark.parametrize(
    ("surface", "entity", "form"),
    [
        ("Chinese", "China", "adjectival"),
        ("Kazakh", "Kazakhstan", "adjectival"),
        ("Beijing", "China", "metonym"),
        ("Moscow", "Russia", "metonym"),
        ("SCO", "Shanghai Cooperation Organization", "alias"),
        ("information security", "information security", "name"),
        ("BeiDou Satellite Navigation System", "BeiDou Navigation Satellite System", "alias"),
        (
            "SCO initiative on world unity for justice, harmony and development",
            "SCO Initiative on World Unity for Justice, Harmony and Development",
            "alias",
        ),
    ],
)
def test_mentions_name_forms(seed_extraction, surface, entity, form):
    assert (surface, entity, form) in _mentions(seed_extraction)


def test_mentions_longest_match_wins(seed_extraction):
    found = _mentions(seed_extraction)
    # "information security" is one mention, not "information" + "security".
    text = seed_extraction.article.text
    start = text.index("information security.")
    inner = [m for m in seed_extraction.mentions if start <= m.begin < start + len("information security")]
    assert [(text[m.begin : m.end], m.node.name) for m in inner] == [
        ("information security", "information security")
    ]
    assert ("Xi Jinping", "Xi Jinping", "name") in found


@pytest.mark.parametrize(
    ("anaphor", "context", "antecedent"),
    [
        ("he", "internal differences, he said", "Xi Jinping"),
        ("He", "He also welcomed", "Xi Jinping"),
        ("his", "his Russian counterpart", "Xi Jinping"),
        ("its", "becoming its 10th member state", "Shanghai Cooperation Organization"),
        ("the grouping", "strength inside the grouping", "Shanghai Cooperation Organization"),
        ("summit", "during Thursday's summit, becoming", "24th Meeting of the SCO Council of Heads of State"),
        ("The meeting", "The meeting also approved", "24th Meeting of the SCO Council of Heads of State"),
    ],
)
def test_mentions_anaphora_resolve(seed_extraction, anaphor, context, antecedent):
    text = seed_extraction.article.text
    begin = text.index(context) + context.index(anaphor)
    mention = next(m for m in seed_extraction.mentions if m.begin == begin)
    assert (text[mention.begin : mention.end], mention.node.name, mention.form) == (
        anaphor,
        antecedent,
        "anaphor",
    )
    assert mention.antecedent is not None and mention.antecedent[1] <= mention.begin


def test_mentions_unresolvable_anaphor_is_dropped(seed_extraction):
    text = seed_extraction.article.text
    # "its due contribution": no organization earlier in that sentence.
    begin = text.index("its due contribution")
    assert not any(m.begin == begin for m in seed_extraction.mentions)


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        # "Red Sea" and "Sea Fox" overlap in "Red Sea Fox" and are equally long.
        # The higher priority wins, whatever the file order:
        (
            "- {id: a, class: Sea, name: Red Sea}\n- {id: b, class: Project, name: Sea Fox, priority: 1}\n",
            "b",
        ),
        # with equal priority, the earlier entry wins:
        ("- {id: a, class: Sea, name: Red Sea}\n- {id: b, class: Project, name: Sea Fox}\n", "a"),
        ("- {id: b, class: Project, name: Sea Fox}\n- {id: a, class: Sea, name: Red Sea}\n", "b"),
    ],
)
def test_mentions_overlap_priority_then_file_order(tmp_path: Path, rulebase, entries, expected):
    path = tmp_path / "gazetteer.yaml"
    entries = entries.replace("- ", "  - ").replace("}", ", source: this test}")
    path.write_text("entities:\n" + entries, encoding="utf-8")
    gazetteer = load_gazetteer([path], load_class_tree())
    article = read_article("t", "Title\n\nShips crossed the Red Sea Fox line today.", rulebase.layouts)
    (mention,) = find_entity_mentions(article, gazetteer)
    assert mention.rule == f"gazetteer.{expected}"
