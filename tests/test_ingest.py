"""`broadsheet ingest`: folders and globs, parallel workers, failures reported, idempotent, killable."""
# ruff: noqa: F811  (the address fixture is imported from test_store_kit)

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from broadsheet.parallel import expand_inputs, ingest
from broadsheet.pipeline import ReadOptions
from broadsheet.store import Filters, open_store
from test_store_kit import ROOT, SAMPLE, address  # noqa: F401

PYTHON = sys.executable


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory, pagegen_pages: dict) -> Path:
    """A folder of real inputs: pagegen page dumps in sub-folders, the sample page, two bad files."""
    root = tmp_path_factory.mktemp("archive")
    for style, pages in pagegen_pages.items():
        (root / style).mkdir()
        for page in pages:
            target = root / style / page.dump("pymupdf").name
            target.write_bytes(page.dump("pymupdf").read_bytes())
    (root / "sample.txt").write_bytes(SAMPLE.read_bytes())
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not really a PDF\n")
    (root / "empty.txt").write_bytes(b"")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "skip.txt").write_bytes(SAMPLE.read_bytes())
    (root / "notes.md").write_text("not an input suffix")
    return root


def run_cli(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-m", "broadsheet", *args], capture_output=True, text=True,
                          timeout=timeout, cwd=ROOT, check=False)


def test_expand_inputs_walks_folders_and_globs(archive: Path) -> None:
    files, problems = expand_inputs([str(archive), str(archive / "*" / "*.txt"), str(archive / "nope*"),
                                     str(archive / "gone.txt")])
    names = {Path(f).name for f in files}
    assert "sample.txt" in names and "broken.pdf" in names and "empty.txt" in names
    assert "skip.txt" not in names and "notes.md" not in names
    assert len(files) == len(set(files)) == 3 + 9
    assert all(Path(f).is_absolute() for f in files), "Dask workers get paths they can resolve"
    assert [p[1] for p in problems] == ["no file matches this pattern", "no such file"]


def test_cli_ingest_reports_failures_and_is_idempotent(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = run_cli("ingest", str(archive), "--db", str(db), "--workers", "2", "--no-nlp",
                    "--publication", "Pagegen Daily", "--date", "2019-01-04")
    assert first.returncode == 1, first.stderr  # two inputs fail, the rest are stored
    assert "12 inputs: 10 stored, 0 already stored, 2 failed" in first.stdout
    failures = [line for line in first.stdout.splitlines() if line.startswith("failed: ")]
    assert len(failures) == 2
    assert any("broken.pdf" in f for f in failures) and any("empty.txt: empty input" in f for f in failures)
    with open_store(str(db)) as store:
        counts = store.counts()
        assert counts.pages == 10 and counts.articles >= 20
        assert store.verify() == []
        assert {p.name for p in store.publications()} == {"Pagegen Daily"}
        assert store.search("the").total > 0
    again = run_cli("ingest", str(archive), "--db", str(db), "--workers", "2", "--no-nlp")
    assert "12 inputs: 0 stored, 10 already stored, 2 failed" in again.stdout
    with open_store(str(db)) as store:
        assert store.counts() == counts


def test_parallel_ingest_matches_serial(archive: Path, tmp_path: Path) -> None:
    inputs = [str(archive / style) for style in ("arabweekly", "broadsheet", "tabloid")]
    options = ReadOptions(nlp=False, date="2019-01-04")
    results = {}
    for workers in (1, 2):
        with open_store(str(tmp_path / f"w{workers}.db")) as store:
            report = ingest(inputs, store, options, workers=workers)
            assert report.failures == [] and report.stored == 9
            listed = store.articles(limit=500).items
            results[workers] = sorted((a.headline or "", a.page_id) for a in listed)
    assert results[1] == results[2]


def test_ingest_on_a_dask_local_cluster(archive: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    inputs = [str(archive / "tabloid"), str(archive / "sample.txt"), str(archive / "broken.pdf")]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert len(cluster.workers) == 2
        with open_store(str(tmp_path / "dask.db")) as store:
            options = ReadOptions(nlp=False, date="2019-01-04")
            report = ingest(inputs, store, options, dask=cluster.scheduler_address)
            assert report.stored == 4 and [Path(p).name for p, _ in report.failures] == ["broken.pdf"]
            dask_articles = sorted(a.headline or "" for a in store.articles(limit=500).items)
    with open_store(str(tmp_path / "local.db")) as store:
        ingest(inputs, store, ReadOptions(nlp=False, date="2019-01-04"), workers=1)
        assert sorted(a.headline or "" for a in store.articles(limit=500).items) == dask_articles


_PAUSE_MID_WRITE = textwrap.dedent("""
    import sys, time
    import broadsheet
    from broadsheet.store import Filters, open_store
    from broadsheet.store.base import Store

    original = Store._write_rows

    def paused(self, rows, date):
        original(self, rows, date)          # every row of the page is written, not committed
        print("MID", flush=True)
        time.sleep(120)

    store = open_store(sys.argv[1])
    store.add_page(broadsheet.read(sys.argv[2], nlp=False, date="2017-11-16"))
    Store._write_rows = paused
    store.add_page(broadsheet.read(sys.argv[3], nlp=False, date="2019-01-04"))
""")


def test_kill_during_a_page_write_leaves_no_half_page(address: str, archive: Path) -> None:
    second = next((archive / "broadsheet").glob("*.txt"))
    child = subprocess.Popen([PYTHON, "-c", _PAUSE_MID_WRITE, address, str(SAMPLE), str(second)],
                             stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "MID"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with open_store(address) as store:
        assert store.verify() == []
        assert store.counts().pages == 1
        assert not store.has_page(__import__("hashlib").sha256(second.read_bytes()).hexdigest())
        assert all(a.page_id == store.articles().items[0].page_id for a in store.articles().items)


#: Enough inputs that the writer commits several batches (64 inputs or a second) before the end.
N_MANY = 400


def _committed_pages(db: Path) -> int:
    """Pages committed so far, read without taking any lock the writer needs."""
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM pages").fetchone()[0])
    except sqlite3.Error:  # not created yet
        return 0


def test_kill_during_a_batch_ingest_then_resume(archive: Path, tmp_path: Path) -> None:
    many = tmp_path / "many"
    many.mkdir()
    dumps = sorted(archive.glob("*/*.txt"))
    for n in range(N_MANY):  # distinct contents, so distinct inputs
        source = dumps[n % len(dumps)]
        (many / f"{n:03d}.txt").write_text(source.read_text() + f"\n\nArchive copy {n}\n")
    db = tmp_path / "kill.db"
    command = [PYTHON, "-m", "broadsheet", "ingest", str(many), "--db", str(db), "--workers", "2",
               "--no-nlp", "--quiet"]
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and child.poll() is None:
            stored = _committed_pages(db)
            if stored:  # the first batch is committed: kill now, in the middle of the run
                break
            time.sleep(0.01)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    with open_store(str(db)) as store:
        assert store.verify() == []  # nothing half-written
        partial = store.counts().pages
    assert stored <= partial < N_MANY  # killed mid-run: what was committed stays, the rest is to come
    resumed = run_cli("ingest", str(many), "--db", str(db), "--workers", "2", "--no-nlp")
    assert f"{N_MANY - partial} stored, {partial} already stored, 0 failed" in resumed.stdout
    with open_store(str(db)) as store:
        assert store.verify() == [] and store.counts().pages == N_MANY


def test_ingest_with_nlp_merges_speakers_and_entities(archive: Path, tmp_path: Path) -> None:
    first_dump = sorted((archive / "arabweekly").glob("*.txt"))[0]
    inputs = [str(archive / "sample.txt"), str(first_dump)]
    with open_store(str(tmp_path / "nlp.db")) as store:
        report = ingest(inputs, store, ReadOptions(nlp=True, date="2017-11-16"), workers=1)
        assert report.failures == [] and report.quotes > 0
        assert store.verify() == []
        counts = store.counts()
        assert counts.quotes == report.quotes and counts.entities > 0 and counts.speakers > 0
        for summary in store.speakers(limit=500).items:
            said = store.quotes(Filters(speaker=summary.id), limit=500).items
            assert len(said) == summary.quotes and {q.speaker_id for q in said} == {summary.id}
        person = store.entities(label="PERSON").items[0]
        view = store.entity(person.id)
        assert view is not None and view.names and store.mentions(person.id).items
        assert store.search(person.name.split()[-1], Filters(entity=person.id)).total >= 1


def crash_on_three(x: int) -> int:
    """Runs in a worker process: input 3 kills it, as a crashing reader would."""
    if x == 3:
        os._exit(3)
    return x * 2


def test_a_worker_that_dies_fails_only_its_input() -> None:
    from broadsheet.parallel import _Processes, _run

    results: dict[int, int] = {}
    errors: list[tuple[int, str]] = []
    executor = _Processes(2)
    try:
        _run(executor, crash_on_three, [(i,) for i in range(10)],
             lambda job, result: results.__setitem__(job[0], result),
             lambda job, reason: errors.append((job[0], reason)))
    finally:
        executor.close()
    assert results == {i: i * 2 for i in range(10) if i != 3}
    assert [e[0] for e in errors] == [3] and "died" in errors[0][1]


def test_an_input_the_store_refuses_does_not_stop_the_rest(archive: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    with open_store(str(tmp_path / "refuse.db")) as store:
        original = store.add_page

        def picky(page, **kwargs):  # type: ignore[no-untyped-def]
            if page.source.path and page.source.path.endswith("sample.txt"):
                raise ValueError("no room for this one")
            return original(page, **kwargs)

        monkeypatch.setattr(store, "add_page", picky)
        report = ingest([str(archive / "sample.txt"), str(archive / "tabloid")], store,
                        ReadOptions(nlp=False), workers=1)
        assert [(Path(p).name, r) for p, r in report.failures] == [
            ("sample.txt", "cannot store: ValueError: no room for this one")]
        assert report.stored == 3 and store.counts().pages == 3 and store.verify() == []


def test_input_errors_cross_a_process_pool_intact() -> None:
    """A worker's InputError must reach the parent as itself, not break the pool."""
    import pickle

    from broadsheet.errors import InputError, NeedsOCR

    error = pickle.loads(pickle.dumps(InputError("page.png", "corrupt image")))
    assert (type(error), error.path, error.problem, str(error)) == (
        InputError, "page.png", "corrupt image", "page.png: corrupt image"
    )
    scan = pickle.loads(pickle.dumps(NeedsOCR("edition.pdf", 3)))
    assert type(scan) is NeedsOCR and scan.page == 3 and "page 3 has no text layer" in str(scan)
