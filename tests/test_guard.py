"""The guarded worker: results come back; hangs, memory bombs and crashes become InputErrors."""

from __future__ import annotations

import os
import signal
import time

import pytest

from broadsheet import guard
from broadsheet.errors import InputError, NeedsOCR


def _pages_then_hang(pages: int) -> None:
    for n in range(1, pages + 1):
        guard.report_page(n)
    time.sleep(60)


def _allocate(mb: int) -> int:
    guard.report_page(2)
    blob = bytearray(mb * 1024 * 1024)
    return len(blob)


def _raise_needs_ocr() -> None:
    raise NeedsOCR("scan.pdf", 4)


def _die() -> None:
    guard.report_page(7)
    os.kill(os.getpid(), signal.SIGSEGV)


def _bug() -> None:
    raise ZeroDivisionError("division by zero")


def test_result_comes_back() -> None:
    assert guard.run_guarded(sorted, [3, 1, 2], path="x", timeout=10) == [1, 2, 3]


def test_timeout_names_the_page() -> None:
    start = time.monotonic()
    with pytest.raises(InputError, match=r"timed out after 1 s on page 3") as info:
        guard.run_guarded(_pages_then_hang, 3, path="big.pdf", timeout=1)
    assert info.value.path == "big.pdf"
    assert time.monotonic() - start < 10


def test_memory_cap() -> None:
    with pytest.raises(InputError, match=r"ran out of memory \(limit 64 MB\) on page 2"):
        guard.run_guarded(_allocate, 512, path="bomb.pdf", timeout=20, memory_bytes=64 * 2**20)
    # under the cap the same work succeeds
    assert guard.run_guarded(_allocate, 8, path="ok.pdf", timeout=20, memory_bytes=64 * 2**20) == 8 * 2**20


def test_errors_keep_their_type_and_fields() -> None:
    with pytest.raises(NeedsOCR) as info:
        guard.run_guarded(_raise_needs_ocr, path="scan.pdf", timeout=10)
    assert info.value.page == 4
    assert info.value.path == "scan.pdf"


def test_crash_and_bug_are_input_errors() -> None:
    with pytest.raises(InputError, match=r"crashed \(signal 11\) on page 7"):
        guard.run_guarded(_die, path="evil.pdf", timeout=10)
    with pytest.raises(InputError, match="ZeroDivisionError"):
        guard.run_guarded(_bug, path="odd.pdf", timeout=10)


def test_workers_are_reused_and_replaced() -> None:
    first = guard.run_guarded(os.getpid, path="a", timeout=10)
    assert first != os.getpid()
    assert guard.run_guarded(os.getpid, path="b", timeout=10) == first
    with pytest.raises(InputError, match="timed out"):
        guard.run_guarded(_pages_then_hang, 1, path="c", timeout=0.5)
    fresh = guard.run_guarded(os.getpid, path="d", timeout=10)
    assert fresh not in (first, os.getpid())
    with pytest.raises(TypeError, match="module-level function"):
        guard.run_guarded(lambda: 1, path="e", timeout=10)
    guard.shutdown()
    assert guard.run_guarded(os.getpid, path="f", timeout=10) != fresh


def test_report_page_outside_a_worker_is_harmless() -> None:
    guard.report_page(5)
