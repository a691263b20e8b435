"""JSON encoding and JSON Schema of the document model, derived from its types.

The contract of ``broadsheet read --format json`` is exactly the `Page`
dataclass; pydantic walks its annotations, so the schema cannot drift from
the code.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from pydantic import TypeAdapter

from .model import Page


@lru_cache(maxsize=1)
def _page_adapter() -> TypeAdapter[Page]:
    return TypeAdapter(Page)


def page_to_dict(page: Page) -> dict[str, Any]:
    """The page as plain JSON-ready Python data."""
    data: dict[str, Any] = _page_adapter().dump_python(page, mode="json")
    return data


def page_to_json(page: Page, indent: int | None = None) -> str:
    return json.dumps(page_to_dict(page), ensure_ascii=False, indent=indent)


def page_from_dict(data: dict[str, Any]) -> Page:
    """Rebuild a `Page` from its JSON form (validating it)."""
    return _page_adapter().validate_python(data)


def page_json_schema() -> dict[str, Any]:
    """The JSON Schema of `broadsheet read` output."""
    schema: dict[str, Any] = _page_adapter().json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "broadsheet page"
    return schema
