"""Guarded parsing: run a parse in a child process with a time limit and a memory cap.

A hostile or broken file (a PDF bomb, a page of 100k spans, a parser bug that
loops) must cost bounded time and memory and end in a clear `InputError`, not a
hang, a crash of the caller, or the kernel's OOM killer.  The child is forked
(cheap: it shares the parent's loaded modules), caps its address space with
`resource.setrlimit`, and reports the page it is working on through shared
memory, so that a timeout can name the page.

Parsers call `report_page(n)` as they go; outside a guarded worker it does nothing.
"""

from __future__ import annotations

import contextlib
import faulthandler
import multiprocessing as mp
import os
import resource
from collections.abc import Callable
from typing import Any, TypeVar

from .errors import BroadsheetError, InputError

T = TypeVar("T")

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


def _worker(conn: Any, progress: Any, memory_bytes: int | None, func: Callable[..., Any],
            args: tuple[Any, ...]) -> None:
    global _progress
    _progress = progress
    faulthandler.disable()  # a crash is reported by the parent in one line, not as a C traceback
    if memory_bytes:
        limit = _address_space() + memory_bytes
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        result = func(*args)
        message: tuple[str, Any] = ("ok", result)
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
    conn.close()


def run_guarded(func: Callable[..., T], *args: Any, path: str | None, timeout: float,
                memory_bytes: int | None = None) -> T:
    """``func(*args)`` in a forked child limited to `timeout` seconds and `memory_bytes` more memory.

    Raises InputError naming `path` (and the page from `report_page`) when the
    child times out, runs out of memory or dies; re-raises BroadsheetErrors it
    raised.  In a daemonic process (which may not fork children, e.g. a
    multiprocessing pool worker) it runs `func` directly.
    """
    if mp.current_process().daemon:
        return func(*args)
    ctx = mp.get_context("fork")
    progress = ctx.Value("i", 0, lock=False)
    receiver, sender = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_worker, args=(sender, progress, memory_bytes, func, args), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            child.kill()
            raise InputError(path, f"parsing timed out after {timeout:g} s{_on_page(progress.value)}")
        try:
            status, payload = receiver.recv()
        except EOFError:
            child.join(5)
            code = child.exitcode
            problem = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
            raise InputError(path, f"the parser crashed ({problem}){_on_page(progress.value)}") from None
    finally:
        receiver.close()
        if child.is_alive():
            child.join(1)
            if child.is_alive():
                child.kill()
                child.join()
    if status == "ok":
        result: T = payload
        return result
    if status == "error":
        cls, exc_args, attributes = payload
        error = cls.__new__(cls)
        error.args = exc_args
        vars(error).update(attributes)
        raise error
    if status == "oom":
        limit = f" (limit {memory_bytes // 2**20} MB)" if memory_bytes else ""
        raise InputError(path, f"parsing ran out of memory{limit}{_on_page(progress.value)}")
    raise InputError(path, f"the parser failed{_on_page(progress.value)}: {payload}")


def _on_page(number: int) -> str:
    return f" on page {number}" if number else ""
