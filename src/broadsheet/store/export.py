"""Bulk export of the store: articles, quotes or entities as JSON Lines, CSV or Parquet.

Rows are streamed from the store in batches, so an archive of any size
exports in constant memory.  The columns of each kind are fixed (`COLUMNS`)
so that files from different runs line up.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, BinaryIO, TextIO

from ..errors import BroadsheetError
from .base import Store

#: Column → Arrow type name ("string" or "int64"), per kind, in output order.
COLUMNS: dict[str, dict[str, str]] = {
    "articles": {"id": "string", "page_id": "string", "issue_id": "string", "publication": "string",
                 "date": "string", "kicker": "string", "headline": "string", "deck": "string",
                 "byline": "string", "text": "string", "bio": "string", "quotes": "int64"},
    "quotes": {"id": "string", "article_id": "string", "headline": "string", "publication": "string",
               "date": "string", "speaker_id": "string", "speaker": "string", "speaker_title": "string",
               "kind": "string", "cue": "string", "text": "string", "start": "int64", "end": "int64"},
    "entities": {"id": "string", "name": "string", "label": "string", "articles": "int64",
                 "mentions": "int64", "first_date": "string", "last_date": "string", "speaker": "bool"},
}
FORMATS = ("jsonl", "csv", "parquet")


def rows(store: Store, kind: str) -> Iterator[dict[str, Any]]:
    if kind == "articles":
        return store.iter_articles()
    if kind == "quotes":
        return store.iter_quotes()
    if kind == "entities":
        return store.iter_entities()
    raise BroadsheetError(f"unknown export kind {kind!r} (articles, quotes or entities)")


def write_jsonl(store: Store, kind: str, out: TextIO) -> int:
    n = 0
    for row in rows(store, kind):
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(store: Store, kind: str, out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS[kind]))
    writer.writeheader()
    n = 0
    for row in rows(store, kind):
        writer.writerow(row)
        n += 1
    return n


def write_parquet(store: Store, kind: str, out: str | BinaryIO, batch: int = 5000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"string": pa.string(), "int64": pa.int64(), "bool": pa.bool_()}
    schema = pa.schema([(name, types[t]) for name, t in COLUMNS[kind].items()])
    n = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        buffer: list[dict[str, Any]] = []
        for row in rows(store, kind):
            buffer.append(row)
            if len(buffer) >= batch:
                writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
                n += len(buffer)
                buffer = []
        if buffer or not n:
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            n += len(buffer)
    return n
