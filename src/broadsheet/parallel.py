"""Ingest many inputs at once: readers and NLP in worker processes, one writer.

    report = ingest(["archive/"], store, ReadOptions(nlp=False), workers=2)

Inputs are hashed first (in the workers) so that inputs already stored, or
seen twice in one run, are never read again.  Each input is then read in a
worker — a local process pool, or a Dask distributed cluster given its
scheduler address — and the parent writes every returned `Page`: the store
has exactly one writer, which commits every second or 64 inputs, each input
all-or-nothing.  An input that fails (unreadable, a reader bug, a crashed
worker) is reported and never stops the rest.
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
    the arguments that matched nothing, with the reason.
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
            elif path.exists():
                files.append(os.path.abspath(path))
            else:
                problems.append((match, "no such file"))
    return list(dict.fromkeys(files)), problems


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


class _Committer:
    """The one writer: stores pages in batches committed every `every` inputs or `seconds`."""

    def __init__(self, store: Store, every: int = 64, seconds: float = 1.0) -> None:
        self.store, self.every, self.seconds = store, every, seconds
        self._batch: Any = None
        self._count = 0
        self._opened = 0.0

    def add(self, page: Page, *, publication: str | None, date: str | None) -> bool:
        if self._batch is None:
            self._batch = self.store.batch()
            self._batch.__enter__()
            self._count, self._opened = 0, time.monotonic()
        added = self.store.add_page(page, publication=publication, date=date)
        self._count += 1
        if self._count >= self.every or time.monotonic() - self._opened >= self.seconds:
            self.commit()
        return added

    def commit(self) -> None:
        if self._batch is not None:
            batch, self._batch = self._batch, None
            batch.__exit__(None, None, None)


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
        except (OSError, TimeoutError) as exc:
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
    writer = _Committer(store)
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
                page = outcome.page
                report.warnings.extend((outcome.path, w) for w in page.warnings)
                try:
                    added = writer.add(page, publication=options.publication, date=options.date)
                except Exception as exc:  # its savepoint is rolled back; the other inputs go on
                    report.failures.append((outcome.path, f"cannot store: {type(exc).__name__}: {exc}"))
                    added = None
                if added:
                    report.stored += 1
                    report.pages += page.source.pages
                    report.articles += len(page.articles)
                    report.quotes += sum(len(a.quotes) for a in page.articles)
                elif added is False:
                    report.skipped += 1
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
