"""broadsheet: newspaper pages in, clean articles, quotations, entities and events out.

>>> import broadsheet
>>> page = broadsheet.read("examples/arabweekly-2017-11-page.txt", date="2017-11-16")
>>> [a.headline for a in page.articles]
"""

from __future__ import annotations

from .errors import BroadsheetError, InputError
from .model import (
    Actor,
    Article,
    Caption,
    Entity,
    Event,
    Other,
    Page,
    Place,
    PullQuote,
    Quote,
    Region,
    Source,
    Speaker,
)
from .pipeline import ReadOptions, read, read_edition
from .schema import page_json_schema, page_to_dict, page_to_json

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "BroadsheetError",
    "Caption",
    "Entity",
    "Event",
    "InputError",
    "Other",
    "Page",
    "Place",
    "PullQuote",
    "Quote",
    "ReadOptions",
    "Region",
    "Source",
    "Speaker",
    "__version__",
    "page_json_schema",
    "page_to_dict",
    "page_to_json",
    "read",
    "read_edition",
]
