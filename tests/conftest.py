"""Shared fixtures: the rule base, the seed articles and the graph built from them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Graph

from kg.build import build_graph, read_articles
from kg.extract import Extraction
from kg.rulebase import RuleBase, default_rules_dir, load_rulebase
from kg.vocab import DEFAULT_BASE

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_SLUG = "cgtn-2024-07-05-sco-vital-for-peace-security-and-prosperity"


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
def rules_copy(tmp_path: Path) -> Path:
    """A writable copy of the package's rule files, for tests that break them."""
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    return target
