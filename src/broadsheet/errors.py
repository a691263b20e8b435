"""Errors that users see: one line naming the input and the problem, never a traceback."""

from __future__ import annotations


class BroadsheetError(Exception):
    """Base class of every error broadsheet raises on purpose."""


class InputError(BroadsheetError):
    """An input cannot be read: it names the file (or ``<text>``) and the problem."""

    def __init__(self, path: str | None, problem: str) -> None:
        self.path = path or "<text>"
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Rebuilt from its own fields, so that it crosses a process pool intact.
        return (InputError, (self.path, self.problem))


class NeedsOCR(InputError):
    """A PDF page has no text layer: it is a scan that must go through OCR."""

    def __init__(self, path: str | None, page: int) -> None:
        self.page = page
        super().__init__(path, f"page {page} has no text layer (a scan): it needs OCR")

    def __reduce__(self) -> tuple[type, tuple[str, int]]:  # type: ignore[override]
        return (NeedsOCR, (self.path, self.page))
