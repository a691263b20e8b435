"""The canonical input: The Arab Weekly page as dumped from its PDF (two articles, interleaved parts)."""

from __future__ import annotations

import re

import pytest

import broadsheet
from broadsheet.model import Page

HEADLINE_1 = "Loss of ISIS caliphate more significant than just lost territory"
HEADLINE_2 = "Russia assumes the lead in Syria’s peace process"


@pytest.fixture(scope="module")
def page(sample_path) -> Page:
    return broadsheet.read(sample_path, nlp=False, date="2017-11-16", publication="The Arab Weekly")


@pytest.fixture(scope="module")
def isis(page):
    return next(a for a in page.articles if a.headline == HEADLINE_1)


@pytest.fixture(scope="module")
def sochi(page):
    return next(a for a in page.articles if a.headline == HEADLINE_2)


def test_two_articles_with_exact_headlines(page):
    assert [a.headline for a in page.articles] == [HEADLINE_1, HEADLINE_2]
    assert page.date == "2017-11-16" and page.publication == "The Arab Weekly"
    assert page.source.kind == "text-dump" and len(page.source.sha256) == 64


def test_lost_and_split_drop_caps_are_restored(isis, sochi):
    assert isis.body[0].startswith("With the once seemingly invulnerable forces of the Islamic State (ISIS)")
    assert sochi.body[0].startswith("The seventh round of the Astana talks concluded with no breakthrough.")


def test_line_end_hyphens_joined_or_kept(isis, sochi):
    text = isis.text + sochi.text
    for word in (
        "seemingly",
        "invulnerable",
        "apparent",
        "overstated",
        "dramatic",
        "propaganda",
        "December",
        "Moscow",
        "enthusiastic",
    ):
        assert re.search(rf"\b{word}\b", text), word
    for compound in ("US-backed", "e-mail", "Kurdish-dominated", "de-conflict", "regime-change"):
        assert compound in text, compound
    assert not re.search(r"\w- \w", text.replace("— ", "")), "a line-end hyphen was left as 'x- y'"


def test_column_breaks_inside_sentences_are_joined(isis, sochi):
    assert any("in apparent disarray, tacticians" in p for p in isis.body)
    assert any("were turning to dust also cannot be denied." in p for p in isis.body)
    assert any("may work against it. The rejection" in p for p in isis.body)
    assert any("for the second half of December. None of the topics" in p for p in sochi.body)
    assert any("Sipan Hamo recently made a high-profile visit to Moscow." in p for p in sochi.body)


def test_paragraphs(isis, sochi):
    assert len(isis.body) == 11
    assert isis.body[-1].endswith("that eliminate moral uncertainty.”")
    assert sochi.body[-1].endswith("are unwilling to commit money or resources to change or challenge that.")
    assert all(p == p.strip() and "  " not in p for a in (isis, sochi) for p in a.body)


def test_pull_quote_is_kept_out_of_the_body_with_its_speaker(isis, sochi):
    assert len(isis.pull_quotes) == 1 and not sochi.pull_quotes
    quote = isis.pull_quotes[0]
    assert quote.text == (
        "ISIS lived by the sword and now they’re going to need to get used to dying "
        "or at least suffering by the sword."
    )
    assert quote.speaker == "Nicholas Heras"
    assert (
        quote.speaker_title
        == "a Middle East security fellow at the Centre for a New American Security in Washington"
    )
    # The body still holds the original sentence once, the pull quote's copy is gone.
    assert isis.text.count("ISIS lived by the sword") == 1


def test_caption_with_lead_in_and_credit(isis, sochi):
    assert len(isis.captions) == 1 and not sochi.captions
    caption = isis.captions[0]
    assert caption.lead_in == "Shrinking reach."
    assert caption.text.startswith("A member of the US-backed Syrian Democratic Forces removes an ISIS flag")
    assert caption.text.endswith("in the town of Tabqa, last April.")
    assert caption.credit == "AFP"
    assert "Shrinking reach" not in isis.text


def test_bio_is_kept_out_of_the_body(isis, sochi):
    assert isis.bio == "Simon Speakman Cordall is Syria/Lebanon section editor with The Arab Weekly."
    assert sochi.bio is None
    assert "section editor" not in isis.text


def test_every_body_word_of_the_page_is_kept_once(sample_text, page):
    """Nothing is dropped: the words of the dump reappear in the roles, each once."""

    def words(text: str) -> list[str]:
        return re.findall(r"[A-Za-z]{4,}", re.sub(r"-\s*", "", text))

    out = []
    for a in page.articles:
        out += words(" ".join([a.headline or "", *a.body, a.bio or ""]))
        out += words(
            " ".join(q.text + " " + (q.speaker or "") + " " + (q.speaker_title or "") for q in a.pull_quotes)
        )
        out += words(" ".join(f"{c.lead_in} {c.text} {c.credit}" for c in a.captions))
    source = words(sample_text)
    missing = set(source) - set(out)
    # "ith" is the printed fragment of a word whose drop cap was lost; it comes out whole.
    assert missing <= {"ith"}, missing


def test_regions_point_back_into_the_source(sample_text, isis):
    body_regions = [r for r in isis.regions if r.role == "body"]
    assert {r.index for r in body_regions} == set(range(len(isis.body)))
    first = min(body_regions, key=lambda r: r.start or 0)
    assert sample_text[first.start : first.end].lstrip().startswith("ith the once seem-")
    headline = next(r for r in isis.regions if r.role == "headline")
    assert sample_text[headline.start : headline.end].startswith("Loss of ISIS caliphate")
