"""Every reader page on both store backends (SQLite, and PostgreSQL when scripts/postgres.sh runs one)."""

from __future__ import annotations

import pytest
from bench import corpus
from bench import web as bench_web
from fastapi import FastAPI
from fastapi.testclient import TestClient

from broadsheet.store import Store
from broadsheet.web import mount
from test_store_kit import address, store  # noqa: F401  (fixtures)


def test_every_page_type_renders(store: Store) -> None:  # noqa: F811
    try:
        generated = corpus.generate("broadsheet", seed=1, pages=2, articles="examples")[0]
    except corpus.Unavailable as exc:
        pytest.skip(str(exc))
    store.add_page(bench_web.gold_page(generated, publication="Daily Planet", date="2019-05-14"))
    app = FastAPI()
    mount(app, store)
    client = TestClient(app)

    home = client.get("/")
    assert home.status_code == 200 and "Daily Planet" in home.text
    results = client.get("/search", params={"q": "pensioners", "facets": "1"})
    assert results.status_code == 200
    assert "<mark>pensioners</mark>" in results.text and "Speakers among the matches" in results.text
    fragment = client.get("/search/facets", params={"q": "pensioners"})
    assert "Publications among the matches" in fragment.text
    quotes = client.get("/search", params={"q": "pensioners", "kind": "quotes"})
    assert 'class="chip"' in quotes.text

    page_id = store.issues().items[0].id
    page = store.issue_pages(page_id)[0]
    assert client.get(f"/pages/{page.id}").status_code == 200
    image = client.get(f"/pages/{page.id}/image/1.png")
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert client.get(f"/pages/{page.id}/image/1.png",
                      headers={"If-None-Match": image.headers["etag"]}).status_code == 304

    quoted = next(a for a in page.articles if a.quotes)
    article = client.get(f"/articles/{quoted.id}")
    assert article.status_code == 200 and '<mark class="q q-direct"' in article.text
    speaker = store.speakers().items[0]
    said = client.get(f"/speakers/{speaker.id}")
    assert said.status_code == 200 and said.text.count("<blockquote") == speaker.quotes
    entity = store.entities().items[0]
    about = client.get(f"/entities/{entity.id}")
    assert about.status_code == 200 and about.text.count('class="snippet"') == entity.articles
    listing = client.get("/search", params={"speaker": speaker.name, "kind": "quotes"})
    assert listing.text.count("<blockquote") == speaker.quotes
