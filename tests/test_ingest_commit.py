"""A batch commit that fails: every input of the batch is named and reported as not stored."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from broadsheet import parallel
from broadsheet.cli import main
from broadsheet.parallel import ingest
from broadsheet.pipeline import ReadOptions
from broadsheet.store import Store, open_store

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "arabweekly-2017-11-page.txt"


class CommitFails:
    """The real store, but its `fail`-th batch does not commit (rolled back, as a failed COMMIT is)."""

    def __init__(self, store: Store, fail: int) -> None:
        self._store, self._fail, self.batches = store, fail, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def __enter__(self) -> CommitFails:
        return self

    def __exit__(self, *exc: object) -> None:
        self._store.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        self.batches += 1
        with self._store.batch():
            yield
            if self.batches == self._fail:
                raise sqlite3.OperationalError("database or disk is full")


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Five distinct text dumps, committed two at a time: three batches (2, 2 and 1 inputs)."""
    monkeypatch.setattr(parallel, "BATCH_INPUTS", 2)
    monkeypatch.setattr(parallel, "BATCH_SECONDS", 3600.0)
    paths = []
    for n in range(5):
        path = tmp_path / f"page{n}.txt"
        path.write_bytes(SAMPLE.read_bytes() + f"\n\nCopy number {n} of the page\n".encode())
        paths.append(str(path))
    return paths


def _stored_paths(db: str) -> set[str]:
    with open_store(db) as store:
        return {row[0] for row in store._all("SELECT source_path FROM pages")}


def test_failed_commit_names_every_input_of_the_batch(inputs: list[str], tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    store = CommitFails(open_store(db), fail=2)
    report = ingest(inputs, store, ReadOptions(nlp=False), workers=1)  # type: ignore[arg-type]
    store.close()
    assert store.batches == 3
    failed = [path for path, _ in report.failures]
    assert len(failed) == 2 and set(failed) == set(inputs) - _stored_paths(db)  # the batch, every input of it
    for _, reason in report.failures:
        assert reason.startswith("not stored: the commit of its batch of 2 inputs failed")
        assert "database or disk is full" in reason
    assert report.stored == 3 and report.pages == 3 and report.skipped == 0
    with open_store(db) as check:
        assert report.articles == check.counts().articles


def test_cli_reports_the_rolled_back_inputs(inputs: list[str], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    from broadsheet.cli import ingest as ingest_command

    monkeypatch.setattr(ingest_command, "open_store", lambda address: CommitFails(open_store(address), 1))
    status = main(["ingest", *inputs, "--db", db, "--workers", "1", "--no-nlp", "--quiet"])
    out = capsys.readouterr().out
    assert status == 1
    assert out.startswith("5 inputs: 3 stored, 0 already stored, 2 failed")
    failed = [line for line in out.splitlines() if line.startswith("failed: ")]
    named = {line.split(": ")[1] for line in failed}
    assert len(named) == 2 and named == set(inputs) - _stored_paths(db)
    assert all("not stored" in line for line in failed)
    # Re-running (commits working again) stores what the failed batch lost, and only that.
    monkeypatch.setattr(ingest_command, "open_store", open_store)
    assert main(["ingest", *inputs, "--db", db, "--workers", "1", "--no-nlp", "--quiet"]) == 0
    assert capsys.readouterr().out.startswith("5 inputs: 2 stored, 3 already stored, 0 failed")


def test_sqlite_rolls_back_a_batch_whose_commit_fails(tmp_path: Path) -> None:
    """A refused COMMIT (here: a deferred foreign key) leaves no transaction open to swallow the next."""
    with open_store(str(tmp_path / "fk.db")) as store:
        store._exec("PRAGMA foreign_keys = ON")
        store._exec("PRAGMA defer_foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError), store.batch():
            store._exec("INSERT INTO issues (id, publication_id) VALUES ('orphan', 'no-such-publication')")
        assert not store.conn.in_transaction
        assert store._one("SELECT count(*) FROM issues")[0] == 0
