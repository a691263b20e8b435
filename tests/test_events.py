"""Event coding: PLOVER types, actors, modality, claims, dates and places on plain sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from broadsheet.config import Settings
from broadsheet.errors import InputError
from broadsheet.model import Article
from broadsheet.nlp import events
from broadsheet.nlp.pipeline import load_nlp


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_nlp(Settings().spacy_model)


def code(nlp: Any, text: str, issue: str | None = "2017-11-16") -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc.user_data["issue_date"] = issue
    return list(nlp(doc)._.bs_events)


def main_event(nlp: Any, text: str, issue: str | None = "2017-11-16") -> dict[str, Any]:
    found = events.primary(code(nlp, text, issue))
    assert found is not None, text
    return found


def test_threat_governs_its_complement_with_actors_date_and_country(nlp: Any) -> None:
    text = "Iran on Tuesday threatened to cut off gas supplies to Armenia, state television said."
    e = main_event(nlp, text)
    assert e["type"] == "THREATEN" and e["cameo"] == "13"
    assert e["source"]["text"] == "Iran" and e["source"]["country"] == "IRN"
    assert e["target"]["text"] == "Armenia" and e["target"]["country"] == "ARM"
    assert e["date"] == "2017-11-14" and e["date_end"] is None
    # Reported speech is a claim too: the quotes component attributes it to the broadcaster.
    assert e["claimed_by"] == "state television"


def test_negated_cooperation_is_a_rejection(nlp: Any) -> None:
    e = main_event(nlp, "The Kenyan government did not agree to the new border plan.")
    assert e["type"] == "REJECT" and e["negated"] is True
    assert e["source"]["country"] == "KEN" and e["source"]["sector"] == "GOV"


def test_announced_help_is_intent_and_announced_force_a_threat(nlp: Any) -> None:
    agree = main_event(nlp, "Germany will send aid to Sudan next month, the foreign ministry said.")
    assert agree["type"] == "AGREE"
    assert (agree["source"]["country"], agree["target"]["country"]) == ("DEU", "SDN")
    assert (agree["date"], agree["date_end"]) == ("2017-12-01", "2017-12-31")
    threat = main_event(nlp, "The army said it was prepared to impose a curfew on the northern districts.")
    assert threat["type"] == "THREATEN"
    assert threat["source"]["sector"] == "MIL"


def test_arrest_with_place_and_sector(nlp: Any) -> None:
    e = main_event(nlp, "Egyptian police arrested dozens of students in Alexandria on Monday.")
    assert (e["type"], e["mode"], e["cameo"]) == ("COERCE", "arrest", "173")
    assert e["source"]["sector"] == "COP" and e["source"]["country"] == "EGY"
    assert "students" in e["target"]["text"]
    assert e["place"]["name"] == "Alexandria" and e["place"]["country"] == "EGY"
    assert e["place"]["lat"] == pytest.approx(31.2, abs=0.2)
    assert e["date"] == "2017-11-13"


def test_reported_must_is_a_request_from_the_reporter(nlp: Any) -> None:
    e = main_event(nlp, "The French president said on Friday that Iraq must cooperate with the inspectors.")
    assert e["type"] == "REQUEST"
    assert e["source"]["country"] == "FRA" and e["target"]["text"] == "Iraq"


def test_compound_subject_of_talks_gives_source_and_target(nlp: Any) -> None:
    e = main_event(nlp, "Israel and Lebanon held talks in Cairo last week.")
    assert (e["type"], e["cameo"]) == ("CONSULT", "04")
    assert e["source"]["text"] == "Israel" and e["target"]["text"] == "Lebanon"
    assert e["place"]["country"] == "EGY"
    assert (e["date"], e["date_end"]) == ("2017-11-06", "2017-11-12")


def test_passive_with_agent_and_event_inside_a_quotation(nlp: Any) -> None:
    text = ("“Soldiers shelled the villages all night,” said Ahmed Karim, a local council member. "
            "The minister was criticised by opposition lawmakers.")
    found = code(nlp, text)
    shelled = next(e for e in found if e["text"].startswith("shelled"))
    assert shelled["type"] == "ASSAULT" and shelled["source"]["sector"] == "MIL"
    assert shelled["claimed_by"] == "Ahmed Karim"
    criticised = next(e for e in found if e["type"] == "ACCUSE")
    assert "lawmakers" in criticised["source"]["text"] and criticised["source"]["sector"] == "LEG"
    assert criticised["target"]["text"] == "minister"
    assert criticised["claimed_by"] is None


def test_modifiers_and_plain_statements_are_not_events(nlp: Any) -> None:
    assert code(nlp, "The Saudi-backed committee met in a power-sharing spirit.")[0]["text"] == "met"
    assert code(nlp, "The weather was mild and the markets were quiet.") == []
    # Natural hazards and the like are no one's act: PLOVER events have a party behind them.
    assert code(nlp, "A powerful earthquake hit southern Turkey on Monday, killing dozens.") == []


def test_event_offsets_point_at_the_trigger(nlp: Any) -> None:
    text = "Turkey expelled two diplomats. Later, Syria condemned the move."
    for e in code(nlp, text):
        assert text[e["start"]:e["end"]] == e["text"] or e["text"].startswith(text[e["start"]:e["start"] + 4])
    types = [e["type"] for e in code(nlp, text)]
    assert types == ["SANCTION", "ACCUSE"]


def test_without_issue_date_relative_dates_stay_unresolved(nlp: Any) -> None:
    e = main_event(nlp, "Rebels attacked a convoy on Tuesday near Mosul.", issue=None)
    assert e["type"] == "ASSAULT" and e["date"] is None
    assert e["place"]["country"] == "IRQ"


def test_to_article_fills_model_events(nlp: Any) -> None:
    article = Article(id="a1", body=["Ghana deported 168 Liberians on Monday."])
    doc = nlp.make_doc(article.text)
    doc.user_data["issue_date"] = "2017-11-16"
    events.to_article(nlp(doc), article)
    (event,) = article.events
    assert (event.type, event.mode, event.cameo) == ("COERCE", "deport", "174")
    assert event.source is not None and event.source.country == "GHA"
    assert event.target is not None and event.target.country == "LBR"
    assert event.sentence == "Ghana deported 168 Liberians on Monday."
    assert article.text[event.start:event.end] == "deported"


def test_every_pattern_names_a_plover_type() -> None:
    data = json.loads(events.EVENT_PATTERNS.read_text(encoding="utf-8"))
    values = [*data["verbs"].values(), *data["phrases"].values(), *data["light_nouns"].values()]
    assert {v.split(":")[0] for v in values} == set(events.PLOVER_TYPES)


def test_user_patterns_extend_the_dictionary(tmp_path: Path, nlp: Any) -> None:
    data = json.loads(events.EVENT_PATTERNS.read_text(encoding="utf-8"))
    data["verbs"]["snub"] = "ACCUSE:disapprove"
    custom = tmp_path / "events.json"
    custom.write_text(json.dumps(data), encoding="utf-8")
    coder = events.EventCoder(str(custom))
    doc = nlp("The president snubbed the ambassador.")
    assert [e["type"] for e in coder(doc)._.bs_events] == ["ACCUSE"]


def test_unreadable_patterns_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.json"):
        events.load_patterns(str(bad))


def test_a_capital_acting_gets_its_country_from_the_gazetteer(nlp: Any) -> None:
    e = main_event(nlp, "Athens expelled the Libyan ambassador on Friday.")
    assert (e["type"], e["mode"]) == ("SANCTION", "expel")
    assert e["source"]["country"] == "GRC"
    assert (e["target"]["country"], e["target"]["sector"]) == ("LBY", "GOV")


def test_transparent_governors_pass_to_their_complement(nlp: Any) -> None:
    # "continued to" is aspect: the act is sending arms; "sought to" is an aim: a hostile aim threatens.
    assert [e["type"] for e in code(nlp, "The ministry continued to send arms to the rebels.")] == ["AID"]
    assert [e["type"] for e in code(nlp, "Russia sought to expel the observers.")] == ["THREATEN"]


def test_request_verbs_need_someone_asked(nlp: Any) -> None:
    assert code(nlp, "The minister was asked about the budget at a press conference.") == []
    asked = main_event(nlp, "The United Nations asked Israel to open the crossings.")
    assert asked["type"] == "REQUEST" and asked["target"]["text"] == "Israel"
