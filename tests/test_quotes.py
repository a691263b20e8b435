"""Quotations and speakers: the sample page through `broadsheet.read`, hand-written articles, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

import broadsheet
from broadsheet.config import Settings
from broadsheet.model import Article, Page, Quote
from broadsheet.nlp.pipeline import annotate, load_nlp
from broadsheet.nlp.quotes import find_segments, load_cues


@pytest.fixture(scope="module")
def sample_page(sample_path: Path) -> Page:
    return broadsheet.read(sample_path)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp(Settings().spacy_model)


def _article(page: Page, headline_word: str) -> Article:
    return next(a for a in page.articles if a.headline and headline_word in a.headline)


def _quote(article: Article, words: str) -> Quote:
    found = [q for q in article.quotes if words in q.text]
    assert found, f"no quotation with {words!r} in {[q.text[:40] for q in article.quotes]}"
    return found[0]


def _quotes_of(text: str, nlp, pull_quotes: list[str] | None = None) -> list[dict]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc.user_data["pull_quotes"] = pull_quotes or []
    return list(nlp(doc)._.bs_quotes)


# --- the sample page ---------------------------------------------------------------------


def test_sample_direct_quote_with_appositive_speaker(sample_page: Page) -> None:
    article = _article(sample_page, "caliphate")
    q = _quote(article, "critical conceptual part")
    assert q.kind == "direct"
    assert q.speaker is not None and q.speaker.name == "Scott Atran"
    assert q.speaker.affiliation == "Centre National de la Recherche Scientifique"
    assert q.speaker.title is not None and q.speaker.title.startswith("director")
    assert article.text[q.start:q.end] == q.text


def test_sample_split_quote_is_one_quotation(sample_page: Page) -> None:
    article = _article(sample_page, "caliphate")
    q = _quote(article, "dominant jihadist group")
    assert "that brand has taken a beating" in q.text
    assert "time to reconstruct itself" in q.text
    assert q.kind == "direct" and q.cue == "said"
    assert q.speaker is not None and q.speaker.name == "Nicholas Heras"
    assert q.speaker.title == "Middle East security fellow"
    assert q.speaker.affiliation == "Centre for a New American Security"
    assert q.speaker.entity_id is not None


def test_sample_short_form_and_unclosed_quote(sample_page: Page) -> None:
    article = _article(sample_page, "caliphate")
    sword = _quote(article, "lived by the sword")
    assert sword.speaker is not None and sword.speaker.name == "Nicholas Heras"  # "Heras said"
    unclosed = _quote(article, "nearly half a decade")
    assert "wide open to infiltration" in unclosed.text  # the quote left open to its paragraph's end
    assert unclosed.speaker is not None and unclosed.speaker.name == "Nicholas Heras"
    assert unclosed.speaker.entity_id == sword.speaker.entity_id


def test_sample_mixed_and_pronoun_speakers(sample_page: Page) -> None:
    article = _article(sample_page, "caliphate")
    endure = _quote(article, "to endure and")
    assert endure.kind == "mixed"
    assert endure.text.startswith("ISIS will always have the ability")
    assert endure.speaker is not None and endure.speaker.name == "Scott Atran"
    moral = _quote(article, "moral authority is absent")
    assert moral.kind == "mixed"
    assert moral.speaker is not None and moral.speaker.name == "Scott Atran"  # "he said"


def test_sample_indirect_quotes(sample_page: Page) -> None:
    article = _article(sample_page, "caliphate")
    soufan = _quote(article, "slowed to a trickle")
    assert soufan.kind == "indirect" and soufan.cue == "stated"
    assert soufan.speaker is not None and soufan.speaker.name == "Soufan Group"
    winter = _quote(article, "heroic scenes of warfare")
    assert winter.kind == "indirect" and winter.cue == "wrote"
    assert winter.speaker is not None and winter.speaker.name == "Charlie Winter"
    assert winter.speaker.title == "researcher"
    claim = _quote(article, "ISIS had been defeated")
    assert claim.kind == "indirect"
    assert claim.speaker is not None and claim.speaker.name == "Donald Trump"


def test_sample_pull_quote_linked(sample_page: Page) -> None:
    article = _article(sample_page, "caliphate")
    assert article.pull_quotes, "the layout reader found the pull quote"
    index = article.pull_quotes[0].quote_index
    assert index is not None
    assert "lived by the sword" in article.quotes[index].text


def test_sample_nominal_speakers_and_scare_quotes(sample_page: Page) -> None:
    article = _article(sample_page, "Russia")
    texts = [q.text for q in article.quotes]
    for name in ("Congress of the Syrian Peoples", "National Dialogue Conference"):
        assert not any(name in t for t in texts), f"{name!r} is a name in quotation marks"
    assert not any(t.rstrip(".”") == "moderate" or t.endswith("“moderate") for t in texts)
    latter = _quote(article, "participate in any negotiations")
    assert latter.kind == "mixed"
    assert latter.speaker is not None and latter.speaker.name == "Syrian National Coalition"  # "The latter"
    regime = _quote(article, "between the regime and the regime")
    assert regime.speaker is not None and regime.speaker.name == "Mohammad Alloush"
    occupying = _quote(article, "occupying state")
    assert occupying.speaker is not None and occupying.speaker.name == "a spokesman for the opposition"
    lavrentiev = _quote(article, "drafting a new constitution")
    assert lavrentiev.kind == "indirect"
    assert lavrentiev.speaker is not None and lavrentiev.speaker.name == "Alexander Lavrentiev"


def test_offsets_point_into_article_text(sample_page: Page) -> None:
    for article in sample_page.articles:
        for q in article.quotes:
            assert 0 <= q.start < q.end <= len(article.text)
            assert article.text[q.start:q.end].startswith(q.text[:20])
            if q.cue_start is not None:
                assert article.text[q.cue_start:q.cue_end] == q.cue


# --- hand-written articles ----------------------------------------------------------------


def test_multi_paragraph_quote_is_one_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister spoke at length.\n\n"
        "“We will not give up the harbour,” said Maria Lopez, the transport minister. "
        "“The port is the heart of this city and it will stay that way.\n\n"
        "“Anyone who says otherwise has not seen the figures.\n\n"
        "“We will publish them next week.”\n\n"
        "The opposition disagreed."
    )
    quotes = _quotes_of(text, nlp)
    assert len(quotes) == 1
    q = quotes[0]
    assert q["speaker"]["name"] == "Maria Lopez"
    assert q["speaker"]["title"] == "transport minister"
    assert "publish them next week" in q["text"] and "heart of this city" in q["text"]


def test_pronoun_and_short_form_resolve_to_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Angela Brooks, a senator from Ohio, visited the plant on Monday.\n\n"
        "“This factory will reopen,” she said.\n\n"
        "Workers were sceptical. “We have heard that before,” said Tom Reyes, a welder.\n\n"
        "Brooks said the state would pay for the repairs."
    )
    quotes = _quotes_of(text, nlp)
    factory = next(q for q in quotes if q["text"].startswith("This factory"))
    assert factory["speaker"]["name"] == "Angela Brooks"
    heard = next(q for q in quotes if q["text"].startswith("We have heard"))
    assert heard["speaker"]["name"] == "Tom Reyes"
    pay = next(q for q in quotes if "pay for the repairs" in q["text"])
    assert pay["kind"] == "indirect"
    assert pay["speaker"]["name"] == "Angela Brooks"
    assert pay["speaker"]["entity_id"] == factory["speaker"]["entity_id"]


def test_according_to_and_straight_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        'According to the World Bank, growth in the region will slow to 2 percent next year.\n\n'
        '"The outlook is grim," said Paul Okafor, an economist at Lagos Business School.'
    )
    quotes = _quotes_of(text, nlp)
    according = next(q for q in quotes if "growth in the region" in q["text"])
    assert according["kind"] == "indirect"
    assert according["speaker"]["name"] == "World Bank"
    direct = next(q for q in quotes if q["kind"] == "direct")
    assert direct["text"] == "The outlook is grim"
    assert direct["speaker"]["name"] == "Paul Okafor"
    assert direct["speaker"]["affiliation"] == "Lagos Business School"


def test_pull_quote_links_to_the_body_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“Prices rose faster than wages for the third year running,” said Jane Cole.\n\n"
        "“Rents are the main reason,” she added."
    )
    doc = nlp.make_doc(text)
    doc.user_data["pull_quotes"] = ["Rents are the main reason", "Something nobody said at all here"]
    doc = nlp(doc)
    quotes = doc._.bs_quotes
    links = doc.user_data["pull_quote_links"]
    assert links[1] is None
    assert links[0] is not None and quotes[links[0]]["text"].startswith("Rents")


def test_component_registered_on_any_pipeline() -> None:
    import spacy

    import broadsheet.nlp.quotes  # noqa: F401  (registers the factory)

    nlp = spacy.load(Settings().spacy_model)
    nlp.add_pipe("broadsheet_quotes")
    doc = nlp("“We won,” said Sam Diaz.")
    assert [q["speaker"]["name"] for q in doc._.bs_quotes] == ["Sam Diaz"]


def test_cue_lexicon_is_data() -> None:
    cues = load_cues()
    assert {"say", "tell", "add", "write", "state", "claim", "warn", "deny"} <= cues.verbs
    assert {"statement", "claim"} <= cues.nouns


# --- quotation marks and bad input ---------------------------------------------------------


def test_segments_unbalanced_marks() -> None:
    text = "He said “this never closes\n\nNext paragraph ” stray and “closed” here."
    segs = find_segments(text)
    assert [text[s.inner_start:s.inner_end] for s in segs] == ["this never closes", "closed"]
    assert not segs[0].closed


@pytest.mark.parametrize(
    "text",
    [
        "“ “ “ ” ” ” ” “",  # only marks
        ", , ; — … “” \n\n ” ",  # no sentences
        "said said said “said,” said “",
        '"""" "a" " said he "',
    ],
)
def test_bad_input_does_not_crash(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes_of(text, nlp)
    for q in quotes:
        assert 0 <= q["start"] <= q["end"] <= len(text)


@pytest.mark.slow
def test_megabyte_paragraph_does_not_crash() -> None:
    sentence = "“The river is rising,” said Ana Lima, a hydrologist. Officials said the dam would hold. "
    body = sentence * (1_050_000 // len(sentence) + 1)
    page = Page(source=broadsheet.model.Source(None, "x", "plain-article"),
                articles=[Article(id="a1", body=[body])])
    annotate([page])
    quotes = page.articles[0].quotes
    assert len(quotes) > 10_000
    assert all(q.speaker is not None for q in quotes[:100])


def test_transcript_labels_and_signatures_name_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Partial transcript as follows:\n\n"
        "\"WALLACE: Will she be at the debate tomorrow night?\n\n"
        "\"PENCE: She will not be attending the debate tomorrow night.\n\n"
        "Readers wrote in.\n\n"
        "“The schools in our town need more teachers and better pay.” ― Rosa Delgado\n\n"
        "Another letter came later."
    )
    quotes = _quotes_of(text, nlp)
    speakers = {q["text"][:12]: q["speaker"]["name"] for q in quotes if q["speaker"]}
    assert speakers.get("WALLACE: Wil") == "WALLACE"
    assert speakers.get("PENCE: She w") == "PENCE"  # a new turn, not a continuation of WALLACE's
    assert speakers.get("The schools ") == "Rosa Delgado"


def test_spacy_finds_the_factories_by_entry_point() -> None:
    """A fresh interpreter that never imports broadsheet can still add the components."""
    import subprocess
    import sys

    code = (
        "import spacy, sys\n"
        f"nlp = spacy.load({Settings().spacy_model!r})\n"
        "nlp.add_pipe('broadsheet_entities'); nlp.add_pipe('broadsheet_quotes')\n"
        "doc = nlp('“We won,” said Sam Diaz, the coach.')\n"
        "print(doc._.bs_quotes[0]['speaker']['name'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Sam Diaz"
