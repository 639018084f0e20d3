"""Load every rule file at once: the ontology's classes, the gazetteer, layouts, relations."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.article import Layout, load_layouts
from kg.classes import ClassTree, ontology_dir
from kg.errors import RuleError
from kg.gazetteer import Anaphor, Entity, Gazetteer, load_gazetteer
from kg.patterns import Rule, load_rules
from kg.properties import property_signatures, required_relations


def shown_path(path: str) -> str:
    """A rule file's path as a person wants to read it on the terminal: relative to the
    repository (for the package's own rules) or to the current folder, when it is below
    either (the exports use ``source_path``, which does not depend on the folder)."""
    return _shown_path(path, os.getcwd())


@functools.lru_cache(maxsize=256)
def _shown_path(path: str, cwd: str) -> str:
    # (remembered: assembling asks it of every rule of every chunk of articles)
    absolute = Path(path).resolve()
    for root in (Path(__file__).resolve().parent.parent, Path(cwd)):
        if absolute.is_relative_to(root):
            return str(absolute.relative_to(root))
    return path


def default_rules_dir() -> Path:
    """The rule files shipped with the package: ``kg/rules/``."""
    return Path(__file__).resolve().parent / "rules"


@dataclass(frozen=True)
class RuleBase:
    """Everything extraction needs, loaded and checked."""

    ontology: Graph
    classes: ClassTree
    gazetteer: Gazetteer
    layouts: tuple[Layout, ...]
    rules: tuple[Rule, ...]
    layouts_path: str = ""

    @functools.cached_property
    def anaphora_stages(self) -> tuple[tuple[Anaphor, ...], tuple[Anaphor, ...]]:
        """The anaphora rules in two stages: those resolved before the naming rules run,
        whose class is neither a kind of a class those rules mint nor one of its kinds, nor
        of a class whose one entity a naming rule's slot asks for ("he": their antecedents
        are the gazetteer's, so that "He met Xi on Thursday" names a meeting); and the
        others, resolved after: "the summit", whose antecedents the naming rules make, and
        "the bloc", which a naming rule would take for the SCO its slot names
        (``{org:Organization=sco}``) where the bloc is one the gazetteer lacks ("the bloc's
        24th summit" after the EU is named is no SCO summit)."""
        naming = [rule for rule in self.rules if rule.names_entities]
        minted = {klass for rule in naming for klass in rule.minted_classes}
        minted |= {slot.klass for rule in naming for slot in rule.slots.values() if slot.only is not None}
        classes = self.classes

        def late(anaphor: Anaphor) -> bool:
            return any(classes.is_a(k, anaphor.klass) or classes.is_a(anaphor.klass, k) for k in minted)

        anaphora = self.gazetteer.anaphora
        return (
            tuple(a for a in anaphora if not late(a)),
            tuple(a for a in anaphora if late(a)),
        )

    def rule_place(self, rule_id: str) -> str:
        """Where a rule is written, ``file:line`` (the file alone for anaphora and layouts),
        as a person reads it on the terminal (``shown_path``)."""
        kind, _, name = rule_id.partition(".")
        line = None
        if kind == "gazetteer":
            entity = self.gazetteer.entity(name)
            line = entity.line if entity else None
        elif kind not in ("anaphora", "layout"):
            line = next((rule.line for rule in self.rules if rule.id == rule_id), None)
        path = shown_path(self.rule_file(rule_id))
        return f"{path}:{line}" if line else path

    def rule_digest(self, rule_id: str) -> str:
        """What a rule (relation, gazetteer entry, anaphora or layout) does, as a digest that
        changes whenever the rule does but for its description (``record_digest``); empty for
        a rule id of none of them."""
        kind, _, name = rule_id.partition(".")
        if kind == "gazetteer":
            entity = self.gazetteer.entity(name)
            return entity.digest if entity else ""
        if kind == "anaphora":
            return next((a.digest for a in self.gazetteer.anaphora if a.id == name), "")
        if kind == "layout":  # ("layout.cgtn.dateline": a part of the layout cgtn)
            layout_id = name.partition(".")[0]
            return next((layout.digest for layout in self.layouts if layout.id == layout_id), "")
        return next((rule.digest for rule in self.rules if rule.id == rule_id), "")

    def rule_file(self, rule_id: str) -> str:
        """The file a rule (relation, gazetteer entry, anaphora or layout) was loaded from."""
        kind, _, name = rule_id.partition(".")
        if kind == "gazetteer":
            entity = self.gazetteer.entity(name)
            return entity.path if entity else ""
        if kind == "anaphora":
            return self.gazetteer.anaphora_path
        if kind == "layout":
            return self.layouts_path
        return next((rule.path for rule in self.rules if rule.id == rule_id), "")


def load_rulebase(rules_dir: Path | None = None, ontology_path: Path | None = None) -> RuleBase:
    """Load and check the rule files of ``rules_dir`` against the ontology.

    rules_dir: holds gazetteer*.yaml, anaphora.yaml, layouts.yaml and relations*.yaml (default: the
    package's); ontology_path: the OWL ontology in Turtle (default ontology/kg.ttl).
    Raises RuleError naming the file and line of the first problem.
    """
    rules_dir = rules_dir or default_rules_dir()
    if rules_dir.is_file():
        raise RuleError(
            rules_dir,
            None,
            "a file, not a folder of rule files",
            f"give --rules its folder, {rules_dir.parent}",
        )
    if not rules_dir.is_dir():
        raise RuleError(rules_dir, None, "no such folder of rule files", "give --rules a copy of kg/rules")
    for kind in ("gazetteer", "relations"):  # (a misnamed file would give an empty graph, unsaid)
        if not any(rules_dir.glob(f"{kind}*.yaml")):
            raise RuleError(
                rules_dir,
                None,
                f"no {kind} file ({kind}*.yaml) in the rules folder",
                "every rules folder needs a gazetteer, relation rules, anaphora.yaml and layouts.yaml",
            )
    _check_all_read(rules_dir)
    ontology = Graph().parse(ontology_path or ontology_dir() / "kg.ttl", format="turtle")
    classes = ClassTree.from_graph(ontology)
    properties = property_signatures(ontology, ontology_dir() / "shapes.ttl")
    gazetteer = load_gazetteer(
        sorted(rules_dir.glob("gazetteer*.yaml")), classes, rules_dir / "anaphora.yaml"
    )
    _check_iris_apart(gazetteer, classes)
    _check_named_only(gazetteer, classes, required_relations(ontology_dir() / "shapes.ttl"))
    layouts = load_layouts(rules_dir / "layouts.yaml")
    rules: list[Rule] = []
    for path in sorted(rules_dir.glob("relations*.yaml")):
        rules.extend(load_rules(path, classes, gazetteer, properties, len(rules), tuple(rules)))
    _check_tables_apart(gazetteer, rules)
    return RuleBase(ontology, classes, gazetteer, layouts, tuple(rules), str(rules_dir / "layouts.yaml"))


def _check_named_only(gazetteer: Gazetteer, classes: ClassTree, required: dict[str, set[str]]) -> None:
    """Refuse a gazetteer entry of a class whose shape requires a relation (a Summit needs
    its ordinal and the body it is a meeting of): an entry only names a thing, so the graph
    would not conform once an article mentions it (a rule author's review: a SHACL report
    naming neither the file nor the entry)."""
    from kg.vocab import curie

    for entity in gazetteer.entities:
        needed = sorted(
            {p for klass in (entity.klass, *classes.ancestors(entity.klass)) for p in required.get(klass, ())}
        )
        if needed:
            raise RuleError(
                entity.path,
                entity.line,
                f"entity {entity.id!r} is {'an' if entity.klass[:1] in 'AEIOU' else 'a'} {entity.klass}, "
                f"which the shapes require to have {', '.join(map(curie, needed))}: a gazetteer entry "
                "only names a thing",
                "give it a class that needs no relation, or let a relation rule mint it (see "
                "event.numbered-council-meeting)",
            )


#: The rule files a rules folder holds (beside its reference/ folder).
RULE_FILES = ("gazetteer*.yaml", "relations*.yaml", "anaphora.yaml", "layouts.yaml")


def _check_all_read(rules_dir: Path) -> None:
    """Refuse a YAML file of the rules folder that no loader reads ("gazetteer.yml",
    "my-relations.yaml"): its rules would be left out unsaid."""
    for path in sorted(rules_dir.iterdir()):
        if path.name.startswith(".") or path.suffix.lower() not in (".yaml", ".yml"):
            continue
        if not any(path.match(pattern) for pattern in RULE_FILES):
            raise RuleError(
                path,
                None,
                "a YAML file of the rules folder that is not read: rule files are named "
                + ", ".join(RULE_FILES),
                "rename it (gazetteer-NAME.yaml, relations-NAME.yaml) or move it out of the folder",
            )


def _check_tables_apart(gazetteer: Gazetteer, rules: list[Rule]) -> None:
    """Refuse a gazetteer name that is a word of a rule file's table that a pattern matches
    ("President" as an alias): the patterns read a mention there, never the word, so every
    rule that needs the word would stop matching, unsaid. (A table only looked up, by a
    slot's entity, "{city!table}", may hold its names.)"""
    forms = {form: entity for entity in gazetteer.entities for _kind, form in entity.forms()}
    files = {rule.path: rule for rule in rules}  # (each rule holds its file's tables)
    matched = {(rule.path, name) for rule in rules for name in rule.word_tables}
    for rule in files.values():
        for table, items in rule.tables:
            if (rule.path, table) not in matched:
                continue
            for word, _value in items:
                entity = forms.get(word)
                if entity is not None:
                    raise RuleError(
                        Path(entity.path),
                        entity.line,
                        f"{word!r} of entry {entity.id!r} is a word of the table {table!r} of "
                        f"{rule.path}, which the patterns would then never read",
                        "leave the word out of the entry, or out of the table",
                    )


def _check_iris_apart(gazetteer: Gazetteer, classes: ClassTree) -> None:
    """Two entries whose names mint one IRI ("Anna Smith-Jones" and "Anna Smith Jones",
    "Straße" and "Strasse") would be one resource with two labels, which the shapes refuse
    only in a build that mentions both: refused here, naming both entries."""
    from kg.iris import mint

    seen: dict[str, Entity] = {}
    for entity in gazetteer.entities:
        iri = str(mint(entity.node, "x:/", classes))
        other = seen.setdefault(iri, entity)
        if other is not entity:
            raise RuleError(
                Path(entity.path),
                entity.line,
                f"entry {entity.id!r} ({entity.name!r}) would have the IRI of entry {other.id!r} "
                f"({other.name!r}, {other.path}:{other.line}): {iri.removeprefix('x:/')}",
                "give one of them a name that differs in more than case, spacing or punctuation",
            )
