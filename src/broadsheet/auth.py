"""API tokens: the one place that reads a token from a request and checks it.

The JSON API (writes, and reads behind a read token) and the web reader
share these, so a token that opens one opens the other, sent the same way:
``Authorization: Bearer TOKEN`` (which wins) or ``X-API-Token: TOKEN``.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterable, Mapping


def presented_token(headers: Mapping[str, str]) -> str:
    """The token a request carries, or "" if none (header names are lower case, as Starlette's)."""
    auth = headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return headers.get("x-api-token", "").strip()


def token_matches(given: str, tokens: Iterable[str]) -> bool:
    """Is `given` one of `tokens`?  In constant time: neither its length nor which one matched leaks.

    Both sides are hashed first, so `hmac.compare_digest` always compares equal
    lengths, and every token is compared (no early exit on a match).
    """
    if not given:
        return False
    digest = hashlib.sha256(given.encode()).digest()
    found = False
    for token in tokens:
        if token:
            found |= hmac.compare_digest(digest, hashlib.sha256(token.encode()).digest())
    return found


def read_tokens(token: str | None, read_token: str | None) -> list[str]:
    """The tokens that may read: none needed without a read token, else it or the write token."""
    return [t for t in (read_token, token) if t] if read_token else []
