"""Event actors: a noun phrase resolved to an entity, an ISO 3166 alpha-3 country and a sector.

Countries come from pycountry's names plus a data file of short names,
demonyms and capitals ("Russian" → RUS, "Washington" → USA), because news
names states by their people and seats far more often than by their
official names.  Sectors (GOV, MIL, REB, OPP, IGO, COP, …, after CAMEO's
actor codes) come from the same file's word lists, read from the head of
the phrase leftwards: "Israeli troops" is MIL, "Turkish police" COP.  A
role word ("spokesman for the opposition", "commander of the YPG") takes
the sector of the body it speaks for.

The dictionaries are data: ``nlp/data/actors.json``, merged with the file
named by the environment variable ``BROADSHEET_ACTORS`` (same layout) so
users can add their own names and groups.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import InputError
from ..model import Actor

DATA = Path(__file__).with_name("data") / "actors.json"
#: Words that name a role within a body: the body after "of"/"for" gives the sector.
ROLE_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "leader",
                        "leaders", "member", "members", "commander", "head", "chief", "supporters",
                        "representative", "representatives", "envoy", "delegation", "figures", "figure"})
_MAX_NGRAM = 5


def normalise(text: str) -> str:
    """Lowercase ASCII words only ("U.S." → "u s", "Russia’s" → "russia"): the key of every lookup."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"['’]s\b", "", text.replace("’", "'"))
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Dictionaries:
    countries: dict[str, str]
    organisations: dict[str, tuple[str | None, str]]
    sectors: dict[str, str]  # word or phrase → sector


def _read(path: Path) -> dict[str, dict[str, object]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(str(path), f"cannot read the actor dictionary: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(str(path), "the actor dictionary must be a JSON object")
    return data


@lru_cache(maxsize=1)
def dictionaries() -> Dictionaries:
    """The actor dictionaries: pycountry names, the bundled data file, then the user's file."""
    import pycountry

    countries: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                countries[normalise(name)] = country.alpha_3
    organisations: dict[str, tuple[str | None, str]] = {}
    sectors: dict[str, str] = {}
    paths = [DATA]
    if os.environ.get("BROADSHEET_ACTORS"):
        paths.append(Path(os.environ["BROADSHEET_ACTORS"]))
    for path in paths:
        data = _read(path)
        countries.update({normalise(k): str(v) for k, v in dict(data.get("countries", {})).items()})
        for name, value in dict(data.get("organisations", {})).items():
            code, kind = list(value)  # type: ignore[call-overload]
            organisations[normalise(name)] = (code, str(kind))
        for sector, words in dict(data.get("sectors", {})).items():
            for word in words:  # type: ignore[attr-defined]
                sectors[normalise(word)] = sector
    return Dictionaries(countries, organisations, sectors)


def _ngrams(words: list[str]) -> list[tuple[int, str]]:
    """(start index, phrase) of every 1..5-word run, longest first, then left to right."""
    out: list[tuple[int, str]] = []
    for n in range(min(_MAX_NGRAM, len(words)), 0, -1):
        out.extend((i, " ".join(words[i:i + n])) for i in range(len(words) - n + 1))
    return out


def country_code(text: str, exact: bool = False) -> str | None:
    """The ISO alpha-3 code `text` names or implies ("Russian officials" → RUS); None if none.

    With `exact`, the whole text must be a country name (for gazetteer lookups).
    """
    d = dictionaries()
    key = normalise(text)
    if exact:
        return d.countries.get(key)
    for _, phrase in _ngrams(key.split()):
        if phrase in d.countries:
            return d.countries[phrase]
        if phrase in d.organisations and d.organisations[phrase][0]:
            return d.organisations[phrase][0]
    return None


def sector(text: str) -> str | None:
    """The actor's sector: a known organisation's, else the word nearest the head of the phrase."""
    d = dictionaries()
    words = normalise(text).split()
    for _, phrase in _ngrams(words):
        if phrase in d.organisations:
            return d.organisations[phrase][1]
    head, body = words, []
    for i, word in enumerate(words):
        if word in ("of", "for", "from", "in", "at") and i:
            head, body = words[:i], words[i + 1:]
            break
    if head and head[-1] in ROLE_WORDS and body:
        body_sector = _word_sector(body, d)
        if body_sector:
            return body_sector
    return _word_sector(head, d) or _word_sector(body, d)


def _word_sector(words: list[str], d: Dictionaries) -> str | None:
    """The sector of the rightmost sector word or two-word phrase in `words`."""
    for i in range(len(words) - 1, -1, -1):
        if i and f"{words[i - 1]} {words[i]}" in d.sectors:
            return d.sectors[f"{words[i - 1]} {words[i]}"]
        for form in (words[i], words[i][:-1] if words[i].endswith("s") else ""):
            if form in d.sectors:  # "negotiators" → "negotiator"
                return d.sectors[form]
    return None


def resolve(text: str, entity_id: str | None = None) -> Actor:
    """An `Actor` for the phrase `text`, carrying the entity id found for it (if any)."""
    return Actor(text=text, entity_id=entity_id, country=country_code(text), sector=sector(text))
