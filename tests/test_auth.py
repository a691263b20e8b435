"""API tokens: one check shared by the JSON API and the web reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from broadsheet.api import create_app
from broadsheet.auth import presented_token, read_tokens, token_matches
from broadsheet.pipeline import read
from broadsheet.store import open_store

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "arabweekly-2017-11-page.txt"


def test_token_matches_only_an_exact_configured_token() -> None:
    tokens = ["read-me", "write-me"]
    assert token_matches("read-me", tokens) and token_matches("write-me", tokens)
    for wrong in ("", "read", "read-me-too", "READ-ME", "read-me ", "write-m"):
        assert not token_matches(wrong, tokens), wrong
    assert not token_matches("", [""])  # an unset token never lets anybody in
    assert not token_matches("x", [])


def test_presented_token_bearer_wins_and_is_trimmed() -> None:
    assert presented_token({}) == ""
    assert presented_token({"authorization": "Bearer  abc \t"}) == "abc"
    assert presented_token({"authorization": "bearer abc"}) == "abc"
    assert presented_token({"x-api-token": " abc "}) == "abc"
    assert presented_token({"authorization": "Bearer good", "x-api-token": "bad"}) == "good"
    assert presented_token({"authorization": "Basic dXNlcg==", "x-api-token": "abc"}) == "abc"


def test_read_tokens() -> None:
    assert read_tokens("w", None) == []  # reads are open without a read token
    assert read_tokens("w", "r") == ["r", "w"]
    assert read_tokens(None, "r") == ["r"]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = str(tmp_path_factory.mktemp("auth") / "auth.db")
    with open_store(db) as store:
        store.add_page(read(str(SAMPLE), date="2017-11-16", publication="The Arab Weekly", nlp=False))
    return TestClient(create_app(db, token="write-me", read_token="read-me"))


@pytest.mark.parametrize(
    ("headers", "allowed"),
    [
        ({}, False),
        ({"Authorization": "Bearer read-me"}, True),
        ({"Authorization": "Bearer write-me"}, True),
        ({"Authorization": "bearer   read-me  "}, True),
        ({"X-API-Token": "read-me"}, True),
        ({"X-API-Token": "nope"}, False),
        ({"Authorization": "Bearer nope"}, False),
        ({"Authorization": "Bearer read-me", "X-API-Token": "nope"}, True),
        ({"Authorization": "Bearer nope", "X-API-Token": "read-me"}, False),
        ({"Authorization": "Bearer read-m"}, False),
    ],
)
def test_api_and_reader_agree_on_every_token(client: TestClient, headers: dict[str, str],
                                             allowed: bool) -> None:
    api = client.get("/api/counts", headers=headers)
    reader = client.get("/", headers=headers)
    if allowed:
        assert api.status_code == 200 and reader.status_code == 200
    else:
        assert api.status_code in (401, 403) and reader.status_code == 401
        detail = api.json()["detail"]
        assert detail == ("reading needs an API token (Authorization: Bearer TOKEN)" if api.status_code == 401
                          else "this API token is not valid here")


def test_sign_in_takes_a_pasted_token_with_spaces(client: TestClient) -> None:
    signed = client.post("/reader/sign-in", data={"token": " read-me\n", "next": "/"}, follow_redirects=False)
    assert signed.status_code == 303
    client.cookies.clear()
