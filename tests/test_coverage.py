"""Feedback for rule authors: `kg coverage` and `kg explain`."""

import re
import subprocess
import sys

import pytest

from kg.coverage import report_text
from kg.errors import KgError
from kg.explain import explain, explain_sentences


def test_coverage_silent_sentences_and_idle_mentions(coverage_corpus):
    _x, cov = coverage_corpus
    seed = next(a for a in cov.articles if a.slug.startswith("cgtn-"))
    assert (
        "This is well demonstrated by China's interactions with SCO member states." in seed.silent_sentences
    )
    assert not any(s.startswith("Belarus, for instance") for s in seed.silent_sentences)
    idle = {(seed.text[m.begin : m.end], m.begin) for m in seed.idle_mentions}
    assert ("SCO", 24) in idle  # the headline's SCO joins no relation
    assert not any(word == "Belarus" for word, _ in idle)


def test_coverage_idle_mentions_are_those_no_fact_evidence_covers(coverage_corpus):
    """A mention is idle when no fact has its resource as subject or object with evidence
    that covers it: checked against that definition, fact by fact, on every article."""
    extractions, cov = coverage_corpus
    for extraction, art in zip(extractions, cov.articles, strict=True):
        joined = {
            m
            for m in extraction.mentions
            for f in extraction.facts
            if f.begin <= m.begin and m.end <= f.end and m.node in (f.subject, f.object)
        }
        assert set(art.idle_mentions) == set(extraction.mentions) - joined, art.slug
    # (not vacuous: most articles have idle mentions; one whose every mention joins a fact may not)
    assert sum(bool(art.idle_mentions) for art in cov.articles) > len(cov.articles) // 2


def test_coverage_counts_facts_per_rule(coverage_corpus):
    extractions, cov = coverage_corpus
    for extraction, art in zip(extractions, cov.articles, strict=True):
        assert sum(n for _rule, n in art.facts_per_rule) == len(extraction.facts)


def test_coverage_unused_entries_and_unfired_rules(coverage_corpus, rulebase):
    _x, cov = coverage_corpus
    assert "cambodia" in cov.unused_entries and "belarus" not in cov.unused_entries
    assert "document.signed" in cov.unfired_rules and "attendance.did-not-attend" not in cov.unfired_rules
    assert set(cov.unfired_rules) <= {r.id for r in rulebase.rules}


def test_coverage_report_lists_notes(coverage_corpus):
    text = report_text(coverage_corpus[1])
    assert "Article undated:" in text
    assert "'Thursday' left unresolved" in text
    assert text.endswith("\n") and text == report_text(coverage_corpus[1])


def test_coverage_build_writes_the_report(root):
    assert (root / "exports" / "coverage.txt").read_text(encoding="utf-8").startswith("Coverage report")


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("erdogan", "mention 'Recep Tayyip Erdoğan' at 527-547: name, by gazetteer.recep-tayyip-erdogan"),
        ("Recep Tayyip Erdoğan", "by office.adjectival-title-name (kg/rules/relations.yaml:{line})"),
        ("information security", "lost to 'information security' (gazetteer.information-security): a longer"),
        ("Modi", "--schema:attendee--> Narendra Modi [negated]"),
    ],
)
def test_explain_entity(coverage_corpus, rulebase, term, expected):
    line = next(r.line for r in rulebase.rules if r.id == "office.adjectival-title-name")
    assert expected.replace("{line}", str(line)) in explain(term, coverage_corpus[0], rulebase)


def test_explain_names_an_entry_no_article_mentions(coverage_corpus, rulebase):
    """A gazetteer name that no article uses is said to be one, rather than answered with
    the entities whose names contain it (a review: "Gulf" gave the Gulf Cooperation
    Council, hiding the Gulf entry)."""
    mentioned = {m.node for x in coverage_corpus[0] for m in x.mentions}
    entry = next(e for e in rulebase.gazetteer.entities if e.node not in mentioned and e.klass == "Person")
    report = explain(entry.name.upper(), coverage_corpus[0], rulebase)
    assert report.startswith(f"{entry.name} (Person): entry {entry.id!r} of the gazetteer (")
    assert f".yaml:{entry.line}), which no article mentions" in report
    with pytest.raises(KgError, match=r"gazetteer \(kg/rules/gazetteer\*\.yaml\)"):
        explain("Atlantis", coverage_corpus[0], rulebase)


def test_explain_says_when_nothing_matches(coverage_corpus, rulebase):
    with pytest.raises(KgError, match="nothing named 'Atlantis' in the articles"):
        explain("Atlantis", coverage_corpus[0], rulebase)
    with pytest.raises(KgError, match="give a name"):
        explain(" ", coverage_corpus[0], rulebase)
    # a word of an article's file name (wire-hedges.txt) names no resource: not the article
    # (the name of a meeting told of with no day holds its article's: "pitfalls" names one)
    with pytest.raises(KgError, match="nothing named 'hedges' in the articles"):
        explain("hedges", coverage_corpus[0], rulebase)
    assert explain("pitfalls", coverage_corpus[0], rulebase).startswith(
        "Meeting of Vladimir Putin and Xi Jinping (wire-pitfalls) (BilateralMeeting)"
    )


@pytest.mark.parametrize("command", [["coverage"], ["explain", "Belarus"]])
def test_coverage_commands_run(root, command):
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", *command], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Cataphora: "its" comes before the SCO it means, so it has no antecedent.
        (
            "Since its establishment in 2001, the SCO has grown.",
            ["'its' at 13-16 (anaphora.pronoun-its-organization)"],
        ),
        ("The SCO said its members agreed.", []),
    ],
)
def test_coverage_lists_anaphors_without_antecedent(rulebase, text, expected):
    from kg.coverage import article_coverage, article_report
    from kg.extract import extract

    extraction = extract("t", f"Talks\n\n{text}\n", rulebase)
    report = article_report(article_coverage(extraction))
    head = f"  Anaphors with no antecedent in scope ({len(expected)}):"
    at = report.index(head) + 1 if head in report else len(report)
    listed = []
    while at < len(report) and report[at].startswith("    - "):
        listed.append(report[at][6:])
        at += 1
    assert listed == expected
    assert any("Anaphors with no antecedent" in line for line in report) == bool(expected)


def test_explain_sentence_shows_what_the_rules_see(coverage_corpus, rulebase):
    report = explain_sentences("russian counterpart", coverage_corpus[0], rulebase, "person.counterpart")
    assert "Vladimir Putin pledged" in report
    # the mentions as the patterns' slots see them, and what each stands for
    assert "and {Person} {State} counterpart {Person} pledged" in report  # "his" is a Person too
    assert "{State} = 'Russian' -> Russia (adjectival, gazetteer.russia)" in report
    # only that they are counterparts: "counterpart" in news copy does not tell the office
    assert "fact Vladimir Putin --kgo:counterpartOf--> Xi Jinping (by person.counterpart)" in report
    assert "--org:holds--> Head of State of Russia" not in report
    assert "rule person.counterpart (kg/rules/relations.yaml:" in report
    assert "its pattern matches 'his Russian counterpart Vladimir Putin'" in report


def test_explain_sentence_says_why_a_rule_that_matches_states_nothing(rulebase):
    """The summit of "the 26th summit in Astana" is named by a table that lists no 26th
    summit there: explain said only that the pattern matches, beside "no fact was read from
    it"."""
    from kg.extract import extract

    text = (
        "---\ntitle: T\ndate: 2024-07-05\n---\n\nThe SCO met. Belarus joined at the 26th summit in Astana.\n"
    )
    extraction = extract("a", text, rulebase)
    report = explain_sentences("26th", [extraction], rulebase, "event.numbered-summit-in-city")
    assert "no fact was read from it" in report
    assert (
        "note: event.numbered-summit-in-city: no summit (nor its facts): its name "
        "'{city+n!!sco-summits-numbered} Meeting of the SCO Council of Heads of State' needs a key "
        "the table sco-summits-numbered lists, from city+n, which the sentence does not give, or "
        "the table does not list" in report
    )
    assert "its pattern matches '26th summit'" in report


def test_explain_sentence_names_a_meeting_with_no_day_by_its_article(rulebase):
    """ "Putin met Xi." gives no day: the meeting is named by the article that tells of it
    (the node's ``otherwise``), with no date."""
    from kg.extract import extract

    text = "---\ntitle: T\ndate: 2024-07-05\n---\n\nPutin, who arrived on Wednesday, met Xi.\n"
    extraction = extract("a", text, rulebase)
    report = explain_sentences("arrived", [extraction], rulebase, "event.met-with")
    assert "fact Meeting of Vladimir Putin and Xi Jinping (a) --schema:attendee--> Xi Jinping" in report
    assert "schema:startDate" not in report


def test_explain_sentence_says_an_item_matches_after_its_lead_in(rulebase):
    """ "So did Xi." is no match of attendance.so-did's pattern, which reads the sentence
    before it; explain says that its items pattern matches it, and the fact it gave."""
    from kg.extract import extract

    text = "---\ntitle: T\ndate: 2024-07-05\n---\n\nPutin attended the 24th SCO summit. So did Xi.\n"
    extraction = extract("a", text, rulebase)
    report = explain_sentences("So did", [extraction], rulebase, "attendance.so-did")
    assert "fact 24th Meeting of the SCO Council of Heads of State --schema:attendee--> Xi Jinping" in report
    assert "its pattern finds no match in the masked sentence" in report
    assert (
        "as an item after the sentence before, in its paragraph (items, read: next-sentence): "
        "its items pattern matches 'So did Xi.'" in report
    )
    lead = explain_sentences("Putin attended", [extraction], rulebase, "attendance.so-did")
    assert "its pattern matches 'Putin attended the 24th SCO summit.'" in lead
    assert "as an item" not in lead


def test_explain_sentence_says_when_a_rule_does_not_match(coverage_corpus, rulebase):
    report = explain_sentences(
        "russian counterpart", coverage_corpus[0], rulebase, "membership.gained-status"
    )
    assert "rule membership.gained-status (kg/rules/relations.yaml:" in report
    assert "its pattern finds no match in the masked sentence" in report


@pytest.mark.parametrize(
    ("words", "rule", "message"),
    [
        ("Atlantis rises", None, "no searched sentence holds 'Atlantis rises'"),
        ("  ", None, "give some words of the sentence"),
        (
            "counterpart",
            "person.counterparts",
            "no relation rule 'person.counterparts'; did you mean person.counterpart",
        ),
    ],
)
def test_explain_sentence_refuses_what_it_cannot_explain(coverage_corpus, rulebase, words, rule, message):
    with pytest.raises(KgError, match=re.escape(message)):
        explain_sentences(words, coverage_corpus[0], rulebase, rule)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give a name to explain, or --sentence WORDS (see"),
        (["Belarus", "--sentence", "counterpart"], "not both"),
        (["Belarus", "--rule", "person.counterpart"], "--rule goes with --sentence"),
        (["--rule", "person.counterpart"], "--rule goes with --sentence"),
        (["--sentence", "counterpart", "--rule", ""], "no relation rule ''"),
    ],
)
def test_explain_cli_needs_a_name_or_a_sentence(run_kg, root, args, message):
    done = run_kg("explain", *args, cwd=root)
    assert done.returncode == 2 and message in done.stderr and not done.stdout


def test_explain_sentence_shows_a_naming_rule_what_it_saw(coverage_corpus, rulebase):
    """A rule that names a resource (a meeting) runs before anaphora and the other rules:
    it is tried on the sentence as it saw it, where "his" is still a word, not a {Person}."""
    report = explain_sentences("their meeting", coverage_corpus[0], rulebase, "event.bilateral-meeting")
    assert "on the gazetteer's mentions alone: \"In their meeting on Wednesday, {Person} stressed" in report
    assert "and his {State} counterpart {Person} pledged" in report
    assert "rule event.bilateral-meeting (kg/rules/relations.yaml:" in report
    assert "its pattern matches 'their meeting on Wednesday, Xi stressed" in report


def test_explain_sentence_says_when_not_after_drops_a_match(rulebase):
    """A review: `--rule` said the pattern matches and no fact was read, not why."""
    from kg.extract import extract

    sentence = "If approved, Azerbaijan became the 11th member state of the SCO."
    text = f"---\ntitle: T\ndate: 2024-07-05\n---\n\n{sentence}\n"
    report = explain_sentences(
        "If approved", [extract("a", text, rulebase)], rulebase, "membership.became-nth"
    )
    assert "its pattern matches 'Azerbaijan became the 11th member state of the SCO'" in report
    assert "but its not_after finds 'If approved, ' before it: the match states nothing" in report


def test_explain_sentence_says_when_not_before_drops_a_match(rulebase):
    """A match whose words after it doubt it states nothing, and `--rule` says which words."""
    from kg.extract import extract

    sentence = "Narendra Modi attended the summit, Pakistani media speculated."
    text = (
        "---\ntitle: T\ndate: 2024-07-05\n---\n\nThe 24th Meeting of the Council of Heads of State of the "
        f"Shanghai Cooperation Organization ended in Astana on Thursday. {sentence}\n"
    )
    extraction = extract("a", text, rulebase)
    report = explain_sentences("media speculated", [extraction], rulebase, "attendance.attended")
    assert "its pattern matches 'Narendra Modi attended the summit'" in report
    assert "but its not_before finds ', Pakistani media speculated' after it" in report
    assert not [f for f in extraction.facts if f.rule == "attendance.attended"]


@pytest.mark.parametrize(
    ("text", "rule", "because"),
    [
        (
            "Modi attended the Samarkand summit in September. The SCO met.",
            "event.summit-by-city",
            "it reads only the sentences from the one that first names Shanghai Cooperation Organization on "
            "(after_entity)",
        ),
        (
            "The SCO met. Modi attended the Samarkand summit.",
            "event.summit-by-city-undated",
            "it reads only the sentences that name Shanghai Cooperation Organization (with_entity)",
        ),
    ],
)
def test_explain_sentence_says_when_a_rule_waits_for_an_entity(rulebase, text, rule, because):
    """A review: `--rule` said the pattern matches, and not that the rule does not read the
    sentence before (or without) the entity it waits for."""
    from kg.extract import extract

    extraction = extract("a", f"---\ntitle: T\ndate: 2024-07-05\n---\n\n{text}\n", rulebase)
    report = explain_sentences("Samarkand summit", [extraction], rulebase, rule)
    assert f"but {because}: the match states nothing" in report
    assert not [f for f in extraction.facts if f.rule == rule]
