"""Events on the bundled sample page (The Arab Weekly, November 2017), read through `broadsheet.read`."""

from __future__ import annotations

from pathlib import Path

import pytest

import broadsheet
from broadsheet.model import Event


@pytest.fixture(scope="module")
def page_events(sample_path: Path) -> list[Event]:
    page = broadsheet.read(str(sample_path), date="2017-11-16")
    return [event for article in page.articles for event in article.events]


def find(events: list[Event], type_: str, words: str) -> Event:
    matches = [e for e in events if e.type == type_ and words in (e.sentence or "")]
    assert matches, f"no {type_} event in a sentence with {words!r}"
    return matches[0]


def test_russia_hosts_a_conference_in_sochi(page_events: list[Event]) -> None:
    e = find(page_events, "CONSULT", "Russian Foreign Ministry is organising")
    assert e.mode == "host" and e.cameo == "043"
    assert e.source is not None and e.source.country == "RUS" and e.source.sector == "GOV"
    assert e.source.entity_id is not None
    assert e.place is not None and e.place.name == "Sochi" and e.place.country == "RUS"


def test_syrian_national_coalition_declines_the_invitation(page_events: list[Event]) -> None:
    e = find(page_events, "REJECT", "declined")
    assert e.source is not None and "Syrian National Coalition" in e.source.text  # "The latter"
    assert (e.source.country, e.source.sector) == ("SYR", "OPP")


def test_ypg_commander_visits_moscow(page_events: list[Event]) -> None:
    e = find(page_events, "CONSULT", "high-profile visit")
    assert e.mode == "visit" and e.cameo == "042"
    assert e.source is not None and "YPG" in e.source.text and e.source.country == "SYR"
    assert e.target is not None and e.target.text == "Moscow"
    assert e.place is not None and e.place.country == "RUS"


def test_spokesman_accuses_russia(page_events: list[Event]) -> None:
    e = find(page_events, "ACCUSE", "accuse Russia")
    assert e.source is not None and "spokesman" in e.source.text and e.source.sector == "OPP"
    assert e.target is not None and e.target.country == "RUS"


def test_police_deployed_near_damascus(page_events: list[Event]) -> None:
    e = find(page_events, "MOBILIZE", "deployed")
    assert e.place is not None and e.place.name == "Damascus" and e.place.country == "SYR"
    assert e.place.lat is not None


def test_envoy_went_to_damascus_in_late_october(page_events: list[Event]) -> None:
    e = find(page_events, "CONSULT", "went to Damascus")
    assert (e.date, e.date_end) == ("2017-10-21", "2017-10-31")
    assert e.source is not None and e.source.country == "RUS"


def test_negated_agreement_and_claims(page_events: list[Event]) -> None:
    none_agreed = find(page_events, "REJECT", "was agreed upon")
    assert none_agreed.negated
    claimed = [e for e in page_events if e.claimed_by]
    assert any(e.claimed_by == "Alexander Lavrentiev" for e in claimed)
