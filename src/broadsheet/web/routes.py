"""The reader's routes: each gathers records from the store and renders one template.

Handlers are plain (sync) functions, run on the reader's own small thread
pool (see `Reader._guarded`), which suits the store's blocking calls.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import inspect
import os
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..config import Settings
from ..errors import BroadsheetError
from . import body, queries
from .access import COOKIE, ReadAccess, safe_next
from .images import ImageCache, drawn_boxes, render_png, sheets_for

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

#: Search parameters kept in shareable URLs, in this order.
SEARCH_PARAMS = ("q", "kind", "publication", "speaker", "entity", "from", "to", "cursor")
KIND_LABELS = {"pdf": "a PDF", "text-dump": "a text dump", "plain-article": "plain text",
               "image": "a scan (OCR)", "alto": "ALTO OCR", "hocr": "hOCR"}
LABEL_NAMES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place",
               "NORP": "group", "FAC": "building", "EVENT": "event"}
#: Entity kinds that are not names (dates, amounts): kept in the store, not linked in the text.
UNLINKED_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
PAGE_SIZE = 20
#: Threads (and so store connections) serving the reader's pages.
THREADS = 4


def _static_version() -> str:
    """A short hash of the static files, so browsers may cache them for good."""
    digest = hashlib.sha1()
    for path in sorted(STATIC.iterdir()):
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:10]


@dataclass(slots=True)
class SearchForm:
    """A search URL's parameters: what the page shows and the links it makes keep them."""

    params: dict[str, str]
    q: str
    kind: str
    filters: queries.SearchFilters
    cursor: str | None

    @classmethod
    def from_request(cls, request: Request) -> SearchForm:
        params = {k: v.strip() for k, v in request.query_params.items() if k in SEARCH_PARAMS and v.strip()}
        filters = queries.SearchFilters(
            publication=params.get("publication"), speaker=params.get("speaker"),
            entity=params.get("entity"), date_from=params.get("from"), date_to=params.get("to"),
        )
        kind = "quotes" if params.get("kind") == "quotes" else "articles"
        return cls(params, params.get("q", ""), kind, filters, params.get("cursor"))

    def url_with(self, path: str = "/search", **changes: str | None) -> str:
        """This search's URL with some parameters changed (None removes one)."""
        merged: dict[str, str] = {k: self.params[k] for k in SEARCH_PARAMS if k in self.params}
        for key, value in changes.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        return path + "?" + urlencode(merged)


class Reader:
    """The HTML reader bound to one store."""

    def __init__(self, store: Any, *, upload: bool = False, read_tokens: list[str] | None = None,
                 settings: Settings | None = None) -> None:
        self.store = store
        self.upload = upload
        self.access = ReadAccess(read_tokens or [])
        settings = settings or Settings()
        self.images = ImageCache(os.path.join(settings.cache_dir, "page-images"))
        self.pool = ThreadPoolExecutor(max_workers=THREADS, thread_name_prefix="broadsheet-reader")
        self.env = Environment(
            loader=FileSystemLoader(TEMPLATES),
            autoescape=select_autoescape(["html"], default=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        version = _static_version()
        self.env.globals["static_url"] = lambda name: f"/static/{name}?v={version}"

    # --- plumbing -----------------------------------------------------------------------

    def render(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.env.get_template(template).render(**context)
        return HTMLResponse(html, status_code=status)

    def not_found(self, what: str) -> HTMLResponse:
        return self.render("error.html", 404, heading="Not found", message=f"There is no {what} here.")

    def mount(self, app: FastAPI) -> None:
        app.mount("/static", StaticFiles(directory=STATIC), name="reader-static")
        routes: list[tuple[str, Callable[..., Response]]] = [
            ("/", self.home),
            ("/search", self.search),
            ("/search/facets", self.search_facets),
            # Ids are opaque strings that may hold "/": match the rest of the path.
            ("/articles/{article_id:path}", self.article),
            ("/pages/{page_id}", self.page),
            ("/pages/{page_id}/image/{number}.png", self.page_image),
            ("/speakers/{speaker_id:path}", self.speaker),
            ("/entities/{entity_id:path}", self.entity),
        ]
        for path, handler in routes:
            app.add_api_route(path, self._guarded(handler), methods=["GET"], include_in_schema=False,
                              response_class=HTMLResponse)
        app.add_api_route("/reader/sign-in", self.sign_in, methods=["POST"], include_in_schema=False)

    def _guarded(self, handler: Callable[..., Response]) -> Callable[..., Awaitable[Response]]:
        """The handler run on the reader's own few threads, the store's errors shown as a page.

        The store keeps one connection (with its page cache) per thread, so
        the reader uses a small fixed pool rather than the server's large
        shared one: memory stays bounded however many requests come in.
        """

        def call(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Response:
            try:
                return handler(*args, **kwargs)
            except BroadsheetError as exc:
                return self.render("error.html", 400, heading="Cannot show this", message=str(exc))

        signature = inspect.signature(handler)
        wants_request = "request" in signature.parameters

        @functools.wraps(handler)
        async def guarded(*args: Any, **kwargs: Any) -> Response:
            request: Request = kwargs["request"] if wants_request else kwargs.pop("request")
            if not self.access.allowed(request):
                return self.render("sign-in.html", 401, next=request.url.path
                                   + (f"?{request.url.query}" if request.url.query else ""))
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.pool, call, args, kwargs)

        if not wants_request:
            request_param = inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request)
            guarded.__signature__ = signature.replace(  # type: ignore[attr-defined]
                parameters=[*signature.parameters.values(), request_param])
        return guarded

    async def sign_in(self, request: Request) -> Response:
        """Check a typed read token; on success keep it as a cookie and go back to the page."""
        form = await request.form()
        token = str(form.get("token") or "").strip()  # as a header token is
        target = safe_next(str(form.get("next") or "/"))
        cookie = self.access.cookie_for(token) if self.access.required else None
        if cookie is None:
            return self.render("sign-in.html", 403, next=target, failed=True)
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(COOKIE, cookie, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")
        return response

    # --- pages --------------------------------------------------------------------------

    def home(self) -> HTMLResponse:
        return self.render(
            "home.html",
            counts=self.store.counts(),
            publications=self.store.publications(),
            issues=queries.latest_issues(self.store, 12),
            upload=self.upload,
        )

    def search(self, request: Request) -> HTMLResponse:
        """Results first; facet counts (costly over many matches) come from `search_facets`.

        With ``facets=1`` in the URL (the no-JavaScript link) they are counted inline.
        """
        form = SearchForm.from_request(request)
        inline = request.query_params.get("facets") == "1"
        result, error = None, None
        if form.q or form.filters.any():
            try:
                result = queries.search(self.store, form.q, form.kind, form.filters, form.cursor, PAGE_SIZE,
                                        facets=inline)
            except queries.SearchProblem as exc:
                error = str(exc)
        return self.render(
            "search.html", status=400 if error else 200, form=form, q=form.q, kind=form.kind,
            filters=form.filters, result=result, error=error, cursor=form.cursor,
            has_filters=form.filters.any(), url_with=form.url_with, facets=result.facets if result else {},
            lazy_facets=bool(form.q) and not inline and result is not None and result.total > 0,
            publications=self.store.publications(),
        )

    def search_facets(self, request: Request) -> HTMLResponse:
        """The facet counts of a search, as an HTML fragment the search page loads after itself."""
        form = SearchForm.from_request(request)
        facets: dict[str, Any] = {}
        if form.q:
            try:
                facets = queries.search(self.store, form.q, form.kind, form.filters, None, 1,
                                        facets=True).facets
            except queries.SearchProblem:
                facets = {}
        return self.render("search-facets.html", facets=facets, url_with=form.url_with, kind=form.kind)

    def article(self, article_id: str) -> HTMLResponse:
        stored = self.store.article(article_id)
        if stored is None:
            return self.not_found("article with this id")
        a = stored.article
        quotes = [
            body.QuoteSpan(
                q.start, q.end, q.kind,
                speaker=q.speaker.name if q.speaker else None,
                speaker_id=q.speaker.entity_id if q.speaker else None,
                title=q.speaker.title if q.speaker else None,
            )
            for q in a.quotes
        ]
        named = [e for e in a.entities if e.label not in UNLINKED_LABELS]
        mentions = [
            body.EntitySpan(int(m[0]), int(m[1]), e.id, e.label)
            for e in named for m in e.mentions if len(m) >= 2
        ]
        paragraphs = body.paragraphs(a.text, quotes, mentions)
        pull_after, pull_rest = _place_pull_quotes(a, len(paragraphs))
        sheets = []
        page = self.store.page(stored.page_id)
        if page is not None:
            sheets = [s for s in sheets_for(page, self._image_url(page.id)) if s.number in (a.pages or [1])]
        entities = sorted(named, key=lambda e: (-len(e.mentions), e.text.lower()))
        return self.render(
            "article.html", stored=stored, a=a, quotes=quotes, paragraphs=paragraphs,
            pull_after=pull_after, pull_rest=pull_rest, sheets=sheets, entities=entities,
        )

    def page(self, page_id: str) -> HTMLResponse:
        page = self.store.page(page_id)
        if page is None:
            return self.not_found("page with this id")
        return self.render(
            "page.html", page=page, sheets=sheets_for(page, self._image_url(page.id)),
            kind_label=KIND_LABELS.get(page.kind, page.kind),
            siblings=queries.issue_page_ids(self.store, page.issue_id),
        )

    def page_image(self, request: Request, page_id: str, number: int) -> Response:
        page = self.store.page(page_id)
        sheet = None
        if page is not None:
            sheet = next((s for s in sheets_for(page, self._image_url(page.id)) if s.number == number), None)
        if page is None or sheet is None:
            return Response(b"", status_code=404)
        boxes = drawn_boxes(sheet)
        key = self.images.key(page.sha256, number, boxes)
        headers = {"Cache-Control": "public, max-age=86400", "ETag": f'"{key}"'}
        if request.headers.get("if-none-match") == headers["ETag"]:
            return Response(status_code=304, headers=headers)
        try:
            data = self.images.get(key, lambda: render_png(str(page.source_path), number, boxes))
        except (BroadsheetError, OSError, ValueError, RuntimeError, IndexError):
            # The PDF moved, changed or broke since it was ingested: no image, not a crash.
            return Response(b"", status_code=404)
        return Response(data, media_type="image/png", headers=headers)

    def speaker(self, speaker_id: str, cursor: str | None = None) -> HTMLResponse:
        s = self.store.speaker(speaker_id)
        if s is None:
            return self.not_found("speaker with this id")
        quotes = queries.speaker_quotes(self.store, speaker_id, cursor, PAGE_SIZE)
        articles = queries.speaker_articles(self.store, speaker_id, 30)
        return self.render("speaker.html", s=s, quotes=quotes, articles=articles)

    def entity(self, entity_id: str, cursor: str | None = None) -> HTMLResponse:
        e = self.store.entity(entity_id, cooccurring=0)
        if e is None:
            return self.not_found("entity with this id")
        mentions = queries.entity_mentions(self.store, entity_id, cursor, PAGE_SIZE)
        groups: dict[str, list[Any]] = {"PERSON": [], "ORG": [], "OTHER": []}
        for c in queries.cooccurring(self.store, entity_id, UNLINKED_LABELS, 30):
            groups[c.label if c.label in ("PERSON", "ORG") else "OTHER"].append(c)
        events = queries.entity_events(self.store, entity_id, 50)
        contexts = queries.mention_contexts(self.store, mentions.items)
        return self.render(
            "entity.html", e=e, mentions=mentions, contexts=contexts, cooccurring=groups, events=events,
            label_name=LABEL_NAMES.get(e.label, e.label.lower()), sample=queries.COOCCURRENCE_SAMPLE,
            timeline_articles=queries.TIMELINE_ARTICLES,
        )

    @staticmethod
    def _image_url(page_id: str) -> Callable[[int], str]:
        quoted = quote(page_id, safe="")
        return lambda number: f"/pages/{quoted}/image/{number}.png"


def _place_pull_quotes(article: Any, n_paragraphs: int) -> tuple[dict[int, list[Any]], list[Any]]:
    """Pull quotes go after the paragraph holding the quotation they repeat, else at the end."""
    after: dict[int, list[Any]] = {}
    rest: list[Any] = []
    starts: list[int] = []
    pos = 0
    for para in article.body:
        starts.append(pos)
        pos += len(para) + 2
    for pq in article.pull_quotes:
        qi = pq.quote_index
        if qi is not None and 0 <= qi < len(article.quotes):
            offset = article.quotes[qi].end
            index = max(i for i, s in enumerate(starts) if s <= offset) if starts else 0
            after.setdefault(min(index, max(n_paragraphs - 1, 0)), []).append(pq)
        else:
            rest.append(pq)
    return after, rest
