"""Ingest many inputs at once: readers and NLP in worker processes, one writer.

    report = ingest(["archive/"], store, ReadOptions(nlp=False), workers=2)

Inputs are hashed first (in the workers) so that inputs already stored, or
seen twice in one run, are never read again.  Each input is then read in a
worker — a local process pool, or a Dask distributed cluster given its
scheduler address — and the parent writes every returned `Page`: the store
has exactly one writer, which commits every second or 64 inputs, each input
all-or-nothing.  An input that fails (unreadable, a reader bug, a crashed
worker, or a batch commit that fails: then every input of that batch) is
reported and never stops the rest.
"""

from __future__ import annotations

import concurrent.futures as cf
import glob
import hashlib
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from .errors import BroadsheetError, InputError
from .model import Page
from .pipeline import ReadOptions, read_layout
from .store import Store

#: File name endings that a folder walk picks up (files named explicitly are always read).
INPUT_SUFFIXES = frozenset({".txt", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".jp2", ".xml",
                            ".html", ".hocr"})


def expand_inputs(paths: Iterable[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Files named, found in folders (recursively, by suffix, not hidden) or matched by globs.

    Returns the input files (each once, in order, as absolute paths: Dask
    workers elsewhere resolve them against their own working directory) and
    the arguments that matched nothing, or name a file the store cannot keep,
    with the reason.
    """
    files: list[str] = []
    problems: list[tuple[str, str]] = []
    for arg in paths:
        literal = os.path.exists(arg)  # a real file named "p[1].txt" is itself, not a pattern
        matches = sorted(glob.glob(arg, recursive=True)) if glob.has_magic(arg) and not literal else [arg]
        if not matches:
            problems.append((arg, "no file matches this pattern"))
        for match in matches:
            path = Path(match)
            if path.is_dir():
                found = sorted(
                    os.path.abspath(p) for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in INPUT_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
                if not found:
                    problems.append((match, "folder holds no inputs (" + ", ".join(sorted(INPUT_SUFFIXES))
                                     + ")"))
                files.extend(found)
            elif path.is_file():
                files.append(os.path.abspath(path))
            elif path.exists():  # a device or pipe: no file to keep, and /dev/zero never ends
                problems.append((match, "not a regular file (a device, pipe or socket)"))
            else:
                problems.append((match, "no such file"))
    named = [f for f in dict.fromkeys(files) if _text_name(f, problems)]
    return named, problems


def _text_name(path: str, problems: list[tuple[str, str]]) -> bool:
    """Can the store keep this path?  Its name must be text (UTF-8), not raw bytes of another encoding."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        problems.append((path, "the file name is not valid UTF-8 (the store keeps names as text): rename it"))
        return False
    return True


@dataclass(slots=True)
class Outcome:
    """What a worker sends back for one input: its page, or why it failed."""

    path: str
    page: Page | None = None
    error: str | None = None
    seconds: float = 0.0


def file_sha256(path: str) -> tuple[str, str | None, str | None]:
    """(path, content hash, error) — the key that makes ingest idempotent."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        return path, None, exc.strerror or str(exc)
    return path, digest.hexdigest(), None


def read_one(path: str, options: ReadOptions) -> Outcome:
    """Read (and annotate) one input; every error becomes a reason, never an exception."""
    start = time.perf_counter()
    try:
        page = read_layout(path, options)
        if options.nlp:
            from .nlp.pipeline import annotate

            annotate([page], options.settings)
        return Outcome(path, page, None, time.perf_counter() - start)
    except InputError as exc:
        return Outcome(path, None, exc.problem, time.perf_counter() - start)
    except BroadsheetError as exc:
        return Outcome(path, None, str(exc), time.perf_counter() - start)
    except Exception as exc:  # a reader bug must not stop an archive run
        return Outcome(path, None, f"internal error {type(exc).__name__}: {exc}", time.perf_counter() - start)


#: What one stored input adds to the report: pages, articles, quotations.
_Tally = tuple[int, int, int]


def _tally(page: Page) -> _Tally:
    return page.source.pages, len(page.articles), sum(len(a.quotes) for a in page.articles)


#: The writer commits every BATCH_INPUTS inputs or BATCH_SECONDS, whichever comes first.
BATCH_INPUTS = 64
BATCH_SECONDS = 1.0


class _Committer:
    """The one writer: stores pages in batches, each committed (or lost) whole.

    An input counts in the report only once its batch is committed; when a
    commit fails, the store rolls the batch back, and every input of it is
    reported as not stored (re-running the ingest stores them).
    """

    def __init__(self, store: Store, report: IngestReport, *, publication: str | None,
                 date: str | None) -> None:
        self.store, self.report = store, report
        self.publication, self.date = publication, date
        self._batch: Any = None
        self._written: list[tuple[str, _Tally | None]] = []  # the open batch's inputs (None: already stored)
        self._opened = 0.0

    def add(self, path: str, page: Page) -> None:
        try:
            if self._batch is None:
                batch = self.store.batch()
                batch.__enter__()
                self._batch, self._written, self._opened = batch, [], time.monotonic()
            added = self.store.add_page(page, publication=self.publication, date=self.date)
        except Exception as exc:  # its savepoint is rolled back; the other inputs go on
            self.report.failures.append((path, f"cannot store: {type(exc).__name__}: {exc}"))
        else:
            self._written.append((path, _tally(page) if added else None))
        if len(self._written) >= BATCH_INPUTS or time.monotonic() - self._opened >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        if self._batch is None:
            return
        batch, written, self._batch, self._written = self._batch, self._written, None, []
        try:
            batch.__exit__(None, None, None)
        except Exception as exc:
            reason = (f"not stored: the commit of its batch of {len(written)} inputs failed, and the "
                      f"whole batch was rolled back ({type(exc).__name__}: {exc})")
            failed = [(path, reason) for path, tally in written if tally is not None]
            self.report.failures.extend(failed)
            self.report.skipped += len(written) - len(failed)
            return
        for _, tally in written:
            self.report.count(tally)


@dataclass(slots=True)
class IngestReport:
    """The summary of one ingest run."""

    inputs: int = 0
    stored: int = 0
    skipped: int = 0
    pages: int = 0
    articles: int = 0
    quotes: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, tally: _Tally | None) -> None:
        """Count one committed input: stored (its tally), or found already stored (None)."""
        if tally is None:
            self.skipped += 1
            return
        self.stored += 1
        self.pages += tally[0]
        self.articles += tally[1]
        self.quotes += tally[2]

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


#: progress(done, total, report) is called after every input.
Progress = Callable[[int, int, IngestReport], None]


class _Executor(Protocol):
    workers: int

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any: ...
    def wait(self, futures: set[Any]) -> tuple[set[Any], set[Any]]: ...
    def close(self) -> None: ...


class _InProcess:
    """One worker: read in this process, between writes."""

    workers = 1

    def submit(self, fn: Callable[..., Any], *args: Any) -> cf.Future[Any]:
        future: cf.Future[Any] = cf.Future()
        future.set_result(fn(*args))
        return future

    def wait(self, futures: set[Any]) -> tuple[set[Any], set[Any]]:
        return set(futures), set()

    def close(self) -> None:
        pass


def _exit_with_parent(parent: int) -> None:
    """Worker start-up: leave when the ingest process is gone (killed), instead of waiting forever."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


class _Processes:
    """A local pool of fresh worker processes (spawned: no state shared with the writer)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._context = multiprocessing.get_context("spawn")
        self._pool = self._new_pool()

    def _new_pool(self) -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(max_workers=self.workers, mp_context=self._context,
                                      initializer=_exit_with_parent, initargs=(os.getpid(),))

    def submit(self, fn: Callable[..., Any], *args: Any) -> cf.Future[Any]:
        try:
            return self._pool.submit(fn, *args)
        except cf.process.BrokenProcessPool:
            self.restart()
            return self._pool.submit(fn, *args)

    def restart(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = self._new_pool()

    def wait(self, futures: set[Any]) -> tuple[set[Any], set[Any]]:
        done, pending = cf.wait(futures, return_when=cf.FIRST_COMPLETED)
        return set(done), set(pending)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """Tasks on a Dask distributed cluster; results come back to this process, the one writer."""

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError:  # pragma: no cover - distributed is a dependency
            raise BroadsheetError("--dask needs the `distributed` package") from None
        try:
            self._client = Client(address, timeout=20)
        except (OSError, TimeoutError, ValueError) as exc:  # ValueError: not an address (no port, bad scheme)
            raise BroadsheetError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        self.workers = max(1, sum(w.get("nthreads", 1)
                                  for w in self._client.scheduler_info()["workers"].values()))

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self._client.submit(fn, *args, pure=False)

    def wait(self, futures: set[Any]) -> tuple[set[Any], set[Any]]:
        from distributed import wait

        done, pending = wait(list(futures), return_when="FIRST_COMPLETED")
        return set(done), set(pending)

    def close(self) -> None:
        self._client.close()


def _executor(workers: int | None, dask: str | None) -> _Executor:
    if dask:
        return _Dask(dask)
    count = workers if workers is not None else (os.cpu_count() or 1)
    return _InProcess() if count <= 1 else _Processes(count)


def _run(executor: _Executor, fn: Callable[..., Any], jobs: Sequence[tuple[Any, ...]],
         on_result: Callable[[tuple[Any, ...], Any], None], on_error: Callable[[tuple[Any, ...], str], None],
         ) -> None:
    """Run `fn(*job)` for every job with a bounded number in flight, handing results over as they come.

    When a worker process dies (a reader crashing the interpreter), the pool breaks and every job in
    flight with it is lost; those jobs are re-run one at a time, so that only the one that kills
    its worker again is reported as failed.
    """
    window = executor.workers * 4
    queue = list(reversed(jobs))
    suspects: list[tuple[Any, ...]] = []
    pending: dict[Any, tuple[Any, ...]] = {}
    while queue or pending or suspects:
        source, limit = (suspects, 1) if suspects else (queue, window)
        while source and len(pending) < limit:
            job = source.pop()
            pending[executor.submit(fn, *job)] = job
        done, _ = executor.wait(set(pending))
        for future in done:
            if future not in pending:  # already moved to the suspects with a broken pool
                continue
            job = pending.pop(future)
            try:
                result = future.result()
            except cf.process.BrokenProcessPool:
                if isinstance(executor, _Processes):
                    executor.restart()
                if limit == 1 and not pending:
                    on_error(job, "the worker process died while reading this input")
                else:
                    suspects.extend([job, *pending.values()])
                    pending.clear()
                continue
            except Exception as exc:  # a worker lost on the cluster, a result that would not unpickle
                on_error(job, f"worker failed: {type(exc).__name__}: {exc}")
                continue
            on_result(job, result)


def ingest(paths: Sequence[str], store: Store, options: ReadOptions, *, workers: int | None = None,
           dask: str | None = None, progress: Progress | None = None) -> IngestReport:
    """Read every input under `paths` and store it; see the module docstring."""
    start = time.perf_counter()
    files, problems = expand_inputs(paths)
    report = IngestReport(inputs=len(files) + len(problems), failures=list(problems))
    executor = _executor(workers, dask)
    writer = _Committer(store, report, publication=options.publication, date=options.date)
    done = 0
    try:
        # 1. Hash (in the workers), drop what is stored or repeated.
        hashes: dict[str, str] = {}

        def hashed(job: tuple[Any, ...], result: tuple[str, str | None, str | None]) -> None:
            path, sha, error = result
            if sha is None:
                report.failures.append((path, error or "cannot read"))
            else:
                hashes[path] = sha

        def failed(job: tuple[Any, ...], reason: str) -> None:
            report.failures.append((str(job[0]), reason))

        _run(executor, file_sha256, [(f,) for f in files], hashed, failed)
        known = store.known_hashes(list(hashes.values()))
        todo: list[str] = []
        seen: set[str] = set()
        for path in files:
            sha = hashes.get(path)
            if sha is None:
                continue
            if sha in known or sha in seen:
                report.skipped += 1
            else:
                seen.add(sha)
                todo.append(path)
        done = report.inputs - len(todo)
        if progress:
            progress(done, report.inputs, report)

        # 2. Read in the workers, write here.
        def stored(job: tuple[Any, ...], outcome: Outcome) -> None:
            nonlocal done
            done += 1
            if outcome.page is None:
                report.failures.append((outcome.path, outcome.error or "unknown error"))
            else:
                report.warnings.extend((outcome.path, w) for w in outcome.page.warnings)
                writer.add(outcome.path, outcome.page)
            if progress:
                progress(done, report.inputs, report)

        def read_failed(job: tuple[Any, ...], reason: str) -> None:
            nonlocal done
            done += 1
            failed(job, reason)
            if progress:
                progress(done, report.inputs, report)

        _run(executor, read_one, [(path, options) for path in todo], stored, read_failed)
        writer.commit()
    finally:
        executor.close()
    report.seconds = time.perf_counter() - start
    return report
