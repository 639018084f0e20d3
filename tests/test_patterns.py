"""The relation rules on sentences they were not written from, about made-up states and
people (added to a copy of the gazetteer), so that no real person is quoted saying
anything: each sentence must yield its facts and none of its must-not facts."""

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, XSD

from kg.build import build_graph
from kg.vocab import DEFAULT_BASE, KGO, SCHEMA
from tests.test_corpus import reported_facts

MEETING = "5th Meeting of the Council of Heads of State of the Shanghai Cooperation Organization"
SUMMIT = "5th Meeting of the SCO Council of Heads of State"
_SCO_17 = "17th Meeting of the SCO Council of Heads of State"
_SCO_24 = "24th Meeting of the SCO Council of Heads of State"
_SCO_13 = "13th Meeting of the SCO Council of Heads of State"
_SCO_22 = "22nd Meeting of the SCO Council of Heads of State"
_SCO_23 = "23rd Meeting of the SCO Council of Heads of State"
_SCO_25 = "25th Meeting of the SCO Council of Heads of State"
NEXT = "6th Meeting of the Council of Heads of State of the Shanghai Cooperation Organization"
NEXT_SUMMIT = "6th Meeting of the SCO Council of Heads of State"
DATELINE = "2024.07.05 16:10 GMT+8\n\nTest\n\n"
T13, T17, T18, T22, T24, T25 = (
    f"{n} Meeting of the SCO Council of Heads of State"
    for n in ("13th", "17th", "18th", "22nd", "24th", "25th")
)

# an observer's or partner's membership is another resource than a member's
_OBSERVER = "Examplestan in Shanghai Cooperation Organization as observer state"
_PARTNER = "Examplestan in Shanghai Cooperation Organization as dialogue partner"
_RURITANIA_OBSERVER = "Ruritania in Shanghai Cooperation Organization as observer state"
_FREEDONIA_PARTNER = "Freedonia in Shanghai Cooperation Organization as dialogue partner"
_FREEDONIA_OBSERVER = "Freedonia in Shanghai Cooperation Organization as observer state"
_RURITANIA_PARTNER = "Ruritania in Shanghai Cooperation Organization as dialogue partner"
_HBI = "Harmony Bridge Initiative"

CASES = [
    (
        "President Aru Tamar of Ruritania arrived.",
        [("Aru Tamar", "org:holds", "President of Ruritania", "")],
        [],
    ),
    (
        "Examplestan's Prime Minister Bela Koss arrived.",
        [("Bela Koss", "org:holds", "Prime Minister of Examplestan", "")],
        [],
    ),
    (
        "The Emir of Examplestan, Zsofia Mark, arrived.",
        [("Zsofia Mark", "org:holds", "Emir of Examplestan", "")],
        [],
    ),
    (  # a list: the title goes with the name after it, not with the one before
        "Ruritanian President Aru Tamar, the Emir of Examplestan, Zsofia Mark, and Bela Koss arrived.",
        [("Aru Tamar", "org:holds", "President of Ruritania", "")],
        [("Aru Tamar", "org:holds", "Emir of Examplestan", "")],
    ),
    (
        "Aru Tamar, the President of Ruritania, Mr. Koss's host, arrived.",
        [("Aru Tamar", "org:holds", "President of Ruritania", "")],
        [],
    ),
    (
        "Aru Tamar, the Ruritanian President, arrived.",
        [("Aru Tamar", "org:holds", "President of Ruritania", "")],
        [],
    ),
    (
        "Ruritanian acting President Bela Koss spoke first.",
        [("Bela Koss", "org:holds", "acting President of Ruritania", "")],
        [("Bela Koss", "org:holds", "President of Ruritania", "")],
    ),
    (
        "Examplestani External Affairs Minister Zsofia Mark flew in.",
        [("Zsofia Mark", "org:holds", "External Affairs Minister of Examplestan", "")],
        [],
    ),
    # a title with no state: the person's state from the table leader-states (office.title-name)
    (
        "Prime Minister Bela Koss arrived, and President Aru Tamar met Foreign Minister Zsofia Mark.",
        [
            ("Bela Koss", "org:holds", "Prime Minister of Examplestan", ""),
            ("Aru Tamar", "org:holds", "President of Ruritania", ""),
            ("Zsofia Mark", "org:holds", "Foreign Minister of Examplestan", ""),
            ("Prime Minister of Examplestan", "kgo:officeOf", "Examplestan", ""),
            ("Prime Minister of Examplestan", "kgo:title", "Prime Minister", ""),
        ],
        [],
    ),
    (
        "Former President Aru Tamar, Deputy Prime Minister Bela Koss and then-Foreign Minister "
        "Zsofia Mark arrived.",
        [],
        [
            ("Aru Tamar", "org:holds", "President of Ruritania", ""),
            ("Bela Koss", "org:holds", "Prime Minister of Examplestan", ""),
            ("Zsofia Mark", "org:holds", "Foreign Minister of Examplestan", ""),
        ],
    ),
    (  # a review's traps (2026-12-02): another's title before a comma, a former or future
        # holder, a party's, a university's or someone else's title, a mistake or a joke
        "On behalf of the President, Bela Koss read the address. Ousted President Zsofia Mark "
        "stayed away. Future Prime Minister Aru Tamar visited in 2008. Strelsau University "
        "Chancellor Bela Koss spoke. The party's President Zsofia Mark spoke. A daily "
        "mistakenly called him Prime Minister Bela Koss. Former army chief and Prime Minister "
        "Zsofia Mark left.",
        [],
        [
            ("Bela Koss", "org:holds", "President of Examplestan", ""),
            ("Zsofia Mark", "org:holds", "President of Examplestan", ""),
            ("Aru Tamar", "org:holds", "Prime Minister of Ruritania", ""),
            ("Bela Koss", "org:holds", "Chancellor of Examplestan", ""),
            ("Bela Koss", "org:holds", "Prime Minister of Examplestan", ""),
            ("Zsofia Mark", "org:holds", "Prime Minister of Examplestan", ""),
        ],
    ),
    (  # the state written out, before or after: that rule's reading alone, never the table's
        "Examplestani President Aru Tamar arrived; Prime Minister Bela Koss of Ruritania spoke.",
        [
            ("Aru Tamar", "org:holds", "President of Examplestan", ""),
            ("Bela Koss", "org:holds", "Prime Minister of Ruritania", ""),
        ],
        [
            ("Aru Tamar", "org:holds", "President of Ruritania", ""),
            ("Bela Koss", "org:holds", "Prime Minister of Examplestan", ""),
        ],
    ),
    (
        "Ruritania became the 11th member state of the SCO on Wednesday.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:ordinal", "11", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2024-07-03", ""),
        ],
        [],
    ),
    (
        "Examplestan was granted observer status by the SCO in 2019.",
        [
            (_OBSERVER, "kgo:memberCategory", "observer state", ""),
            (_OBSERVER, "kgo:since", "2019", ""),
        ],
        [("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (  # "given" as "granted" (the twelfth review's development); "at the <place> summit in
        # <year>", a summit no rule knows (it may be another grouping's, "the Kazan summit in
        # 2024" was BRICS's): none
        "The SCO met. Examplestan was given observer status in 2019. Ruritania became an "
        "observer at the Strelsau summit in 2012, but it has not been invited since 2021.",
        [
            (_OBSERVER, "kgo:memberCategory", "observer state", ""),
            (_OBSERVER, "kgo:since", "2019", ""),
        ],
        [(_RURITANIA_OBSERVER, "kgo:since", "2012", ""), (_RURITANIA_OBSERVER, "kgo:since", "2021", "")],
    ),
    (  # a timeline's historical present, dated by the sentence to a time before publication;
        # not with no time, nor with a time to come (the eleventh review's timeline)
        "The SCO grew.\n\nAt the 5th SCO summit in July 2005, Examplestan and Ruritania "
        "become observers.\n\nFreedonia becomes a dialogue partner. Freedonia becomes a dialogue "
        "partner on 4 July 2030.",
        [
            (_OBSERVER, "kgo:memberCategory", "observer state", ""),
            (_OBSERVER, "kgo:since", "2005", ""),
            (_RURITANIA_OBSERVER, "kgo:since", "2005", ""),
        ],
        [(_FREEDONIA_PARTNER, "kgo:memberCategory", "dialogue partner", "")],
    ),
    (
        "Examplestan joined the SCO as a dialogue partner in 2021.",
        [(_PARTNER, "kgo:memberCategory", "dialogue partner", "")],
        [],
    ),
    (
        f"The {MEETING}, chaired by Ruritanian President Aru Tamar, was held in Strelsau, Ruritania.",
        [
            (SUMMIT, "kgo:chairedBy", "Aru Tamar", ""),
            (SUMMIT, "schema:location", "Strelsau", ""),
            ("Strelsau", "schema:containedInPlace", "Ruritania", ""),
        ],
        [],
    ),
    (
        f"Examplestan will host the {MEETING}.",
        [(SUMMIT, "kgo:hostedBy", "Examplestan", "planned")],
        [(SUMMIT, "kgo:hostedBy", "Examplestan", "")],
    ),
    (
        f"The {MEETING} will see the adoption of the Strelsau Accord.",
        [(SUMMIT, "kgo:adopted", "Strelsau Accord", "planned")],
        [(SUMMIT, "kgo:adopted", "Strelsau Accord", "")],
    ),
    (
        f"The {MEETING} adopted the Strelsau Accord.",
        [(SUMMIT, "kgo:adopted", "Strelsau Accord", "")],
        [],
    ),
    (
        "Aru Tamar and Bela Koss signed the Strelsau Accord.",
        [
            ("Strelsau Accord", "kgo:signedBy", "Aru Tamar", ""),
            ("Strelsau Accord", "kgo:signedBy", "Bela Koss", ""),
        ],
        [],
    ),
    (
        f"Aru Tamar did not attend the {MEETING}.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "negated")],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
    ),
    (
        f"Bela Koss will attend the {MEETING}.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "planned")],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        "Aru Tamar pledged that Ruritania will provide 2 billion yuan in grants this year.",
        [
            ("Aru Tamar: Ruritania will provide 2 billion yuan this year", "kgo:quantity", "2000000000", ""),
            ("Aru Tamar: Ruritania will provide 2 billion yuan this year", "kgo:unit", "yuan", ""),
            ("Aru Tamar: Ruritania will provide 2 billion yuan this year", "kgo:purpose", "grants", ""),
            (
                "Aru Tamar: Ruritania will provide 2 billion yuan this year",
                "kgo:periodStart",
                "2024-01-01",
                "",
            ),
            ("Aru Tamar: Ruritania will provide 2 billion yuan this year", "kgo:periodEnd", "2024-12-31", ""),
            ("Aru Tamar: Ruritania will provide 2 billion yuan this year", "kgo:pledgedBy", "Aru Tamar", ""),
        ],
        [],
    ),
    (
        "Aru Tamar announced that Ruritania will train 500 engineers over the next three years.",
        [
            (
                "Aru Tamar: Ruritania will train 500 engineers over the next three years",
                "kgo:periodDuration",
                "P3Y",
                "",
            ),
            (
                "Aru Tamar: Ruritania will train 500 engineers over the next three years",
                "kgo:periodEnd",
                "2027-07-05",
                "",
            ),
        ],
        [],
    ),
    (
        "On July 2, Aru Tamar met with Examplestani Prime Minister Bela Koss in Strelsau.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:location", "Strelsau", ""),
        ],
        [],
    ),
    # apposition: the title after the name
    (
        "Aru Tamar, the President of Ruritania, said the talks went well.",
        [("Aru Tamar", "org:holds", "President of Ruritania", "")],
        [],
    ),
    (
        "Bela Koss, Examplestan's Prime Minister, met Aru Tamar in Strelsau on Wednesday.",
        [
            ("Bela Koss", "org:holds", "Prime Minister of Examplestan", ""),
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", ""),
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:location", "Strelsau", ""),
        ],
        [("Aru Tamar", "org:holds", "Prime Minister of Examplestan", "")],
    ),
    (
        f"The host, Ruritanian President Tamar, chaired the {MEETING}.",
        [
            ("Aru Tamar", "org:holds", "President of Ruritania", ""),
            (SUMMIT, "kgo:chairedBy", "Aru Tamar", ""),
        ],
        [(SUMMIT, "kgo:chairedBy", "Ruritania", "")],
    ),
    (
        f"Aru Tamar, the President of Ruritania, chaired the {MEETING}.",
        [(SUMMIT, "kgo:chairedBy", "Aru Tamar", "")],
        [(SUMMIT, "kgo:chairedBy", "Ruritania", "")],
    ),
    (
        "Aru Tamar, the President of Ruritania, and Bela Koss, Examplestan's Prime Minister, "
        f"attended the {MEETING}.",
        [
            ("Aru Tamar", "org:holds", "President of Ruritania", ""),
            ("Bela Koss", "org:holds", "Prime Minister of Examplestan", ""),
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
        ],
        [
            ("Aru Tamar", "org:holds", "Prime Minister of Examplestan", ""),
            ("Bela Koss", "org:holds", "President of Ruritania", ""),
        ],
    ),
    # coordination: several subjects or objects
    (
        "Ruritanian President Aru Tamar, Examplestani Prime Minister Bela Koss and Zsofia Mark "
        f"attended the {MEETING}.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
            ("Aru Tamar", "org:holds", "President of Ruritania", ""),
            ("Bela Koss", "org:holds", "Prime Minister of Examplestan", ""),
        ],
        [
            ("Aru Tamar", "org:holds", "Prime Minister of Examplestan", ""),
            ("Bela Koss", "org:holds", "President of Ruritania", ""),
            ("Zsofia Mark", "org:holds", "Prime Minister of Examplestan", ""),
            ("Zsofia Mark", "org:holds", "President of Ruritania", ""),
        ],
    ),
    (
        f"The presidents of Ruritania and Examplestan, Aru Tamar and Bela Koss, attended the {MEETING}.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [
            ("Aru Tamar", "org:holds", "President of Examplestan", ""),
            ("Bela Koss", "org:holds", "President of Ruritania", ""),
        ],
    ),
    (
        f"Aru Tamar, Bela Koss, the President of Examplestan, and Zsofia Mark attended the {MEETING}.",
        [
            ("Bela Koss", "org:holds", "President of Examplestan", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
        [
            ("Aru Tamar", "org:holds", "President of Examplestan", ""),
            ("Zsofia Mark", "org:holds", "President of Examplestan", ""),
        ],
    ),
    (
        "Ruritania and Examplestan, whose leaders met on Tuesday, signed the Strelsau Accord.",
        [
            ("Strelsau Accord", "kgo:signedBy", "Ruritania", ""),
            ("Strelsau Accord", "kgo:signedBy", "Examplestan", ""),
        ],
        [],
    ),
    (
        "The Strelsau Accord was signed by Ruritania, Examplestan and China.",
        [
            ("Strelsau Accord", "kgo:signedBy", "Ruritania", ""),
            ("Strelsau Accord", "kgo:signedBy", "Examplestan", ""),
            ("Strelsau Accord", "kgo:signedBy", "China", ""),
        ],
        [],
    ),
    (
        f"Aru Tamar, Bela Koss and Zsofia Mark did not attend the {MEETING}.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", "negated"),
            (SUMMIT, "schema:attendee", "Bela Koss", "negated"),
            (SUMMIT, "schema:attendee", "Zsofia Mark", "negated"),
        ],
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    (
        f"Aru Tamar and Bela Koss will attend the {MEETING}.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", "planned"),
            (SUMMIT, "schema:attendee", "Bela Koss", "planned"),
        ],
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # "the status of" a category, the organization named before it (a review's live blog)
    (
        "Examplestan is granted the status of SCO dialogue partner.",
        [
            (_PARTNER, "org:organization", "Shanghai Cooperation Organization", ""),
            (_PARTNER, "kgo:memberCategory", "dialogue partner", ""),
        ],
        [],
    ),
    (
        "If Ruritania is granted the status of SCO dialogue partner, Examplestan will object.",
        [],
        [(_PARTNER.replace("Examplestan", "Ruritania"), "org:member", "Ruritania", "")],
    ),
    # states granted a status together: one membership each
    (
        "Examplestan and Ruritania were granted observer status by the SCO in 2021. "
        "If the bid succeeds, Examplestan and Ruritania have been granted dialogue partner status "
        "by the SCO.",
        [
            (_OBSERVER, "org:member", "Examplestan", ""),
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
            (_RURITANIA_OBSERVER, "kgo:since", "2021", ""),
        ],
        [(_PARTNER, "org:member", "Examplestan", "")],
    ),
    (
        f"Ruritania will be represented at the {MEETING} by Foreign Minister Bela Koss.",
        [
            (SUMMIT, "schema:attendee", "Bela Koss", "planned"),
            ("Bela Koss", "org:holds", "Foreign Minister of Ruritania", ""),
        ],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # a third regression review's sentences
    (
        "In 2023, Examplestan became the 9th member state of the SCO; Ruritania became the 10th member "
        "state of the SCO on July 4. 2017 - Freedonia joined; today Freedonia became the 11th member "
        "state of the SCO on July 3.",
        [
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2024-07-04", ""),
            ("Freedonia in Shanghai Cooperation Organization", "kgo:since", "2024-07-03", ""),
        ],
        [("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2023-07-04", "")],
    ),
    (
        "Aru Tamar on Thursday met with Bela Koss's foreign minister. The SCO set up in 2024 a fund. "
        "The SCO, critics say, was founded in 1996. Ruritania joined the SCO, becoming the second "
        "member state to host a summit.",
        [],
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Bela Koss", ""),
            ("Shanghai Cooperation Organization", "schema:foundingDate", "2024", ""),
            ("Shanghai Cooperation Organization", "schema:foundingDate", "1996", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:ordinal", "2", ""),
        ],
    ),
    (
        f"Aru Tamar will skip the {MEETING}, officials denied. Bela Koss will skip the {MEETING}'s "
        f"gala dinner. Reports that Zsofia Mark was ill proved wrong, and Zsofia Mark chaired the {MEETING}.",
        [(SUMMIT, "kgo:chairedBy", "Zsofia Mark", "")],
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", "negated"),
            (SUMMIT, "schema:attendee", "Bela Koss", "negated"),
        ],
    ),
    # a second regression review's sentences
    (
        f"The {MEETING} opened in Strelsau on Wednesday. Aru Tamar attended the summit, which was held in "
        "Strelsau in 2022. Ruritania hosted the summit for the first time since 2019. Bela Koss attended "
        "the summit in July 2024.",
        [(SUMMIT, "kgo:hostedBy", "Ruritania", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
    ),
    (
        f"Neither Aru Tamar nor Bela Koss hosted the {MEETING}. Zsofia Mark hosted the {MEETING}'s closing "
        f"dinner. Examplestan hosted the {MEETING}, Ruritanian media falsely claimed.",
        [],
        [
            (SUMMIT, "kgo:hostedBy", "Bela Koss", ""),
            (SUMMIT, "kgo:hostedBy", "Zsofia Mark", ""),
            (SUMMIT, "kgo:hostedBy", "Examplestan", ""),
        ],
    ),
    (
        "Instead of Examplestan, Ruritania and Freedonia were granted observer status by the SCO in 2021. "
        "It is not true that the SCO admitted Examplestan as a member in 2022. The SCO admitted Ruritania "
        "as a member in 2023, state media wrongly reported.",
        [],
        [
            (_OBSERVER, "org:member", "Examplestan", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
    ),
    (
        f"The {MEETING} was attended by Aru Tamar on June 15, 2023. The {MEETING} was attended by "
        f"Bela Koss, a claim Strelsau later disputed. The {MEETING} was attended by Zsofia Mark -- or so "
        "officials said.",
        [],
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    (
        "Aru Tamar met Bela Koss on Monday, last week's talks having been put off.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-01", "schema:startDate", "2024-07-01", "")],
        [],
    ),
    # a regression review's sentences: each stated a wrong fact, or lost a right one
    (
        f"The {MEETING} opened in Strelsau on Wednesday. The summit was held in Strelsau on June 9, 2017. "
        "Aru Tamar skipped the summit, as he did in July 2023. Bela Koss attended the summit in July 2024.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", "negated"),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
        ],
        [(SUMMIT, "schema:startDate", "2017-06-09", "")],
    ),
    (
        "Like Examplestan, Ruritania was granted observer status by the SCO in 2015. The SCO admitted "
        "Examplestan as a member of its Energy Club in 2013.",
        [],
        [
            (_OBSERVER, "org:member", "Examplestan", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
    ),
    (
        "Examplestan and Ruritania were granted observer status by the SCO in 2004 and 2005, respectively.",
        [(_OBSERVER, "org:member", "Examplestan", "")],
        [(_OBSERVER, "kgo:since", "2004", ""), (_RURITANIA_OBSERVER, "kgo:since", "2004", "")],
    ),
    (
        f"The {MEETING} was attended by ministers standing in for leaders such as Aru Tamar. "
        f"The {MEETING} was attended by Ruritanian diplomats, Special Envoy of Bela Koss. "
        f"Leaders attending the {MEETING} include Zsofia Mark.",
        [],
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    (
        f"Last year, the {MEETING} was attended by Aru Tamar. The {MEETING} was attended by Bela Koss "
        f"in 2023. The {MEETING} was attended by Zsofia Mark, Ruritanian media reported.",
        [],
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    (
        f"Had Aru Tamar hosted the {MEETING}, it would have been longer. A think tank founded by Bela Koss "
        f"hosted the {MEETING}. Zsofia Mark hosted the {MEETING} delegates at a dinner.",
        [],
        [
            (SUMMIT, "kgo:hostedBy", "Aru Tamar", ""),
            (SUMMIT, "kgo:hostedBy", "Bela Koss", ""),
            (SUMMIT, "kgo:hostedBy", "Zsofia Mark", ""),
        ],
    ),
    (
        "Aru Tamar met Bela Koss on Monday, last week.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-06-24", "schema:startDate", "2024-06-24", "")],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-01", "schema:startDate", "2024-07-01", "")],
    ),
    # a leader who hosted; a summit held on a full date; an organization admitting states
    (
        f"Ruritanian President Aru Tamar hosted the {MEETING} in Strelsau on July 2, 2024.",
        [(SUMMIT, "kgo:hostedBy", "Aru Tamar", ""), (SUMMIT, "schema:location", "Strelsau", "")],
        # (the day it was hosted on is one of its days, not its start)
        [(SUMMIT, "kgo:hostedBy", "Ruritania", ""), (SUMMIT, "schema:startDate", "2024-07-02", "")],
    ),
    (
        f"The {MEETING} was held in Strelsau on June 30, 2024.",
        [(SUMMIT, "schema:startDate", "2024-06-30", "")],
        [],
    ),
    # from an analyst's review: states joining together, a summit named by its city, a
    # founding place and date, a pledge said without "that", clauses joined by "and"
    (
        "Examplestan and Ruritania joined the SCO as full members in 2017. Freedonia and Examplestan "
        "joined the SCO as dialogue partners in 2012 and 2013, respectively.",
        [
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2017", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2017", ""),
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
        [
            (_PARTNER, "kgo:since", "2012", ""),
            ("Freedonia in Shanghai Cooperation Organization as dialogue partner", "kgo:since", "2012", ""),
        ],
    ),
    (
        "Examplestan became the 11th member state of the SCO at the Strelsau summit on July 4, 2024.",
        [
            ("Examplestan in Shanghai Cooperation Organization", "kgo:ordinal", "11", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2024-07-04", ""),
        ],
        [],
    ),
    (
        "The Shanghai Cooperation Organization was founded in Shanghai on June 15, 2001, by Ruritania and "
        "Examplestan.",
        [("Shanghai Cooperation Organization", "schema:foundingDate", "2001", "")],
        [],
    ),
    (
        "Aru Tamar said Ruritania would provide 2 billion yuan in grants to member states this year and "
        "extend 10 billion yuan in loans to SCO member states over the next three years.",
        [
            ("Aru Tamar: Ruritania will provide 2 billion yuan this year", "kgo:purpose", "grants", ""),
            (
                "Aru Tamar: Ruritania will extend 10 billion yuan over the next three years",
                "kgo:quantity",
                "10000000000",
                "",
            ),
            (
                "Aru Tamar: Ruritania will extend 10 billion yuan over the next three years",
                "kgo:beneficiary",
                "Shanghai Cooperation Organization",
                "",
            ),
        ],
        [],
    ),
    (
        "Aru Tamar urged members to stand together against sanctions. Bela Koss urged fellow member "
        "states to trade in local currencies. Officials denied that Zsofia Mark urged members to leave.",
        [
            ("Aru Tamar urges members to stand together against sanctions", "kgo:holder", "Aru Tamar", ""),
            ("Aru Tamar urges members to stand together against sanctions", "kgo:verb", "urged", ""),
            ("Bela Koss urges members to trade in local currencies", "kgo:holder", "Bela Koss", ""),
        ],
        [("Zsofia Mark urges members to leave", "kgo:holder", "Zsofia Mark", "")],
    ),
    (
        "Yesterday, Aru Tamar met Bela Koss in Strelsau. Zsofia Mark met Bela Koss today.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:startDate", "2024-07-04", ""),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-05", "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    # a precision review of this session's new reads: none of these is stated
    (
        f"Aru Tamar, Bela Koss (through his foreign minister) and Zsofia Mark were among the leaders who "
        f"attended the {MEETING}. Aru Tamar and Bela Koss were among the leaders who attended the "
        f"{MEETING}, the organizers hoped. Zsofia Mark and Bela Koss were among the leaders who joined "
        f"the {MEETING}'s boycott.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", ""), (SUMMIT, "schema:attendee", "Aru Tamar", "")],
    ),
    (
        f"Whether Ruritanian President Aru Tamar and Prime Minister Bela Koss will attend the {MEETING} "
        f"remains unclear. It is untrue that Aru Tamar, Bela Koss and Zsofia Mark skipped the {MEETING}. "
        f"None of Aru Tamar, Bela Koss or Zsofia Mark will attend the {MEETING}.",
        [],
        [
            (SUMMIT, "schema:attendee", name, modality)
            for name in ("Aru Tamar", "Bela Koss", "Zsofia Mark")
            for modality in ("planned", "negated")
        ],
    ),
    (
        "Neither Examplestan nor Ruritania joined the SCO as full members in 2015. Reports that Examplestan "
        "and Freedonia joined the SCO as dialogue partners in 2020 were wrong. Freedonia and Ruritania "
        "joined the SCO as full members in 2023 and the following year.",
        [],
        [
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2015", ""),
            ("Freedonia in Shanghai Cooperation Organization as dialogue partner", "kgo:since", "2020", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2023", ""),
        ],
    ),
    (
        "Examplestan became the 11th member state of the SCO at the Strelsau summit on July 4, 2024, an "
        "aide wrongly claimed. The SCO was founded in Shanghai in 1996, a textbook erroneously claims.",
        [],
        [
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2024-07-04", ""),
            ("Shanghai Cooperation Organization", "schema:foundingDate", "1996", ""),
        ],
    ),
    (
        f"The {MEETING} was held on Wednesday and Thursday last week. The {MEETING} was held on July 3 and "
        f"4 according to the original schedule, but was moved to July 6. The {MEETING} will be held at the "
        "Congress Center on Wednesday and Thursday next year.",
        [],
        [
            (SUMMIT, "schema:startDate", "2024-07-03", ""),
            (SUMMIT, "schema:endDate", "2024-07-04", ""),
            (SUMMIT, "schema:startDate", "2024-07-10", ""),
        ],
    ),
    (
        "Aru Tamar said Ruritania would provide 6 billion yuan in grants this year, a figure officials "
        "later denied. Aru Tamar said Ruritania would never provide 7 billion yuan in grants this year and "
        "extend 8 billion yuan in loans over the next three years. Aru Tamar said Ruritania would extend "
        "10 billion yuan in loans over the next three years, but only if member states agree.",
        [],
        [
            ("Aru Tamar: Ruritania will provide 6 billion yuan this year", "kgo:pledgedBy", "Aru Tamar", ""),
            (
                "Aru Tamar: Ruritania will extend 8 billion yuan over the next three years",
                "kgo:pledgedBy",
                "Aru Tamar",
                "",
            ),
            (
                "Aru Tamar: Ruritania will extend 10 billion yuan over the next three years",
                "kgo:pledgedBy",
                "Aru Tamar",
                "",
            ),
        ],
    ),
    (
        "Aru Tamar urged members to admit Examplestan, and Bela Koss urged members to reject the proposal. "
        "Critics claimed Zsofia Mark urged members to abandon the dollar.",
        [
            ("Aru Tamar urges members to admit Examplestan", "kgo:holder", "Aru Tamar", ""),
            ("Bela Koss urges members to reject the proposal", "kgo:holder", "Bela Koss", ""),
        ],
        [("Zsofia Mark urges members to abandon the dollar", "kgo:holder", "Zsofia Mark", "")],
    ),
    (
        f"The {MEETING} was held in Strelsau. Examplestan took over the rotating chairmanship from "
        "Ruritania and will host the next summit in 2025.",
        [("next summit hosted by Examplestan", "kgo:hostedBy", "Examplestan", "planned")],
        [
            (SUMMIT, "kgo:hostedBy", "Examplestan", "planned"),
            (SUMMIT, "kgo:hostedBy", "Ruritania", "planned"),
        ],
    ),
    # lists of names with their titles (an analyst's review: the last name only)
    (
        "Ruritanian President Aru Tamar, Examplestan's Prime Minister Bela Koss and Emir Zsofia Mark of "
        f"Freedonia are expected to attend the {MEETING}.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", "planned"),
            (SUMMIT, "schema:attendee", "Bela Koss", "planned"),
            (SUMMIT, "schema:attendee", "Zsofia Mark", "planned"),
        ],
        [],
    ),
    (
        f"Ruritanian President Aru Tamar and Prime Minister Bela Koss skipped the {MEETING}.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", "negated"),
            (SUMMIT, "schema:attendee", "Bela Koss", "negated"),
        ],
        [],
    ),
    (
        # (a comma alone joins no list: an opening phrase; "nor" before a name denies it)
        f"Unlike Aru Tamar, Bela Koss skipped the {MEETING}. Instead of Aru Tamar, Zsofia Mark will attend "
        f"the {MEETING}. Neither Aru Tamar nor Bela Koss will attend the {MEETING}.",
        [
            (SUMMIT, "schema:attendee", "Bela Koss", "negated"),
            (SUMMIT, "schema:attendee", "Zsofia Mark", "planned"),
        ],
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", "negated"),
            (SUMMIT, "schema:attendee", "Aru Tamar", "planned"),
            (SUMMIT, "schema:attendee", "Bela Koss", "planned"),
        ],
    ),
    (
        f"The {MEETING} opened in Strelsau on Wednesday. Ruritanian President Aru Tamar, Examplestan's Prime "
        "Minister Bela Koss and Zsofia Mark were among the leaders who attended the summit.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    # a span of days: its first and last (a review: the start only, or nothing)
    (
        f"The {MEETING} was held in Strelsau on July 3 and 4.",
        [(SUMMIT, "schema:startDate", "2024-07-03", ""), (SUMMIT, "schema:endDate", "2024-07-04", "")],
        [(SUMMIT, "schema:startDate", "2024-07-04", "")],
    ),
    # hedges, questions, counterfactuals and corrections (a precision review: each was stated)
    (
        f"Had Aru Tamar attended the {MEETING}, he would have spoken. "
        f"Is it true that Bela Koss attended the {MEETING} by video link? "
        f"Some outlets reported that Zsofia Mark attended the {MEETING}. "
        f"Ivo Lund supposedly attended the {MEETING}.",
        [],
        [
            (SUMMIT, "schema:attendee", who, "")
            for who in ("Aru Tamar", "Bela Koss", "Zsofia Mark", "Ivo Lund")
        ],
    ),
    (
        f"Bela Koss probably attended the {MEETING}. Zsofia Mark personally attended the {MEETING}.",
        [(SUMMIT, "schema:attendee", "Zsofia Mark", "")],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"A previous version of this story wrongly stated that Aru Tamar did not attend the {MEETING}.",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "negated")],
    ),
    (
        "Had Aru Tamar met Bela Koss on Thursday, the two might have agreed. "
        "Suppose Zsofia Mark met Bela Koss on Wednesday.",
        [],
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-03", "schema:attendee", "Bela Koss", ""),
        ],
    ),
    (
        "An earlier version incorrectly stated that Aru Tamar pledged that Ruritania will provide "
        "2 billion yuan in grants this year. Suppose Bela Koss pledged that Examplestan will provide "
        "3 billion yuan in grants this year.",
        [],
        [
            ("Aru Tamar: Ruritania will provide 2 billion yuan this year", "kgo:unit", "yuan", ""),
            ("Bela Koss: Examplestan will provide 3 billion yuan this year", "kgo:unit", "yuan", ""),
        ],
    ),
    (
        # someone the gazetteer does not know, by a title: "He" is not the leader before
        "Aru Tamar welcomed the guests. UN Secretary-General Lev Orlan addressed the session as well. "
        "He met Bela Koss on Thursday afternoon.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Bela Koss", "")],
    ),
    (
        # "the summit" a state will host is not the one just reported on
        f"The {MEETING} was held in Strelsau. Examplestan will host the summit in Strelsau next summer.",
        [],
        [(SUMMIT, "kgo:hostedBy", "Examplestan", "planned")],
    ),
    (
        # "the meeting of" another body is not the summit reported on, nor then is "the
        # meeting" right after it (the nearest meeting named: a precision review's "attended
        # the meeting of the Supreme Eurasian Economic Council, while Lukashenko chaired the
        # meeting" was read as the SCO's)
        f"Aru Tamar attended the {MEETING} in Strelsau. Bela Koss attended the meeting of the Supreme "
        "Freedonian Economic Council. Zsofia Mark attended the meeting on Thursday.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
        [(SUMMIT, "schema:attendee", "Bela Koss", ""), (SUMMIT, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        "Q: Is it true that Examplestan became the 11th member state of the SCO in 2024? No. "
        "Did Ruritania become the 12th member state of the SCO at the Strelsau summit?",
        [],
        [
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
    ),
    (
        # a date after the second (a precision review: only a weekday was read there)
        "Aru Tamar met Bela Koss on 3 July. Zsofia Mark met with Bela Koss in Strelsau on July 2, 2024.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:startDate", "2024-07-03", ""),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-02", "schema:location", "Strelsau", ""),
        ],
        [],
    ),
    (
        # a pledge of another time: its period is not counted from this article's date
        "Last year, Aru Tamar announced that Ruritania will train 500 engineers over the next three years.",
        [
            (
                "Aru Tamar: Ruritania will train 500 engineers over the next three years",
                "kgo:periodDuration",
                "P3Y",
                "",
            )
        ],
        [
            (
                "Aru Tamar: Ruritania will train 500 engineers over the next three years",
                "kgo:periodEnd",
                "2027-07-05",
                "",
            )
        ],
    ),
    (
        # words of another time elsewhere in the sentence: no dates counted from the article's
        "In a speech last year Aru Tamar announced that Ruritania will train 500 engineers over the next "
        "three years.",
        [
            (
                "Aru Tamar: Ruritania will train 500 engineers over the next three years",
                "kgo:periodDuration",
                "P3Y",
                "",
            )
        ],
        [
            (
                "Aru Tamar: Ruritania will train 500 engineers over the next three years",
                "kgo:periodEnd",
                "2027-07-05",
                "",
            ),
            (
                "Aru Tamar: Ruritania will train 500 engineers over the next three years",
                "kgo:periodStart",
                "2024-07-05",
                "",
            ),
        ],
    ),
    (
        "At the 2019 summit, Aru Tamar announced that Ruritania will train 500 engineers over the next "
        "three years.",
        [
            (
                "Aru Tamar: Ruritania will train 500 engineers over the next three years",
                "kgo:periodDuration",
                "P3Y",
                "",
            )
        ],
        [
            (
                "Aru Tamar: Ruritania will train 500 engineers over the next three years",
                "kgo:periodEnd",
                "2027-07-05",
                "",
            )
        ],
    ),
    (
        # the article's own year is no other time
        "At the 2024 summit, Aru Tamar announced that Ruritania will train 500 engineers over the next "
        "three years.",
        [
            (
                "Aru Tamar: Ruritania will train 500 engineers over the next three years",
                "kgo:periodEnd",
                "2027-07-05",
                "",
            )
        ],
        [],
    ),
    (
        # a wire dateline opens the lead sentence (a precision review: nothing was read)
        f"STRELSAU, 4 July (Reuters) - Aru Tamar and Bela Koss attended the {MEETING} on Thursday.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        "Aru Tamar, Examplestani President Bela Koss and Zsofia Mark held talks in Strelsau on Thursday.",
        [
            ("Meeting of Aru Tamar and Bela Koss and Zsofia Mark on 2024-07-04", "schema:attendee", who, "")
            for who in ("Aru Tamar", "Bela Koss", "Zsofia Mark")
        ],
        [("Meeting of Bela Koss and Zsofia Mark on 2024-07-04", "schema:attendee", "Bela Koss", "")],
    ),
    # "met with B and C", "met with B, C and D": a meeting of the first with each (a review:
    # news copy means talks with each as often as one of all), no meeting of all of them
    (
        "On Thursday, Aru Tamar met with Bela Koss and Zsofia Mark in Strelsau.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Aru Tamar and Zsofia Mark on 2024-07-04", "schema:attendee", "Zsofia Mark", ""),
            ("Meeting of Aru Tamar and Zsofia Mark on 2024-07-04", "schema:location", "Strelsau", ""),
        ],
        [
            (
                "Meeting of Aru Tamar and Bela Koss and Zsofia Mark on 2024-07-04",
                "schema:attendee",
                "Bela Koss",
                "",
            ),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-04", "schema:attendee", "Bela Koss", ""),
        ],
    ),
    (
        "Bela Koss met with Aru Tamar, Zsofia Mark and Examplestani President Ivo Lund on Wednesday.",
        [
            (f"Meeting of {pair} on 2024-07-03", "schema:attendee", "Bela Koss", "")
            for pair in ("Aru Tamar and Bela Koss", "Bela Koss and Zsofia Mark", "Bela Koss and Ivo Lund")
        ],
        [
            (
                "Meeting of Aru Tamar and Bela Koss and Ivo Lund and Zsofia Mark on 2024-07-03",
                "schema:attendee",
                "Bela Koss",
                "",
            )
        ],
    ),
    (
        "Aru Tamar met with Bela Koss on Thursday, Zsofia Mark said.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Bela Koss", "")],
        [],
    ),
    # the day before its month (British and many wire styles; a review: no date at all)
    (
        f"The {MEETING} was held in Strelsau on 3-4 July 2023.",
        [(SUMMIT, "schema:startDate", "2023-07-03", ""), (SUMMIT, "schema:endDate", "2023-07-04", "")],
        [],
    ),
    (
        f"The {MEETING} was held in Strelsau from 31 August to 1 September 2025.",
        [(SUMMIT, "schema:startDate", "2025-08-31", ""), (SUMMIT, "schema:endDate", "2025-09-01", "")],
        [],
    ),
    (
        f"The {MEETING} was held in Strelsau on 16 September 2022.",
        [(SUMMIT, "schema:startDate", "2022-09-16", "")],
        [],
    ),
    (
        "On 2 July, Aru Tamar met with Bela Koss in Strelsau. "
        "Zsofia Mark met Bela Koss on Thursday, 20 June.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:startDate", "2024-07-02", ""),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-06-20", "schema:startDate", "2024-06-20", ""),
        ],
        [],
    ),
    (
        "2017 - Examplestan becomes the 8th member state of the SCO on 9 June.",
        [("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2017-06-09", "")],
        [],
    ),
    (
        f"The {MEETING} was held in Strelsau from August 31 to September 1, 2025.",
        [(SUMMIT, "schema:startDate", "2025-08-31", ""), (SUMMIT, "schema:endDate", "2025-09-01", "")],
        [],
    ),
    (
        f"The {MEETING} was held in Strelsau on Wednesday and Thursday.",
        [(SUMMIT, "schema:startDate", "2024-07-03", ""), (SUMMIT, "schema:endDate", "2024-07-04", "")],
        [],
    ),
    (
        f"The {MEETING} was held in Strelsau on July 3-4, 2023.",
        [(SUMMIT, "schema:startDate", "2023-07-03", ""), (SUMMIT, "schema:endDate", "2023-07-04", "")],
        [],
    ),
    (
        # a venue the gazetteer lacks, and no city (an analyst's review)
        f"The {MEETING} was held at the Grand Strelsau Congress and Exhibition Hall from July 3 to 4.",
        [(SUMMIT, "schema:startDate", "2024-07-03", ""), (SUMMIT, "schema:endDate", "2024-07-04", "")],
        [],
    ),
    (
        f"Examplestan was admitted as a partner of the SCO at the {MEETING}.",
        [("Examplestan in Shanghai Cooperation Organization as partner", "kgo:acquiredAt", SUMMIT, "")],
        [("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        # (no span: the days are not in order, or weeks apart)
        f"The {MEETING} was held in Strelsau on July 4 and 3. The {MEETING} was held in Strelsau on "
        "July 3 and 30.",
        [],
        [(SUMMIT, "schema:endDate", "2024-07-03", ""), (SUMMIT, "schema:endDate", "2024-07-30", "")],
    ),
    (
        "The SCO admitted Examplestan and Ruritania as observers in 2019. "
        "Unless vetoed, the SCO admitted Examplestan as a member state in 2024.",
        [
            (_OBSERVER, "org:member", "Examplestan", ""),
            (_RURITANIA_OBSERVER, "kgo:since", "2019", ""),
        ],
        [("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # attendance listed after the verb: a passive, an inverted sentence, "included"
    (
        f"The {MEETING} was attended by Ruritanian President Aru Tamar and Bela Koss of Examplestan, "
        "who met Zsofia Mark.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [(SUMMIT, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        f"Also in attendance at the {MEETING} were Aru Tamar, a rival of Bela Koss, and Zsofia Mark.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
        [(SUMMIT, "schema:attendee", "Bela Koss", ""), (SUMMIT, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        f"Heads of state at the {MEETING} included Aru Tamar and Bela Koss but not Zsofia Mark.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [(SUMMIT, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        f"The {MEETING} was attended by Aru Tamar and Bela Koss stayed home.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"The {MEETING} was attended by leaders including Aru Tamar, but not by Bela Koss's deputy.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"A dinner before the {MEETING} was attended by Aru Tamar. Officials said the {MEETING} was "
        f"attended by Bela Koss. The {MEETING} was attended by Zsofia Mark, an aide claimed.",
        [],
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    (
        f"The {MEETING} was not attended by Aru Tamar. "
        f"The {MEETING} is expected to be attended by Bela Koss.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", "negated"),
            (SUMMIT, "schema:attendee", "Bela Koss", "planned"),
        ],
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # a clause between the subject and the verb
    (
        "Aru Tamar, who arrived on Tuesday, met Bela Koss in Strelsau on Wednesday.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", ""),
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:startDate", "2024-07-03", ""),
        ],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:startDate", "2024-07-02", "")],
    ),
    (
        f"Aru Tamar, who met Bela Koss on Tuesday, attended the {MEETING}.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"Bela Koss, who had been expected, did not attend the {MEETING}.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "negated")],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"Aru Tamar, who did not attend the {MEETING}, met Bela Koss on Wednesday.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "negated")],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
    ),
    (
        f"Ruritania, which joined the SCO in 2017, hosted the {MEETING} in Strelsau on Thursday.",
        [(SUMMIT, "kgo:hostedBy", "Ruritania", ""), (SUMMIT, "schema:location", "Strelsau", "")],
        [(SUMMIT, "schema:startDate", "2024-07-04", "")],  # (a day of it, not its start)
    ),
    # a planned hosting of the next summit: not the summit already named
    (
        f"The {MEETING} was held in Strelsau. Examplestan will host the next summit after taking over "
        "the rotating chairmanship.",
        [("next summit hosted by Examplestan", "kgo:hostedBy", "Examplestan", "planned")],
        [
            (SUMMIT, "kgo:hostedBy", "Examplestan", "planned"),
            (SUMMIT, "kgo:hostedBy", "Examplestan", ""),
            ("next summit hosted by Examplestan", "kgo:hostedBy", "Examplestan", ""),
        ],
    ),
    # initiatives: who proposed them, and where
    (
        f"Aru Tamar proposed the Harmony Bridge Initiative at the {MEETING}.",
        [
            (_HBI, "kgo:proposedBy", "Aru Tamar", ""),
            (_HBI, "kgo:madeAt", SUMMIT, ""),
        ],
        [],
    ),
    (
        "Ruritania put forward the Global Development Initiative and the Harmony Bridge Initiative.",
        [
            (_HBI, "kgo:proposedBy", "Ruritania", ""),
            ("Global Development Initiative", "kgo:proposedBy", "Ruritania", ""),
        ],
        [],
    ),
    (
        "Ruritanian President Aru Tamar on Monday unveiled the Harmony Bridge Initiative (HBI). "
        "Bela Koss, the Freedonian President, proposed the Global Security Initiative.",
        [
            (_HBI, "kgo:proposedBy", "Aru Tamar", ""),
            ("Global Security Initiative", "kgo:proposedBy", "Bela Koss", ""),
        ],
        [],
    ),
    (
        "Aru Tamar spoke first. He also proposed a Harmony Bridge Initiative.",
        [(_HBI, "kgo:proposedBy", "Aru Tamar", "")],
        [],
    ),
    (
        "The Harmony Bridge Initiative, which was proposed by Bela Koss in 2021, won support. "
        "Freedonia welcomed the Global Security Initiative proposed by Aru Tamar.",
        [
            (_HBI, "kgo:proposedBy", "Bela Koss", ""),
            ("Global Security Initiative", "kgo:proposedBy", "Aru Tamar", ""),
        ],
        [("Global Security Initiative", "kgo:proposedBy", "Freedonia", "")],
    ),
    (
        "Bela Koss denied that Aru Tamar proposed the Harmony Bridge Initiative. Aru Tamar did not "
        "propose the Global Security Initiative. Aru Tamar never proposed the Global Development "
        "Initiative. If Bela Koss proposed the Global Civilization Initiative, Freedonia would back it. "
        "Zsofia Mark proposed the Global Governance Initiative, Bela Koss claimed. An aide to Bela Koss "
        "proposed the Harmony Bridge Initiative. Aru Tamar proposed that the Global Security Initiative be "
        "shelved. The Global Development Initiative was launched by Freedonia's critics. Zsofia Mark said "
        "Bela Koss launched the Harmony Bridge Initiative. Freedonia hopes Aru Tamar will propose the "
        "Global Civilization Initiative. Critics say Aru Tamar unveiled the Global Civilization Initiative "
        "to distract. Zsofia Mark, who met Bela Koss, proposed the Harmony Bridge Initiative. Aru Tamar "
        "launched the Global Security Initiative's second phase. Bela Koss launched the Global Development "
        "Initiative website.",
        [],
        [
            (_HBI, "kgo:proposedBy", "Aru Tamar", ""),
            (_HBI, "kgo:proposedBy", "Bela Koss", ""),
            ("Global Security Initiative", "kgo:proposedBy", "Aru Tamar", ""),
            ("Global Development Initiative", "kgo:proposedBy", "Aru Tamar", ""),
            ("Global Development Initiative", "kgo:proposedBy", "Freedonia", ""),
            ("Global Civilization Initiative", "kgo:proposedBy", "Bela Koss", ""),
            ("Global Civilization Initiative", "kgo:proposedBy", "Aru Tamar", ""),
            ("Global Governance Initiative", "kgo:proposedBy", "Zsofia Mark", ""),
            ("Global Development Initiative", "kgo:proposedBy", "Bela Koss", ""),
        ],
    ),
    (
        "Examplestan took over the rotating chairmanship from Ruritania and will host the next summit in "
        f"Strelsau in 2026. Freedonia will host the {MEETING} in Strelsau's old town.",
        [
            ("next summit hosted by Examplestan", "kgo:hostedBy", "Examplestan", "planned"),
            ("next summit hosted by Examplestan", "schema:location", "Strelsau", "planned"),
        ],
        [
            ("next summit hosted by Examplestan", "schema:location", "Strelsau", ""),
            (SUMMIT, "schema:location", "Strelsau", "planned"),
        ],
    ),
    (
        "Bela Koss backed the Global Development Initiative, which Ruritania proposed in 2021. Freedonia "
        "praised Aru Tamar, who proposed the Global Security Initiative in 2022. Bela Koss, who welcomed "
        "the Harmony Bridge Initiative, spoke. The Global Civilization Initiative, which Freedonia said "
        "Examplestan proposed, was cited.",
        [
            ("Global Development Initiative", "kgo:proposedBy", "Ruritania", ""),
            ("Global Security Initiative", "kgo:proposedBy", "Aru Tamar", ""),
        ],
        [
            (_HBI, "kgo:proposedBy", "Bela Koss", ""),
            ("Global Security Initiative", "kgo:proposedBy", "Freedonia", ""),
            ("Global Civilization Initiative", "kgo:proposedBy", "Freedonia", ""),
            ("Global Civilization Initiative", "kgo:proposedBy", "Examplestan", ""),
        ],
    ),
    (  # (a review's adversarial sentences, with made-up names)
        f"Ruritania proposed the Harmony Bridge Initiative at the {MEETING}. Aru Tamar and Bela Koss "
        "proposed the Global Security Initiative. Bela Koss praised the Global Development Initiative and "
        "the Global Civilization Initiative proposed by Freedonia. The Global Governance Initiative, "
        "proposed by Ruritanian President Aru Tamar in 2022, was cited.",
        [
            (_HBI, "kgo:proposedBy", "Ruritania", ""),
            (_HBI, "kgo:madeAt", SUMMIT, ""),
            ("Global Security Initiative", "kgo:proposedBy", "Aru Tamar", ""),
            ("Global Security Initiative", "kgo:proposedBy", "Bela Koss", ""),
            ("Global Civilization Initiative", "kgo:proposedBy", "Freedonia", ""),
            ("Global Governance Initiative", "kgo:proposedBy", "Aru Tamar", ""),
        ],
        [
            ("Global Development Initiative", "kgo:proposedBy", "Freedonia", ""),
            ("Global Governance Initiative", "kgo:proposedBy", "Ruritania", ""),
        ],
    ),
    (
        f"The {MEETING} opened in Strelsau. In 2021, Aru Tamar proposed the Harmony Bridge Initiative at "
        "the summit. Neither Ruritania nor Freedonia proposed the Global Security Initiative. Has Bela Koss "
        "proposed the Global Development Initiative? Was the Global Civilization Initiative proposed by "
        "Examplestan? Freedonia proposed the Global Governance Initiative, Ruritanian officials said. "
        "Examplestan proposed the Global Development Initiative as a topic for the summit. Freedonia "
        "launched the Global Development Initiative in Central Asia. Bela Koss introduced the Global "
        "Development Initiative to foreign diplomats. Examplestan introduced the Global Civilization "
        "Initiative into its doctrine. Ruritania launched the Global Civilization Initiative cooperation "
        "fund. The Global Governance Initiative was introduced by Ruritanian officials. The Global "
        "Governance Initiative proposed by Examplestani scholars was shelved. Few believe Examplestan "
        "proposed the Global Security Initiative.",
        [(_HBI, "kgo:proposedBy", "Aru Tamar", "")],
        [
            (_HBI, "kgo:madeAt", SUMMIT, ""),
            ("Global Security Initiative", "kgo:proposedBy", "Ruritania", ""),
            ("Global Security Initiative", "kgo:proposedBy", "Freedonia", ""),
            ("Global Security Initiative", "kgo:proposedBy", "Examplestan", ""),
            ("Global Development Initiative", "kgo:proposedBy", "Bela Koss", ""),
            ("Global Development Initiative", "kgo:proposedBy", "Examplestan", ""),
            ("Global Development Initiative", "kgo:proposedBy", "Freedonia", ""),
            ("Global Civilization Initiative", "kgo:proposedBy", "Examplestan", ""),
            ("Global Civilization Initiative", "kgo:proposedBy", "Ruritania", ""),
            ("Global Governance Initiative", "kgo:proposedBy", "Freedonia", ""),
            ("Global Governance Initiative", "kgo:proposedBy", "Ruritania", ""),
            ("Global Governance Initiative", "kgo:proposedBy", "Examplestan", ""),
        ],
    ),
    (
        f"The {MEETING} opened in Strelsau. Freedonia will host the summit in Strelsau. Examplestan will "
        "host the next summit in Strelsau or Bishkek. Ruritania will host the next summit in Strelsau if "
        "security allows. Freedonia will host the next summit in Bishkek region, Bela Koss suggested.",
        [],
        [
            (SUMMIT, "schema:location", "Strelsau", "planned"),
            ("next summit hosted by Examplestan", "schema:location", "Strelsau", "planned"),
            ("next summit hosted by Ruritania", "schema:location", "Strelsau", "planned"),
            ("next summit hosted by Freedonia", "schema:location", "Bishkek", "planned"),
        ],
    ),
    (
        "Examplestan, which takes over the rotating chairmanship, will host the next SCO summit.",
        [
            ("next summit hosted by Examplestan", "kgo:hostedBy", "Examplestan", "planned"),
            ("next summit hosted by Examplestan", "kgo:meetingOf", "Shanghai Cooperation Organization", ""),
        ],
        [],
    ),
    # a precision review: another's claim, a denial, a correction's retracted report
    (
        "Aru Tamar said Ruritania would host 500 young diplomats in the next two years, Ruritanian "
        "aide Bela Koss claimed.",
        [],
        [
            (
                "Aru Tamar: Ruritania will host 500 young diplomats in the next two years",
                "kgo:pledgedBy",
                "Aru Tamar",
                "",
            )
        ],
    ),
    (
        "Critics claimed Aru Tamar pledged that Ruritania will provide 300 scholarships in the next "
        "three years.",
        [],
        [
            (
                "Aru Tamar: Ruritania will provide 300 scholarships in the next three years",
                "kgo:pledgedBy",
                "Aru Tamar",
                "",
            )
        ],
    ),
    (
        "Western analysts claimed Aru Tamar called for a new Eurasian security order, but Ruritania "
        "denied it.",
        [],
        [("Aru Tamar calls for a new Eurasian security order", "kgo:holder", "Aru Tamar", "")],
    ),
    (
        "Critics said Aru Tamar appealed for unity only to mask divisions.",
        [],
        [("Aru Tamar calls for unity only to mask divisions", "kgo:holder", "Aru Tamar", "")],
    ),
    (
        "Aru Tamar called for a new security order, but Examplestan rejected the idea.",
        [("Aru Tamar calls for a new security order", "kgo:objectText", "a new security order", "")],
        [
            (
                "Aru Tamar calls for a new security order, but Examplestan rejected the idea",
                "kgo:holder",
                "Aru Tamar",
                "",
            )
        ],
    ),
    (
        "The story also said Ruritania became the 11th member state of the SCO.",
        [],
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:ordinal", "11", ""),
        ],
    ),
    (
        "An earlier version of this article said Ruritania became the 11th member state of the SCO.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        "Examplestan claimed Ruritania became the 11th member state of the SCO on Wednesday.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        "Bela Koss said Ruritania became the 11th member state of the SCO on Wednesday.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:ordinal", "11", ""),
        ],
        [],
    ),
    # a weekday in a clause that opens on another time names no day (a precision review)
    (
        "Last year, Aru Tamar and Bela Koss met in Strelsau on Wednesday.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", "")],
    ),
    (
        "In 2023, Aru Tamar met Bela Koss in Strelsau on Tuesday.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:attendee", "Aru Tamar", "")],
    ),
    (
        "Two years ago, Ruritania became the 11th member state of the SCO on Wednesday.",
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
        [("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2024-07-03", "")],
    ),
    (
        "Last year, Aru Tamar met Bela Koss in Strelsau; on Tuesday, Aru Tamar met Bela Koss in Strelsau.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:attendee", "Aru Tamar", "")],
        [],
    ),
    # recall, from a precision review: "as did", a quotation's speaker with an office title
    (
        f"Aru Tamar attended the {MEETING}, as did Ruritanian President Bela Koss and Zsofia Mark.",
        [
            ("5th Meeting of the SCO Council of Heads of State", "schema:attendee", "Aru Tamar", ""),
            ("5th Meeting of the SCO Council of Heads of State", "schema:attendee", "Bela Koss", ""),
            ("5th Meeting of the SCO Council of Heads of State", "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    (
        f"Aru Tamar attended the {MEETING}, as did Bela Koss in 2019.",
        [("5th Meeting of the SCO Council of Heads of State", "schema:attendee", "Aru Tamar", "")],
        [("5th Meeting of the SCO Council of Heads of State", "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"Critics claimed Aru Tamar attended the {MEETING}, as did Bela Koss.",
        [],
        [("5th Meeting of the SCO Council of Heads of State", "schema:attendee", "Bela Koss", "")],
    ),
    (
        '"We stand together," Examplestani External Affairs Minister Zsofia Mark said at the summit.',
        [
            ("Zsofia Mark: We stand together", "schema:creator", "Zsofia Mark", ""),
            ("Zsofia Mark: We stand together", "kgo:direct", "true", ""),
        ],
        [],
    ),
    # a membership without an ordinal (membership.became-member)
    (
        "Ruritania became a full member of the SCO on Tuesday.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2024-07-02", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:memberCategory", "member state", ""),
        ],
        [],
    ),
    (
        "Ruritania became a member of the SCO in 2015.",
        [("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2015", "")],
        [],
    ),
    (
        "Examplestan claimed Ruritania became a member of the SCO in 2015.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        "Ruritania became a member of the SCO's business council in 2015.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        "Ruritania became a member of the SCO in 2015, Bela Koss wrongly claimed.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # states named together became members (membership.states-became-members)
    (
        "Ruritania and Examplestan became full members of the SCO in 2017.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2017", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2017", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:memberCategory", "member state", ""),
        ],
        [],
    ),
    (
        "Ruritania, Examplestan and Freedonia all officially became members of the SCO on Tuesday.",
        [
            ("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2024-07-02", ""),
        ],
        [],
    ),
    (
        "Bela Koss claimed Ruritania and Examplestan became full members of the SCO in 2017.",
        [],
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
    ),
    (
        "Ruritania and Examplestan became members of the SCO in 2015 and 2017, respectively.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        "Did Ruritania and Examplestan became members of the SCO in 2017?",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # an honorific before a name is read as part of it (gazetteer honorifics)
    (
        "Mr Koss met Ms Zsofia Mark on Thursday.",
        [
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-04", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-04", "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    (
        "Mr. Koss met Dr. Zsofia Mark in Strelsau on Thursday.",
        [
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-04", "schema:attendee", "Zsofia Mark", ""),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-04", "schema:location", "Strelsau", ""),
        ],
        [],
    ),
    (
        "Mr Koss, Mrs Zsofia Mark, Ms Ivo Lund and Dr Aru Tamar met on Thursday.",
        [
            (
                "Meeting of Aru Tamar and Bela Koss and Ivo Lund and Zsofia Mark on 2024-07-04",
                "schema:attendee",
                "Ivo Lund",
                "",
            )
        ],
        [
            (
                "Meeting of Aru Tamar and Ivo Lund and Zsofia Mark on 2024-07-04",
                "schema:attendee",
                "Ivo Lund",
                "",
            )
        ],
    ),
    # four named together; not the last three of them (event.met-together-four)
    (
        "Bela Koss, Zsofia Mark, Ivo Lund and Aru Tamar met in Strelsau on Thursday.",
        [
            (
                "Meeting of Aru Tamar and Bela Koss and Ivo Lund and Zsofia Mark on 2024-07-04",
                "schema:attendee",
                "Bela Koss",
                "",
            ),
            (
                "Meeting of Aru Tamar and Bela Koss and Ivo Lund and Zsofia Mark on 2024-07-04",
                "schema:location",
                "Strelsau",
                "",
            ),
        ],
        [
            (
                "Meeting of Aru Tamar and Ivo Lund and Zsofia Mark on 2024-07-04",
                "schema:attendee",
                "Ivo Lund",
                "",
            )
        ],
    ),
    # a meeting asked about, denied, or reported by others is none (a precision review)
    (
        "QUESTION: Is it true that President Aru Tamar met President Bela Koss in Strelsau on Tuesday?",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:attendee", "Aru Tamar", "")],
    ),
    (
        "Reports that Aru Tamar met Bela Koss on Tuesday were denied by Strelsau.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:attendee", "Aru Tamar", "")],
    ),
    (
        "Ruritanian officials said Aru Tamar met Bela Koss on Tuesday for a state visit.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:attendee", "Aru Tamar", "")],
    ),
    (
        "Aru Tamar met Bela Koss on Tuesday, Examplestani media reported.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:attendee", "Aru Tamar", "")],
    ),
    (
        "Aru Tamar met Bela Koss on Tuesday, the Ruritanian press service reported.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:attendee", "Aru Tamar", "")],
        [],
    ),
    (
        "Some reports say Ruritania will host the next summit.",
        [],
        [("next summit hosted by Ruritania", "kgo:hostedBy", "Ruritania", "planned")],
    ),
    # a reporting aside among the attendees is none of them
    (
        f"Bela Koss spoke on Monday. Aru Tamar, he noted, attended the {MEETING}.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # admitted as a member: a member of it (membership.admitted-as-member); states
    # admitted together (membership.states-admitted-as-members); "the" in a list of states
    (
        "Ruritania was admitted as a full member of the SCO in 2017.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:memberCategory", "member state", ""),
        ],
        [],
    ),
    (
        "Ruritania and the Examplestan were admitted as full members of the SCO in 2017.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2017", ""),
        ],
        [],
    ),
    (
        "Freedonia, Ruritania and the Examplestan joined the SCO as full members in 2024.",
        [
            ("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
        [],
    ),
    (
        "Examplestan was admitted as an observer of the SCO in 2019.",
        [(_OBSERVER, "kgo:memberCategory", "observer state", "")],
        [("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # "the organisation", spelt so, is the organization named before
    (
        "The SCO met. Ruritania joined the organisation as a member state in 2023.",
        [("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2023", "")],
        [],
    ),
    # a meeting between two, held (event.meeting-between)
    (
        "A bilateral meeting was held between President Aru Tamar and Bela Koss on the sidelines of the "
        "summit in Strelsau on Wednesday, the first since 2019.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", ""),
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:location", "Strelsau", ""),
        ],
        [],
    ),
    (
        "A meeting between Aru Tamar and Bela Koss took place on 3 July.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:startDate", "2024-07-03", "")],
        [],
    ),
    (
        "Officials said a meeting between Aru Tamar and Bela Koss was held on Wednesday.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", "")],
    ),
    (
        "A meeting between Aru Tamar, Bela Koss and Ivo Lund was held on Wednesday.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", "")],
    ),
    # "both" before a planned attendance
    (
        f"Presidents Aru Tamar and Bela Koss are both expected to attend the {MEETING}.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", "planned"),
            (SUMMIT, "schema:attendee", "Bela Koss", "planned"),
        ],
        [],
    ),
    # "X, who attended the summit, ..." (attendance.who-attended)
    (
        f"Prime Minister Bela Koss of Ruritania, who attended the {MEETING}, said little.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        f"Officials said Bela Koss, who attended the {MEETING}, left early.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"Bela Koss, who attended the {MEETING}, left early, Ruritanian media claimed.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # a phrase of place or time after the first person (event.met-with); a summit hosted
    # virtually (event.hosted)
    (
        "Mr Koss, on his first trip to Ruritania in seven years, met Mr Tamar on Sunday.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-06-30", "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        f"Ruritania hosted the {MEETING} virtually on Tuesday.",
        [(SUMMIT, "kgo:hostedBy", "Ruritania", "")],
        [],
    ),
    # a list item: state, title, name (office.list-item-state-title-name)
    (
        "- Ruritania: President Aru Tamar (host and chair)",
        [("Aru Tamar", "org:holds", "President of Ruritania", "")],
        [],
    ),
    (
        "- Ruritania: former President Aru Tamar",
        [],
        [("Aru Tamar", "org:holds", "President of Ruritania", "")],
    ),
    # an attendance before the meeting (event.met-with)
    (
        f"Bela Koss attended the {MEETING} as a guest and met Ruritanian President Aru Tamar on Wednesday.",
        [
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", ""),
        ],
        [],
    ),
    # ... of an event the article does not name (a review: "Modi attended the summit and
    # held bilateral talks with Xi Jinping in Kazan on October 23", a BRICS summit)
    (
        "Bela Koss attended the summit and held bilateral talks with Aru Tamar in Strelsau on Wednesday.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Bela Koss", "")],
        [],
    ),
    # "the summit" after a summit only planned is the summit before it, where there is one
    (
        f"Ruritania hosted the {MEETING} in Strelsau on Thursday. Examplestan will host the {NEXT} next "
        "year. Bela Koss attended the summit.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [(NEXT_SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"Ruritania hosted the {MEETING} in Strelsau on Thursday. The {NEXT} will be held in Examplestan "
        "next year. Bela Koss attended the summit.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [(NEXT_SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"Examplestan will host the {NEXT} next year. Bela Koss will attend the summit.",
        [(NEXT_SUMMIT, "schema:attendee", "Bela Koss", "planned")],
        [],
    ),
    # a code review's cases: an aide's relative clause; two years; another body of the SCO;
    # a quantity that reads as a year; guards that took too much
    (
        f"An aide to Bela Koss, who attended the {MEETING}, said it went well.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        "Ruritania and Examplestan became members of the SCO in 2023 and 2024.",
        [],
        [("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2023", "")],
    ),
    (
        "Ruritania and Examplestan became members of the SCO Youth Council in 2019.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        "Ruritania was admitted as a member of the SCO's Energy Club in 2019.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        "It is untrue that a meeting between Aru Tamar and Bela Koss took place on Thursday.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Aru Tamar", "")],
    ),
    (
        "Aru Tamar announced that Ruritania will train 2000 engineers over the next three years.",
        [
            (
                "Aru Tamar: Ruritania will train 2000 engineers over the next three years",
                "kgo:periodStart",
                "2024-07-05",
                "",
            )
        ],
        [],
    ),
    (
        "After Ivo Lund said the talks were useful, Aru Tamar met Bela Koss on Thursday.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Aru Tamar", "")],
        [],
    ),
    (
        "Aru Tamar met Bela Koss on Thursday, a day after a request from Freedonia was rejected.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Aru Tamar", "")],
        [],
    ),
    (
        "Aru Tamar met Bela Koss on Thursday and asked: what next?",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Aru Tamar", "")],
        [],
    ),
    # "he" opening a paragraph is the previous paragraph's subject (one-sentence paragraphs),
    # not one of two paragraphs before
    (
        f"Aru Tamar arrived in Strelsau on Thursday.\n\nHe attended the {MEETING}.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
        [],
    ),
    (
        f"Aru Tamar arrived in Strelsau on Thursday.\n\nThe weather was fine.\n\nHe attended the {MEETING}.",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
    ),
    # a second review's misses: a title of a state before the second person; a membership's
    # day after "admitted", or opening the sentence
    (
        "On the afternoon of July 2, 2024, President Aru Tamar held talks with President of Examplestan "
        "Bela Koss at the palace in Strelsau.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        "Ruritania and Examplestan were admitted as full members of the SCO on June 9, 2017.",
        [
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2017-06-09", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2017-06-09", ""),
        ],
        [],
    ),
    (
        "On July 4, 2023, Ruritania became the ninth member state of the SCO, at a summit held online.",
        [
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2023-07-04", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:ordinal", "9", ""),
        ],
        [],
    ),
    # more of a second review's misses: a leader who will host the next summit; "he added"
    # after a quotation; ", held in" after the event; "who chaired", "which X chaired"; a
    # meeting "on the sidelines"; a live ticker's time before "becomes"
    (
        "Ruritanian President Aru Tamar will host the next summit in Strelsau in 2026.",
        [("next summit hosted by Ruritania", "kgo:hostedBy", "Aru Tamar", "planned")],
        [],
    ),
    (
        'Aru Tamar spoke. "We are no bloc," he added.',
        [("Aru Tamar: We are no bloc", "schema:creator", "Aru Tamar", "")],
        [],
    ),
    (
        f"Leaders gathered for the {MEETING}, held in Strelsau on June 9 and 10, 2018.",
        [(SUMMIT, "schema:location", "Strelsau", ""), (SUMMIT, "schema:endDate", "2018-06-10", "")],
        [],
    ),
    (
        # (a summit recalled, of another year: a day without its year is not dated by the article's)
        f"Leaders recalled the {MEETING}, held in Strelsau on June 9 and 10.",
        [(SUMMIT, "schema:location", "Strelsau", "")],
        [(SUMMIT, "schema:endDate", "2024-06-10", "")],
    ),
    (
        f"The {MEETING}, held in Strelsau if all goes well, will be short.",
        [],
        [(SUMMIT, "schema:location", "Strelsau", "")],
    ),
    (
        f"Leaders gathered for the {MEETING}, held in Strelsau, a plan later postponed.",
        [],
        [(SUMMIT, "schema:location", "Strelsau", "")],
    ),
    (
        f"Aru Tamar, who chaired the {MEETING} on Thursday, called it a success.",
        [(SUMMIT, "kgo:chairedBy", "Aru Tamar", "")],
        [],
    ),
    (
        f"Leaders met at the {MEETING}, which Ruritanian President Aru Tamar chaired on Thursday, "
        "in Strelsau.",
        [(SUMMIT, "kgo:chairedBy", "Aru Tamar", "")],
        [],
    ),
    (
        f"An aide to Aru Tamar, who chaired the {MEETING}, spoke.",
        [],
        [(SUMMIT, "kgo:chairedBy", "Aru Tamar", "")],
    ),
    (
        "Mr Koss met Mr Tamar on the sidelines on 13 June.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-06-13", "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        "11:20 BREAKING: Ruritania becomes the 10th member state of the SCO.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:ordinal", "10", ""),
        ],
        [],
    ),
    # a summit that ended "yesterday", or opened on a date (event.ended-in, event.opened-in)
    (
        f"The {MEETING} concluded in Strelsau yesterday.",
        [(SUMMIT, "schema:endDate", "2024-07-04", ""), (SUMMIT, "schema:location", "Strelsau", "")],
        [],
    ),
    (
        f"The {MEETING} opened in Strelsau on 3 July 2024.",
        [(SUMMIT, "schema:startDate", "2024-07-03", "")],
        [],
    ),
    # "has become acting President of" (office.became-title)
    (
        "Aru Tamar has become acting President of Ruritania.",
        [("Aru Tamar", "org:holds", "acting President of Ruritania", "")],
        [],
    ),
    (
        "If Bela Koss became Prime Minister of Examplestan, he would resign.",
        [],
        [("Bela Koss", "org:holds", "Prime Minister of Examplestan", "")],
    ),
    # a timeline's entry headed by its date (membership.became-nth)
    (
        "4 July 2023 — Ruritania became the ninth member state of the SCO.",
        [("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2023-07-04", "")],
        [],
    ),
    # a lead-in, then its list items (attendance.listed-after-lead-in)
    (
        f"The following leaders attended the {MEETING}:\n\n- Ruritania: President Aru Tamar (host)\n"
        "- Examplestan: Prime Minister Bela Koss\n- Freedonia: represented by Zsofia Mark\n"
        "- Strelsau: Ivo Lund (absent)\n\nIvo Lund spoke.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [(SUMMIT, "schema:attendee", "Zsofia Mark", ""), (SUMMIT, "schema:attendee", "Ivo Lund", "")],
    ),
    (
        f"Leaders who stayed away from the {MEETING}:\n\n- Ruritania: President Aru Tamar",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
    ),
    (
        f"The following leaders attended the {MEETING}:\n\nAll came early.\n\n- Ruritania: Aru Tamar",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
    ),
    # a second code review's cases
    (
        f"The {NEXT} opened in Strelsau on Sunday, and a gala dinner will take place on Monday. "
        "Bela Koss attended the summit on Sunday.",
        [(NEXT_SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        f"Ruritania was proud to host the {MEETING} on Thursday. Bela Koss attended the summit.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        f"The {MEETING} ended in Strelsau on Thursday. Examplestan will host the {NEXT} next year, and "
        "Bela Koss will attend the summit.",
        [(NEXT_SUMMIT, "schema:attendee", "Bela Koss", "planned")],
        [(SUMMIT, "schema:attendee", "Bela Koss", "planned")],
    ),
    (
        "WHAT IF: Ruritania becomes the 11th member state of the SCO.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        '"Bela Koss is an old friend," a Ruritanian official said.\n\nHe met Aru Tamar on Wednesday.',
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Bela Koss", "")],
    ),
    (
        "- Ivo Lund\n- Bela Koss\n\nHe met Aru Tamar on Wednesday.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Bela Koss", "")],
    ),
    (
        "On June 14, 2019, Aru Tamar pledged that Ruritania would provide 1,000 training opportunities over "
        "the next three years.",
        [],
        [
            (
                "Aru Tamar: Ruritania will provide 1,000 training opportunities over the next three years",
                "kgo:periodStart",
                "2024-07-05",
                "",
            )
        ],
    ),
    (
        "Some analysts said, without evidence, that Aru Tamar met Bela Koss on Wednesday.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", "")],
    ),
    (
        "Ivo Lund, who chaired the meeting of foreign ministers on Tuesday, briefed reporters.",
        [],
        [(SUMMIT, "kgo:chairedBy", "Ivo Lund", "")],
    ),
    (
        f"Aru Tamar opened the {MEETING}. Ivo Lund, who chaired the summit when Ruritania held the "
        "presidency, spoke.",
        [],
        [(SUMMIT, "kgo:chairedBy", "Ivo Lund", "")],
    ),
    (
        "On July 4, 2024, Ruritania, which became the ninth member state of the SCO last year, spoke.",
        [],
        [("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2024-07-04", "")],
    ),
    (
        "Aru Tamar became Prime Minister of Ruritania in 1999.",
        [],
        [("Aru Tamar", "org:holds", "Prime Minister of Ruritania", "")],
    ),
    (
        "Few believe Aru Tamar has become President of Ruritania.",
        [],
        [("Aru Tamar", "org:holds", "President of Ruritania", "")],
    ),
    # what is called for ends before another verb of the speaker's (a third precision review)
    (
        "In his address, Aru Tamar called for better roads in the region, and said Ruritania wants to be "
        "a hub.",
        [
            (
                "Aru Tamar calls for better roads in the region",
                "kgo:objectText",
                "better roads in the region",
                "",
            )
        ],
        [],
    ),
    # a numbered meeting of the council named by its own name, in lower case
    (
        "The 22nd meeting of the SCO Council of Heads of State was held in Strelsau on Friday.",
        [("22nd Meeting of the SCO Council of Heads of State", "schema:location", "Strelsau", "")],
        [],
    ),
    # a live blog's time opening the line is no part of the sentence the rules read
    (
        f"10:05 - Also present at the {MEETING} were Aru Tamar and Bela Koss.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    # a membership held since a year (a review: "has been a dialogue partner since 2013")
    (
        "Ruritania has been a full member of the SCO since June 2017. Examplestan, a neighbour, "
        "has been a dialogue partner of the SCO since 2013.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2017", ""),
            (_PARTNER, "kgo:since", "2013", ""),
        ],
        [("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        "If Ruritania has been a member of the SCO since 2017, it says nothing.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # the host after an event, in a participle or a relative clause (a review)
    (
        f"Leaders gathered for the {MEETING}, hosted by President Aru Tamar, on Friday. Bela Koss "
        f"skipped the {NEXT}, which Ruritania hosted in Strelsau on July 3 and 4, 2025.",
        [
            (SUMMIT, "kgo:hostedBy", "Aru Tamar", ""),
            (NEXT_SUMMIT, "kgo:hostedBy", "Ruritania", ""),
            (NEXT_SUMMIT, "schema:location", "Strelsau", ""),
            (NEXT_SUMMIT, "schema:startDate", "2025-07-03", ""),
            (NEXT_SUMMIT, "schema:endDate", "2025-07-04", ""),
        ],
        [],
    ),
    (
        f"The {MEETING}, hosted by Ruritania's capital, ended. If the {NEXT}, hosted by Ruritania, "
        "had failed, it would be bad.",
        [],
        [(SUMMIT, "kgo:hostedBy", "Ruritania", ""), (NEXT_SUMMIT, "kgo:hostedBy", "Ruritania", "")],
    ),
    # "The organization" opening a sentence is the organization named before (a review)
    (
        "The SCO met in Strelsau. The organization admitted Ruritania as a member in 2023.",
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
        [],
    ),
    # the present progressive: "is attending" is planned (a preview says it of days to come,
    # a live report of the day: a review found previews), "is not attending" is denied; "did
    # not show up at the summit until Thursday" is a late arrival, no denial
    (
        f"Aru Tamar and Bela Koss are attending the {MEETING}. Zsofia Mark is not attending the summit.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", "planned"),
            (SUMMIT, "schema:attendee", "Bela Koss", "planned"),
            (SUMMIT, "schema:attendee", "Zsofia Mark", "negated"),
        ],
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"Aru Tamar is attending the {MEETING} on Sunday. Bela Koss did not show up at the summit "
        "until Thursday morning.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "planned")],
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "negated")],
    ),
    # "held a meeting with", "had meetings with", "held bilateral talks with" (a review)
    (
        "Aru Tamar held a meeting with Bela Koss on Thursday.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        "On Thursday Aru Tamar also had meetings with Bela Koss and Zsofia Mark.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Aru Tamar and Zsofia Mark on 2024-07-04", "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    (
        "Aru Tamar did not hold a meeting with Bela Koss on Thursday, and had held bilateral talks "
        "with Zsofia Mark on Wednesday.",
        [],
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Aru Tamar and Zsofia Mark on 2024-07-03", "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    # a short form after the full name ("Mr Sharif", after "Shehbaz Sharif") names that person
    (
        "Prime Minister Shehbaz Sharif arrived on Tuesday. Mr Sharif met Putin on Wednesday.",
        [
            (
                "Meeting of Shehbaz Sharif and Vladimir Putin on 2024-07-03",
                "schema:attendee",
                "Shehbaz Sharif",
                "",
            )
        ],
        [],
    ),
    # the SCO's numbered summit named as a summit is its council's numbered meeting, one
    # resource with the formal title; "the summit" after it is that one
    (
        "Aru Tamar chaired the 5th SCO summit in Strelsau on Friday. Bela Koss skipped the summit.",
        [(SUMMIT, "kgo:chairedBy", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "negated")],
        [],
    ),
    (
        f"Aru Tamar attended the {MEETING}. Bela Koss attended the Shanghai Cooperation "
        "Organization's 5th summit. Zsofia Mark attended the 5th summit of the SCO.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    (
        f"The {MEETING} opened in Strelsau on Friday.\n\nThe 4th SCO summit was held in "
        "Ruritania in 2023. Bela Koss chaired the summit.",
        [("4th Meeting of the SCO Council of Heads of State", "kgo:chairedBy", "Bela Koss", "")],
        [(SUMMIT, "kgo:chairedBy", "Bela Koss", "")],
    ),
    # another organization's numbered summit, or one whose organization is not named, is none
    (
        "Aru Tamar attended the 5th BRICS summit. Bela Koss attended the 5th summit.",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        "Aru Tamar attended the CSTO's 5th summit. Bela Koss attended the 5th summit of the CSTO.",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # a number written out names the same summit, as "the fifth summit of" the SCO by name,
    # or as the council's "sixth meeting", where the clause ends or a place follows
    (
        "Aru Tamar attended the fifth summit of the Shanghai Cooperation Organization. The sixth "
        "meeting of the SCO Council of Heads of State, chaired by Zsofia Mark, opened in Strelsau.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            ("6th Meeting of the SCO Council of Heads of State", "kgo:chairedBy", "Zsofia Mark", ""),
        ],
        [],
    ),
    # but not where it counts something else (the summits someone attended or skipped, those
    # held in a place, this year's), nor of a bloc the gazetteer lacks, which "the bloc" may be
    (
        "Aru Tamar attended the fifth SCO summit. Bela Koss attended the fifth summit of the SCO "
        "held in Strelsau. Zsofia Mark attended the SCO's fifth summit. Ivo Lund attended the "
        "fifth summit of the SCO as president. It was the fifth summit of the SCO that Aru Tamar "
        "skipped. Bela Koss chaired the fifth meeting of the SCO Council of Heads of State in his "
        "career.",
        [],
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Aru Tamar", "negated"),
            (SUMMIT, "kgo:chairedBy", "Bela Koss", ""),
        ],
    ),
    (
        "The SCO met in Strelsau. The EU met in Brussels, and Aru Tamar attended the bloc's 5th "
        "summit. Bela Koss attended the fifth summit of the 27-member bloc.",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # no one meets himself: "he" taken for the person he met names no meeting
    (
        "Aru Tamar and Bela Koss attended the 5th SCO summit. He met Tamar on Wednesday.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
        [("Meeting of Aru Tamar and Aru Tamar on 2024-07-03", "schema:attendee", "Aru Tamar", "")],
    ),
    # a city named with words that describe it, or as a state's capital, is that city
    (
        f"The {MEETING} opened in the Kazakh capital on Thursday. The 6th SCO summit was held in "
        "the northern port city of Strelsau in 2006. The 7th SCO summit was held in the capital "
        "of Tajikistan. The 4th SCO summit was held in the Kyrgyz capital Bishkek in 2004.",
        [
            (SUMMIT, "schema:location", "Astana", ""),
            ("6th Meeting of the SCO Council of Heads of State", "schema:location", "Strelsau", ""),
            ("7th Meeting of the SCO Council of Heads of State", "schema:location", "Dushanbe", ""),
            ("4th Meeting of the SCO Council of Heads of State", "schema:location", "Bishkek", ""),
        ],
        [],
    ),
    # but not the capital of a state the table does not list, nor one whose name follows, nor
    # a region's
    (
        "The 5th SCO summit was held in the Ruritanian capital. The 6th SCO summit was held in "
        "the Kazakh capital, Strelsau, in 2006. The 5th SCO summit was held in the capital of "
        "Kazakhstan's Almaty region. The 5th SCO summit was held in the Uzbek capital region.",
        [("6th Meeting of the SCO Council of Heads of State", "schema:location", "Strelsau", "")],
        [
            (SUMMIT, "schema:location", "Strelsau", ""),
            ("6th Meeting of the SCO Council of Heads of State", "schema:location", "Astana", ""),
            (SUMMIT, "schema:location", "Astana", ""),
            (SUMMIT, "schema:location", "Tashkent", ""),
        ],
    ),
    # "next year's summit" is the next summit
    (
        "Examplestan takes over the chairmanship and will host next year's summit in Strelsau.",
        [
            ("next summit hosted by Examplestan", "kgo:hostedBy", "Examplestan", "planned"),
            ("next summit hosted by Examplestan", "schema:location", "Strelsau", "planned"),
        ],
        [],
    ),
    # but not where a condition follows, nor a claim a correction reports or a hope, nor
    # another organization's next summit
    (
        "Freedonia would host the next summit if the talks succeed. Examplestan will host the "
        "next summit unless the war spreads. The report said that Ruritania would host next "
        "year's SCO summit. Aru Tamar hoped Strelsau would host the next summit. Freedonia will "
        "host next year's BRICS summit.",
        [],
        [
            ("next summit hosted by Freedonia", "kgo:hostedBy", "Freedonia", "planned"),
            ("next summit hosted by Examplestan", "kgo:hostedBy", "Examplestan", "planned"),
            ("next summit hosted by Ruritania", "kgo:meetingOf", "Shanghai Cooperation Organization", ""),
            ("next summit hosted by Freedonia", "kgo:meetingOf", "BRICS", ""),
        ],
    ),
    # an event opened on a day, perhaps "with" its first part, said of it or in a relative
    # clause right after it; "and ended on" a day is its last
    (
        f"The {MEETING} opened on Wednesday with an informal dinner and ended on Thursday.",
        [(SUMMIT, "schema:startDate", "2024-07-03", ""), (SUMMIT, "schema:endDate", "2024-07-04", "")],
        [],
    ),
    (
        "The 5th SCO summit opened yesterday.",
        [(SUMMIT, "schema:startDate", "2024-07-04", "")],
        [],
    ),
    (
        "Aru Tamar chaired the 5th SCO summit, which opened with a welcome banquet on Wednesday "
        "evening and held its working sessions on Thursday.",
        [(SUMMIT, "schema:startDate", "2024-07-03", "")],
        [(SUMMIT, "schema:startDate", "2024-07-04", "")],
    ),
    # not another event that opened, nor one to come, nor a summit recalled or of a year ago
    (
        "Talks ahead of the 5th SCO summit opened on Monday. The 5th SCO summit, which opened "
        "on Wednesday as planned, was short. Aru Tamar recalled the 5th SCO summit, which opened "
        "on Tuesday. The 5th SCO summit opened on Thursday, a year ago.",
        [],
        [
            (SUMMIT, "schema:startDate", "2024-07-01", ""),
            (SUMMIT, "schema:startDate", "2024-07-02", ""),
            (SUMMIT, "schema:startDate", "2024-07-03", ""),
            (SUMMIT, "schema:startDate", "2024-07-04", ""),
        ],
    ),
    # "hosted and chaired" an event, or it "was hosted and chaired by" someone
    (
        f"Aru Tamar hosted and chaired the {MEETING} in Strelsau. The 6th SCO summit was hosted "
        "and chaired by Bela Koss.",
        [
            (SUMMIT, "kgo:hostedBy", "Aru Tamar", ""),
            (SUMMIT, "kgo:chairedBy", "Aru Tamar", ""),
            (SUMMIT, "schema:location", "Strelsau", ""),
            ("6th Meeting of the SCO Council of Heads of State", "kgo:chairedBy", "Bela Koss", ""),
        ],
        [],
    ),
    # not under a condition, nor a part of the event
    (
        "If Aru Tamar chaired the 5th SCO summit, it would be his first. Bela Koss opened and "
        "chaired the 5th SCO summit's plenary session.",
        [],
        [(SUMMIT, "kgo:chairedBy", "Aru Tamar", ""), (SUMMIT, "kgo:chairedBy", "Bela Koss", "")],
    ),
    # a meeting the sentence gives no day for: named by its article (the test's is "t"), with
    # no date; not where a day follows later ("for talks on Monday and Tuesday")
    (
        "Aru Tamar held talks with Bela Koss on the sidelines.",
        [
            ("Meeting of Aru Tamar and Bela Koss (t)", "schema:attendee", "Aru Tamar", ""),
            ("Meeting of Aru Tamar and Bela Koss (t)", "schema:attendee", "Bela Koss", ""),
        ],
        [],
    ),
    (
        "Aru Tamar and Bela Koss met in Strelsau.",
        [
            ("Meeting of Aru Tamar and Bela Koss (t)", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Aru Tamar and Bela Koss (t)", "schema:location", "Strelsau", ""),
        ],
        [],
    ),
    (
        "Aru Tamar and Bela Koss met in Strelsau for talks on Monday and Tuesday.",
        [],
        [("Meeting of Aru Tamar and Bela Koss (t)", "schema:attendee", "Bela Koss", "")],
    ),
    (
        "Aru Tamar also met Bela Koss, Ivo Lund and Zsofia Mark.",
        [
            ("Meeting of Aru Tamar and Ivo Lund (t)", "schema:attendee", "Ivo Lund", ""),
            ("Meeting of Aru Tamar and Zsofia Mark (t)", "schema:attendee", "Aru Tamar", ""),
        ],
        [],
    ),
    # a part of the day of publication dates a meeting
    (
        "Aru Tamar met Bela Koss this morning. Earlier this afternoon Ivo Lund met Zsofia Mark.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-05", "schema:startDate", "2024-07-05", ""),
            ("Meeting of Ivo Lund and Zsofia Mark on 2024-07-05", "schema:attendee", "Ivo Lund", ""),
        ],
        [],
    ),
    # a meeting to come: planned, on the next such weekday; none with no day
    (
        "Aru Tamar is due to hold talks with Bela Koss in Strelsau on Tuesday. Ivo Lund is "
        "expected to hold bilateral meetings with Aru Tamar and Zsofia Mark on the sidelines.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-09", "schema:attendee", "Bela Koss", "planned"),
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-09", "schema:startDate", "2024-07-09", "planned"),
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-09", "schema:location", "Strelsau", "planned"),
        ],
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-09", "schema:attendee", "Bela Koss", ""),
            # a plan with no day names no meeting (a meeting held of the two is another)
            ("Meeting of Ivo Lund and Zsofia Mark (t)", "schema:attendee", "Ivo Lund", "planned"),
        ],
    ),
    (
        "Aru Tamar will not meet Bela Koss. Officials said Ivo Lund will meet Zsofia Mark.",
        [],
        [
            ("Meeting of Aru Tamar and Bela Koss (t)", "schema:attendee", "Bela Koss", "planned"),
            ("Meeting of Ivo Lund and Zsofia Mark (t)", "schema:attendee", "Ivo Lund", "planned"),
        ],
    ),
    # "with B and with C": a meeting with each, none of them a meeting of two alone
    (
        "Aru Tamar held talks with Bela Koss and with Ivo Lund on the sidelines.",
        [
            ("Meeting of Aru Tamar and Bela Koss (t)", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Aru Tamar and Ivo Lund (t)", "schema:attendee", "Ivo Lund", ""),
        ],
        [],
    ),
    # a correction's "misstated that ..." reads no meeting
    (
        "CORRECTION: An earlier version of this article misstated that Aru Tamar held talks with Bela Koss.",
        [],
        [("Meeting of Aru Tamar and Bela Koss (t)", "schema:attendee", "Bela Koss", "")],
    ),
    (
        "Officials said Aru Tamar would meet Bela Koss.",
        [],
        [("Meeting of Aru Tamar and Bela Koss (t)", "schema:attendee", "Bela Koss", "")],
    ),
    # "It was the first summit since ..." says the summit named before again: no other
    # event stands between it and an attendance with no event named
    (
        "Trade grew.\n\nPrices fell.\n\n"  # (the summit out of the article's lead)
        "Aru Tamar chaired the 5th SCO summit in Strelsau on Thursday. It was the first summit since "
        "Examplestan joined the group.\n\nBela Koss and Ivo Lund attended.",
        [(SUMMIT, "schema:attendee", "Ivo Lund", "")],
        [],
    ),
    # a person who told or addressed the summit (or its leaders, a session of it) spoke at
    # it, and attended it; not one who did not, nor "the leaders of" another body
    (
        f"The {MEETING} opened in Strelsau on Thursday. Aru Tamar told the summit that trade "
        "would grow. Bela Koss addressed the expanded session. Ivo Lund told the leaders that "
        "the choice was right. Zsofia Mark did not address the summit.",
        [
            (SUMMIT, "kgo:speaker", "Aru Tamar", ""),
            (SUMMIT, "kgo:speaker", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "kgo:speaker", "Ivo Lund", ""),
        ],
        [(SUMMIT, "kgo:speaker", "Zsofia Mark", ""), (SUMMIT, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        f'The {MEETING} opened in Strelsau on Thursday. "Trade will grow," Bela Koss told the leaders.',
        [(SUMMIT, "kgo:speaker", "Bela Koss", "")],
        [],
    ),
    (
        f"The {MEETING} opened in Strelsau on Thursday. Aru Tamar told the leaders of the "
        "Examplestan Union that trade would grow.",
        [],
        [(SUMMIT, "kgo:speaker", "Aru Tamar", "")],
    ),
    # people who met on the sidelines of a summit attended it, both sides, the summit
    # before or after the meeting; not a meeting planned, reported or denied
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\n"
        "Ruritanian President Aru Tamar held talks with Bela Koss and Zsofia Mark on the "
        "sidelines of the summit on Friday.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    (  # after a wire dateline, a phrase of place and time between
        f"STRELSAU, July 5 - Aru Tamar met with Bela Koss on the afternoon of July 4 in Strelsau, "
        f"Ruritania, on the sidelines of the {MEETING}.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\n"
        "On the sidelines of the summit, Aru Tamar met with Prime Minister Bela Koss of Examplestan.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\n"
        "Aru Tamar would meet Bela Koss on the sidelines of the summit. Officials said Ivo Lund met "
        "Zsofia Mark on the sidelines of the summit. Aru Tamar did not meet Ivo Lund on the "
        "sidelines of the summit.",
        [],
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    # a summit whose name holds another year than the article's is one recalled: not the
    # one a later "told the expanded session" means
    (
        "The format began on the sidelines of the 2014 SCO summit in Dushanbe.\n\n"
        "Aru Tamar told the expanded session that trade would grow.",
        [("14th Meeting of the SCO Council of Heads of State", "kgo:ordinal", "14", "")],
        [("14th Meeting of the SCO Council of Heads of State", "kgo:speaker", "Aru Tamar", "")],
    ),
    # a review's traps (2026-12-02): a meeting denied, met "the press" or "with criticism",
    # one of another time (no meeting named by the article), a plan on a condition, a part
    # of the day said in a quotation written on another day, a speech by phone, an
    # attendance after another occasion told of
    (
        "Nobody believes Aru Tamar met Bela Koss. Ivo Lund and Zsofia Mark met the press after "
        "talks. Aru Tamar met Ivo Lund in Strelsau in 2019. Bela Koss will meet Zsofia Mark on "
        "Monday if time allows.",
        [],
        [
            ("Meeting of Aru Tamar and Bela Koss (t)", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Ivo Lund and Zsofia Mark (t)", "schema:attendee", "Ivo Lund", ""),
            ("Meeting of Aru Tamar and Ivo Lund (t)", "schema:attendee", "Ivo Lund", ""),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-08", "schema:attendee", "Bela Koss", "planned"),
        ],
    ),
    (
        '"Aru Tamar met Bela Koss this morning," Ivo Lund wrote on Wednesday.',
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-05", "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\nTrade grew.\n\nBela Koss told the "
        "leaders by phone that he would not come.\n\nIvo Lund died in May. Thousands mourned."
        "\n\nZsofia Mark attended.",
        [],
        [(SUMMIT, "kgo:speaker", "Bela Koss", ""), (SUMMIT, "schema:attendee", "Zsofia Mark", "")],
    ),
    # a numbered summit recalled in an earlier paragraph, or in a relative clause of the
    # anaphor's own sentence, is not the one "the summit" or "the meeting" means
    (
        "Aru Tamar chaired the 5th SCO summit a year ago.\n\nBela Koss attended the summit in "
        "Strelsau. Zsofia Mark chaired the meeting.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", ""), (SUMMIT, "kgo:chairedBy", "Zsofia Mark", "")],
    ),
    # (nor through "the summit" of its own paragraph: a chain reaches as far as its head)
    (
        "Aru Tamar chaired the 5th SCO summit a year ago. Bela Koss skipped the summit.\n\n"
        "Zsofia Mark attended the summit in Strelsau.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "negated")],
        [(SUMMIT, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        "Aru Tamar, who chaired the 5th SCO summit a year ago, skipped the summit in Strelsau. "
        "Bela Koss, whose aide recalled the 5th SCO summit, chaired the meeting.",
        [(SUMMIT, "kgo:chairedBy", "Aru Tamar", "")],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "negated"), (SUMMIT, "kgo:chairedBy", "Bela Koss", "")],
    ),
    # "he" opening a clause joined to the sentence's first is its subject, not the nearest
    # person (a third precision review: "a reception hosted by Xi, and on Monday he met")
    (
        "Aru Tamar arrived on Sunday and attended a reception hosted by Bela Koss, and on Monday "
        "he met Zsofia Mark. Bela Koss greeted Ivo Lund; he met Zsofia Mark on Tuesday.",
        [
            ("Meeting of Aru Tamar and Zsofia Mark on 2024-07-01", "schema:attendee", "Aru Tamar", ""),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-02", "schema:attendee", "Bela Koss", ""),
        ],
        [
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-01", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Ivo Lund and Zsofia Mark on 2024-07-02", "schema:attendee", "Ivo Lund", ""),
        ],
    ),
    # a sentence with a second subject after its first clause: a "he" after it takes neither
    # (the twelfth precision review: "Putin proposed an SCO energy club ..., and Kazakh
    # President Nursultan Nazarbayev took up the idea ... '...,' he told the 2007 summit")
    (
        "Aru Tamar proposed a fund in 2006, and Ruritanian President Bela Koss took up the idea. "
        '"We think the fund should work," he told the leaders. '
        "Aru Tamar met Bela Koss. "
        '"We are friends," he said.',
        [("Aru Tamar: We are friends", "schema:creator", "Aru Tamar", "")],
        [
            ("Aru Tamar: We think the fund should work", "schema:creator", "Aru Tamar", ""),
            ("Bela Koss: We think the fund should work", "schema:creator", "Bela Koss", ""),
        ],
    ),
    # a numbered summit in the article's lead reaches the whole article, unless its clause
    # gives another time (a month more than one away too); further down, its paragraph only
    # (a third precision review: about ten statements lost to the paragraph's reach)
    (
        "Aru Tamar attended the 5th SCO summit in Strelsau on Thursday.\n\nBela Koss skipped the summit.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "negated")],
        [],
    ),
    (
        "Aru Tamar spoke.\n\nThe 5th SCO summit opened in Strelsau on Thursday.\n\nIvo Lund spoke."
        "\n\nBela Koss skipped the summit.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "negated")],
        [],
    ),
    *[
        (
            f"Aru Tamar attended the 5th SCO summit in Strelsau {when}.\n\nBela Koss skipped the summit.",
            [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
            [(SUMMIT, "schema:attendee", "Bela Koss", "negated")],
        )
        for when in ("in March", "in July 2023", "last year", "two years ago")
    ],
    (
        "Aru Tamar spoke.\n\nIvo Lund spoke.\n\nBela Koss attended the 5th SCO summit in Strelsau.\n\n"
        "Zsofia Mark skipped the summit.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [(SUMMIT, "schema:attendee", "Zsofia Mark", "negated")],
    ),
    # a timeline's entry dated after the article's publication is a road map, no fact (a
    # precision review: "2026 - Azerbaijan becomes the 11th member state" in 2024)
    (
        "Timeline:\n\n2017 - Ruritania becomes the 8th member state of the SCO.\n\n"
        "2026 - Examplestan becomes the 11th member state of the SCO.",
        [("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2017", "")],
        [
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:ordinal", "11", ""),
        ],
    ),
    # "met" is past: a day after the article's publication ("on 15 September" in July, which
    # the text meant of another year) gives no meeting (a precision review)
    (
        "In Strelsau, Aru Tamar met Bela Koss on 15 September. Later Aru Tamar met Zsofia Mark on 3 July.",
        [("Meeting of Aru Tamar and Zsofia Mark on 2024-07-03", "schema:attendee", "Zsofia Mark", "")],
        [("Meeting of Aru Tamar and Bela Koss on 2024-09-15", "schema:attendee", "Bela Koss", "")],
    ),
    # another grouping's summit or meeting, named in the paragraph, is what "the summit" and
    # "the meeting" after it mean; recalled in another paragraph, it stops nothing (a review
    # of the year's four summits gave the SCO's three)
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\nIn November, Ruritania hosted the CSTO "
        "summit. Bela Koss did not attend the summit. Later, Ruritania hosted an informal meeting "
        "of CIS leaders. Aru Tamar attended the meeting, and Zsofia Mark chaired the meeting of the "
        "Supreme Eurasian Economic Council.",
        [],
        [
            (SUMMIT, "schema:attendee", "Bela Koss", "negated"),
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
        ],
    ),
    (
        f"The {MEETING} opened in Strelsau on Thursday. Aru Tamar attended the G20 summit last year."
        "\n\nBela Koss skipped the summit. Zsofia Mark attended the BRICS summit in Kazan. Ivo Lund "
        "attended the summit too.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "negated")],
        [(SUMMIT, "schema:attendee", "Ivo Lund", "")],
    ),
    # "the summit dinner" is no summit (a fourth precision review: "Modi skipped the summit
    # concert" denied his attendance)
    (
        f"Aru Tamar attended the {MEETING} on Thursday. Bela Koss skipped the summit concert. "
        "Zsofia Mark skipped the summit dinner. Ivo Lund skipped the summit.",
        [(SUMMIT, "schema:attendee", "Ivo Lund", "negated")],
        [
            (SUMMIT, "schema:attendee", "Bela Koss", "negated"),
            (SUMMIT, "schema:attendee", "Zsofia Mark", "negated"),
        ],
    ),
    # "the summit" whose nearest summit is recalled out of its own reach (another year's, in
    # another paragraph) is the nearest one before that reaches it; and with "this time", the
    # article's own, past one recalled in its paragraph (a fourth precision review)
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\nAru Tamar recalled the 4th SCO summit "
        "in Strelsau in 2023.\n\nBela Koss attended the summit.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [("4th Meeting of the SCO Council of Heads of State", "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\nAru Tamar skipped the 4th SCO summit in "
        "Strelsau in July 2023. He attended the summit in person this time.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
        [("4th Meeting of the SCO Council of Heads of State", "schema:attendee", "Aru Tamar", "")],
    ),
    # a summit of another year named by no number, and "an informal gathering", are others'
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\nThe following year's meeting in Strelsau "
        "was a hybrid. Bela Koss hosted the summit in person.\n\nLater, Aru Tamar received the "
        "leaders of the Turkic states at an informal gathering. Aru Tamar hosted the summit in the "
        "rebuilt city.",
        [],
        [(SUMMIT, "kgo:hostedBy", "Bela Koss", ""), (SUMMIT, "kgo:hostedBy", "Aru Tamar", "")],
    ),
    # "Reports in X that ..." tell another's claim, and "... were wrong" denies it
    (
        "Reports in Strelsau that Examplestan had been granted observer status in the SCO reached "
        "Freedonia on Friday. Word that Ruritania had been granted observer status in the SCO was "
        f"wrong. Reports on Ruritanian television that Aru Tamar attended the {MEETING} were wrong.",
        [],
        [
            (_OBSERVER, "org:member", "Examplestan", ""),
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
        ],
    ),
    # a president the gazetteer lacks is whom "He" after him means; one it knows is himself
    (
        "Examplestani President Karl Ostrow, attending as an observer, was greeted by Aru Tamar. He "
        "met Bela Koss on Saturday. Ruritanian President Zsofia Mark was greeted by Aru Tamar. He met "
        "Ivo Lund on Sunday.",
        [("Meeting of Ivo Lund and Zsofia Mark on 2024-06-30", "schema:attendee", "Zsofia Mark", "")],
        [("Meeting of Aru Tamar and Bela Koss on 2024-06-29", "schema:attendee", "Aru Tamar", "")],
    ),
    # "its" passes over an organization in a contrast (", unlike the SCO,"), and the bloc
    # after it is the one meant
    (
        "Ruritania belongs to the Collective Security Treaty Organization, a military alliance "
        "that, unlike the SCO, obliges its members to defend one another. The bloc was founded in "
        "2002.",
        [("Collective Security Treaty Organization", "schema:foundingDate", "2002", "")],
        [("Shanghai Cooperation Organization", "schema:foundingDate", "2002", "")],
    ),
    # "the organization" two sentences after one that names several: none of them; one
    # sentence after, the nearest
    (
        "Ruritania belongs to the Eurasian Economic Union and the Collective Security Treaty "
        "Organization. Of the Central Asian states, Examplestan was the last to sign up to the "
        "project. Examplestan joined the organization as a full member in 2019.\n\nFreedonia "
        "belongs to the Eurasian Economic Union and the Collective Security Treaty Organization. "
        "Ruritania joined the organization as a full member in 2015.",
        [("Ruritania", "org:memberOf", "Collective Security Treaty Organization", "")],
        [
            ("Examplestan", "org:memberOf", "Collective Security Treaty Organization", ""),
            ("Examplestan", "org:memberOf", "Eurasian Economic Union", ""),
        ],
    ),
    # "he" meeting several, as a name does (a fourth precision review: "He also held talks
    # with Mirziyoyev, Erdogan and Raisi on Friday" was lost)
    (
        "Aru Tamar arrived in Strelsau on Thursday. He also held talks with Bela Koss, Zsofia Mark "
        "and Ivo Lund on Wednesday.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", ""),
            ("Meeting of Aru Tamar and Ivo Lund on 2024-07-03", "schema:attendee", "Ivo Lund", ""),
        ],
        [],
    ),
    # a meeting on a day and another on another day (a fourth precision review: "Modi met
    # Xi on Sunday and Putin on Monday" gave the first only)
    (
        "Aru Tamar met Bela Koss on Monday and Zsofia Mark on Tuesday. Ivo Lund met Bela Koss on "
        "Monday and Aru Tamar on Tuesday, an aide claimed.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-01", "schema:attendee", "Aru Tamar", ""),
            ("Meeting of Aru Tamar and Zsofia Mark on 2024-07-02", "schema:attendee", "Zsofia Mark", ""),
            ("Meeting of Aru Tamar and Zsofia Mark on 2024-07-02", "schema:startDate", "2024-07-02", ""),
        ],
        [("Meeting of Aru Tamar and Ivo Lund on 2024-07-02", "schema:attendee", "Ivo Lund", "")],
    ),
    # founded after "when", on a day before its month (a fourth precision review)
    (
        "Ruritania joined in 2005, four years after the Harmony Bridge Initiative began, when the "
        "Collective Security Treaty Organization was founded in Strelsau on 15 June 2001.",
        [("Collective Security Treaty Organization", "schema:foundingDate", "2001", "")],
        [],
    ),
    # "the summit in Zenda" is the summit named with Zenda, even recalled out of its reach;
    # none where the one it would take was named with another place (an op-ed's "Modi
    # attended the summit in Samarkand" was given to Astana's)
    (
        "The 4th SCO summit was held in Zenda in 2023.\n\nThe 5th SCO summit opened in Strelsau on "
        "Thursday.\n\nAru Tamar attended the summit in Zenda. Bela Koss chaired the summit in "
        "Strelsau. Ivo Lund attended the summit in Graustark.",
        [
            ("4th Meeting of the SCO Council of Heads of State", "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "kgo:chairedBy", "Bela Koss", ""),
        ],
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            ("4th Meeting of the SCO Council of Heads of State", "kgo:chairedBy", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
        ],
    ),
    # another grouping's summit named first in the lead is the article's own: "the summit"
    # further down is not the SCO's summit "before X hosts" it (a report on the BRICS summit
    # gave its absentees to the SCO's next); named after the SCO's, it stops its paragraph only
    (
        "Aru Tamar led Ruritania's delegation at the BRICS summit that ended in Zenda on Monday, "
        f"weeks before Examplestan hosts the {NEXT} in Strelsau.\n\nBela Koss did not attend the "
        "summit.\n\nZsofia Mark is expected to attend the summit in Strelsau.",
        [(NEXT_SUMMIT, "schema:attendee", "Zsofia Mark", "planned")],
        [(NEXT_SUMMIT, "schema:attendee", "Bela Koss", "negated")],
    ),
    (
        f"The {MEETING} ended in Strelsau on Thursday. The Turkic summit ended in Zenda on Friday."
        "\n\nIvo Lund attended the summit.",
        [(SUMMIT, "schema:attendee", "Ivo Lund", "")],
        [],
    ),
    # a quotation split by its speaker is one quotation, both halves (a fourth precision
    # review: "With more partners," Xi said, "the foundation ..." kept the first half)
    (
        '"With more partners," Aru Tamar said, "the foundation of cooperation is more solid." '
        '"We are not a bloc," Bela Koss said.',
        [
            (
                "Aru Tamar: With more partners, the foundation of cooperation is more solid",
                "schema:text",
                "With more partners, the foundation of cooperation is more solid",
                "",
            ),
            ("Bela Koss: We are not a bloc", "schema:text", "We are not a bloc", ""),
        ],
        [("Aru Tamar: With more partners", "schema:text", "With more partners", "")],
    ),
    # what a state supports ends before another clause of the state's (a third precision
    # review: "... in joining the SCO family and stands ready to work with Belarus")
    (
        "Aru Tamar said that Ruritania supports Examplestan in joining the SCO family and stands "
        "ready to work with Examplestan.",
        [
            (
                "Ruritania supports Examplestan in joining the SCO family",
                "kgo:objectText",
                "joining the SCO family",
                "",
            )
        ],
        [],
    ),
    # a foreign secretary the gazetteer lacks is whom "He" after him means (a fifth precision
    # review: a briefing's words were given to Xi, named in it)
    (
        "Foreign Secretary Karl Ostrow said Aru Tamar did not meet Bela Koss. He called for closer "
        "trade ties. Ivo Lund called for calm.",
        [("Ivo Lund calls for calm", "kgo:holder", "Ivo Lund", "")],
        [("Aru Tamar calls for closer trade ties", "kgo:holder", "Aru Tamar", "")],
    ),
    # a chair after a participle clause; two met "had also met" on a date, or with the date
    # opening the sentence (a fifth precision review)
    (
        f"The {MEETING}, held in a hybrid format on 3-4 July, was chaired by Aru Tamar. Bela Koss "
        "and Zsofia Mark had also met in Strelsau on 5 June. On 2 July, President Ivo Lund and "
        "President Aru Tamar met for the first time since February.",
        [
            (SUMMIT, "kgo:chairedBy", "Aru Tamar", ""),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-06-05", "schema:startDate", "2024-06-05", ""),
            ("Meeting of Aru Tamar and Ivo Lund on 2024-07-02", "schema:attendee", "Ivo Lund", ""),
        ],
        [],
    ),
    # a code review of the steps above: the step past a summit out of reach starts from the
    # one the step past a planned summit chose (not the planned one again); "this time" does
    # not pass over another grouping's summit; a place is read across a line break and whole
    # ("New Zenda" is not "New Strelsau"), and a state's name tells nothing
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\nAru Tamar recalled the 4th SCO summit "
        f"in Zenda in 2023.\n\nThe {NEXT} is a year away. Examplestan will host the {NEXT} next "
        "year. Bela Koss attended the summit.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [(NEXT_SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\nAru Tamar skipped the BRICS summit in "
        "Zenda in 2023. He attended the summit in person this time.",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
    ),
    (
        f"The {MEETING} opened in Strelsau on Thursday.\n\nBela Koss skipped the 4th SCO summit in "
        "Zenda in July 2023. This time, he attended the summit in person.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [("4th Meeting of the SCO Council of Heads of State", "schema:attendee", "Bela Koss", "")],
    ),
    (
        "The 4th SCO summit was held in New Zenda in 2023.\n\nThe 5th SCO summit opened in Strelsau "
        "on Thursday.\n\nAru Tamar attended the summit in\nNew Zenda. Ivo Lund attended the summit "
        "in New Strelsau. Bela Koss attended the summit in Ruritania.",
        [
            ("4th Meeting of the SCO Council of Heads of State", "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
        ],
        [
            ("4th Meeting of the SCO Council of Heads of State", "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
        ],
    ),
    (
        f'"With more partners," Aru Tamar said at the {MEETING}, "the foundation is more solid." '
        '"We are not a bloc," Ivo Lund said in his opening address, "and we should not become one."',
        [
            ("Aru Tamar: With more partners, the foundation is more solid", "kgo:quotedAt", SUMMIT, ""),
            (
                "Ivo Lund: We are not a bloc, and we should not become one",
                "schema:text",
                "We are not a bloc, and we should not become one",
                "",
            ),
        ],
        [("Aru Tamar: With more partners", "schema:text", "With more partners", "")],
    ),
    # a membership whose sentence names no organization: the SCO, where the context names it
    # alone (the nearest organization named before, in a sentence naming no other; implicit)
    (
        "The SCO met in Strelsau. Ruritania and Freedonia joined in 2017. Examplestan had been an "
        "observer since 2005.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2017", ""),
            ("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", ""),
            (_OBSERVER, "kgo:since", "2005", ""),
        ],
        [],
    ),
    (
        # the nearest organization another, or named with another, or one the gazetteer lacks
        # named right after the match: none
        "The SCO met. BRICS met too. Ruritania joined in 2017.\n\n"
        "The SCO and BRICS met. Freedonia joined in 2018.\n\n"
        "The SCO met. Examplestan joined in 2019 with NATO's help. Ruritania was admitted as a full "
        "member of NATO in 2020.",
        [],
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
    ),
    # the SCO's founders, its members listed, a status given by a leader's "whose country is"
    # or by the leaders' decision (the SCO where the context names it alone)
    (
        "The SCO was founded in Strelsau in 2001 by Ruritania and Freedonia. The SCO now has "
        "three member states: Ruritania, Freedonia and Examplestan.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2001", ""),
            ("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
        [],
    ),
    (
        "The SCO met. Ruritanian President Aru Tamar, whose country is an observer, attended. "
        "The leaders also decided to grant dialogue partner status to Examplestan.",
        [
            (_RURITANIA_OBSERVER, "kgo:memberCategory", "observer state", ""),
            (_PARTNER, "org:member", "Examplestan", ""),
        ],
        [],
    ),
    (
        # another grouping's founders (they may have left it), a list in the past tense
        "The CSTO was founded by Ruritania and Freedonia. The SCO had two members: Ruritania and "
        "Examplestan.",
        [],
        [
            ("Ruritania", "org:memberOf", "Collective Security Treaty Organization", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
    ),
    # "attended" with no event after it: the summit named just before, in its paragraph or the
    # one before, where no word of another event stands between (implicit: {event: Summit});
    # failing that, the article's lead summit (its formal name reaches the whole article),
    # where no summit is named, and no other event told of, in that paragraph or the one
    # before (implicit_reach: lead-alone)
    (
        f"The {MEETING} opened in Strelsau on Thursday. Ruritanian President Aru Tamar and Bela Koss "
        "attended, along with others. Ivo Lund took part by video link.\n\n"
        "Strelsau was sunny.\n\nZsofia Mark attended.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    (  # a summit out of the lead, named by a short form, reaches its paragraph only
        "Trade grew.\n\nPrices fell.\n\nAru Tamar chaired the 5th SCO summit in Strelsau.\n\n"
        "Strelsau was sunny.\n\nZsofia Mark attended.",
        [(SUMMIT, "kgo:chairedBy", "Aru Tamar", "")],
        [(SUMMIT, "schema:attendee", "Zsofia Mark", "")],
    ),
    (  # another event told of in the paragraph before
        f"The {MEETING} opened in Strelsau on Thursday.\n\nTrade grew.\n\n"
        "On Friday Aru Tamar opened a film festival.\n\nBela Koss attended.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        f"The {MEETING} opened on Thursday. A dinner followed. Aru Tamar attended. The BRICS "
        "summit met too. Bela Koss attended.",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # a stance's object ends before a second verb joined by "and" (three reviews: "urged
    # members to resist external interference and announced that ...")
    (
        "Aru Tamar urged members to resist external interference and announced that Ruritania "
        "would host the next summit. Bela Koss called for a conference on terrorism and urged "
        "member states to act.",
        [
            (
                "Aru Tamar urges members to resist external interference",
                "kgo:objectText",
                "resist external interference",
                "",
            ),
            (
                "Bela Koss calls for a conference on terrorism",
                "kgo:objectText",
                "a conference on terrorism",
                "",
            ),
        ],
        [],
    ),
    # "its first observer" is an observer's status, not a member's (the eighth review)
    (
        "The SCO met. Examplestan became the organization's first observer in 2004.",
        [
            (_OBSERVER, "kgo:since", "2004", ""),
            (_OBSERVER, "org:organization", "Shanghai Cooperation Organization", ""),
        ],
        [("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # "attended" opening a paragraph: the summit may be named in the paragraph just before
    # (further on, the article's lead summit: implicit_reach lead-alone)
    (
        f"Aru Tamar chaired the {MEETING} in Strelsau.\n\nBela Koss and Ivo Lund attended.\n\n"
        "Strelsau was sunny. Zsofia Mark attended.",
        [
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    # states named together may "both" join; two years for two states are none
    (
        "The SCO met. Ruritania and Freedonia both joined the SCO as full members in 2017. "
        "Examplestan and Ruritania joined in 2023 and 2024.",
        [
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2017", ""),
            ("Freedonia in Shanghai Cooperation Organization", "kgo:since", "2017", ""),
        ],
        [
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2023", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2023", ""),
        ],
    ),
    # a status in an apposition ("Belarus, a dialogue partner since 2009, ...")
    (
        "The SCO met. Ruritania and Examplestan, observers since 2005, sent their leaders. "
        "Freedonia, a dialogue partner since 2009, did not.",
        [
            (_RURITANIA_OBSERVER, "kgo:since", "2005", ""),
            (_OBSERVER, "kgo:since", "2005", ""),
            (_FREEDONIA_PARTNER, "kgo:since", "2009", ""),
        ],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # approved (accepted) as partners, at a summit named by its city, in a year
    (
        "The SCO met. Examplestan and Freedonia were approved as dialogue partners at the "
        "Strelsau summit in 2021. Ruritania was accepted as an observer in 2012.",
        [
            (_PARTNER, "kgo:since", "2021", ""),
            (_FREEDONIA_PARTNER, "kgo:since", "2021", ""),
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
            (_RURITANIA_OBSERVER, "kgo:since", "2012", ""),
        ],
        [("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        "The SCO met. Reports that Examplestan was approved as an observer were false.",
        [],
        [(_OBSERVER, "org:member", "Examplestan", "")],
    ),
    # status granted to states named after it; a state upgraded to a status
    (
        "The SCO met. The leaders upgraded Ruritania, a dialogue partner since 2009, to observer "
        "status and granted dialogue partner status to Examplestan and Freedonia.",
        [
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
            (_PARTNER, "org:member", "Examplestan", ""),
            (_FREEDONIA_PARTNER, "org:member", "Freedonia", ""),
        ],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # "the bloc's member states include ..."
    (
        "The SCO met. The bloc's ten member states also include Ruritania and Examplestan.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
        [],
    ),
    # "were there, as were ...", "was also present", "represented by" with the summit named before
    (
        f"The {MEETING} opened in Strelsau on Thursday. Aru Tamar and Bela Koss were there, as "
        "were Ivo Lund and Ruritanian President Zsofia Mark, who spoke.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    (
        f"The {MEETING} opened in Strelsau on Thursday. The other member states were represented "
        "by Ruritanian President Aru Tamar and Bela Koss. Ivo Lund was also present.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
        ],
        [],
    ),
    (
        f"The {MEETING} opened on Thursday. A dinner followed. Ruritania was represented by Aru "
        "Tamar. Ivo Lund was also present, Examplestani officials wrongly claimed.",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Ivo Lund", "")],
    ),
    # the founders, named in a list, before "which founded", or after "together with"
    (
        "The SCO met. The founders were Ruritania and Freedonia. Examplestan, which founded the "
        "SCO in 2001 with Ruritania, hosts it.",
        [
            ("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2001", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2001", ""),
        ],
        [],
    ),
    (
        "The founders of the Shanghai Five were Ruritania and Freedonia.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # became members at a summit, the organization unnamed; status granted, no organization named
    (
        f"The SCO met. Ruritania and Freedonia became full members at the {MEETING} in June 2017. "
        "Examplestan and Freedonia were granted the status of dialogue partners in 2015.",
        [
            ("Ruritania in Shanghai Cooperation Organization", "kgo:acquiredAt", SUMMIT, ""),
            ("Freedonia in Shanghai Cooperation Organization", "kgo:since", "2017", ""),
            (_PARTNER, "kgo:since", "2015", ""),
            (_FREEDONIA_PARTNER, "org:member", "Freedonia", ""),
        ],
        [],
    ),
    (
        "The SCO met. If Ruritania and Freedonia became members in 2017, the bloc would grow.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # members listed between dashes after "the SCO's members"; not with the second dash missing
    (
        "The SCO's eight member states - Ruritania and Freedonia - account for much. The SCO's "
        "members - Examplestan, he said.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
        [("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # "attended as leaders of observer states", "attended for another observer state"
    (
        f"The {MEETING} opened in Strelsau on Thursday. Aru Tamar and Bela Koss attended as "
        "leaders of observer states. Ivo Lund attended for another observer state.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
        ],
        [],
    ),
    # joined in a year, then the status ("Iran joined in 2005 as an observer")
    (
        "The SCO met. Examplestan joined in 2005 as an observer. Ruritania joined the SCO in 2004 "
        "as its first observer. Freedonia and Examplestan joined in 2012 and 2013 as dialogue partners.",
        [(_OBSERVER, "kgo:since", "2005", ""), (_RURITANIA_OBSERVER, "kgo:since", "2004", "")],
        [
            (_PARTNER, "kgo:since", "2012", ""),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
    ),
    # "addressed" the summit, in person or by video: an attendance; not its concerns
    (
        f"Ruritanian President Aru Tamar and Bela Koss addressed the {MEETING} by video link. "
        "Ivo Lund addressed the summit's concerns.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [(SUMMIT, "schema:attendee", "Ivo Lund", "")],
    ),
    # a session of the summit named before: its talks in restricted format, its expanded
    # session (the words of its formats name no other event); not a dinner's
    (
        f"Aru Tamar chaired the {MEETING}, held in Strelsau on Thursday.\n\nRuritanian President "
        "Bela Koss and Ivo Lund joined Aru Tamar at the table for talks in restricted format on "
        "Friday morning. Zsofia Mark took part in the expanded session as a guest.",
        [
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    (
        f"Aru Tamar chaired the {MEETING}. A state dinner followed. Bela Koss took part in the talks.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # "as leaders of observer states": each leader's state has that status (in the SCO, the
    # context naming it alone); not "as leaders of member states"
    (
        f"The {MEETING} opened on Thursday. Ruritanian President Aru Tamar and Examplestani Prime "
        "Minister Bela Koss took part in the expanded session as leaders of observer states. "
        "Freedonian President Ivo Lund took part as heads of member states.",
        [
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
            (_RURITANIA_OBSERVER, "kgo:memberCategory", "observer state", ""),
            (_OBSERVER, "org:member", "Examplestan", ""),
            (_OBSERVER, "org:organization", "Shanghai Cooperation Organization", ""),
        ],
        [("Freedonia in Shanghai Cooperation Organization", "org:member", "Freedonia", "")],
    ),
    # "the leaders of the observer states - A and B -", "the other dialogue partners were
    # represented by ...": each listed leader's state (the table leader-states) has that
    # status; none for a leader the table lacks, a list cut by "said", or a condition
    (
        f"The {MEETING} opened on Thursday. The leaders of the two observer states - Aru Tamar "
        "and Examplestani Prime Minister Bela Koss - joined the expanded session.",
        [
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
            (_RURITANIA_OBSERVER, "kgo:memberCategory", "observer state", ""),
            (_OBSERVER, "org:member", "Examplestan", ""),
            (_OBSERVER, "org:organization", "Shanghai Cooperation Organization", ""),
        ],
        [],
    ),
    (
        f"The {MEETING} opened on Thursday. The other dialogue partners were represented by "
        "Zsofia Mark and Ivo Lund.",
        [
            (_PARTNER, "org:member", "Examplestan", ""),
            (_PARTNER, "kgo:memberCategory", "dialogue partner", ""),
        ],
        [
            (
                "Freedonia in Shanghai Cooperation Organization as dialogue partner",
                "org:member",
                "Freedonia",
                "",
            )
        ],
    ),
    (
        f"The {MEETING} opened on Thursday. The leaders of the observer states, Aru Tamar said, "
        "should come. If the leaders of the dialogue partners, Bela Koss and Zsofia Mark, come, "
        "the hall will be full.",
        [],
        [(_RURITANIA_OBSERVER, "org:member", "Ruritania", ""), (_PARTNER, "org:member", "Examplestan", "")],
    ),
    (  # a review's traps (2026-12-02): another grouping's or an ordinary "partners", a
        # status to come or asked about, a list that is a new clause's subject
        f"The {MEETING} opened on Thursday. G20 member states' leaders: Aru Tamar and Bela Koss. "
        "The presidents of the two partners, Aru Tamar and Bela Koss, signed a pact. The observer "
        "states will be represented by Aru Tamar. Reporters asked whether the dialogue partners "
        "were represented by Bela Koss. The leaders of the observer states: Aru Tamar had invited them.",
        [],
        [
            ("Ruritania in Shanghai Cooperation Organization", "org:member", "Ruritania", ""),
            ("Ruritania in Shanghai Cooperation Organization as partner", "org:member", "Ruritania", ""),
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
            (_PARTNER, "org:member", "Examplestan", ""),
            ("Examplestan in Shanghai Cooperation Organization", "org:member", "Examplestan", ""),
        ],
    ),
    # a person who led a state's delegation, with no event named: at the summit named before
    # (attendance.led-delegation); not to another place, nor one to come, denied or reported
    (
        f"The {MEETING} opened on Thursday.\n\nAru Tamar stayed at home, and Foreign Minister "
        "Bela Koss led Ruritania's delegation.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
    ),
    (
        f"The {MEETING} opened on Thursday.\n\nZsofia Mark led Examplestan's delegation to "
        "Washington. Ivo Lund will lead Freedonia's delegation. Aru Tamar did not lead "
        "Ruritania's delegation. Officials said Bela Koss led Ruritania's delegation.",
        [],
        [
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
        ],
    ),
    # the summit's expanded "SCO Plus" meeting, joined "for"; an organization's officer among
    # the people
    (
        f"The {MEETING} opened on Thursday. Aru Tamar and UN Secretary-General Ivo Lund joined "
        'the leaders for the expanded "SCO Plus" meeting. Bela Koss attended the SCO Plus meeting.',
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
        ],
        [],
    ),
    # "the SCO summit" is the summit named before (an anaphor that holds the SCO's name)
    (
        f"The {MEETING} opened on Thursday. Aru Tamar attended the SCO summit in the Ruritanian "
        "capital Strelsau. Bela Koss addressed the Shanghai Cooperation Organization summit.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    # statuses in the present tense: "X and Y remain observers", "the bloc's three dialogue
    # partners are ..."; not in a condition, nor of another noun
    (
        "The SCO met. Ruritania and Examplestan remain observers. The bloc's two dialogue "
        "partners are Freedonia and Examplestan.",
        [
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
            (_OBSERVER, "kgo:memberCategory", "observer state", ""),
            (_FREEDONIA_PARTNER, "org:member", "Freedonia", ""),
            (_PARTNER, "org:member", "Examplestan", ""),
        ],
        [],
    ),
    (
        "The SCO met. If Ruritania is an observer. Freedonia is a dialogue partner's neighbour. "
        "Examplestan and Freedonia remain partners. In the Arctic Council, Examplestan is an "
        "observer.",
        [],
        [
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
            (_FREEDONIA_PARTNER, "org:member", "Freedonia", ""),
            ("Examplestan in Shanghai Cooperation Organization as partner", "org:member", "Examplestan", ""),
            (_OBSERVER, "org:member", "Examplestan", ""),
        ],
    ),
    # not "as well as the leaders of observer states"
    (
        f"The {MEETING} opened on Thursday. Ruritanian President Aru Tamar took part in the "
        "expanded session as well as the leaders of observer states.",
        [],
        [(_RURITANIA_OBSERVER, "org:member", "Ruritania", "")],
    ),
    # another event between the summit and "attended": a festival, a meeting that followed it
    # in its own relative clause; not "the talks on" a topic, nor "the summit participants"
    (
        f"Aru Tamar chaired the {MEETING} on Thursday.\n\nOn Friday Tamar opened a film festival "
        "in Strelsau. Bela Koss and Ivo Lund attended.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", ""), (SUMMIT, "schema:attendee", "Ivo Lund", "")],
    ),
    (
        f"Aru Tamar hosted the {MEETING}, which was followed by a CSTO meeting.\n\nBela Koss "
        "attended. Ivo Lund took part in the talks on trade. Zsofia Mark addressed the summit "
        "participants.",
        [],
        [
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    # a summit recalled, dated to another year than the article's, is not the one "attended"
    (
        f"Ruritania last hosted the {MEETING} in Strelsau in 2009.\n\nAru Tamar and Bela Koss "
        f"attended. Ruritania hosted the {MEETING} in 2024. Ivo Lund attended.",
        [(SUMMIT, "schema:attendee", "Ivo Lund", "")],
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # a status granted by "the leaders" with no event named: at the summit named just before;
    # not where its sentence tells of another time ("in 2009", "last year")
    (
        f"Aru Tamar chaired the {MEETING} in Strelsau on Thursday. The leaders decided to grant "
        "dialogue partner status to Freedonia and upgraded Examplestan, a dialogue partner since "
        "2009, to observer status.",
        [
            (_FREEDONIA_PARTNER, "kgo:acquiredAt", SUMMIT, ""),
            (_OBSERVER, "kgo:acquiredAt", SUMMIT, ""),
        ],
        [],
    ),
    (
        f"Aru Tamar chaired the {MEETING} in Strelsau on Thursday. The SCO granted dialogue partner "
        "status to Freedonia in 2009. It upgraded Examplestan to observer status last year. "
        "Strelsau had earlier upgraded Ruritania to observer status.",
        [(_FREEDONIA_PARTNER, "org:member", "Freedonia", ""), (_OBSERVER, "org:member", "Examplestan", "")],
        [
            (_FREEDONIA_PARTNER, "kgo:acquiredAt", SUMMIT, ""),
            (_OBSERVER, "kgo:acquiredAt", SUMMIT, ""),
            (_RURITANIA_OBSERVER, "kgo:acquiredAt", SUMMIT, ""),
        ],
    ),
    # "had" in a relative clause on a person tells no other time of the attendance
    (
        f"The {MEETING} opened on Thursday. Aru Tamar was there, as was Ruritanian President "
        "Bela Koss, whose country had been an observer since 2015.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", ""), (SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    # a live blog's present tense: "is here too", "is attending, as is ...", a "whose" clause
    # on a person
    (
        f"The {MEETING} opened in Strelsau on Thursday. Ruritanian President Aru Tamar is here "
        "too. Bela Koss, whose country is an observer, is attending, as is Ivo Lund, whose "
        "country is a dialogue partner.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
        ],
        [],
    ),
    # the summit in the paragraph before, its own relative clause telling of its dinner and
    # talks; any sentence of the next paragraph may say who attended, where no other event
    # is named between
    (
        f"Aru Tamar chaired the {MEETING}, which opened with an informal dinner on Thursday and "
        "held talks on Friday.\n\nIvo Lund welcomed the leaders. Bela Koss and Zsofia Mark "
        "attended.",
        [(SUMMIT, "schema:attendee", "Bela Koss", ""), (SUMMIT, "schema:attendee", "Zsofia Mark", "")],
        [],
    ),
    (
        f"Aru Tamar chaired the {MEETING} in Strelsau, which also hosted a dinner for the BRICS "
        "leaders.\n\nBela Koss attended.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # "attended" with no event after it, a phrase on "his" after the attendee (the twelfth
    # review's development: "Raisi, on his first trip abroad since taking office, attended
    # in person"); not a phrase on "his" that is no such aside
    (
        "Aru Tamar chaired the 5th SCO summit in Strelsau on Friday.\n\n"
        "Ruritanian President Bela Koss, on his first trip abroad, attended in person.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        "Aru Tamar chaired the 5th SCO summit in Strelsau on Friday.\n\n"
        "Bela Koss attended in person, on his last day in office.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        "Aru Tamar chaired the 5th SCO summit in Strelsau on Friday.\n\n"
        "Bela Koss attended, on his doctor's advice, a dinner.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # people listed after the event, "along with" them, attended too; not those in a phrase
    # of another time after them
    (
        "Aru Tamar attended the 5th SCO summit, along with Ruritanian President Bela Koss and "
        "Zsofia Mark, who arrived late.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    (
        "Ivo Lund attended the 5th SCO summit, along with Bela Koss, in 2019.",
        [(SUMMIT, "schema:attendee", "Ivo Lund", "")],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    # a meeting "on the sidelines" of two named together; with a person titled by an
    # organization; after the first "was in" a city (the twelfth review's development)
    (
        "Ruritanian President Aru Tamar and Bela Koss met on the sidelines on Wednesday. "
        "Aru Tamar met SCO Secretary-General Ivo Lund in Strelsau on Saturday. "
        "Zsofia Mark was in Strelsau and held talks there with Bela Koss on Monday.",
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", ""),
            ("Meeting of Aru Tamar and Ivo Lund on 2024-06-29", "schema:attendee", "Ivo Lund", ""),
            ("Meeting of Bela Koss and Zsofia Mark on 2024-07-01", "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    # a review of session 25's change (a helper) found these wrong readings, mended: another
    # event after "attended in person"; "along with" someone who stayed away; the people
    # who only own the names of a meeting; a list's next item after a title; another
    # summit in the aside on "his"
    (
        "Aru Tamar chaired the 5th SCO summit in Strelsau on Friday.\n\n"
        "Ivo Lund attended in person a banquet hosted by Aru Tamar. So did Bela Koss.\n\n"
        "Zsofia Mark, on her first visit to the CSTO summit, attended.",
        [],
        [
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    (
        "Aru Tamar attended the 5th SCO summit, along with Bela Koss, who stayed away. "
        "The foreign ministers of Ivo Lund and Zsofia Mark met on the sidelines on Wednesday.",
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
        [
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            ("Meeting of Ivo Lund and Zsofia Mark on 2024-07-03", "schema:attendee", "Ivo Lund", ""),
        ],
    ),
    (
        "Guests included Aru Tamar, the Emir of Examplestan, Ruritanian President Bela Koss, and "
        "Ivo Lund. Speaking to Zsofia Mark, the President of Freedonia, Ivo Lund said ties were strong.",
        [("Zsofia Mark", "org:holds", "President of Freedonia", "")],
        [("Aru Tamar", "org:holds", "Emir of Examplestan", "")],
    ),
    (  # "given" undone; a status in this year's present tense (a schedule?), or hoped for
        "The SCO met.\n\nExamplestan was given observer status, but the decision was later "
        "reversed. Freedonia becomes a dialogue partner in 2024. Ruritania becomes an observer "
        "in 2019, officials hope.",
        [],
        [
            (_OBSERVER, "kgo:memberCategory", "observer state", ""),
            (_FREEDONIA_PARTNER, "kgo:memberCategory", "dialogue partner", ""),
            (_RURITANIA_OBSERVER, "kgo:memberCategory", "observer state", ""),
        ],
    ),
    # a declaration named for a city is the one of the summit named before it, if that
    # summit's (sco-declarations); "the leaders" of that summit adopt it
    (
        "The 17th SCO summit opened in Astana on Friday. The leaders signed the Astana "
        "Declaration and the Strelsau Accord. They also adopted the Tashkent Declaration.",
        [
            (_SCO_17, "kgo:adopted", "Astana Declaration (2017)", ""),
            (_SCO_17, "kgo:adopted", "Strelsau Accord", ""),
        ],
        [
            (_SCO_17, "kgo:adopted", "Astana Declaration (2024)", ""),
            (_SCO_17, "kgo:adopted", "Tashkent Declaration (2016)", ""),
            (_SCO_17, "kgo:adopted", "Tashkent Declaration (2004)", ""),
        ],
    ),
    (
        "The 24th SCO summit opens in Astana on Thursday. The leaders are expected to sign the "
        "Astana Declaration.\n\nThe 23rd SCO summit was held online on Tuesday. The leaders "
        "adopted the New Delhi Declaration.\n\nThe 13th SCO summit opened in Bishkek on Friday. "
        "The Bishkek Declaration, signed by the six leaders, called for talks.",
        [
            (_SCO_24, "kgo:adopted", "Astana Declaration (2024)", "planned"),
            (_SCO_23, "kgo:adopted", "New Delhi Declaration (2023)", ""),
            (_SCO_13, "kgo:adopted", "Bishkek Declaration (2013)", ""),
        ],
        [(_SCO_24, "kgo:adopted", "Astana Declaration (2024)", "")],
    ),
    (  # another summit's city, another time, another event between, doubt after it
        "The 25th SCO summit opened in Tianjin on Sunday. The leaders signed the Astana "
        "Declaration.\n\nThe 22nd SCO summit opened in Samarkand. The leaders adopted the "
        "Samarkand Declaration of the Organization of Turkic States.\n\nThe 24th SCO summit "
        "opened in Astana on Thursday. In 2017 the leaders signed the Astana Declaration. At a "
        "dinner later, the leaders signed the Astana Declaration. The leaders signed the Astana "
        "Declaration, an aide claimed.",
        [],
        [
            (_SCO_22, "kgo:adopted", "Samarkand Declaration (2022)", ""),
            (_SCO_25, "kgo:adopted", "Astana Declaration (2024)", ""),
            (_SCO_24, "kgo:adopted", "Astana Declaration (2024)", ""),
            (_SCO_24, "kgo:adopted", "Astana Declaration (2017)", ""),
        ],
    ),
    (  # another grouping's leaders, a negation, a counterfactual, a draft, another summit's plan
        "The 24th SCO summit opened in Astana on Thursday. The BRICS leaders adopted the Astana "
        "Declaration. Nor have the leaders signed the Astana Declaration. Had the leaders signed "
        "the Astana Declaration, India would have objected. The leaders signed the Astana "
        "Declaration draft. The heads of state are expected to approve the Astana Declaration at "
        "next year's summit. The Astana Declaration, signed by the leaders of India and Pakistan, "
        "was cited. The SCO foreign ministers met on Wednesday. They approved the Astana "
        "Declaration for signing.",
        [],
        [
            (_SCO_24, "kgo:adopted", "Astana Declaration (2024)", ""),
            (_SCO_24, "kgo:adopted", "Astana Declaration (2024)", "planned"),
        ],
    ),
    (  # the article's lead summit, named paragraphs up (implicit_reach: lead) ...
        "The 24th SCO summit opened in Astana on Thursday.\n\nXi said the bloc should grow.\n\n"
        "Putin spoke of trade.\n\nThe leaders signed the Astana Declaration.",
        [(_SCO_24, "kgo:adopted", "Astana Declaration (2024)", "")],
        [],
    ),
    (  # a plan's period is no other time ("for 2025-2027", "until 2035")
        "The 24th SCO summit opened in Astana on Thursday. The leaders signed the Astana "
        "Declaration and approved a programme for 2025-2027 and a strategy until 2035.",
        [(_SCO_24, "kgo:adopted", "Astana Declaration (2024)", "")],
        [],
    ),
    (  # the lead's summit only for a declaration named for its city, not for any document,
        # nor a summit named by its formal name outside the lead; a person's term is no plan
        "The 24th SCO summit opened in Astana on Thursday.\n\nXi said the bloc should grow.\n\n"
        "Putin spoke of trade.\n\nAt the previous summit, the leaders signed the Strelsau Accord."
        "\n\nThe idea was set in motion at the 17th Meeting of the Council of Heads of State of "
        "the Shanghai Cooperation Organization in 2017.\n\nTrade grew fast.\n\nThe leaders "
        "signed the Astana Declaration.\n\nAru Tamar attended as an observer from 2005 to 2008.",
        [],
        [
            (_SCO_24, "kgo:adopted", "Strelsau Accord", ""),
            (_SCO_17, "kgo:adopted", "Astana Declaration (2017)", ""),
            (_SCO_24, "schema:attendee", "Aru Tamar", ""),
        ],
    ),
    (  # ... but not where another summit is named since
        "The 24th SCO summit opened in Astana on Thursday.\n\nXi said the bloc should grow.\n\n"
        "Astana also hosted the 17th SCO summit in 2017.\n\nPutin spoke of trade.\n\nThe "
        "leaders signed the Astana Declaration.",
        [],
        [
            (_SCO_24, "kgo:adopted", "Astana Declaration (2024)", ""),
            (_SCO_17, "kgo:adopted", "Astana Declaration (2017)", ""),
        ],
    ),
    # an attendance as an ellipsis, the whole sentence right after a plain one in its paragraph
    (
        f"Ruritanian President Aru Tamar attended the {MEETING} on Thursday. So did Bela Koss.\n\n"
        "Ivo Lund did not attend the summit. Neither did Zsofia Mark.",
        [
            (SUMMIT, "schema:attendee", "Aru Tamar", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", "negated"),
            (SUMMIT, "schema:attendee", "Zsofia Mark", "negated"),
        ],
        [],
    ),
    (  # "attended in person" with the summit named just before; several, with titles
        "Aru Tamar chaired the 5th SCO summit in Strelsau on Friday.\n\n"
        "Ivo Lund, on his first trip abroad, attended in person. So did Ruritanian President "
        "Bela Koss and Examplestani Prime Minister Zsofia Mark.",
        [
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
        [],
    ),
    (  # (no summit named before it: none)
        "Ivo Lund attended in person. So did Bela Koss.",
        [],
        [(SUMMIT, "schema:attendee", "Bela Koss", "")],
    ),
    (
        # not after a condition, a report, a contrast, nor in the next paragraph
        f"If Aru Tamar attended the {MEETING}, it was brief. So did Bela Koss.\n\n"
        "Aru Tamar attended the summit, an aide claimed. So did Ivo Lund.\n\n"
        "Aru Tamar attended the summit but left early. Zsofia Mark did too.\n\n"
        "Aru Tamar attended the summit.\n\nSo did Zsofia Mark.",
        [],
        [
            (SUMMIT, "schema:attendee", "Bela Koss", ""),
            (SUMMIT, "schema:attendee", "Ivo Lund", ""),
            (SUMMIT, "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    (
        # the summit's own opening "with an informal dinner" and "the main talks" are its
        # parts, no other event between it and an attendance with none named
        "The 24th SCO summit opened in Astana on Thursday. The two-day summit opened on Thursday "
        "evening with an informal dinner, and the main talks were held on Friday.\n\n"
        "Aru Tamar and Bela Koss attended.",
        [(T24, "schema:attendee", "Aru Tamar", ""), (T24, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        # but not an event it was followed by, a host's dinner at another event, or talks
        # between two leaders (a review)
        "The 24th SCO summit opened in Astana on Thursday. The summit opened with a ceremony "
        "and was followed by a CSTO meeting. Zsofia Mark attended.",
        [],
        [(T24, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        "The 24th SCO summit opened in Astana on Thursday. The summit opened with an informal "
        "dinner hosted by Aru Tamar at the CSTO meeting.\n\nZsofia Mark attended.",
        [],
        [(T24, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        "The 24th SCO summit opened in Astana on Thursday. The main talks between Aru Tamar and "
        "Bela Koss were held on Friday.\n\nZsofia Mark attended.",
        [],
        [(T24, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        # a relative clause on "who", or an apposition, after the attendee; not one that
        # denies it
        "The 24th SCO summit opened in Astana on Thursday.\n\nIvo Lund, who took up his post "
        "in January, also took part. Aru Tamar, the organization's first Secretary-General, also "
        "attended. Bela Koss, who did not come, also attended.",
        [(T24, "schema:attendee", "Ivo Lund", ""), (T24, "schema:attendee", "Aru Tamar", "")],
        [(T24, "schema:attendee", "Bela Koss", "")],
    ),
    (
        # not another person named in it, nor a place the attendee was at (a review)
        "The 24th SCO summit opened in Astana on Thursday.\n\nIvo Lund, the deputy of Aru Tamar, "
        "attended. Bela Koss, who was in Moscow at the time, was there too.",
        [],
        [(T24, "schema:attendee", "Aru Tamar", ""), (T24, "schema:attendee", "Bela Koss", "")],
    ),
    (
        # "the summit" in a clause that opens on another year is that year's, not the one
        # named before: no event (the article's own year, a month, or a later clause of now
        # keep it); the rest of the match stands ("India joined the SCO", without the event)
        "The 24th SCO summit opened in Astana on Thursday. Last year, Aru Tamar skipped the "
        "summit. In 2023 Bela Koss chaired the summit. Two years ago, Ivo Lund attended the "
        "summit. In 2024, Zsofia Mark attended the summit. Last month, Aru Tamar attended the "
        "summit. Last year, Ruritania held the chair, and on Thursday Ivo Lund skipped the summit. "
        "In 2017, Examplestan joined the SCO at the summit in Astana.",
        [
            (T24, "schema:attendee", "Zsofia Mark", ""),
            (T24, "schema:attendee", "Aru Tamar", ""),
            (T24, "schema:attendee", "Ivo Lund", "negated"),
            ("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
        [
            (T24, "schema:attendee", "Aru Tamar", "negated"),
            (T24, "kgo:chairedBy", "Bela Koss", ""),
            (T24, "schema:attendee", "Ivo Lund", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:acquiredAt", T24, ""),
        ],
    ),
    (
        # but where the summit it refers back to was named with that year, that one; and an
        # opening after a connective or a list marker is one too
        "The 24th SCO summit opened in Astana on Thursday. Ruritania hosted the 23rd SCO summit "
        "in July 2023. In 2023, Bela Koss chaired the summit. However, in 2022 Aru Tamar skipped "
        "the summit.\n\n- Back in 2021, Ivo Lund skipped the summit.\n\nThe 22nd SCO summit was "
        "held in Samarkand in September 2022. Two years ago, Zsofia Mark attended the summit.",
        [(_SCO_23, "kgo:chairedBy", "Bela Koss", ""), (_SCO_22, "schema:attendee", "Zsofia Mark", "")],
        [
            (_SCO_23, "schema:attendee", "Aru Tamar", "negated"),
            (T24, "schema:attendee", "Aru Tamar", "negated"),
            (_SCO_23, "schema:attendee", "Ivo Lund", "negated"),
            (T24, "schema:attendee", "Ivo Lund", "negated"),
        ],
    ),
    (
        # "X is among them" right after leaders gathering for a session: the summit named
        # before or the article's lead summit, even after a paragraph on other talks
        "The 24th SCO summit opened in Astana on Thursday.\n\nAru Tamar held talks with Bela Koss "
        "on Wednesday.\n\nLeaders have gathered for the session in restricted format. Zsofia "
        "Mark is among them, in her first in-person SCO summit.",
        [(T24, "schema:attendee", "Zsofia Mark", "")],
        [],
    ),
    (
        # not protesters, another body's leaders, or a dinner
        "The 24th SCO summit opened in Astana on Thursday.\n\nProtesters have gathered outside. "
        "Ivo Lund is among them. Leaders of the CSTO have gathered in Minsk. Aru Tamar is among "
        "them. Leaders have gathered for a dinner. Bela Koss is among them.\n\nLeaders have "
        "gathered for the Astana International Forum. Zsofia Mark is among them.",
        [],
        [
            (T24, "schema:attendee", "Ivo Lund", ""),
            (T24, "schema:attendee", "Aru Tamar", ""),
            (T24, "schema:attendee", "Bela Koss", ""),
            (T24, "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    (
        # a state "sent" a person with a title: that person attended the summit named before
        "The 24th SCO summit opened in Astana on Thursday. Ruritania sent Foreign Minister Bela Koss. "
        "Examplestan, an observer, sent its acting president, Zsofia Mark.",
        [(T24, "schema:attendee", "Bela Koss", ""), (T24, "schema:attendee", "Zsofia Mark", "")],
        [],
    ),
    (
        # not on another errand, in a condition, or reported
        "The 24th SCO summit opened in Astana on Thursday. Ruritania sent Foreign Minister Bela "
        "Koss to Moscow. If Examplestan sent Zsofia Mark, nobody noticed. Freedonia sent Ivo "
        "Lund, a spokesman claimed. Ruritania sent Zsofia Mark, the foreign minister, to "
        "Moscow. Examplestan sent Ivo Lund instead of Aru Tamar to the CSTO meeting in Minsk.",
        [],
        [
            (T24, "schema:attendee", "Bela Koss", ""),
            (T24, "schema:attendee", "Zsofia Mark", ""),
            (T24, "schema:attendee", "Ivo Lund", ""),
        ],
    ),
    (
        # a leader stayed away and sent another "instead" or "in his place": the other attended
        "The 24th SCO summit opened in Astana on Thursday. Aru Tamar did not attend, sending "
        "Foreign Minister Bela Koss instead. Zsofia Mark skipped the summit and sent Ivo Lund in "
        "her place.",
        [(T24, "schema:attendee", "Bela Koss", ""), (T24, "schema:attendee", "Ivo Lund", "")],
        [(T24, "schema:attendee", "Aru Tamar", ""), (T24, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        # "Inner Mongolia", a region of China, holds no state Mongolia
        "The SCO met in Astana in July 2024. Inner Mongolia became a partner of the SCO in 2024.",
        [],
        [("Mongolia in Shanghai Cooperation Organization as partner", "org:member", "Mongolia", "")],
    ),
    # the SCO's summit named by its host city: the table sco-summits gives its number, from
    # the city and the year right after it, or the city alone where it hosted one summit
    (
        "Aru Tamar attended the SCO summit in Tianjin.",
        [
            (T25, "schema:attendee", "Aru Tamar", ""),
            (T25, "kgo:ordinal", "25", ""),
            (T25, "schema:location", "Tianjin", ""),
            (T25, "kgo:meetingOf", "SCO Council of Heads of State", ""),
        ],
        [],
    ),
    (
        "Aru Tamar skipped the SCO's Astana summit on 9 June 2017.",
        [(T17, "kgo:ordinal", "17", ""), (T17, "schema:location", "Astana", "")],
        [(T24, "kgo:ordinal", "24", "")],
    ),
    (
        # Astana hosted four: no year, no summit; nor a year the table does not list
        "Aru Tamar attended the SCO summit in Astana. Bela Koss attended the SCO summit in Tianjin in 2017.",
        [],
        [(T24, "kgo:ordinal", "24", ""), (T25, "kgo:ordinal", "25", ""), (T17, "kgo:ordinal", "17", "")],
    ),
    (
        # by the city alone, with its days, only in an article that named the SCO before
        "The SCO met again. Aru Tamar attended the Tianjin summit, held on 31 August and 1 September.",
        [(T25, "schema:attendee", "Aru Tamar", ""), (T25, "schema:location", "Tianjin", "")],
        [],
    ),
    (
        "Aru Tamar attended the Samarkand summit in September. The SCO met later.",
        [],
        [(T22, "kgo:ordinal", "22", "")],
    ),
    (
        # with no time, only in a sentence that names the SCO (another grouping met there too)
        "Aru Tamar, a friend of the SCO, attended the Qingdao summit. The SCO met. "
        "Bela Koss attended the Tianjin summit. "
        "Ivo Lund, a friend of the SCO, attended the Samarkand summit.",
        [(T18, "schema:attendee", "Aru Tamar", "")],
        [(T25, "kgo:ordinal", "25", ""), (T22, "kgo:ordinal", "22", "")],
    ),
    (
        # a month the table does not give the city (the CSTO met in Astana in November 2024)
        "The SCO met. Aru Tamar attended the summit in Astana in November 2024.",
        [],
        [(T24, "kgo:ordinal", "24", "")],
    ),
    (
        # "the Astana summit": the summit named with Astana before; none named with it, none
        "Aru Tamar attended the 24th SCO summit in Astana. Bela Koss attended the Astana summit. "
        "Ivo Lund attended the Kazan summit. Zsofia Mark attended the Turkic summit.",
        [(T24, "schema:attendee", "Bela Koss", "")],
        [(T24, "schema:attendee", "Ivo Lund", ""), (T24, "schema:attendee", "Zsofia Mark", "")],
    ),
    (
        # a numbered summit is event.numbered-summit's, whatever city follows
        "Aru Tamar attended the 24th SCO summit in Tianjin.",
        [(T24, "schema:attendee", "Aru Tamar", "")],
        [(T25, "kgo:ordinal", "25", ""), (T24, "schema:location", "Tianjin", "")],
    ),
    (
        # the year before the city, or "of" the year after it
        "The SCO met. Aru Tamar attended the 2018 Qingdao summit. "
        "Bela Koss attended the Bishkek summit of 2013. "
        "Ivo Lund attended the 2018 Qingdao summit of the Turkic states.",
        [(T18, "schema:attendee", "Aru Tamar", ""), (T13, "schema:attendee", "Bela Koss", "")],
        [(T18, "schema:attendee", "Ivo Lund", "")],
    ),
    (
        # without the SCO named with it, a year alone where another grouping met there that
        # year too (the Turkic states in Samarkand in 2022), or a time after it that is not
        # the SCO summit's, names none (a review)
        "The SCO met. Aru Tamar attended the Samarkand summit in 2022. "
        "Bela Koss attended the 2022 Samarkand summit. "
        "Ivo Lund, a friend of the SCO, attended the Samarkand summit, held in November 2022. "
        "Zsofia Mark attended the 2018 Qingdao summit, held in November.",
        [],
        [(T22, "kgo:ordinal", "22", ""), (T18, "kgo:ordinal", "18", "")],
    ),
    (
        # the "SCO Plus" meeting named with its city (and time): that summit, by the table
        "Aru Tamar attended the SCO Plus meeting in Tianjin. "
        'Bela Koss addressed the expanded "SCO Plus" session in Astana in July 2024.',
        [
            (T25, "schema:attendee", "Aru Tamar", ""),
            (T25, "schema:location", "Tianjin", ""),
            (T24, "schema:attendee", "Bela Koss", ""),
        ],
        [],
    ),
    (
        # Astana hosted four: with no time, the SCO Plus meeting there names no summit
        "Ivo Lund attended the SCO Plus meeting in Astana.",
        [],
        [(T24, "schema:attendee", "Ivo Lund", ""), (T24, "kgo:ordinal", "24", "")],
    ),
    (
        # nor is one named with a city and a time the table does not list the summit just before
        "The 24th SCO summit opened in Astana on Thursday. Aru Tamar attended the SCO Plus "
        "meeting in Tianjin in June. Bela Koss attended the SCO Plus meeting in Astana in November.",
        [],
        [(T24, "schema:attendee", "Aru Tamar", ""), (T24, "schema:attendee", "Bela Koss", "")],
    ),
    (
        # Dushanbe and Tashkent hosted three each: a year names one; Dushanbe 2021 only with the
        # SCO named (the CSTO met there the day before)
        "The SCO met. Aru Tamar attended the Dushanbe summit in 2014. Bela Koss attended the "
        "Tashkent summit in June 2016. Ivo Lund attended the Dushanbe summit in 2021. "
        "Zsofia Mark attended the SCO summit in Dushanbe in 2021. Aru Tamar attended the "
        "Tashkent summit in June.",
        [
            ("14th Meeting of the SCO Council of Heads of State", "schema:attendee", "Aru Tamar", ""),
            ("14th Meeting of the SCO Council of Heads of State", "schema:location", "Dushanbe", ""),
            ("16th Meeting of the SCO Council of Heads of State", "schema:attendee", "Bela Koss", ""),
            ("16th Meeting of the SCO Council of Heads of State", "schema:location", "Tashkent", ""),
            ("21st Meeting of the SCO Council of Heads of State", "schema:attendee", "Zsofia Mark", ""),
        ],
        [
            ("21st Meeting of the SCO Council of Heads of State", "schema:attendee", "Ivo Lund", ""),
            ("4th Meeting of the SCO Council of Heads of State", "kgo:ordinal", "4", ""),
            ("10th Meeting of the SCO Council of Heads of State", "kgo:ordinal", "10", ""),
        ],
    ),
    (
        # "the Astana summit" with a time after it is the relation rules' (the table), not an
        # anaphor's; a state's name is no place (a review)
        "Aru Tamar attended the 24th SCO summit in Astana. Bela Koss attended the Astana summit in "
        "November 2024. Ivo Lund attended the Ruritania summit.",
        [(T24, "schema:attendee", "Aru Tamar", "")],
        [(T24, "schema:attendee", "Bela Koss", ""), (T24, "schema:attendee", "Ivo Lund", "")],
    ),
    (
        # "the Tianjin summit" after "the SCO summit in Tianjin": the one named with Tianjin (a review)
        "Aru Tamar attended the SCO summit in Tianjin. Bela Koss also attended the Tianjin summit.",
        [(T25, "schema:attendee", "Aru Tamar", ""), (T25, "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        # "the Samarkand summit" where another grouping's summit there was named too: which one,
        # the words do not tell (a review: the Turkic states' summit read as the SCO's)
        "The ninth summit of the Organization of Turkic States, held in Samarkand, was small. "
        "Aru Tamar attended the 22nd SCO summit in Samarkand. Bela Koss attended the Samarkand summit.",
        [(T22, "schema:attendee", "Aru Tamar", "")],
        [(T22, "schema:attendee", "Bela Koss", "")],
    ),
    (
        # "the 24th summit in Astana", the SCO named before: the table tells it is the SCO's; a
        # number the city never hosted (BRICS met in Kazan for its 16th) names none
        "The SCO met. Aru Tamar attended the 24th summit in Astana. "
        "Bela Koss attended the 16th summit in Kazan.",
        [(T24, "schema:attendee", "Aru Tamar", ""), (T24, "schema:location", "Astana", "")],
        [("16th Meeting of the SCO Council of Heads of State", "kgo:ordinal", "16", "")],
    ),
    # ... or by its year, with the SCO named (the table sco-summit-years: one a year since 2001)
    (
        "Aru Tamar attended the SCO summit in 2017. Bela Koss attended the 2022 SCO summit.",
        [
            (T17, "schema:attendee", "Aru Tamar", ""),
            (T17, "kgo:ordinal", "17", ""),
            (T22, "schema:attendee", "Bela Koss", ""),
        ],
        [],
    ),
    (
        "Aru Tamar attended the 2022 summit. Bela Koss attended the 2030 SCO summit.",
        [],
        [
            (T22, "kgo:ordinal", "22", ""),
            ("2030 Meeting of the SCO Council of Heads of State", "kgo:ordinal", "2030", ""),
        ],
    ),
    (
        # joining as a member at an event, on a day (a seventh precision review: recall)
        "Ruritania joined the SCO as a full member at the 24th SCO summit on Thursday. "
        "If approved, Freedonia joined the SCO as a member at the summit.",
        [
            ("Ruritania in Shanghai Cooperation Organization", "kgo:acquiredAt", T24, ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2024-07-04", ""),
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
        ],
        [("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        # a "He" with no antecedent is someone not known: "he said" after it is not the name
        # after "from" (a seventh precision review)
        'Q: What did the chairman say?\n\nA: He took over the chair from Aru Tamar. "We are ready," he said.',
        [],
        [("Aru Tamar: We are ready", "schema:creator", "Aru Tamar", "")],
    ),
    # nor of an apposition saying someone was away from it (a third precision review)
    (
        "Aru Tamar, absent from the 5th SCO summit a year ago, attended the summit in Strelsau.",
        [],
        [(SUMMIT, "schema:attendee", "Aru Tamar", "")],
    ),
    # an organization's office (a review: "UN Secretary-General Antonio Guterres" held none)
    (
        "UN Secretary-General Aru Tamar met Bela Koss on Friday. Secretary-General of the Shanghai "
        "Cooperation Organization (SCO) Bela Koss spoke, and so did the SCO's Secretary General, "
        "Zsofia Mark.",
        [
            ("Aru Tamar", "org:holds", "Secretary-General of United Nations", ""),
            ("Secretary-General of United Nations", "kgo:officeOf", "United Nations", ""),
            ("Secretary-General of United Nations", "kgo:title", "Secretary-General", ""),
            ("Bela Koss", "org:holds", "Secretary-General of Shanghai Cooperation Organization", ""),
            ("Zsofia Mark", "org:holds", "Secretary-General of Shanghai Cooperation Organization", ""),
        ],
        [],
    ),
    (
        "UN Deputy Secretary-General Zsofia Mark spoke, as did former SCO Secretary-General Aru Tamar.",
        [],
        [
            ("Zsofia Mark", "org:holds", "Secretary-General of United Nations", ""),
            ("Aru Tamar", "org:holds", "Secretary-General of Shanghai Cooperation Organization", ""),
        ],
    ),
    # a summit "hosted by" a state and still to come is not hosted yet (a review)
    (
        f"The {NEXT}, hosted by Examplestan, is planned for the summer. The {MEETING}, hosted by "
        "Ruritania, opened on Thursday.",
        [(SUMMIT, "kgo:hostedBy", "Ruritania", "")],
        [(NEXT_SUMMIT, "kgo:hostedBy", "Examplestan", "")],
    ),
    # meetings with two, on a list of days: which was when, the sentence does not say
    (
        "Aru Tamar had meetings with Bela Koss and Zsofia Mark on Sunday and Monday, his aides said. "
        "Aru Tamar held talks with Bela Koss and Zsofia Mark on Tuesday.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-02", "schema:attendee", "Bela Koss", "")],
        [
            ("Meeting of Aru Tamar and Bela Koss on 2024-06-30", "schema:attendee", "Bela Koss", ""),
            ("Meeting of Aru Tamar and Zsofia Mark on 2024-06-30", "schema:attendee", "Zsofia Mark", ""),
        ],
    ),
    # ... but "will" of another clause is no matter (a code review)
    (
        f"The {MEETING}, hosted by Ruritania, opened in Strelsau, and Examplestan will host the {NEXT}.",
        [(SUMMIT, "kgo:hostedBy", "Ruritania", "")],
        [],
    ),
    # a day, then another clause's day, is no list of days (a code review)
    (
        "Aru Tamar met with Bela Koss and Zsofia Mark on Sunday, and on Monday he flew home.",
        [("Meeting of Aru Tamar and Zsofia Mark on 2024-06-30", "schema:attendee", "Zsofia Mark", "")],
        [],
    ),
    # "did not show up ... before the afternoon session" is a late arrival too, while
    # "skipped ... before" still denies; "hosted by X, takes place ... next summer" is of a
    # summit to come (a third precision review)
    (
        f"Bela Koss did not show up at the {MEETING} before the afternoon session. Zsofia Mark "
        "skipped the summit before the vote.",
        [(SUMMIT, "schema:attendee", "Zsofia Mark", "negated")],
        [(SUMMIT, "schema:attendee", "Bela Koss", "negated")],
    ),
    (
        f"The {NEXT}, hosted by Examplestan, takes place on the lakeshore next summer. The {MEETING}, "
        "hosted by Ruritania, opens on Thursday.",
        [(SUMMIT, "kgo:hostedBy", "Ruritania", "")],
        [(NEXT_SUMMIT, "kgo:hostedBy", "Examplestan", "")],
    ),
    # "until" in another clause leaves a denial one (a code review)
    (
        f"Bela Koss skipped the {MEETING}, which runs until Friday.",
        [(SUMMIT, "schema:attendee", "Bela Koss", "negated")],
        [],
    ),
    # past an opening phrase ("Like BRICS, the SCO has grown"), as for "he" (a code review)
    (
        "Like BRICS, the SCO has grown. The organization was founded in 2001.",
        [("Shanghai Cooperation Organization", "schema:foundingDate", "2001", "")],
        [("BRICS", "schema:foundingDate", "2001", "")],
    ),
    # "the organization" is the nearest organization named before it (the first of the
    # sentence before, tried, read the CSTO here: a precision review)
    (
        "Ruritania kept its distance from the CSTO, which it left in 2012, but hosts the SCO's "
        "centre. The organization admitted Examplestan as a full member in 2017.",
        [("Examplestan", "org:memberOf", "Shanghai Cooperation Organization", "")],
        [("Examplestan", "org:memberOf", "Collective Security Treaty Organization", "")],
    ),
    # "the meeting" of another time is not the article's summit (as "the summit")
    (
        f"Leaders came to the {MEETING} this week.\n\nIn 2019, Aru Tamar chaired the meeting on "
        "June 14, 2019.",
        [],
        [(SUMMIT, "kgo:chairedBy", "Aru Tamar", "")],
    ),
    # a meeting in a place the gazetteer does not know is a meeting, with no location
    (
        "Aru Tamar met Bela Koss in Vientiane on Thursday.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-04", "schema:attendee", "Bela Koss", "")],
        [],
    ),
    (
        "Aru Tamar and Bela Koss held talks in New York on Monday.",
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-01", "schema:attendee", "Aru Tamar", "")],
        [],
    ),
    # ", he said": the speaker is not one the reported words name, nor the leader named
    # before someone the gazetteer does not know (a precision review: six quotations given to
    # Xi, Putin or Tokayev that their aides, analysts or hosts spoke)
    (
        "Aru Tamar spoke first. Ruritania stands with its partners, he said.",
        [("Aru Tamar: Ruritania stands with its partners", "schema:creator", "Aru Tamar", "")],
        [],
    ),
    (
        "Aru Tamar met Bela Koss. Ruritania welcomes the plan proposed by Bela Koss, he said.",
        [("Aru Tamar: Ruritania welcomes the plan proposed by Bela Koss", "schema:creator", "Aru Tamar", "")],
        [("Bela Koss: Ruritania welcomes the plan proposed by Bela Koss", "schema:creator", "Bela Koss", "")],
    ),
    (
        "Political analyst Jan Novak said Aru Tamar had won. Ruritania has friends, he said.",
        [],
        [("Aru Tamar: Ruritania has friends", "schema:creator", "Aru Tamar", "")],
    ),
    (
        "Ruritanian President Aru Tamar's spokesman Jan Novak said the talks went well. The president "
        "thanked his host, he said.",
        [],
        [("Aru Tamar: The president thanked his host", "schema:creator", "Aru Tamar", "")],
    ),
    (
        "Jan Novak, a political analyst, was cautious. He said Aru Tamar had tried. Ruritania cannot "
        "choose sides, he said.",
        [],
        [("Aru Tamar: Ruritania cannot choose sides", "schema:creator", "Aru Tamar", "")],
    ),
    (
        'Novak said Aru Tamar was the centre of attention. "Everyone wants a meeting with Aru Tamar," '
        "he said.",
        [],
        [("Aru Tamar: Everyone wants a meeting with Aru Tamar", "schema:creator", "Aru Tamar", "")],
    ),
    # a fact-check's claim is not read (layout paragraph kind "claim")
    (
        "Claim: Ruritania became the 11th member state of the SCO on Wednesday.",
        [],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    # a weekday of another week; an appeal's object without the comment after it; a pledge
    # that is stressed (a precision review)
    (
        "Aru Tamar and Bela Koss met on Wednesday of that week only briefly.",
        [],
        [("Meeting of Aru Tamar and Bela Koss on 2024-07-03", "schema:attendee", "Aru Tamar", "")],
    ),
    (
        "Aru Tamar called for the SCO to stay on the right course amid turbulence, a message aimed "
        "partly at Washington, Jan Novak added.",
        [
            (
                "Aru Tamar calls for the SCO to stay on the right course amid turbulence",
                "kgo:objectText",
                "the SCO to stay on the right course amid turbulence",
                "",
            )
        ],
        [],
    ),
    (
        "Aru Tamar called for peace, stability and development, Bela Koss said.",
        [("Aru Tamar calls for peace, stability and development", "kgo:holder", "Aru Tamar", "")],
        [],
    ),
    (
        "Aru Tamar stressed that Ruritania will provide 1,000 training opportunities in the next "
        "three years.",
        [
            (
                "Aru Tamar: Ruritania will provide 1,000 training opportunities in the next three years",
                "kgo:pledgedBy",
                "Aru Tamar",
                "",
            )
        ],
        [],
    ),
    # a timeline's entry in the present tense (a precision review)
    (
        "2023: Ruritania becomes the ninth member state of the SCO.",
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2023", ""),
        ],
        [],
    ),
    (
        "2017 - Examplestan becomes the 8th member state of the SCO on June 9.",
        [("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2017-06-09", "")],
        [],
    ),
    # a document adopted at an event, in the passive (event.adopted-at)
    (
        f"The Strelsau Accord was adopted at the {MEETING}.",
        [("5th Meeting of the SCO Council of Heads of State", "kgo:adopted", "Strelsau Accord", "")],
        [],
    ),
    (
        f"The Strelsau Accord was adopted at the {MEETING}, an aide claimed.",
        [],
        [("5th Meeting of the SCO Council of Heads of State", "kgo:adopted", "Strelsau Accord", "")],
    ),
    # a third precision review: objects that ran on, claims, hedges and corrections, a
    # weekday with its full date, a resource its own counterpart
    (
        'Aru Tamar called for a "fair multipolar world order," a message aimed at Washington.',
        [
            (
                'Aru Tamar calls for a "fair multipolar world order"',
                "kgo:objectText",
                'a "fair multipolar world order"',
                "",
            )
        ],
        [],
    ),
    (
        "Aru Tamar called for faster expansion of the grouping, and Bela Koss agreed.",
        [("Aru Tamar calls for faster expansion of the grouping", "kgo:holder", "Aru Tamar", "")],
        [],
    ),
    (
        # A press service reports for its own principal: no doubt, as ", media reported" is
        f"The {MEETING} was attended by Zsofia Mark, the Ruritanian presidential press service reported. "
        f"Aru Tamar hosted the {MEETING}, his press office reported.",
        [(SUMMIT, "schema:attendee", "Zsofia Mark", ""), (SUMMIT, "kgo:hostedBy", "Aru Tamar", "")],
        [],
    ),
    (
        f"Aru Tamar hosted the {MEETING}, Ruritanian media reported.",
        [],
        [(SUMMIT, "kgo:hostedBy", "Aru Tamar", "")],
    ),
    (
        "Aru Tamar called for trade in national currencies, state media reported.",
        [("Aru Tamar calls for trade in national currencies", "kgo:holder", "Aru Tamar", "")],
        [],
    ),
    (
        "Aru Tamar called for a regional water strategy, according to a Ruritanian readout.",
        [("Aru Tamar calls for a regional water strategy", "kgo:holder", "Aru Tamar", "")],
        [],
    ),
    (
        "After Bela Koss opened the session, Aru Tamar took the floor. He called for closer cooperation "
        "on energy.",
        [("Aru Tamar calls for closer cooperation on energy", "kgo:holder", "Aru Tamar", "")],
        [("Bela Koss calls for closer cooperation on energy", "kgo:holder", "Bela Koss", "")],
    ),
    (
        f"An earlier version also said that Ruritania hosted the {MEETING}.",
        [],
        [("5th Meeting of the SCO Council of Heads of State", "kgo:hostedBy", "Ruritania", "")],
    ),
    (
        "Ruritanian media falsely reported that Ruritania had voiced support for Examplestan in its bid "
        "to join BRICS.",
        [],
        [("Ruritania supports Examplestan in its bid to join BRICS", "kgo:holder", "Ruritania", "")],
    ),
    (
        f"It is unclear whether the {MEETING} adopted the Strelsau Accord.",
        [],
        [("5th Meeting of the SCO Council of Heads of State", "kgo:adopted", "Strelsau Accord", "")],
    ),
    (
        f"The Strelsau Accord was adopted at the {MEETING}, Ruritanian officials said, though Examplestani "
        "diplomats disputed that.",
        [],
        [("5th Meeting of the SCO Council of Heads of State", "kgo:adopted", "Strelsau Accord", "")],
    ),
    (
        f"The {MEETING} ended in Strelsau on Friday, September 16, 2022.",
        [("5th Meeting of the SCO Council of Heads of State", "schema:endDate", "2022-09-16", "")],
        [("5th Meeting of the SCO Council of Heads of State", "schema:endDate", "2024-07-05", "")],
    ),
    (
        "Bela Koss met Aru Tamar on Thursday. The Ruritanian President called for a railway; his "
        "Examplestani counterpart Bela Koss backed the idea.",
        [],
        [("Bela Koss", "kgo:counterpartOf", "Bela Koss", "")],
    ),
    (
        f"The {MEETING} ended in Strelsau on Thursday, June 20.",
        [("5th Meeting of the SCO Council of Heads of State", "schema:endDate", "2024-06-20", "")],
        [("5th Meeting of the SCO Council of Heads of State", "schema:endDate", "2024-07-04", "")],
    ),
    # states that "followed" a state's status, in its clause or in the next sentence, got it
    # then (membership.followed, membership.followed-next-sentence)
    (
        "The SCO met. Examplestan became the first observer in 2004, and Ruritania and Freedonia "
        "followed in 2005.",
        [
            (_RURITANIA_OBSERVER, "kgo:since", "2005", ""),
            (_RURITANIA_OBSERVER, "org:organization", "Shanghai Cooperation Organization", ""),
            (_FREEDONIA_OBSERVER, "kgo:since", "2005", ""),
        ],
        [("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", "")],
    ),
    (
        "The SCO met. Examplestan was granted dialogue partner status in 2009. Ruritania and the "
        "Freedonia followed at the 5th SCO summit in 2010, a year after the crisis.",
        [
            (_RURITANIA_PARTNER, "kgo:acquiredAt", SUMMIT, ""),
            (_RURITANIA_PARTNER, "kgo:since", "2010", ""),
            (_FREEDONIA_PARTNER, "kgo:since", "2010", ""),
        ],
        [],
    ),
    (
        "The SCO met. Examplestan became an observer in 2004. Talks with Ruritania and Freedonia "
        "followed in 2005.\n\nExamplestan became an observer in 2004. Ruritania followed in 2005, "
        "officials said. Examplestan became an observer in 2004, and Freedonia followed a year later.",
        [(_OBSERVER, "kgo:since", "2004", "")],
        [
            (_RURITANIA_OBSERVER, "kgo:since", "2005", ""),
            (_FREEDONIA_OBSERVER, "kgo:since", "2005", ""),
            (_FREEDONIA_OBSERVER, "org:member", "Freedonia", ""),
        ],
    ),
    # "was made" an observer; a phrase of its own after the state (membership.became-status)
    (
        "The SCO met. Ruritania was made an observer in 2012. Examplestan, a NATO member, became "
        "a dialogue partner in 2013. Freedonia, a NATO member, reportedly became a dialogue partner in 2014.",
        [(_RURITANIA_OBSERVER, "kgo:since", "2012", ""), (_PARTNER, "kgo:since", "2013", "")],
        [(_FREEDONIA_PARTNER, "kgo:since", "2014", ""), (_FREEDONIA_PARTNER, "org:member", "Freedonia", "")],
    ),
    # more states after a status "since" a year, the verb and status left out
    # (membership.status-since-ellipsis)
    (
        "The SCO met. Examplestan has been an observer since 2004 and Ruritania since 2012. "
        "Freedonia has been a dialogue partner since 2012, and the Examplestan since 2015, respectively.",
        [
            (_OBSERVER, "kgo:since", "2004", ""),
            (_RURITANIA_OBSERVER, "kgo:since", "2012", ""),
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
        ],
        [(_PARTNER, "org:member", "Examplestan", "")],
    ),
    # "was the first observer, admitted at ..." (a time is needed); not reported, nor doubted
    (
        "The SCO met. Ruritania was the first dialogue partner, admitted at the Tashkent summit "
        "in 2004. Freedonia was the first observer to speak in 2024. Officials said Examplestan "
        "was the first observer, admitted in 2004.",
        [(_RURITANIA_PARTNER, "org:member", "Ruritania", "")],
        [(_FREEDONIA_OBSERVER, "org:member", "Freedonia", ""), (_OBSERVER, "org:member", "Examplestan", "")],
    ),
    (
        # "its first observer": "its" may be a body the gazetteer lacks (a review)
        "The SCO met in Astana. NATO took another path. Freedonia became its first observer in 2004.",
        [],
        [(_FREEDONIA_OBSERVER, "org:member", "Freedonia", "")],
    ),
    # a summit named by its city and year where a status is acquired is the SCO's, even in
    # a city and year where another grouping met (event.summit-by-city-of-status)
    (
        "The SCO met. Examplestan was granted dialogue partner status at the Dushanbe summit in 2021.",
        [
            (_PARTNER, "kgo:acquiredAt", "21st Meeting of the SCO Council of Heads of State", ""),
            ("21st Meeting of the SCO Council of Heads of State", "schema:location", "Dushanbe", ""),
        ],
        [],
    ),
    (
        "The SCO met. The CSTO admitted Ruritania at the Dushanbe summit in 2021. Leaders met at "
        "the Dushanbe summit in 2021. Freedonia became an observer at the Dushanbe summit in 2021, "
        "a diplomat wrongly claimed.",
        [],
        [("21st Meeting of the SCO Council of Heads of State", "schema:location", "Dushanbe", "")],
    ),
    # members in a timeline's historical present, dated before the publication
    # (membership.become-members-dated); "the ninth member in July 2023" (membership.became-nth)
    (
        "The SCO met. Ruritania and Freedonia become full members on 9 June 2017 at the Astana "
        "summit. Examplestan became the ninth member in July 2023.",
        [
            ("Ruritania in Shanghai Cooperation Organization", "kgo:since", "2017-06-09", ""),
            ("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2023", ""),
        ],
        [],
    ),
    (
        "The SCO met. Ruritania becomes a full member in 2025, officials hope. Freedonia becomes a "
        "member at the Astana summit. Examplestan became the ninth member in 2023 or 2024.",
        [("Examplestan in Shanghai Cooperation Organization", "kgo:memberCategory", "member state", "")],
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2023", ""),
            ("Examplestan in Shanghai Cooperation Organization", "kgo:since", "2024", ""),
        ],
    ),
    # "followed" with another status, doubt or an undoing after it, an attribution in a
    # state's phrase, a hedged lead sentence, another body named before: none (a review's
    # traps)
    (
        "The SCO met. Examplestan became an observer in 2004, and Ruritania followed in 2017, as a "
        "full member.\n\nExamplestan became an observer in 2004, and Freedonia followed in 2005, "
        "the ministry insists.\n\nRuritania, a spokesman insisted, was made an observer in 2005.\n\n"
        "Critics argue that Examplestan became an observer in 2004. Freedonia followed in 2005.\n\n"
        "When the Arctic Council expanded, Ruritania became an observer in 2013.\n\nExamplestan "
        "became an observer in 2004. Ruritania followed in 2006, a decision later reversed.",
        [(_OBSERVER, "kgo:since", "2004", "")],
        [
            (_RURITANIA_OBSERVER, "org:member", "Ruritania", ""),
            (_FREEDONIA_OBSERVER, "org:member", "Freedonia", ""),
        ],
    ),
    # a summit named by city and year in a status's words is the SCO's only where the SCO is
    # the organization named last (context_entity), and none is named in the sentence
    (
        "The SCO met.\n\nThe CSTO met in Dushanbe in 2021. Freedonia was admitted as an observer at "
        "the Dushanbe summit in 2021. Examplestan was granted observer status by the CSTO at the "
        "Dushanbe summit in 2021.",
        [],
        [
            ("21st Meeting of the SCO Council of Heads of State", "schema:location", "Dushanbe", ""),
            (_OBSERVER, "org:organization", "Shanghai Cooperation Organization", ""),
        ],
    ),
    # "Secretary-General" with no organization: the SCO's, for a person the table
    # sco-secretaries-general lists (office.secretary-general-name)
    (
        "The SCO met. The Secretariat is headed by Secretary-General Ivo Lund of Ruritania.",
        [("Ivo Lund", "org:holds", "Secretary-General of Shanghai Cooperation Organization", "")],
        [],
    ),
    (
        "The SCO met. Former Secretary-General Ivo Lund spoke. Deputy Secretary-General Ivo Lund "
        "spoke. The party's Secretary-General Ivo Lund spoke. Secretary-General Aru Tamar spoke.",
        [],
        [
            ("Ivo Lund", "org:holds", "Secretary-General of Shanghai Cooperation Organization", ""),
            ("Aru Tamar", "org:holds", "Secretary-General of Shanghai Cooperation Organization", ""),
        ],
    ),
    # a timeline's "becomes a member" only where the sentence tells of a summit or names an
    # organization, and not reported; another body's words between a status and a summit
    # (a second review's traps)
    (
        "The SCO met. Ruritania's talks with the World Trade Organization lasted 19 years. "
        "Ruritania becomes a full member on 30 November 2015.\n\nFreedonia becomes a full member "
        "on 4 July 2022 at the summit, a TASS dispatch said.\n\nAll six member states of the "
        "Russian-led military alliance met at the Dushanbe summit in 2021.",
        [],
        [
            ("Ruritania", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("Freedonia", "org:memberOf", "Shanghai Cooperation Organization", ""),
            ("21st Meeting of the SCO Council of Heads of State", "schema:location", "Dushanbe", ""),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected", "must_not"), CASES, ids=[c[0][:40] for c in CASES])
def test_patterns_unseen_sentence(fiction_rules, sentence, expected, must_not):
    graph, _ = build_graph([("t", DATELINE + sentence)], fiction_rules, "https://x.example/")
    facts = reported_facts(graph)
    missing = [f for f in expected if f not in facts]
    assert missing == [], f"missing {missing}\nfound {sorted(facts)}"
    assert [f for f in must_not if f in facts] == []


def test_patterns_a_title_without_state_for_a_person_the_table_lacks_states_nothing(fiction_rules):
    """office.title-name looks the person's state up strictly: Ivo Lund, whom the table
    leader-states lacks, holds no office after "President Ivo Lund", while Aru Tamar does."""
    graph, _ = build_graph(
        [("t", DATELINE + "President Ivo Lund met President Aru Tamar.")], fiction_rules, "https://x.example/"
    )
    holds = {(s, o) for s, p, o, _m in reported_facts(graph) if p == "org:holds"}
    assert holds == {("Aru Tamar", "President of Ruritania")}


def test_patterns_unreadable_quantity_drops_the_whole_clause(rulebase):
    """A pledge clause whose quantity is no whole number yields no pledge at all (a Pledge
    without kgo:quantity would break the shapes), and the build says why."""
    from kg.build import build_triples

    text = (
        "2024.07.05 16:10 GMT+8\n\nHeadline\n\nXi pledged at the expanded SCO meeting that China will "
        "provide 40 scholarships to fellow countries in the group in the next three years, and host "
        "1.5 young people this year.\n"
    )
    _triples, (extraction,) = build_triples([("quantities", text)], rulebase, "https://kg.example.org/id/")
    pledges = {f.subject.name for f in extraction.facts if f.subject.klass == "Pledge"}
    assert pledges == {"Xi Jinping: China will provide 40 scholarships in the next three years"}
    assert any("'1.5' is not a whole number" in note for note in extraction.notes)


def test_patterns_a_date_given_twice_in_a_clause_is_one_statement(tmp_path):
    """'at Thursday's summit on July 4' gives kgo:since twice, from two time phrases, in one
    match: one statement with one phrase (it had both, which the shapes refuse, and the
    build failed; a review)."""
    from kg.build import run_build
    from tests.conftest import write_seeds

    seeds = write_seeds(
        tmp_path,
        {
            "a.txt": DATELINE
            + "Belarus became the 10th member state of the SCO at Thursday's summit on July 4.\n"
        },
    )
    run_build(seeds, tmp_path / "out", "https://x.example/", html=False)
    graph = Graph().parse(tmp_path / "out" / "graph.ttl")
    since = [st for st in graph.subjects(RDF.predicate, KGO.since)]
    assert len(since) == 1 and len(list(graph.objects(since[0], KGO.timePhrase))) == 1


def test_patterns_number_below_the_shapes_least_drops_the_match(tmp_path):
    """An ordinal the shapes refuse ("the 0th member", sh:minInclusive 1) is not stated: the
    match is skipped with a note naming the least value, and the build of the article, and
    of the well-formed one beside it, succeeds (it failed on the shapes, taking the corpus
    with it)."""
    from kg.build import run_build
    from tests.conftest import write_seeds

    seeds = write_seeds(
        tmp_path,
        {
            "typo.txt": DATELINE + "Belarus became the 0th member state of the SCO on Wednesday.\n",
            "fine.txt": DATELINE + "Iran became the 9th member state of the SCO on Wednesday.\n",
        },
    )
    result = run_build(seeds, tmp_path / "out", "https://x.example/", html=False)
    assert any("'0th' gives 0, below the least kgo:ordinal the shapes allow (1)" in n for n in result.notes)
    text = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "belarus-in-shanghai" not in text and "iran-in-shanghai-cooperation-organization" in text


@pytest.mark.parametrize(
    ("year", "written"),
    [("\u0662\u0660\u0660\u0661", "2001"), ("\uff12\uff10\uff10\uff11", "2001"), ("2001", "2001")],
)
def test_patterns_year_in_any_digits_is_written_in_ascii(rulebase, year, written):
    """A year in Arabic-Indic or full-width digits is the same year: xsd:gYear allows only
    ASCII digits, so it is written in them."""
    text = f"2024.07.04 16:10 GMT+8\n\nHeadline\n\nSince its establishment in {year}, the SCO has grown.\n"
    graph, _ = build_graph([("a", text)], rulebase, DEFAULT_BASE)
    assert set(graph.objects(None, SCHEMA.foundingDate)) == {Literal(written, datatype=XSD.gYear)}


def test_patterns_a_meeting_is_one_whoever_is_named_first(fiction_rules):
    """ "A met B" and "B met A" on the same day name one meeting (a review: two IRIs), since
    its name joins the two people in alphabetical order ({a&b})."""
    texts = [
        ("one", DATELINE + "Aru Tamar met Bela Koss in Strelsau on Wednesday."),
        ("two", DATELINE + "Bela Koss met Aru Tamar in Strelsau on Wednesday."),
    ]
    graph, _ = build_graph(texts, fiction_rules, "https://x.example/")
    meetings = {fact[0] for fact in reported_facts(graph) if fact[1] == "schema:attendee"}
    assert meetings == {"Meeting of Aru Tamar and Bela Koss on 2024-07-03"}


def test_patterns_an_honorific_is_read_with_the_name_but_not_its_evidence(fiction_rules):
    """ "Mr Koss met Ms Zsofia Mark": the rule reads the honorifics as part of the names, and
    the mentions, the words the graph cites, are the names alone."""
    from rdflib import URIRef

    from kg.vocab import NIF

    text = DATELINE + "Mr Koss met Ms Zsofia Mark on Thursday."
    graph, _ = build_graph([("t", text)], fiction_rules, "https://x.example/")
    assert ("Meeting of Bela Koss and Zsofia Mark on 2024-07-04", "schema:attendee", "Bela Koss", "") in (
        reported_facts(graph)
    )
    people = {URIRef("https://x.example/person/bela-koss"), URIRef("https://x.example/person/zsofia-mark")}
    anchors = {
        str(graph.value(span, NIF.anchorOf))
        for span, entity in graph.subject_objects(URIRef("http://www.w3.org/2005/11/its/rdf#taIdentRef"))
        if entity in people
    }
    assert anchors == {"Koss", "Zsofia Mark"}


def test_patterns_a_list_items_attendance_cites_the_item(fiction_rules):
    """An attendance read from a list item after its lead-in cites the item, a span of the
    item's own sentence, not the lead-in (a span must lie in one sentence)."""
    from rdflib import URIRef

    from kg.vocab import NIF, PROV

    text = (
        DATELINE
        + f"The following leaders attended the {MEETING}:\n\n- Ruritania: President Aru Tamar\n- Koss"
    )
    graph, _ = build_graph([("t", text)], fiction_rules, "https://x.example/")
    rule = URIRef("https://x.example/rule/attendance.listed-after-lead-in")
    spans = [graph.value(st, PROV.wasDerivedFrom) for st in graph.subjects(KGO.rule, rule)]
    cited = sorted((str(graph.value(span, NIF.anchorOf)), span) for span in spans)
    assert [words for words, _span in cited] == ["- Koss", "- Ruritania: President Aru Tamar"]
    for words, span in cited:
        assert str(graph.value(graph.value(span, NIF.sentence), NIF.anchorOf)) == words


def test_patterns_names_joined_by_and_take_no_filter(rules_copy):
    from kg.errors import RuleError
    from kg.rulebase import load_rulebase

    path = rules_copy / "relations.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('"Meeting of {a&b} on {day!date}"', '"Meeting of {a&b!date}"'), encoding="utf-8"
    )
    with pytest.raises(
        RuleError, match=r"\{a&b!date\} in rule .* a field of names joined by & takes no filter"
    ):
        load_rulebase(rules_copy)


@pytest.mark.parametrize(
    ("words", "closed"),
    [
        ('a "fair world order', 'a "fair world order"'),
        ('fair world order," a message', '"fair world order," a message'),
        ("an \u201cend", "an \u201cend\u201d"),
        ('both "sides" agreed', 'both "sides" agreed'),
    ],
)
def test_patterns_a_groups_half_quotation_is_closed(words, closed):
    """A group's words that hold one mark of a quotation get the other, on the side the mark
    says: an opening one (a space before, a word after) is closed at the end, a closing one
    opened at the start (a code review: a closing mark after a comma was taken for an opening
    one)."""
    from kg.relations import _quotes_closed

    assert _quotes_closed(words) == closed
