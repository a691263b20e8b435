"""Headline words mended from the article's body: real Wikinews articles, with OCR-like damage."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest
from bench import corpus

from broadsheet.ingest.ocrmend import RARE, BodyWords, mend_text
from broadsheet.text.hyphenation import zipf


def _articles() -> list[tuple[str, list[str]]]:
    folder = corpus.SHARED / "corpora" / "wikinews"
    if not folder.exists():
        pytest.skip(f"{folder} is missing")
    csv.field_size_limit(10**8)
    out = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with Path(folder / name).open(encoding="utf-8", newline="") as f:
            out.extend((row["title"], [p for p in row["text"].split("\n\n") if p.strip()])
                       for row in csv.DictReader(f))
    return out


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, list[str]]]:
    return _articles()


def _strip(word: str) -> str:
    bare = unicodedata.normalize("NFKD", word).translate(str.maketrans("łŁøØ", "lLoO"))
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def test_correct_headlines_are_left_alone(articles: list[tuple[str, list[str]]]) -> None:
    """Printed headlines are right: at most a missing diacritic the body has is added (1 of ~300)."""
    changed = []
    for title, body in articles:
        mended = mend_text(title, BodyWords(body))
        if mended != title:
            assert _strip(mended) == _strip(title), (title, mended)
            changed.append(title)
    assert len(articles) > 250
    assert len(changed) <= 0.01 * len(articles)


def _damaged(articles: list[tuple[str, list[str]]], damage: str) -> list[tuple[str, str, list[str]]]:
    """(headline, damaged headline, body): one rare headline word the body also has, misread."""
    out = []
    for title, body in articles:
        words = BodyWords(body)
        for word in title.split():
            core = word.strip(".,:;'\"?!")
            if len(core) < 5 or not core.isalpha() or words.forms[core.lower()] < 2:
                continue
            if damage == "letter" and zipf(core) >= RARE:
                continue
            if damage == "letter" and "l" in core[1:]:
                bad = core[0] + core[1:].replace("l", "i", 1)
            elif damage == "accents" and _strip(core) != core:
                bad = _strip(core)
            else:
                continue
            out.append((title, title.replace(core, bad, 1), body))
            break
    return out


@pytest.mark.parametrize("damage", ["letter", "accents"])
def test_misread_headline_words_take_the_body_spelling(articles: list[tuple[str, list[str]]],
                                                       damage: str) -> None:
    cases = _damaged(articles, damage)
    assert len(cases) >= 5
    fixed = sum(mend_text(bad, BodyWords(body)) == title for title, bad, body in cases)
    assert fixed >= 0.9 * len(cases)


def test_never_mended_into_a_word_the_article_lacks(articles: list[tuple[str, list[str]]]) -> None:
    """Every headline word misread (l as i, as Tesseract does): a change is always into a body word."""
    changed = 0
    for title, body in articles:
        bad = " ".join(w[0] + w[1:].replace("l", "i") for w in title.split())
        words = BodyWords(body)
        mended = mend_text(bad, words)
        for was, now in zip(bad.split(), mended.split(), strict=True):
            if was != now:
                changed += 1
                assert now.strip(".,:;'\"?!").lower() in words.forms, (bad, mended)
    assert changed >= 20


def test_diacritics_are_added_never_taken_away() -> None:
    body = BodyWords(["The mayor of Gdansk spoke.", "Gdansk and Gdansk again; Łódź too."])
    assert mend_text("Mayor of Gdańsk", body) == "Mayor of Gdańsk"
    assert mend_text("Visit to Lodz", body) == "Visit to Łódź"
    assert mend_text("VISIT TO LODZ", body) == "VISIT TO ŁÓDŹ"


def test_inflections_and_doubled_letters_are_not_misreadings() -> None:
    body = BodyWords(["Parliament decriminalized it. The Belarusian vote.", "Belarusian opposition."])
    assert mend_text("Parliament decriminalizes it", body) == "Parliament decriminalizes it"
    assert mend_text("Belarussian rally", body) == "Belarussian rally"


def test_a_made_up_mark_on_an_everyday_word_goes() -> None:
    """The Latin-script model now and then dots an O of bold capitals ("TWỌ"); the body says "two"."""
    body = BodyWords(["Two truck drivers died.", "The mayor of Gdansk spoke; a vote à la carte."])
    assert mend_text("FIRE KILLS TWỌ TRUCK DRIVERS", body) == "FIRE KILLS TWO TRUCK DRIVERS"
    assert mend_text("Mayor of Gdańsk", body) == "Mayor of Gdańsk"  # a real name's mark stays
    assert mend_text("a vote", body) == "a vote"  # short words get no marks
