"""Search: ranking, stemming, phrases, OR/NOT/prefix, filters, facets, snippets — on both backends."""
# ruff: noqa: F811  (the store/address fixtures are imported from test_store_kit)

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

import broadsheet
from broadsheet.model import Article
from broadsheet.store import Filters, QueryError, Store
from broadsheet.store.query import parse, to_fts5
from test_store_kit import ROOT, SAMPLE, address, model_page, quoted_article, store, wikinews_articles  # noqa: F401

#: Words most articles hold (not stop words: PostgreSQL drops those, SQLite FTS5 keeps them).
COMMON = "said OR people OR year OR government OR police OR week"


@pytest.fixture
def filled(store: Store) -> Store:
    """Wikinews articles over two publications, the sample page, and quoted articles."""
    articles = wikinews_articles(24)
    for i in range(0, 24, 4):
        chunk = articles[i:i + 4]
        pub = "Wikinews" if i < 12 else "Other Wiki"
        store.add_page(model_page(f"w{i}", [Article(id=str(j), headline=t, body=b)
                                            for j, (_, t, b) in enumerate(chunk)],
                                  date=chunk[0][0], publication=pub))
    store.add_page(broadsheet.read(SAMPLE, nlp=False, date="2017-11-16", publication="The Arab Weekly"))
    store.add_page(model_page("q1", [quoted_article("Sochi talks", "Putin", "President",
                                                    full_name="Vladimir Putin")], date="2017-11-20"))
    ankara = quoted_article("Ankara talks", "Erdogan", None, full_name="Recep Erdogan",
                            words="Our talks were productive")
    store.add_page(model_page("q2", [ankara], date="2018-02-01"))
    return store


def _texts(store: Store, query: str, **kw: object) -> list[str]:
    hits = store.search(query, limit=100, **kw).hits  # type: ignore[arg-type]
    return [(store.article(h.article_id).article.headline or "") for h in hits]  # type: ignore[union-attr]


def test_ranked_hits_with_highlighted_snippets(filled: Store) -> None:
    result = filled.search("Magnitogorsk explosion")
    assert result.total >= 1
    top = filled.article(result.hits[0].id)
    assert top is not None and "Magnitogorsk" in (top.article.headline or "")
    for hit in result.hits:
        assert hit.highlights, "every hit shows where it matched"
        for start, end in hit.highlights:
            assert re.match(r"(?i)magnitogorsk|explo", hit.snippet[start:end])
        stored = filled.article(hit.id)
        assert stored is not None
        source = " ".join([stored.article.headline or "", stored.article.text])
        for piece in hit.snippet.split("…"):
            assert piece.strip() in source
    html = result.hits[0].snippet_html()
    assert "<mark>" in html


def test_stemming_phrases_or_not_prefix(filled: Store) -> None:
    assert _texts(filled, "collapsing") == _texts(filled, "collapses")
    assert any("Magnitogorsk" in h for h in _texts(filled, '"apartment building"'))
    assert not _texts(filled, '"building apartment collapsed"')
    either = set(_texts(filled, "Magnitogorsk OR Sochi"))
    assert either == set(_texts(filled, "Magnitogorsk")) | set(_texts(filled, "Sochi"))
    without = _texts(filled, "Sochi -Putin")
    assert without and set(without) < set(_texts(filled, "Sochi"))
    assert _texts(filled, "Sochi NOT Putin") == without
    assert set(_texts(filled, "Magnitog*")) == set(_texts(filled, "Magnitogorsk"))
    assert filled.search("xyzzyplugh").total == 0


@pytest.mark.parametrize("bad", ['"unclosed phrase', "OR war", "war OR", "NOT", "-peace", "(war", "wa*r",
                                 "   ", "NOT NOT war", '""', "+++"])
def test_malformed_queries_are_clear_errors(filled: Store, bad: str) -> None:
    with pytest.raises(QueryError) as caught:
        filled.search(bad)
    assert "bad search query" in str(caught.value) and "SQL" not in str(caught.value)


def test_punctuation_is_never_search_syntax(filled: Store) -> None:
    for query in ["U.S. troops", "co-operation", "Putin's talks", "col:value", "a^b", "Sochi;", "50%", "'"]:
        try:
            filled.search(query)
        except QueryError as exc:
            assert query == "'" and "not a word" in str(exc)
    assert to_fts5(parse("col:value")) == '("col:value")'
    assert filled.search("co-operation").total == filled.search('"co operation"').total


def test_filters_and_facets(filled: Store) -> None:
    everything = filled.search(COMMON, limit=5)
    pubs = {f.label: f.count for f in everything.facets["publication"]}
    assert pubs["Wikinews"] + pubs["Other Wiki"] + pubs.get("The Arab Weekly", 0) + pubs.get(
        "The Test Times", 0) == everything.total
    only = filled.search(COMMON, Filters(publication="Other Wiki"))
    assert only.total == pubs["Other Wiki"]
    assert {filled.article(h.id).publication for h in only.hits} == {"Other Wiki"}  # type: ignore[union-attr]
    years = {f.id: f.count for f in everything.facets["year"]}
    dated = filled.search(COMMON, Filters(date_from="2019-01-01", date_to="2019-12-31"))
    assert dated.total == years["2019"]
    talks = filled.search("talks")
    assert {f.label for f in talks.facets["speaker"]} == {"Vladimir Putin", "Recep Erdogan"}
    assert "Sochi" in {f.label for f in talks.facets["entity"]}
    assert _texts(filled, "talks", filters=Filters(speaker="Putin")) == ["Sochi talks"]
    assert _texts(filled, "talks", filters=Filters(entity="Recep Erdogan")) == ["Ankara talks"]
    consults = set(_texts(filled, "talks", filters=Filters(event_type="consult")))
    assert consults == {"Sochi talks", "Ankara talks"}
    assert filled.search("talks", Filters(speaker="Nobody At All")).total == 0


def test_quote_search(filled: Store) -> None:
    result = filled.search("productive", kind="quotes")
    assert result.total == 1
    hit = result.hits[0]
    assert hit.speaker == "Recep Erdogan" and hit.kind == "quote"
    assert hit.snippet[hit.highlights[0][0]:hit.highlights[0][1]].lower() == "productive"
    by_putin = filled.search("talk", Filters(speaker="Vladimir Putin"), kind="quotes")
    assert by_putin.total == 1 and by_putin.hits[0].speaker == "Vladimir Putin"
    assert [f.label for f in by_putin.facets["speaker"]] == ["Vladimir Putin"]


def test_search_pages_with_a_cursor(filled: Store) -> None:
    first = filled.search(COMMON, limit=5)
    assert first.total > 10 and first.next_cursor
    second = filled.search(COMMON, limit=5, cursor=first.next_cursor)
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    assert [h.score for h in first.hits] == sorted((h.score for h in first.hits), reverse=True)


def test_snippets_escape_stored_markup(store: Store) -> None:
    evil = Article(id="x", headline="<img src=x onerror=alert(1)>",
                   body=['Attack <script>alert("x")</script> "quoted" & more attack text'])
    store.add_page(model_page("evil", [evil]))
    hit = store.search("attack").hits[0]
    html = hit.snippet_html()
    # SQLite keeps the markup as text (escaped); PostgreSQL's ts_headline drops tags from snippets.
    assert "<script>" not in html and "<mark>" in html and "&quot;quoted&quot; &amp; more" in html


def test_cli_search_json_and_errors(tmp_path: object) -> None:
    db = f"{tmp_path}/cli.db"
    subprocess.run([sys.executable, "-m", "broadsheet", "ingest", str(SAMPLE), "--db", db, "--workers", "1",
                    "--no-nlp", "--publication", "The Arab Weekly", "--date", "2017-11-16"],
                   check=True, capture_output=True, cwd=ROOT)
    out = subprocess.run([sys.executable, "-m", "broadsheet", "search", "Sochi", "--db", db, "--format",
                          "json", "--publication", "The Arab Weekly", "--from", "2017-01-01"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    data = json.loads(out.stdout)
    assert data["total"] >= 1 and data["hits"][0]["highlights"]
    assert data["facets"]["publication"][0]["label"] == "The Arab Weekly"
    table = subprocess.run([sys.executable, "-m", "broadsheet", "search", "Sochi", "--db", db],
                           capture_output=True, text=True, cwd=ROOT, check=True)
    assert "Sochi" in table.stdout
    bad = subprocess.run([sys.executable, "-m", "broadsheet", "search", '"Sochi', "--db", db],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    assert bad.returncode == 2
    assert "quotation mark is not closed" in bad.stderr and "Traceback" not in bad.stderr


def test_common_queries_rank_among_the_newest_matches(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    everything = filled.search(COMMON, limit=100)
    assert everything.ranked == everything.total and everything.total_exact
    monkeypatch.setattr(filled, "SEARCH_WINDOW", 5)
    bounded = filled.search(COMMON, limit=3)
    assert bounded.total == everything.total and bounded.total_exact, "unfiltered totals stay exact"
    assert bounded.ranked == 5 and bounded.next_cursor
    rest = filled.search(COMMON, limit=3, cursor=bounded.next_cursor)
    assert len(rest.hits) == 2 and rest.next_cursor is None, "paging stops at the ranked window"
    assert sum(f.count for f in bounded.facets["publication"]) == 5
    filtered = filled.search(COMMON, Filters(publication="Wikinews"), limit=3)
    exact = filled.search(COMMON, Filters(publication="Wikinews"), limit=3, facets=False)
    if filled.backend == "sqlite":  # a filtered total on SQLite is a lower bound past the window
        assert not filtered.total_exact and filtered.total == 5
    else:
        assert filtered.total_exact and filtered.total == exact.total > 5


@pytest.mark.parametrize("filters", [
    Filters(date_from="2019-01-15", date_to="2019-02-10"), Filters(date_from="2018-06-01"),
    Filters(date_to="2017-11-30"), Filters(publication="Other Wiki", date_from="2019-01-01"),
    Filters(speaker="Vladimir Putin"), Filters(entity="Sochi", event_type="CONSULT"),
])
def test_index_side_filters_agree_with_sql(filled: Store, filters: Filters,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    query = COMMON + " OR talks OR Sochi"
    fast = filled.search(query, filters, limit=100)
    if filled.backend == "sqlite":
        monkeypatch.setattr(filled, "_filter_tokens", lambda f: "")
    exact = filled.search(query, filters, limit=100)
    assert fast.total == exact.total > 0
    assert sorted(h.id for h in fast.hits) == sorted(h.id for h in exact.hits)
