"""The reader behind a read token, and its upload form, through the real API app."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from broadsheet.api import create_app
from broadsheet.store import open_store
from broadsheet.web import mount

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "arabweekly-2017-11-page.txt"


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "reader.db")
    with open_store(path) as store:
        from broadsheet.pipeline import read

        store.add_page(read(str(SAMPLE), date="2017-11-16", publication="The Arab Weekly", nlp=False))
    return path


def test_read_token_guards_every_reader_page(db: str) -> None:
    client = TestClient(create_app(db, token="write-me", read_token="read-me"))
    page_id = client.get("/api/issues", headers={"Authorization": "Bearer read-me"}).json()
    assert page_id  # the API itself answers a token holder
    for url in ("/", "/search?q=said", "/articles/x", "/speakers/x", "/entities/x", "/pages/x"):
        response = client.get(url)
        assert response.status_code == 401, url
        assert 'action="/reader/sign-in"' in response.text
    assert client.get("/", headers={"Authorization": "Bearer read-me"}).status_code == 200
    assert client.get("/", headers={"Authorization": "Bearer write-me"}).status_code == 200

    wrong = client.post("/reader/sign-in", data={"token": "nope", "next": "/search?q=said"})
    assert wrong.status_code == 403 and "not valid" in wrong.text
    assert client.get("/").status_code == 401

    ok = client.post("/reader/sign-in", data={"token": "read-me", "next": "/search?q=said"},
                     follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/search?q=said"
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "read-me" not in cookie
    assert client.get("/search?q=said").status_code == 200  # the client kept the cookie


def test_sign_in_never_redirects_off_site(db: str) -> None:
    client = TestClient(create_app(db, read_token="r"))
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        response = client.post("/reader/sign-in", data={"token": "r", "next": target}, follow_redirects=False)
        assert response.headers["location"] == "/"


def test_open_reader_needs_no_token_and_hides_upload_without_one(db: str) -> None:
    client = TestClient(create_app(db))
    home = client.get("/")
    assert home.status_code == 200
    assert "The Arab Weekly" in home.text and "upload-form" not in home.text
    with_token = TestClient(create_app(db, token="w")).get("/")
    assert "upload-form" in with_token.text and 'value="w"' not in with_token.text


def test_mount_on_a_bare_app_serves_the_sample_page(db: str) -> None:
    from fastapi import FastAPI

    app = FastAPI()
    store = open_store(db)
    mount(app, store)
    client = TestClient(app)
    issue = store.issues().items[0]
    page_id = store._all("SELECT id FROM pages WHERE issue_id = ?", (issue.id,))[0][0]
    listing = client.get(f"/pages/{page_id}")
    assert listing.status_code == 200
    stored = store.page(page_id)
    assert stored.articles
    for art in stored.articles:
        assert f'href="/articles/{art.id}"' in listing.text
        assert html.escape(art.headline or "(untitled article)") in listing.text
    article = client.get(f"/articles/{stored.articles[0].id}")
    assert article.status_code == 200
    # A text dump has no geometry: no page image, the text alone.
    assert "page-image" not in article.text and "text-only" in article.text
    store.close()
