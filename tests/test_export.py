"""`broadsheet export`: every stored article, quote and entity, as JSON Lines, CSV and Parquet."""
# ruff: noqa: F811  (the store/address fixtures are imported from test_store_kit)

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import broadsheet
from broadsheet.store import Store
from broadsheet.store.export import COLUMNS, write_csv, write_jsonl, write_parquet
from test_store_kit import ROOT, SAMPLE, address, model_page, quoted_article, store  # noqa: F401


@pytest.fixture
def filled(store: Store) -> Store:
    store.add_page(broadsheet.read(SAMPLE, nlp=False, date="2017-11-16", publication="The Arab Weekly"))
    store.add_page(model_page("q", [quoted_article("Talks", "Putin", "President", full_name="Vladimir Putin"),
                                    quoted_article("More", "Erdogan", None, full_name="Recep Erdogan")]))
    return store


@pytest.mark.parametrize("kind", ["articles", "quotes", "entities"])
def test_every_format_holds_every_record(filled: Store, kind: str, tmp_path: Path) -> None:
    expected = {"articles": filled.counts().articles, "quotes": filled.counts().quotes,
                "entities": filled.counts().entities}[kind]
    out = io.StringIO()
    assert write_jsonl(filled, kind, out) == expected
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == expected and all(list(r) == list(COLUMNS[kind]) for r in records)
    out = io.StringIO()
    assert write_csv(filled, kind, out) == expected
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["id"] for r in rows] == [r["id"] for r in records]
    target = tmp_path / f"{kind}.parquet"
    assert write_parquet(filled, kind, str(target)) == expected
    table = pq.read_table(target)
    assert table.num_rows == expected and table.column_names == list(COLUMNS[kind])
    assert table.column("id").to_pylist() == [r["id"] for r in records]
    if kind == "articles":
        texts = {r["id"]: r["text"] for r in records}
        for rid, text in texts.items():
            stored = filled.article(rid)
            assert stored is not None and stored.article.text == text
    if kind == "quotes":
        assert {r["speaker"] for r in records} == {"Vladimir Putin", "Recep Erdogan"}


def test_cli_export(filled: Store, tmp_path: Path) -> None:
    db = filled.address
    run = [sys.executable, "-m", "broadsheet", "export", "--db", db]
    jsonl = subprocess.run([*run, "--kind", "quotes"], capture_output=True, text=True, cwd=ROOT, check=True)
    assert len(jsonl.stdout.splitlines()) == filled.counts().quotes
    target = tmp_path / "a.parquet"
    subprocess.run([*run, "--format", "parquet", "-o", str(target)], check=True, cwd=ROOT,
                   capture_output=True)
    assert pq.read_table(target).num_rows == filled.counts().articles
    refused = subprocess.run([*run, "--format", "parquet"], capture_output=True, text=True, cwd=ROOT,
                             check=False)
    assert refused.returncode == 2 and "--output" in refused.stderr


def test_empty_store_exports_empty_files(store: Store, tmp_path: Path) -> None:
    out = io.StringIO()
    assert write_csv(store, "entities", out) == 0
    assert out.getvalue().strip() == ",".join(COLUMNS["entities"])
    assert write_parquet(store, "articles", str(tmp_path / "e.parquet")) == 0
    assert pq.read_table(tmp_path / "e.parquet").num_rows == 0
