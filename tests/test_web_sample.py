"""The bundled sample page read for real (layout and NLP), stored, and shown by the reader."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from broadsheet.api import create_app
from broadsheet.pipeline import read
from broadsheet.store import open_store

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "arabweekly-2017-11-page.txt"


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, str]:
    db = str(tmp_path_factory.mktemp("sample") / "sample.db")
    with open_store(db) as store:
        store.add_page(read(str(SAMPLE), date="2017-11-16", publication="The Arab Weekly"))
    return TestClient(create_app(db)), db


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def test_every_quotation_is_highlighted_with_its_speaker(reader: tuple[TestClient, str]) -> None:
    client, db = reader
    with open_store(db) as store:
        page_id = store._all("SELECT id FROM pages")[0][0]
        stored = [store.article(a.id) for a in store.page(page_id).articles]
    quoted = [s for s in stored if s and s.article.quotes]
    assert quoted, "the sample page has quotations: the NLP stages found none"
    for item in quoted:
        page = client.get(f"/articles/{item.id}").text
        marked: dict[int, str] = {}
        for index, inner in re.findall(r'<mark class="q q-\w+" data-quote="(\d+)">(.*?)</mark>', page, re.S):
            marked[int(index)] = marked.get(int(index), "") + _text(inner)
        text = item.article.text
        for i, q in enumerate(item.article.quotes):
            overlapped = any(o.start < q.end and q.start < o.end for o in item.article.quotes[:i])
            if not overlapped:
                assert marked[i] == re.sub(r"\n\n+", "", text[q.start:q.end])
            if q.speaker and q.speaker.entity_id:
                assert f'href="/speakers/{q.speaker.entity_id}"' in page


def test_speaker_page_lists_what_they_said(reader: tuple[TestClient, str]) -> None:
    client, db = reader
    with open_store(db) as store:
        speakers = store.speakers(limit=5).items
    assert speakers, "the sample page has speakers: the NLP stages found none"
    top = speakers[0]
    page = client.get(f"/speakers/{top.id}")
    assert page.status_code == 200
    assert f"<h1>{html.escape(top.name)}</h1>" in page.text
    assert page.text.count("<blockquote") == top.quotes


def test_entity_page_queries_agree_with_the_store(reader: tuple[TestClient, str]) -> None:
    from broadsheet.web import queries
    from broadsheet.web.routes import UNLINKED_LABELS

    client, db = reader
    with open_store(db) as store:
        entities = [e for e in store.entities(limit=100).items if e.label not in UNLINKED_LABELS]
        assert entities, "the sample page names people and places: the NLP stages found none"
        for entity in entities[:5]:
            seen, cursor = [], None
            while True:
                page = queries.entity_mentions(store, entity.id, cursor, 1)
                seen += [(m.date, m.article_id, m.count) for m in page.items]
                cursor = page.next_cursor
                if not cursor:
                    break
            expected = store.mentions(entity.id, limit=500).items
            assert sorted(seen) == sorted((m.date, m.article_id, m.count) for m in expected)
            assert [d for d, _, _ in seen] == sorted((d for d, _, _ in seen), reverse=True)

            ours = {c.id: c.articles for c in queries.cooccurring(store, entity.id, UNLINKED_LABELS, 500)}
            theirs = {c.id: c.articles for c in store.entity(entity.id, cooccurring=500).cooccurring
                      if c.label not in UNLINKED_LABELS}
            assert ours == theirs  # one small archive: the sample covers every article

            by_index = {ev.id for ev in queries.entity_events(store, entity.id, 500)}
            by_store = {ev.id for ev in store.events(actor=entity.id, limit=500).items
                        if entity.id in (ev.source_entity_id, ev.target_entity_id)}
            assert by_index == by_store
            assert client.get(f"/entities/{entity.id}").status_code == 200
