"""The store on SQLite and PostgreSQL: the same tests, the same behaviour."""
# ruff: noqa: F811  (the store/address fixtures are imported from test_store_kit)

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import broadsheet
from broadsheet.model import Article
from broadsheet.store import Filters, Store, StoreError, open_store
from test_store_kit import (  # noqa: F401  (fixtures)
    SAMPLE,
    address,
    model_page,
    quoted_article,
    store,
    wikinews_articles,
)


def _wikinews_pages(n_pages: int, per_page: int = 3) -> list:
    articles = wikinews_articles(n_pages * per_page)
    pages = []
    for i in range(n_pages):
        chunk = articles[i * per_page:(i + 1) * per_page]
        pages.append(model_page(f"wikinews-{i}", [Article(id=f"a{j}", headline=t, body=b)
                                                  for j, (_, t, b) in enumerate(chunk)],
                                date=chunk[0][0], publication="Wikinews"))
    return pages


def test_real_page_round_trips(store: Store) -> None:
    page = broadsheet.read(SAMPLE, nlp=False, date="2017-11-16", publication="The Arab Weekly")
    assert page.articles, "the text-dump reader found no articles on the sample page"
    assert store.add_page(page)
    stored_page = store.page(page.source.sha256[:16])
    assert stored_page is not None
    assert stored_page.publication == "The Arab Weekly" and stored_page.date == "2017-11-16"
    assert stored_page.source_path == str(SAMPLE)
    assert [a.headline for a in stored_page.articles] == [a.headline for a in page.articles]
    for summary, original in zip(stored_page.articles, page.articles, strict=True):
        stored = store.article(summary.id)
        assert stored is not None
        art = stored.article
        assert art.body == original.body and art.text == original.text
        assert (art.deck, art.byline, art.kicker, art.bio) == (
            original.deck, original.byline, original.kicker, original.bio)
        assert [c.text for c in art.captions] == [c.text for c in original.captions]
        assert [p.text for p in art.pull_quotes] == [p.text for p in original.pull_quotes]
        assert len(art.regions) == len(original.regions)


def test_ingest_is_idempotent_by_content_hash(store: Store) -> None:
    page = broadsheet.read(SAMPLE, nlp=False, date="2017-11-16", publication="The Arab Weekly")
    assert store.add_page(page) is True
    before = store.counts()
    again = broadsheet.read(SAMPLE, nlp=False, date="2017-11-16", publication="The Arab Weekly")
    assert store.add_page(again) is False
    assert store.counts() == before
    assert store.has_page(page.source.sha256)
    assert store.known_hashes([page.source.sha256, "0" * 64]) == {page.source.sha256}
    assert before.pages == 1 and before.articles == len(page.articles)


def test_failed_write_leaves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _wikinews_pages(2)
    store.add_page(pages[0])
    before = store.counts()
    original = type(store)._write_rows

    def broken(self: Store, rows: object, date: str | None) -> None:
        original(self, rows, date)  # type: ignore[arg-type]
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(type(store), "_write_rows", broken)
    with pytest.raises(RuntimeError):
        store.add_page(pages[1])
    monkeypatch.undo()
    assert store.counts() == before
    assert not store.has_page(pages[1].source.sha256)
    assert store.add_page(pages[1])
    assert store.counts().articles == before.articles + len(pages[1].articles)


def test_speakers_merge_across_articles_with_titles_over_time(store: Store) -> None:
    store.add_page(model_page("p1", [quoted_article("Talks", "Putin", "President",
                                                    full_name="Vladimir Putin")], date="2017-03-01"))
    store.add_page(model_page("p2", [quoted_article("More talks", "Vladimir Putin", "Prime Minister",
                                                    full_name="Vladimir Putin")], date="2010-05-02"))
    store.add_page(model_page("p3", [quoted_article("Aside", "officials", None)], date="2017-03-02"))
    speakers = store.speakers().items
    assert [s.name for s in speakers] == ["Vladimir Putin"], "one merged speaker; no record for 'officials'"
    speaker = store.speaker(speakers[0].id)
    assert speaker is not None
    assert speaker.quotes == 2 and speaker.articles == 2
    assert {n.name for n in speaker.names} == {"Putin", "Vladimir Putin"}
    assert [(t.title, t.first_date) for t in speaker.titles] == [("Prime Minister", "2010-05-02"),
                                                                  ("President", "2017-03-01")]
    assert speaker.first_date == "2010-05-02" and speaker.last_date == "2017-03-01"
    assert speaker.entity_id == speaker.id
    by_name = store.quotes(Filters(speaker="putin")).items
    assert [q.date for q in by_name] == ["2017-03-01", "2010-05-02"]
    assert all(q.speaker == "Vladimir Putin" for q in by_name)
    # The quote by "officials" is kept with its name but no speaker record.
    loose = [q for q in store.quotes().items if q.speaker_id is None]
    assert len(loose) == 1


def test_entities_merge_with_cooccurrence(store: Store) -> None:
    store.add_page(model_page("p1", [quoted_article("A", "Putin", None, full_name="Vladimir Putin"),
                                     quoted_article("B", "Erdogan", None, full_name="Recep Erdogan")]))
    store.add_page(model_page("p2", [quoted_article("C", "Putin", None, full_name="Vladimir Putin")]))
    sochi = store.entity("gpe-sochi")
    assert sochi is not None and sochi.articles == 3 and sochi.label == "GPE"
    assert [(c.name, c.articles) for c in sochi.cooccurring] == [("Vladimir Putin", 2), ("Recep Erdogan", 1)]
    mentions = store.mentions("gpe-sochi").items
    assert len(mentions) == 3 and all(m.spans and m.text == "Sochi" for m in mentions)
    people = store.entities(label="person").items
    assert [p.name for p in people] == ["Vladimir Putin", "Recep Erdogan"]
    assert store.entities(name="erdo").items[0].name == "Recep Erdogan"


def test_article_keeps_quotes_entities_events(store: Store) -> None:
    article = quoted_article("Talks", "Putin", "President", full_name="Vladimir Putin")
    store.add_page(model_page("p1", [article]))
    summary = store.articles().items[0]
    stored = store.article(summary.id)
    assert stored is not None
    art = stored.article
    quote = art.quotes[0]
    assert art.text[quote.start:quote.end] == quote.text
    assert quote.speaker is not None and quote.speaker.title == "President"
    assert store.speaker(quote.speaker.entity_id or "") is not None
    assert {e.text for e in art.entities} == {"Vladimir Putin", "Sochi"}
    for entity in art.entities:
        start, end = entity.mentions[0]
        assert art.text[start:end] == entity.text
    assert [(e.type, e.source.country if e.source else None) for e in art.events] == [("CONSULT", "RUS")]
    events = store.events(type="consult", actor="Vladimir Putin").items
    assert len(events) == 1 and events[0].article_id == summary.id
    assert store.events(type="ASSAULT").items == []


def test_listings_page_with_cursors(store: Store) -> None:
    pages = _wikinews_pages(4)
    for page in pages:
        store.add_page(page)
    seen: list[str] = []
    cursor = None
    while True:
        chunk = store.articles(limit=5, cursor=cursor)
        seen.extend(a.id for a in chunk.items)
        cursor = chunk.next_cursor
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 12
    dates = [store.article(i).date for i in seen]  # type: ignore[union-attr]
    assert dates == sorted(dates, reverse=True)
    issues = store.issues(limit=1)
    assert issues.next_cursor and len(issues.items) == 1
    more = store.issues(limit=10, cursor=issues.next_cursor).items
    assert issues.items[0].id not in {i.id for i in more}
    counts = store.counts()
    assert (counts.pages, counts.articles, counts.publications) == (4, 12, 1)
    pub = store.publications()[0]
    assert pub.name == "Wikinews" and pub.articles == 12 and pub.issues == counts.issues
    with pytest.raises(StoreError):
        store.articles(cursor="not-a-cursor!")


def test_reopen_keeps_schema_and_data(address: str) -> None:
    with open_store(address) as first:
        first.add_page(model_page("p1", [quoted_article("A", "Putin", None)]))
        version = first.schema_version()
    with open_store(address) as second:
        assert second.schema_version() == version == 1
        assert second.counts().articles == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    open_store(str(path)).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99)")
    with pytest.raises(StoreError, match="schema version 99"):
        open_store(str(path))


def test_bad_addresses_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing" / "s.db"))
    with pytest.raises(StoreError, match="directory"):
        open_store(str(tmp_path))
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match=r"junk\.db"):
        open_store(str(junk))
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_concurrent_writers_share_entities(store: Store) -> None:
    """Two writers (threads, one connection each) storing pages that name the same people."""
    import threading

    names = ["Vladimir Putin", "Recep Erdogan", "Angela Merkel", "Emmanuel Macron"]
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for n in range(12):
                order = names if (n + worker) % 2 else list(reversed(names))
                articles = [quoted_article(f"{worker}-{n}-{k}", name.split()[-1], None, full_name=name)
                            for k, name in enumerate(order)]
                store.add_page(model_page(f"w{worker}-{n}", articles))
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(w,)) for w in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.counts().pages == 24 and store.verify() == []
    people = {e.name: e.articles for e in store.entities(label="PERSON").items}
    assert people == dict.fromkeys(names, 24)
    assert {s.name: s.quotes for s in store.speakers().items} == dict.fromkeys(names, 24)
