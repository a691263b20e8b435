"""One pass over a PDF page's content for both its text and its line art.

PyMuPDF's ``get_text`` and ``get_cdrawings`` each interpret the page's
content stream: decompress it, lex it and place every glyph.  On a newspaper
page, which is mostly text, the line-art pass spends nine tenths of its time
on text it does not keep (1.4 ms of a 10 ms page).  Here the page is
interpreted once into a MuPDF display list, and the list is replayed into the
text device and into PyMuPDF's own line-art device: the same spans and the
same drawings, for 0.7 ms a page less.  The display list leaves out what
cannot show: a path wholly outside its clip, an empty clip or group.
``get_cdrawings`` lists them; an invisible rule is no rule.

The line-art device is PyMuPDF's (`pymupdf.JM_new_lineart_device_Device`,
undocumented: the Python twin of the C++ device behind ``get_cdrawings``;
PyMuPDF is AGPL-3.0 like us, and this module subclasses it, copying none of
it), except that clips are only counted: their depth is the ``level`` of the
groups (pictures) inside them, and their paths, which cost a third of the
device's time, are not used.  A clip's entry is ``{"type": "clip", "level":
n}``; entries differ from ``get_cdrawings(extended=True)``'s in that and in
their ``seqno``.  Text never reaches the Python device (it does not ask for
text calls), which is what makes the replay cheap.

Because that device is PyMuPDF's internals, the public calls
(``get_textpage`` and ``get_cdrawings``) take over, with the same result (but
for the invisible paths above):

- for the rest of the process, when the device is gone or its calls fail (a
  PyMuPDF upgrade moved them), logged once.  A display list swallows a
  device's errors, so the replay's error count is checked too: a failing
  device must not silently drop the page's rules;
- for the page, past `MAX_PATHS` filled or stroked paths: each costs the
  Python device 7 µs (a line) to 110 µs (a rectangle) where ``get_cdrawings``
  takes about 5, so a few dozen paths spend what the one pass saves, and a
  page of vector art (a map, an advert: 100,000 paths) would take 5.8 s, not
  0.5 s.  The replay is stopped there.
"""

from __future__ import annotations

import logging
from typing import Any

import pymupdf
from pymupdf import mupdf

log = logging.getLogger(__name__)

#: Paths a page may have for the one pass (past this, ``get_cdrawings`` is cheaper: see above).
MAX_PATHS = 32

#: PyMuPDF's line-art device class; `object` when a PyMuPDF release no longer has it.
_DEVICE: Any = getattr(pymupdf, "JM_new_lineart_device_Device", object)

#: Why the one pass is off (PyMuPDF's internals failed), or None while it works.
_failed: str | None = None if _DEVICE is not object else "no pymupdf.JM_new_lineart_device_Device"


class _InternalsFailed(Exception):
    """The line-art device reported errors during the replay."""


class _LineArt(_DEVICE):  # type: ignore[misc]
    """PyMuPDF's line-art device (extended: groups and levels), with clips only counted.

    It stops the replay (through `cookie`) at the path after `MAX_PATHS`.
    """

    def __init__(self, out: list[dict[str, Any]], cookie: Any) -> None:
        super().__init__(out, True, None)
        self.scissors: list[None] = []  # one per open clip, as `pop_clip` expects
        self._cookie = cookie
        self._paths = 0

    def _room(self) -> bool:
        """Count a path; False (and the replay stopped) when there are too many."""
        self._paths += 1
        if self._paths > MAX_PATHS:
            self._cookie.m_internal.abort = 1
            return False
        return True

    def fill_path(self, *args: Any) -> None:
        if self._room():
            super().fill_path(*args)

    def stroke_path(self, *args: Any) -> None:
        if self._room():
            super().stroke_path(*args)

    def _clip(self, path: bool) -> None:
        if path:
            self.out.append({"type": "clip", "level": self.depth})
        self.scissors.append(None)
        self.depth += 1

    def clip_path(self, ctx: Any, path: Any, even_odd: Any, ctm: Any, scissor: Any) -> None:
        self._clip(True)

    def clip_stroke_path(self, ctx: Any, path: Any, stroke: Any, ctm: Any, scissor: Any) -> None:
        self._clip(True)

    def clip_text(self, ctx: Any, text: Any, ctm: Any, scissor: Any) -> None:
        self._clip(False)

    def clip_stroke_text(self, ctx: Any, text: Any, stroke: Any, ctm: Any, scissor: Any) -> None:
        self._clip(False)

    def clip_image_mask(self, ctx: Any, image: Any, ctm: Any, scissor: Any) -> None:
        self._clip(False)


def read_page(pdf_page: Any, flags: int) -> tuple[Any, dict[str, Any], list[dict[str, Any]]]:
    """The page's `pymupdf.TextPage` (made with `flags`), its ``"dict"`` text and its drawings.

    Both are in the unrotated page's coordinates, as ``get_cdrawings`` gives
    them and as ``get_text`` does.
    """
    global _failed
    rotation = pdf_page.rotation
    if rotation:
        pdf_page.set_rotation(0)  # as get_textpage and get_cdrawings do
    try:
        textpage: Any = None
        drawings: list[dict[str, Any]] | None = None
        if _failed is None:
            try:
                textpage, drawings = _one_pass(pdf_page, flags)
            except (AttributeError, TypeError, NotImplementedError, _InternalsFailed) as exc:
                _failed = f"{type(exc).__name__}: {exc}"
                log.warning("PyMuPDF's line-art device failed (%s); PDF pages are read with "
                            "get_textpage and get_cdrawings from now on", _failed)
        if textpage is None:
            textpage = pdf_page.get_textpage(flags=flags)
        if drawings is None:
            drawings = pdf_page.get_cdrawings(extended=True)
    finally:
        if rotation:
            pdf_page.set_rotation(rotation)
    return textpage, textpage.extractDICT(), drawings


def _one_pass(pdf_page: Any, flags: int) -> tuple[Any, list[dict[str, Any]] | None]:
    """The text page and drawings of one display list (drawings None: too many paths)."""
    recorded = pdf_page.get_displaylist()
    options = mupdf.FzStextOptions()
    options.flags = flags
    textpage = pymupdf.TextPage(mupdf.FzStextPage(recorded.this, options))
    textpage.parent = pdf_page
    drawings: list[dict[str, Any]] = []
    cookie = mupdf.FzCookie()
    device = _LineArt(drawings, cookie)
    device.ptm = mupdf.FzMatrix(1, 0, 0, -1, 0, mupdf.fz_bound_page(pdf_page.this).y1)
    mupdf.fz_run_display_list(recorded.this, device, mupdf.FzMatrix(),
                              mupdf.FzRect(mupdf.FzRect.Fixed_INFINITE), cookie)
    mupdf.fz_close_device(device)
    if cookie.m_internal.abort:
        return textpage, None
    if cookie.m_internal.errors:
        raise _InternalsFailed(f"{cookie.m_internal.errors} error(s) replaying the page")
    return textpage, drawings
