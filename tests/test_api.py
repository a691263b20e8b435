"""The REST API over a real store (SQLite and PostgreSQL): reads, cursors, problems, tokens, uploads."""
# ruff: noqa: F811  (the address fixture is imported from test_store_kit)

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

import broadsheet
from broadsheet.api import create_app
from broadsheet.store import open_store
from test_store_kit import ROOT, SAMPLE, address, model_page, quoted_article  # noqa: F401

PROBLEM = "application/problem+json"


@pytest.fixture
def filled(address: str) -> str:
    with open_store(address) as store:
        store.add_page(broadsheet.read(SAMPLE, nlp=False, date="2017-11-16", publication="The Arab Weekly"))
        store.add_page(model_page("q1", [quoted_article("Sochi talks", "Putin", "President",
                                                        full_name="Vladimir Putin")], date="2017-11-20"))
        store.add_page(model_page("q2", [quoted_article("Later talks", "Vladimir Putin", "Prime Minister",
                                                        full_name="Vladimir Putin")], date="2010-01-05"))
    return address


@pytest.fixture
def client(filled: str, tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(filled, token="write-secret", files_dir=str(tmp_path / "uploads"),
                     max_upload_bytes=2_000_000, web=False)
    with TestClient(app) as test_client:
        yield test_client


def _problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    return body  # type: ignore[no-any-return]


def test_reading_everything(client: TestClient) -> None:
    overview = client.get("/api").json()
    assert overview["counts"]["articles"] >= 3 and overview["writable"] is True
    pubs = client.get("/api/publications").json()
    assert {p["name"] for p in pubs} == {"The Arab Weekly", "The Test Times"}
    issues = client.get("/api/issues", params={"publication": "The Arab Weekly"}).json()["items"]
    assert [i["date"] for i in issues] == ["2017-11-16"]
    issue = client.get(f"/api/issues/{issues[0]['id']}").json()
    page_id = issue["pages"][0]["id"]
    assert issue["issue"]["first_page_id"] == page_id
    page = client.get(f"/api/pages/{page_id}").json()
    assert page["source_path"] == str(SAMPLE) and len(page["articles"]) >= 2
    article = client.get(f"/api/articles/{page['articles'][0]['id']}").json()
    assert article["article"]["body"] and article["publication"] == "The Arab Weekly"

    quotes = client.get("/api/quotes", params={"speaker": "Putin"}).json()["items"]
    assert [q["date"] for q in quotes] == ["2017-11-20", "2010-01-05"]
    assert client.get("/api/quotes", params={"speaker": "Putin", "from": "2015-01-01"}).json()["items"] \
        == quotes[:1]
    assert len(client.get("/api/quotes", params={"text": "ceasefire"}).json()["items"]) == 2
    speaker_id = quotes[0]["speaker_id"]
    speaker = client.get(f"/api/speakers/{speaker_id}").json()
    assert [t["title"] for t in speaker["speaker"]["titles"]] == ["Prime Minister", "President"]
    assert len(speaker["quotes"]["items"]) == 2 and len(speaker["articles"]["items"]) == 2
    assert client.get("/api/speakers", params={"name": "vlad"}).json()["items"][0]["id"] == speaker_id

    entity = client.get("/api/entities/gpe-sochi").json()
    assert entity["entity"]["articles"] == 2
    assert entity["entity"]["cooccurring"][0]["name"] == "Vladimir Putin"
    assert len(entity["mentions"]["items"]) == 2
    events = client.get("/api/events", params={"type": "CONSULT", "from": "2019-01-01"}).json()["items"]
    assert len(events) == 2 and {e["date"] for e in events} == {"2019-01-01"}

    found = client.get("/api/search", params={"q": "Sochi talks", "speaker": "Vladimir Putin"}).json()
    assert found["total"] == 2 and found["facets"]["speaker"][0]["label"] == "Vladimir Putin"
    hit = found["hits"][0]
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end].lower() in {"sochi", "talks"}
    quotes_found = client.get("/api/search", params={"q": "ceasefire", "kind": "quotes"}).json()
    assert quotes_found["total"] == 2 and quotes_found["hits"][0]["speaker"] == "Vladimir Putin"


def test_cursor_pagination(client: TestClient) -> None:
    ids: list[str] = []
    params: dict[str, str | int] = {"limit": 1}
    for _ in range(50):
        body = client.get("/api/articles", params=params).json()
        ids.extend(a["id"] for a in body["items"])
        if not body["next_cursor"]:
            break
        params["cursor"] = body["next_cursor"]
    total = client.get("/api/counts").json()["articles"]
    assert len(ids) == len(set(ids)) == total
    first = client.get("/api/search", params={"q": "talks OR Sochi OR Russia", "limit": 1}).json()
    second = client.get("/api/search", params={"q": "talks OR Sochi OR Russia", "limit": 1,
                                               "cursor": first["next_cursor"]}).json()
    assert first["hits"][0]["id"] != second["hits"][0]["id"]


def test_errors_are_problem_documents(client: TestClient) -> None:
    _problem(client.get("/api/articles/no-such-article"), 404)
    _problem(client.get("/api/speakers/nobody"), 404)
    _problem(client.get("/api/nothing-here"), 404)
    body = _problem(client.get("/api/search", params={"q": '"unclosed'}), 400)
    assert "quotation mark" in body["detail"] and "SQL" not in body["detail"]
    _problem(client.get("/api/quotes", params={"from": "2019-13-45"}), 422)
    _problem(client.get("/api/articles", params={"limit": 100000}), 422)
    _problem(client.get("/api/search", params={"q": "x", "kind": "tables"}), 422)
    _problem(client.get("/api/articles", params={"cursor": "garbage!!"}), 400)


def test_no_path_reaches_files(client: TestClient) -> None:
    for path in ["/api/pages/..%2F..%2Fetc%2Fpasswd", "/api/pages/../../etc/passwd",
                 "/api/articles/%2Fetc%2Fpasswd", "/api/issues/..%5C..%5Cwindows"]:
        response = client.get(path)
        assert response.status_code == 404
        assert "root:" not in response.text


def test_writes_need_the_token(client: TestClient, tmp_path: Path) -> None:
    data = {"nlp": "false", "date": "2019-01-04", "publication": "Uploads Weekly"}
    text = SAMPLE.read_bytes() + b"\n\nUploaded copy\n"
    upload = {"file": ("../../escape.txt", text, "text/plain")}
    _problem(client.post("/api/ingest", files=upload, data=data), 401)
    wrong = {"Authorization": "Bearer nope"}
    _problem(client.post("/api/ingest", files=upload, data=data, headers=wrong), 403)
    auth = {"Authorization": "Bearer write-secret"}
    created = client.post("/api/ingest", files=upload, data=data, headers=auth)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["stored"] is True and body["articles"] >= 2
    kept = list((tmp_path / "uploads").iterdir())
    assert [p.name for p in kept] == [f"{body['page_id']}.txt"]
    assert not (tmp_path.parent / "escape.txt").exists()
    page = client.get(f"/api/pages/{body['page_id']}").json()
    assert page["publication"] == "Uploads Weekly" and page["source_path"] == str(kept[0])
    again = client.post("/api/ingest", files=upload, data=data, headers={"X-API-Token": "write-secret"})
    assert again.status_code == 200 and again.json()["stored"] is False
    too_big = {"file": ("big.txt", b"word " * 500_000, "text/plain")}
    _problem(client.post("/api/ingest", files=too_big, data=data, headers=auth), 413)
    empty = {"file": ("empty.txt", b"", "text/plain")}
    _problem(client.post("/api/ingest", files=empty, data=data, headers=auth), 422)
    binary = {"file": ("x.txt", bytes(range(256)) * 10, "text/plain")}
    refused = _problem(client.post("/api/ingest", files=binary, data=data, headers=auth), 422)
    assert "binary" in refused["detail"]


def test_upload_with_nlp_finds_quotes(client: TestClient) -> None:
    upload = {"file": ("page.txt", SAMPLE.read_bytes() + b"\n\nNLP copy\n", "text/plain")}
    created = client.post("/api/ingest", files=upload, data={"date": "2017-11-16"},
                          headers={"Authorization": "Bearer write-secret"})
    assert created.status_code == 201, created.text
    assert created.json()["quotes"] > 0


def test_read_only_without_token_and_read_token(filled: str) -> None:
    with TestClient(create_app(filled, web=False)) as open_client:
        assert open_client.get("/api/counts").status_code == 200
        files = {"file": ("p.txt", b"some words here\n", "text/plain")}
        assert "disabled" in _problem(open_client.post("/api/ingest", files=files), 403)["detail"]
    with TestClient(create_app(filled, token="w", read_token="r", web=False)) as guarded:
        _problem(guarded.get("/api/counts"), 401)
        _problem(guarded.get("/api/search", params={"q": "x"}, headers={"Authorization": "Bearer bad"}), 403)
        assert guarded.get("/api/counts", headers={"Authorization": "Bearer r"}).status_code == 200
        assert guarded.get("/api/counts", headers={"Authorization": "Bearer w"}).status_code == 200


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    for path in ["/api/publications", "/api/issues", "/api/pages/{page_id}", "/api/articles/{article_id}",
                 "/api/quotes", "/api/speakers/{speaker_id}", "/api/entities/{entity_id}", "/api/search",
                 "/api/ingest", "/api/events"]:
        assert path in spec["paths"]
    assert "QuoteView" in str(spec["components"]["schemas"])
    assert client.get("/api/docs").status_code == 200


def test_serve_command(filled: str) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "BROADSHEET_API_TOKEN": "t"}
    command = [sys.executable, "-m", "broadsheet", "serve", "--db", filled, "--port", str(port)]
    quiet = subprocess.DEVNULL
    server = subprocess.Popen(command, cwd=ROOT, env=env, stdout=quiet, stderr=quiet)
    try:
        for _ in range(100):
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("the server did not answer")
        assert response.status_code == 200 and response.json()["writable"] is True
    finally:
        server.terminate()
        server.wait(timeout=20)
