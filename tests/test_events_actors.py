"""Actors: ISO alpha-3 countries from names and demonyms, sectors from word lists, user extensions."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from broadsheet.errors import InputError
from broadsheet.nlp import actors


@pytest.fixture
def fresh_dictionaries() -> Iterator[None]:
    actors.dictionaries.cache_clear()
    yield
    actors.dictionaries.cache_clear()


@pytest.mark.parametrize(("text", "country", "sector"), [
    ("Russian Foreign Minister Sergei Lavrov", "RUS", "GOV"),
    ("Israeli troops", "ISR", "MIL"),
    ("Turkish police", "TUR", "COP"),
    ("the Islamic Republic of Iran", "IRN", None),
    ("U.S. negotiators", "USA", "GOV"),
    ("a spokesman for the opposition", None, "OPP"),
    ("Commander of the People's Protection Units (YPG)", "SYR", "REB"),
    ("the United Nations Security Council", None, "IGO"),
    ("Palestinian youths", "PSE", "CVL"),
    ("Kurdish politicians", None, None),
])
def test_country_and_sector(text: str, country: str | None, sector: str | None) -> None:
    actor = actors.resolve(text)
    assert (actor.country, actor.sector) == (country, sector)


def test_country_code_exact_needs_the_whole_name() -> None:
    assert actors.country_code("Germany", exact=True) == "DEU"
    assert actors.country_code("German troops", exact=True) is None
    assert actors.country_code("German troops") == "DEU"


def test_users_extend_the_dictionaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       fresh_dictionaries: None) -> None:
    extra = tmp_path / "actors.json"
    extra.write_text(json.dumps({
        "countries": {"kurdish": "IRQ"},
        "organisations": {"peshmerga": ["IRQ", "MIL"]},
        "sectors": {"EDU": ["professors"]},
    }), encoding="utf-8")
    monkeypatch.setenv("BROADSHEET_ACTORS", str(extra))
    assert actors.resolve("Kurdish politicians").country == "IRQ"
    assert (actors.resolve("the Peshmerga").country, actors.resolve("the Peshmerga").sector) == ("IRQ", "MIL")
    assert actors.resolve("Syrian professors").sector == "EDU"


def test_a_broken_user_dictionary_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 fresh_dictionaries: None) -> None:
    bad = tmp_path / "mine.json"
    bad.write_text("[1, 2", encoding="utf-8")
    monkeypatch.setenv("BROADSHEET_ACTORS", str(bad))
    with pytest.raises(InputError, match=r"mine\.json"):
        actors.dictionaries()
