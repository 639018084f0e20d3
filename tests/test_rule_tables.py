"""The world knowledge in the rule files' tables agrees with itself and with the gazetteer."""

from __future__ import annotations

import re

from kg.timex import parse_number


def _tables(rulebase) -> dict[str, dict[str, str]]:
    rule = next(r for r in rulebase.rules if r.id == "event.sco-summit-by-city")
    return rule.tables_by_name


def test_rule_tables_summit_keys_name_a_gazetteer_city(rulebase):
    """A key's city is a City's canonical name: a misspelt one ("Tianjn") would name nothing."""
    cities = {e.name for e in rulebase.gazetteer.entities if e.klass == "City"}
    tables = _tables(rulebase)
    for name in ("sco-summits", "sco-summits-unnamed"):
        for key in tables[name]:
            city = re.sub(r"( (?:19|20)\d\d)?( [A-Z][a-z]+)?$", "", key)
            assert city in cities, (name, key)


def test_rule_tables_summit_numbers_agree(rulebase):
    """The nth summit was held in 2000 + n (sco-summit-years); a key with a year gives that
    number; the table for summits named without the SCO only leaves keys out."""
    tables = _tables(rulebase)
    years = tables["sco-summit-years"]
    assert all(parse_number(n) == int(year) - 2000 for year, n in years.items())
    for key, n in tables["sco-summits"].items():
        year = re.search(r"\b(?:19|20)\d\d\b", key)
        if year:
            assert years[year.group()] == n, key
    assert set(tables["sco-summits-unnamed"].items()) <= set(tables["sco-summits"].items())
    # a city alone names one summit: all its keys give the same number
    for key, n in tables["sco-summits"].items():
        if " " not in key:
            assert {v for k, v in tables["sco-summits"].items() if k.split(" ")[0] == key} == {n}, key


def test_rule_tables_numbered_keys_are_the_summits_by_city(rulebase):
    """ "The 24th summit in Astana": each key of sco-summits-numbered is a summit sco-summits
    lists in that city, in the year its number gives."""
    tables = _tables(rulebase)
    for key, n in tables["sco-summits-numbered"].items():
        city, number = key.rsplit(" ", 1)
        assert number == n
        assert tables["sco-summits"].get(f"{city} {2000 + parse_number(n)}") == n, key
