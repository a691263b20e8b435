"""Entities merged within an article, stable ids, and the Doc lookups other components use."""

from __future__ import annotations

from pathlib import Path

import pytest

import broadsheet
from broadsheet.config import Settings
from broadsheet.model import Page
from broadsheet.nlp.entities import entity_id, normalize_name
from broadsheet.nlp.pipeline import load_nlp


@pytest.fixture(scope="module")
def sample_page(sample_path: Path) -> Page:
    return broadsheet.read(sample_path)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp(Settings().spacy_model)


def test_entity_id_is_stable_and_normalised() -> None:
    assert entity_id("Nicholas Heras", "PERSON") == entity_id("nicholas  heras", "PERSON")
    assert entity_id("the Islamic State", "ORG") == entity_id("Islamic State’s", "ORG")
    assert entity_id("Syria", "GPE") == entity_id("Syria", "LOC")  # one class for places
    assert entity_id("Jordan", "PERSON") != entity_id("Jordan", "GPE")
    assert normalize_name("  The Soufan Group’s ") == "soufan group"


def test_sample_short_forms_and_aliases_merge(sample_page: Page) -> None:
    article = next(a for a in sample_page.articles if a.headline and "caliphate" in a.headline)
    by_name = {e.text: e for e in article.entities}
    heras = by_name["Nicholas Heras"]
    assert heras.label == "PERSON"
    assert len(heras.mentions) >= 3  # "Nicholas Heras", then "Heras said" twice
    assert "Heras" in heras.aliases
    isis = by_name["Islamic State"]
    assert "ISIS" in isis.aliases
    assert len(isis.mentions) > 10  # every "ISIS" in the article is a mention
    for start, end in isis.mentions:
        assert article.text[start:end] in ("ISIS", "the Islamic State", "Islamic State")
    atran = by_name["Scott Atran"]
    assert [article.text[s:e] for s, e in atran.mentions] == ["Scott Atran", "Atran"]
    ids = [e.id for e in article.entities]
    assert len(ids) == len(set(ids))


def test_same_entity_same_id_across_articles(sample_page: Page) -> None:
    ids = [{e.id for e in a.entities if e.text == "Syria"} for a in sample_page.articles]
    assert len(ids) == 2 and ids[0] and ids[0] == ids[1]


def test_gazetteer_settles_place_labels(sample_page: Page) -> None:
    article = next(a for a in sample_page.articles if a.headline and "Russia" in a.headline)
    sochi = next(e for e in article.entities if e.text == "Sochi")
    assert sochi.label == "GPE"  # the small model calls it PERSON as often as GPE
    assert len(sochi.mentions) >= 8


def test_doc_lookups_for_other_components(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Maria Lopez, the transport minister, opened the port on Friday. "
            "Lopez said the Port Authority (PA) would hire 300 workers. The PA agreed.")
    doc = nlp(text)
    people = [e for e in doc._.bs_entities if e.label == "PERSON"]
    assert [p.name for p in people] == ["Maria Lopez"]
    start = text.index("Lopez said")
    hit = doc._.bs_entity_at(start, start + 5)
    assert hit is not None and hit.name == "Maria Lopez"
    span = doc.char_span(start, start + 5)
    assert span is not None and span._.bs_entity == hit
    pa = doc._.bs_entity_at(text.rindex("PA"), text.rindex("PA") + 2)
    assert pa is not None and "PA" in pa.aliases
    assert doc._.bs_entity_at(text.index("opened"), text.index("opened") + 6) is None
    doc.to_bytes()  # entities are kept as plain data: the doc still serialises
