"""The REST API: the store over HTTP, JSON under ``/api/``, OpenAPI at ``/api/docs``.

    app = create_app("broadsheet.db", token="s3cret")    # uvicorn: `broadsheet serve`

Reads are open unless a `read_token` is set; every write (``POST
/api/ingest``) needs the write `token`, and without one writes are off.
Tokens go in ``Authorization: Bearer …`` (or ``X-API-Token``).  Listings
page with opaque cursors (``?cursor=`` from ``next_cursor``).  Errors are
RFC 7807 problem documents.  No endpoint takes a file path: records are
found by id in the store, uploads are saved under names the server makes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import anyio.to_thread
from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..auth import presented_token, read_tokens, token_matches
from ..config import Settings
from ..ingest import sniff_kind
from ..parallel import INPUT_SUFFIXES
from ..pipeline import ReadOptions, read_layout
from ..store import (
    ArticleSummary,
    Counts,
    EntitySummary,
    EntityView,
    EventView,
    Filters,
    IssueSummary,
    Mention,
    Paged,
    Publication,
    QuoteView,
    SearchResult,
    SpeakerSummary,
    SpeakerView,
    Store,
    StoredArticle,
    StoredPage,
    open_store,
)
from ..store.sqlite import sqlite_path
from .problems import PROBLEM_SCHEMA, Problem, install

Limit = Annotated[int, Query(ge=1, le=500, description="items per page")]
Cursor = Annotated[str | None, Query(description="`next_cursor` of the previous page")]
DateFrom = Annotated[dt.date | None, Query(alias="from", description="on or after, YYYY-MM-DD")]
DateTo = Annotated[dt.date | None, Query(alias="to", description="on or before, YYYY-MM-DD")]

_KIND_SUFFIX = {"pdf": ".pdf", "image": ".png", "alto": ".xml", "hocr": ".html", "text": ".txt"}


def _files_dir(db: str, files_dir: str | None) -> Path:
    if files_dir:
        return Path(files_dir)
    if db.startswith(("postgresql://", "postgres://")):
        return Path(Settings().cache_dir) / "uploads"
    return Path(sqlite_path(db) + ".files")


def _token_checker(tokens: list[str], what: str) -> Callable[[Request], None]:
    def check(request: Request) -> None:
        if not tokens:
            return
        given = presented_token(request.headers)
        if not given:
            raise Problem(401, f"{what} needs an API token (Authorization: Bearer TOKEN)",
                          headers={"WWW-Authenticate": "Bearer"})
        if not token_matches(given, tokens):
            raise Problem(403, "this API token is not valid here")

    return check


#: Threads that run the synchronous endpoints (each holds its own store connection).
API_THREADS = 8


def create_app(db: str, *, token: str | None = None, read_token: str | None = None,
               max_upload_bytes: int | None = None, files_dir: str | None = None, web: bool = True,
               store: Store | None = None) -> FastAPI:
    """The FastAPI app over the store at `db` (a SQLite path or a ``postgresql://`` URL).

    `token` enables writes and guards them; `read_token`, when set, is needed
    (or the write token) to read.  Uploads larger than `max_upload_bytes`
    (default: the ``BROADSHEET_MAX_INPUT_BYTES`` setting) are refused; they
    are kept in `files_dir` (default ``<db>.files/`` beside a SQLite store).
    The web reader is mounted at ``/`` when it is installed and `web` is set.
    """
    store = store or open_store(db)
    settings = Settings()
    limit_bytes = max_upload_bytes or settings.max_input_bytes
    uploads = _files_dir(db, files_dir)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Every worker thread opens its own store connection (with its page cache): a
        # few threads serve two cores well, forty would only multiply the memory.
        anyio.to_thread.current_default_thread_limiter().total_tokens = API_THREADS
        yield
        store.close()

    app = FastAPI(title="broadsheet", version=__version__, lifespan=lifespan,
                  description="Newspaper articles, quotations, speakers, entities and events, kept and "
                              "searchable. Errors are RFC 7807 problem documents.",
                  openapi_url="/api/openapi.json", docs_url="/api/docs", redoc_url=None,
                  responses={400: PROBLEM_SCHEMA, 404: PROBLEM_SCHEMA, 422: PROBLEM_SCHEMA})
    app.state.store = store
    app.state.token = token
    app.state.read_token = read_token  # the web reader guards its pages with it too
    install(app)
    can_read = Depends(_token_checker(read_tokens(token, read_token), "reading"))
    can_write = _token_checker([token] if token else [], "writing")

    def found(value: Any, what: str, key: str) -> Any:
        if value is None:
            raise Problem(404, f"no {what} {key!r} in this store")
        return value

    @app.get("/api", tags=["store"], dependencies=[can_read])
    def overview() -> dict[str, Any]:
        """Counts of everything stored, and where to go next."""
        return {"name": "broadsheet", "version": __version__, "counts": store.counts(),
                "writable": bool(token), "docs": "/api/docs"}

    @app.get("/api/counts", tags=["store"], dependencies=[can_read])
    def counts() -> Counts:
        return store.counts()

    @app.get("/api/publications", tags=["issues"], dependencies=[can_read])
    def publications() -> list[Publication]:
        return store.publications()

    @app.get("/api/issues", tags=["issues"], dependencies=[can_read])
    def issues(publication: str | None = None, limit: Limit = 50,
               cursor: Cursor = None) -> Paged[IssueSummary]:
        """Issues, newest first; `publication` is a publication id or name."""
        return store.issues(publication, limit=limit, cursor=cursor)

    @app.get("/api/issues/{issue_id}", tags=["issues"], dependencies=[can_read])
    def issue(issue_id: str) -> dict[str, Any]:
        """One issue with its stored pages and their articles."""
        summary = found(store.issue(issue_id), "issue", issue_id)
        return {"issue": summary, "pages": store.issue_pages(issue_id)}

    @app.get("/api/pages/{page_id}", tags=["issues"], dependencies=[can_read])
    def page(page_id: str) -> StoredPage:
        """One stored input: its physical pages, its articles and their regions."""
        return found(store.page(page_id), "page", page_id)  # type: ignore[no-any-return]

    @app.get("/api/articles", tags=["articles"], dependencies=[can_read])
    def articles(publication: str | None = None, speaker: str | None = None, entity: str | None = None,
                 date_from: DateFrom = None, date_to: DateTo = None, event_type: str | None = None,
                 actor: str | None = None, limit: Limit = 50, cursor: Cursor = None) -> Paged[ArticleSummary]:
        """Articles, newest first, filtered like search."""
        filters = Filters(speaker, entity, publication, _iso(date_from), _iso(date_to), event_type, actor)
        return store.articles(filters, limit=limit, cursor=cursor)

    @app.get("/api/articles/{article_id}", tags=["articles"], dependencies=[can_read])
    def article(article_id: str) -> StoredArticle:
        """An article with its parts, quotations (speaker ids merged), entities and events."""
        return found(store.article(article_id), "article", article_id)  # type: ignore[no-any-return]

    @app.get("/api/quotes", tags=["quotes"], dependencies=[can_read])
    def quotes(speaker: str | None = None, entity: str | None = None, publication: str | None = None,
               date_from: DateFrom = None, date_to: DateTo = None,
               text: Annotated[str | None, Query(description="words the quotation contains")] = None,
               limit: Limit = 50, cursor: Cursor = None) -> Paged[QuoteView]:
        """Quotations, newest first: by speaker, about an entity, in a date range, containing text."""
        filters = Filters(speaker=speaker, entity=entity, publication=publication, date_from=_iso(date_from),
                          date_to=_iso(date_to))
        return store.quotes(filters, text=text, limit=limit, cursor=cursor)

    @app.get("/api/speakers", tags=["people"], dependencies=[can_read])
    def speakers(name: str | None = None, limit: Limit = 50, cursor: Cursor = None) -> Paged[SpeakerSummary]:
        """Speakers, most quoted first; `name` filters by part of any name variant."""
        return store.speakers(name, limit=limit, cursor=cursor)

    @app.get("/api/speakers/{speaker_id}", tags=["people"], dependencies=[can_read])
    def speaker(speaker_id: str, limit: Limit = 20) -> dict[str, Any]:
        """A speaker (name variants, titles over time), their latest quotations and articles."""
        view: SpeakerView = found(store.speaker(speaker_id), "speaker", speaker_id)
        return {"speaker": view, "quotes": store.quotes(Filters(speaker=speaker_id), limit=limit),
                "articles": store.articles(Filters(speaker=speaker_id), limit=limit)}

    @app.get("/api/speakers/{speaker_id}/quotes", tags=["people"], dependencies=[can_read])
    def speaker_quotes(speaker_id: str, limit: Limit = 50, cursor: Cursor = None) -> Paged[QuoteView]:
        found(store.speaker(speaker_id), "speaker", speaker_id)
        return store.quotes(Filters(speaker=speaker_id), limit=limit, cursor=cursor)

    @app.get("/api/entities", tags=["people"], dependencies=[can_read])
    def entities(label: str | None = None, name: str | None = None, limit: Limit = 50,
                 cursor: Cursor = None) -> Paged[EntitySummary]:
        """Entities in most articles first; filter by spaCy label (PERSON, ORG, GPE…) and name."""
        return store.entities(label, name, limit=limit, cursor=cursor)

    @app.get("/api/entities/{entity_id}", tags=["people"], dependencies=[can_read])
    def entity(entity_id: str, limit: Limit = 20) -> dict[str, Any]:
        """An entity with name variants, co-occurring entities, articles and quotations."""
        view: EntityView = found(store.entity(entity_id), "entity", entity_id)
        return {"entity": view, "mentions": store.mentions(entity_id, limit=limit),
                "quotes": store.quotes(Filters(entity=entity_id), limit=limit)}

    @app.get("/api/entities/{entity_id}/mentions", tags=["people"], dependencies=[can_read])
    def entity_mentions(entity_id: str, limit: Limit = 50, cursor: Cursor = None) -> Paged[Mention]:
        found(store.entity(entity_id), "entity", entity_id)
        return store.mentions(entity_id, limit=limit, cursor=cursor)

    @app.get("/api/events", tags=["events"], dependencies=[can_read])
    def events(type: str | None = None, actor: str | None = None, date_from: DateFrom = None,
               date_to: DateTo = None, limit: Limit = 50, cursor: Cursor = None) -> Paged[EventView]:
        """Events by PLOVER type, actor (entity id or name) and event date, newest first."""
        return store.events(type=type, actor=actor, date_from=_iso(date_from), date_to=_iso(date_to),
                            limit=limit, cursor=cursor)

    @app.get("/api/search", tags=["search"], dependencies=[can_read])
    def search(q: Annotated[str, Query(description='words, "a phrase", a OR b, -word, prefix*')],
               kind: Annotated[str, Query(pattern="^(articles|quotes)$")] = "articles",
               speaker: str | None = None, entity: str | None = None, publication: str | None = None,
               date_from: DateFrom = None, date_to: DateTo = None, event_type: str | None = None,
               actor: str | None = None, facets: bool = True,
               limit: Annotated[int, Query(ge=1, le=100)] = 20, cursor: Cursor = None) -> SearchResult:
        """Ranked full-text search with highlighted snippets (`highlights` are offsets into `snippet`)."""
        filters = Filters(speaker, entity, publication, _iso(date_from), _iso(date_to), event_type, actor)
        return store.search(q, filters, kind=kind, limit=limit, cursor=cursor, facets=facets)

    @app.post("/api/ingest", tags=["store"], status_code=201,
              responses={200: {"description": "already stored"}, 401: PROBLEM_SCHEMA, 403: PROBLEM_SCHEMA,
                         413: PROBLEM_SCHEMA})
    async def ingest(request: Request, file: Annotated[UploadFile, File(description="a page: text dump, "
                                                                        "PDF, scan, ALTO or hOCR")],
                     date: Annotated[str | None, Form(pattern=r"^\d{4}-\d{2}-\d{2}$")] = None,
                     publication: Annotated[str | None, Form()] = None,
                     nlp: Annotated[bool, Form()] = True) -> JSONResponse:
        """Upload one input; it is read and stored (201), or found already stored (200)."""
        if date is not None:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                raise Problem(422, f"date {date!r} is not a calendar date (YYYY-MM-DD)") from None
        if not token:
            raise Problem(403, "writes are disabled: start the server with an API token")
        can_write(request)
        declared = int(request.headers.get("content-length") or 0)
        if declared > limit_bytes + 1_000_000:
            raise Problem(413, f"upload too large (limit {limit_bytes} bytes)")
        data = await _read_limited(file, limit_bytes)
        suffix = Path(file.filename or "").suffix.lower()
        if suffix not in INPUT_SUFFIXES:
            suffix = _KIND_SUFFIX.get(sniff_kind(data), ".bin")
        result = await run_in_threadpool(_store_upload, store, uploads, data, suffix,
                                         ReadOptions(date=date, publication=publication, nlp=nlp))
        return JSONResponse(result, status_code=201 if result["stored"] else 200)

    if web and importlib.util.find_spec("broadsheet.web") is not None:
        from ..web import mount

        mount(app, store, token=token)
    return app


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


async def _read_limited(file: UploadFile, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := await file.read(1 << 20):
        size += len(chunk)
        if size > limit:
            raise Problem(413, f"upload too large (limit {limit} bytes)")
        chunks.append(chunk)
    if not size:
        raise Problem(422, "the upload is empty", type="/problems/bad-input")
    return b"".join(chunks)


def _store_upload(store: Store, folder: Path, data: bytes, suffix: str,
                  options: ReadOptions) -> dict[str, Any]:
    """Keep the upload under a name made from its hash, read it, store it."""
    sha = hashlib.sha256(data).hexdigest()
    if store.has_page(sha):
        return {"stored": False, "page_id": sha[:16], "detail": "already stored"}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{sha[:16]}{suffix}"
    if not path.exists():
        tmp = path.with_name(path.name + f".{os.getpid()}.part")
        tmp.write_bytes(data)
        tmp.replace(path)
    page = read_layout(str(path), options)
    if options.nlp:
        from ..nlp.pipeline import annotate

        annotate([page], options.settings)
    stored = store.add_page(page, publication=options.publication, date=options.date)
    return {"stored": stored, "page_id": sha[:16], "articles": len(page.articles),
            "quotes": sum(len(a.quotes) for a in page.articles), "warnings": page.warnings}
