"""Read access for the reader when the server sets a read token, as the JSON API does.

A browser cannot send an ``Authorization`` header on a link, so the token is
typed once into a form and kept in an HttpOnly, SameSite=Strict cookie; the
cookie holds a digest of the token, never the token itself.  Programs may
still send the token as a header.
"""

from __future__ import annotations

import hashlib

from fastapi import Request

from ..auth import presented_token, token_matches

COOKIE = "broadsheet_read"


def _digest(token: str) -> str:
    return hashlib.sha256(b"broadsheet-reader\0" + token.encode()).hexdigest()


class ReadAccess:
    """Who may read: everybody when no token is set, else holders of one of `tokens`."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = [t for t in tokens if t]
        self._digests = [_digest(t) for t in self.tokens]

    @property
    def required(self) -> bool:
        return bool(self.tokens)

    def allowed(self, request: Request) -> bool:
        if not self.tokens:
            return True
        if token_matches(presented_token(request.headers), self.tokens):
            return True
        return token_matches(request.cookies.get(COOKIE, ""), self._digests)

    def cookie_for(self, token: str) -> str | None:
        """The cookie value that lets the bearer of `token` read, or None if it is not valid."""
        return _digest(token) if token_matches(token, self.tokens) else None


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a path on this site only (no open redirect)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
