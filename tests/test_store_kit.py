"""Shared fixtures of the store tests: a fresh store on each backend, and pages to put in it.

Imported by test_store*.py, test_search*.py, test_export*.py, test_api*.py,
test_ingest*.py.  PostgreSQL stores live in a schema of their own in the
server that scripts/postgres.sh starts (BROADSHEET_TEST_PG); without that
variable the PostgreSQL variants skip.
"""

from __future__ import annotations

import csv
import hashlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from bench.corpus import SHARED

from broadsheet.model import Actor, Article, Entity, Event, Page, Quote, Source, Speaker
from broadsheet.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "arabweekly-2017-11-page.txt"
WIKINEWS = SHARED / "corpora" / "wikinews" / "wikinews_2019.csv"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def pg_url() -> str:
    url = os.environ.get("BROADSHEET_TEST_PG")
    if not url:
        # A developer without PostgreSQL still runs the SQLite half; under CI=true (which
        # starts a private server) the conftest hook turns this skip into a failure.
        pytest.skip("BROADSHEET_TEST_PG is not set (run through scripts/run-tests.sh)")
    return url


def new_address(backend: str, tmp_path: Path) -> tuple[str, object]:
    """A store address on `backend`, and a cleanup token for `drop_address`."""
    if backend == "sqlite":
        return str(tmp_path / "store.db"), None
    import psycopg

    url = pg_url()
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}", schema


def drop_address(schema: object) -> None:
    if schema is None:
        return
    import psycopg

    with psycopg.connect(pg_url(), autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def address(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    addr, token = new_address(request.param, tmp_path)
    yield addr
    drop_address(token)


@pytest.fixture
def store(address: str) -> Iterator[Store]:
    with open_store(address) as opened:
        yield opened


def wikinews_articles(limit: int | None = None) -> list[tuple[str, str, list[str]]]:
    """(date, title, paragraphs) of Wikinews 2019 articles from ../shared."""
    if not WIKINEWS.exists():
        # The corpora are data beside the repo, not in it; CI has them (a skip there fails).
        pytest.skip(f"{WIKINEWS} is missing: the shared corpora must sit beside the repo")
    out = []
    with WIKINEWS.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            paras = [" ".join(p.split()) for p in row["text"].split("\n\n") if p.strip()]
            # The first paragraph is the dateline ("Friday, January 4, 2019").
            out.append((row["date"], row["title"], paras[1:]))
            if limit and len(out) >= limit:
                break
    return out


def model_page(key: str, articles: list[Article], *, publication: str | None = "The Test Times",
               date: str | None = "2019-01-04", path: str | None = None) -> Page:
    """A `Page` of model records, its content hash derived from `key`."""
    sha = hashlib.sha256(key.encode()).hexdigest()
    return Page(Source(path, sha, "text-dump"), publication, date, articles)


def quoted_article(headline: str, speaker: str, title: str | None, *, full_name: str | None = None,
                   entity_id: str | None = None, words: str = "We will talk about the ceasefire") -> Article:
    """An article with one quotation by `speaker` and, when given, the person's full name as an entity."""
    lead = f"{full_name or speaker} spoke to reporters in Sochi on Monday."
    said = f"“{words},” {speaker} said."
    body = [lead, said]
    offset = len(lead) + 2
    article = Article(id="a", headline=headline, body=body)
    article.quotes.append(Quote(words + ",", "direct", offset + 1, offset + 2 + len(words),
                                Speaker(speaker, title, None, entity_id), "said"))
    if full_name:
        article.entities.append(Entity(f"per-{hashlib.sha1(full_name.encode()).hexdigest()[:8]}",
                                       full_name, "PERSON", [[0, len(full_name)]], [speaker]))
    sochi = lead.index("Sochi")
    article.entities.append(Entity("gpe-sochi", "Sochi", "GPE", [[sochi, sochi + 5]]))
    article.events.append(Event("CONSULT", "spoke to reporters", len(full_name or speaker) + 1,
                                len(full_name or speaker) + 19,
                                source=Actor(full_name or speaker, None, "RUS", "GOV"), date="2019-01-01"))
    return article
