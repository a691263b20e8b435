"""Ingest: turn a path or a string into a `RawInput` of a known kind.

Sniffing looks at content, not file names, so that a PDF called ``.txt`` or
an ALTO file called ``.xml`` is still read right.  Everything that can be
wrong with an input *before* parsing (missing, empty, binary, too large,
undecodable) is reported here as an `InputError` naming the file.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..config import env_number
from ..errors import InputError

#: Leading bytes of the image formats that go to OCR.
_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"II*\x00",  # TIFF little-endian
    b"MM\x00*",  # TIFF big-endian
    b"\x00\x00\x00\x0cjP  ",  # JPEG 2000
    b"\xff\x4f\xff\x51",  # JPEG 2000 codestream
)


@dataclass(slots=True)
class RawInput:
    """An input read into memory: bytes, hash, kind, and text for text kinds."""

    path: str | None
    sha256: str
    kind: str
    data: bytes = b""
    text: str | None = None
    warnings: list[str] = field(default_factory=list)


def sniff_kind(data: bytes) -> str:
    """The kind of an input from its first bytes: pdf, image, alto, hocr or text."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if any(head.startswith(magic) for magic in _IMAGE_MAGIC):
        return "image"
    lowered = head.lower()
    if lowered.startswith(b"<?xml") or lowered.startswith(b"<alto") or lowered.startswith(b"<"):
        if b"<alto" in lowered or (b"alto" in lowered and b"<layout" in lowered) or b":alto" in lowered:
            return "alto"
        if b"ocr_page" in data[:200_000] or b"ocrx_word" in data[:200_000]:
            return "hocr"
    return "text"


def _is_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 100)


def decode_text(data: bytes, path: str | None) -> tuple[str, list[str]]:
    """Decode text bytes: UTF-8 (with or without BOM), else Windows-1252 with a warning."""
    if _is_binary(data):
        raise InputError(path, "binary file, not text (expected a page dump, PDF, image, ALTO or hOCR)")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(path, f"not UTF-8 text (bad byte at offset {exc.start})") from None
        return text, [f"not UTF-8 (bad byte at offset {exc.start}); decoded as Windows-1252"]


_LONG_LINE = 100


def looks_like_plain_article(text: str) -> bool:
    """A plain article has unwrapped paragraphs: at least half its lines are long.

    A page dump is the opposite: many short lines, one per printed line.
    """
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return False
    return sum(1 for ln in lines if len(ln) >= _LONG_LINE) >= 0.5 * len(lines)


def load(source: str | os.PathLike[str] | bytes, *, max_bytes: int, kind: str | None = None) -> RawInput:
    """Read a path (or take text/bytes given directly) and classify it."""
    path: str | None
    if isinstance(source, bytes):
        path, data = None, source
    elif isinstance(source, str) and ("\n" in source or not source.strip()):
        path, data = None, source.encode("utf-8")
    else:
        path = os.fspath(source)
        big_pdf = _big_pdf(Path(path), max_bytes, kind)
        if big_pdf is not None:
            return big_pdf
        data = _read_file(Path(path), max_bytes)
    if not data.strip():
        raise InputError(path, "empty input")
    sha = hashlib.sha256(data).hexdigest()
    detected = kind or sniff_kind(data)
    raw = RawInput(path=path, sha256=sha, kind=detected, data=data)
    if detected in ("text", "text-dump", "plain-article"):
        text, warnings = decode_text(data, path)
        raw.text = text.replace("\r\n", "\n").replace("\r", "\n")
        raw.warnings.extend(warnings)
        if not re.search(r"[^\W\d_]{2}", raw.text):
            raise InputError(path, "no words in this text")
        if detected == "text":
            raw.kind = "plain-article" if looks_like_plain_article(raw.text) else "text-dump"
    return raw


def max_pdf_bytes() -> int:
    """PDFs larger than the input limit are not loaded: the PDF reader opens them by path."""
    return int(env_number("BROADSHEET_MAX_PDF_BYTES", 4 * 1024**3))


def _big_pdf(path: Path, max_bytes: int, kind: str | None) -> RawInput | None:
    """A PDF over the input limit, hashed by streaming and left on disk (None for anything else)."""
    try:
        size = path.stat().st_size
        if size <= max_bytes or kind not in (None, "pdf") or path.is_dir():
            return None
        with path.open("rb") as fh:
            if sniff_kind(fh.read(1024)) != "pdf":
                return None
            limit = max_pdf_bytes()
            if size > limit:
                raise InputError(
                    str(path),
                    f"too large ({size / 1e6:.0f} MB; PDFs are read up to "
                    f"{limit / 1e6:.0f} MB, set BROADSHEET_MAX_PDF_BYTES)",
                )
            fh.seek(0)
            sha = hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None  # _read_file reports it
    return RawInput(path=str(path), sha256=sha, kind="pdf")


def _read_file(path: Path, max_bytes: int) -> bytes:
    name = str(path)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None
    if path.is_dir():
        raise InputError(name, "is a directory (give files, or use `broadsheet ingest` for folders)")
    too_large = InputError(
        name,
        f"too large (over {max_bytes / 1e6:.0f} MB, the limit; set BROADSHEET_MAX_INPUT_BYTES to raise it)",
    )
    if stat.st_size > max_bytes:
        raise too_large
    try:
        # A device or a pipe reports no size: read no more than the limit allows.
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(name, exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise too_large
    return data
