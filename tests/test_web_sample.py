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
    if not quoted:
        pytest.skip("the NLP stages found no quotations (are they installed?)")
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
    if not speakers:
        pytest.skip("the NLP stages found no speakers (are they installed?)")
    top = speakers[0]
    page = client.get(f"/speakers/{top.id}")
    assert page.status_code == 200
    assert f"<h1>{html.escape(top.name)}</h1>" in page.text
    assert page.text.count("<blockquote") == top.quotes
