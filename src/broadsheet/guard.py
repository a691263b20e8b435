"""Guarded parsing: run a parse in a child process with a time limit and a memory cap.

A hostile or broken file (a PDF bomb, a page of 100k spans, a parser bug that
loops) must cost bounded time and memory and end in a clear `InputError`, not a
hang, a crash of the caller, or the kernel's OOM killer.  Parses run in forked
worker processes that cap their address space with `resource.setrlimit` and
report the page they are on through shared memory, so that a timeout can name
the page.  A worker serves one call at a time and is reused by the next (a
fork per file would cost more than reading a page); a worker that times out,
runs out of memory or dies is killed and replaced.

Parsers call `report_page(n)` as they go; outside a guarded worker it does nothing.
"""

from __future__ import annotations

import faulthandler
import multiprocessing as mp
import os
import resource
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from .errors import BroadsheetError, InputError

T = TypeVar("T")

#: A worker is replaced after this many calls (parsers may leak a little).
_MAX_CALLS = 200

_progress: Any = None  # the shared page counter, set in the worker


def report_page(number: int) -> None:
    """Record the page being parsed (named in timeout and memory errors)."""
    if _progress is not None:
        _progress.value = number


def _address_space() -> int:
    """This process's current virtual memory size in bytes (0 when unknown)."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _is_oom(exc: BaseException) -> bool:
    message = str(exc).lower()
    return isinstance(exc, MemoryError) or (
        isinstance(exc, RuntimeError) and ("malloc" in message or "out of memory" in message)
    )


def _serve(conn: Any, progress: Any, memory_bytes: int | None) -> None:
    """The worker's loop: receive ``(func, args)``, send back ``(status, payload)``."""
    global _progress
    _progress = progress
    faulthandler.disable()  # a crash is reported by the parent in one line, not as a C traceback
    if memory_bytes:
        limit = _address_space() + memory_bytes
        try:  # the soft limit only: helper programs (Tesseract) may set their own
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        except (ValueError, OSError):
            pass
    while True:
        try:
            func, args = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        progress.value = 0
        try:
            message: tuple[str, Any] = ("ok", func(*args))
        except BaseException as exc:  # everything goes back to the parent, which decides
            if _is_oom(exc):
                message = ("oom", None)
            elif isinstance(exc, BroadsheetError):
                # sent as parts: InputError's constructor does not take its pickled args
                message = ("error", (type(exc), exc.args, dict(vars(exc))))
            else:
                message = ("crash", f"{type(exc).__name__}: {str(exc)[:300]}")
        try:
            conn.send(message)
        except MemoryError:
            conn.send(("oom", None))
        except Exception as exc:  # an unpicklable result
            conn.send(("crash", f"cannot return the result ({type(exc).__name__})"))
        if message[0] == "oom":
            return  # memory may be in a bad state: let the parent start a fresh worker


class _Worker:
    """One forked worker process and its end of the pipe."""

    def __init__(self, memory_bytes: int | None) -> None:
        ctx = mp.get_context("fork")
        self.memory_bytes = memory_bytes
        self.progress = ctx.Value("i", 0, lock=False)
        self.conn, child_conn = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child_conn, self.progress, memory_bytes), daemon=True)
        self.process.start()
        child_conn.close()
        self.calls = 0

    def stop(self) -> None:
        self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join()


_idle: list[_Worker] = []
_lock = threading.Lock()


def _take(memory_bytes: int | None) -> _Worker:
    with _lock:
        for worker in _idle:
            if worker.memory_bytes == memory_bytes and worker.process.is_alive():
                _idle.remove(worker)
                return worker
    return _Worker(memory_bytes)


def _give_back(worker: _Worker) -> None:
    if worker.calls >= _MAX_CALLS or not worker.process.is_alive():
        worker.stop()
        return
    with _lock:
        _idle.append(worker)


def shutdown() -> None:
    """Stop the idle workers (they also stop when this process exits)."""
    with _lock:
        workers, _idle[:] = list(_idle), []
    for worker in workers:
        worker.stop()


def run_guarded(func: Callable[..., T], *args: Any, path: str | None, timeout: float,
                memory_bytes: int | None = None) -> T:
    """``func(*args)`` in a worker process limited to `timeout` seconds and `memory_bytes` more memory.

    `func` and `args` go to the worker by pickling (module-level functions).
    Raises InputError naming `path` (and the page from `report_page`) when the
    worker times out, runs out of memory or dies; re-raises BroadsheetErrors
    that `func` raised.  In a daemonic process (which may not fork children,
    e.g. a multiprocessing pool worker) it runs `func` directly.
    """
    if mp.current_process().daemon:
        return func(*args)
    worker = _take(memory_bytes)
    worker.calls += 1
    try:
        worker.conn.send((func, args))
    except (AttributeError, TypeError, ValueError) as exc:  # not picklable: a programming error
        _give_back(worker)
        raise TypeError(f"run_guarded needs a module-level function and picklable arguments: {exc}") from None
    try:
        if not worker.conn.poll(timeout):
            page = worker.progress.value
            worker.stop()
            raise InputError(path, f"parsing timed out after {timeout:g} s{_on_page(page)}")
        status, payload = worker.conn.recv()
    except (EOFError, OSError, BrokenPipeError):
        page = worker.progress.value
        worker.process.join(5)
        code = worker.process.exitcode
        worker.stop()
        problem = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        raise InputError(path, f"the parser crashed ({problem}){_on_page(page)}") from None
    page = worker.progress.value
    if status == "oom":
        worker.stop()
        limit = f" (limit {memory_bytes // 2**20} MB)" if memory_bytes else ""
        raise InputError(path, f"parsing ran out of memory{limit}{_on_page(page)}")
    _give_back(worker)
    if status == "ok":
        result: T = payload
        return result
    if status == "error":
        cls, exc_args, attributes = payload
        error = cls.__new__(cls)
        error.args = exc_args
        vars(error).update(attributes)
        raise error
    raise InputError(path, f"the parser failed{_on_page(page)}: {payload}")


def _on_page(number: int) -> str:
    return f" on page {number}" if number else ""
