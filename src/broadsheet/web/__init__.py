"""The web reader: server-rendered HTML pages over the store, mounted on the API's FastAPI app.

    from broadsheet.web import mount
    mount(app, store)     # adds /, /search, /articles/{id}, /pages/{id}, /speakers/{id}, /entities/{id}

Pages are Jinja2 templates with autoescape on (stored text is untrusted
input) and one stylesheet; there is no build step and no JavaScript is
needed to read, search or follow links.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI


def mount(app: FastAPI, store: Any, *, token: str | None = None, read_token: str | None = None) -> None:
    """Add the reader's HTML routes and static files to `app`, reading from `store`.

    `token` is the API's write token: when one is configured the home page
    shows an upload form (the token itself is typed by the user, never shown).
    `read_token`, as for the API, makes reading need it (or the write token).
    When they are not passed, ``app.state.token`` / ``app.state.read_token``
    are used if the app set them.
    """
    from ..auth import read_tokens
    from .routes import Reader

    token = token if token is not None else getattr(app.state, "token", None)
    read_token = read_token if read_token is not None else getattr(app.state, "read_token", None)
    Reader(store, upload=bool(token), read_tokens=read_tokens(token, read_token)).mount(app)
