"""Errors as RFC 7807 problem details: ``application/problem+json`` with type, title, status, detail.

Every error the API returns has this shape — not-found records, bad
parameters, malformed search queries, missing tokens, oversized uploads and
unexpected failures (whose internals are logged, never sent).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import BroadsheetError, InputError
from ..store import QueryError, StoreError

log = logging.getLogger("broadsheet.api")

MEDIA_TYPE = "application/problem+json"


class Problem(Exception):
    """Raise to answer with a problem document."""

    def __init__(self, status: int, detail: str, *, type: str = "about:blank",
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.type = type
        self.headers = headers
        self.extra = extra


def problem_response(request: Request, status: int, detail: str, *, type: str = "about:blank",
                     headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body = {"type": type, "title": HTTPStatus(status).phrase, "status": status, "detail": detail,
            "instance": request.url.path, **extra}
    return JSONResponse(body, status_code=status, media_type=MEDIA_TYPE, headers=headers)


#: The schema of problem documents, for the OpenAPI description of error responses.
PROBLEM_SCHEMA = {
    "description": "A problem (RFC 7807)",
    "content": {MEDIA_TYPE: {"schema": {"type": "object", "properties": {
        "type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
        "detail": {"type": "string"}, "instance": {"type": "string"}}}}},
}


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into a problem document."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(request, exc.status, exc.detail, type=exc.type, headers=exc.headers,
                                **exc.extra)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(exc.headers) if exc.headers else None
        return problem_response(request, exc.status_code, str(exc.detail), headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors)
        return problem_response(request, 422, detail or "invalid request", errors=errors)

    @app.exception_handler(QueryError)
    async def _query(request: Request, exc: QueryError) -> JSONResponse:
        return problem_response(request, 400, str(exc), type="/problems/bad-query")

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> JSONResponse:
        return problem_response(request, 422, exc.problem, type="/problems/bad-input")

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        return problem_response(request, 400, str(exc))

    @app.exception_handler(BroadsheetError)
    async def _broadsheet(request: Request, exc: BroadsheetError) -> JSONResponse:
        return problem_response(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return problem_response(request, 500, "an unexpected error; it has been logged")
