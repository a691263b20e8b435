"""One pass over a PDF page's content for both its text and its line art.

PyMuPDF's ``get_text`` and ``get_cdrawings`` each interpret the page's
content stream: decompress it, lex it and place every glyph.  On a newspaper
page, which is mostly text, the line-art pass spends nine tenths of its time
on text it does not keep (1.4 ms of a 10 ms page).  Here the page is
interpreted once into a MuPDF display list, and the list is replayed into the
text device and into PyMuPDF's own line-art device: the same spans and the
same drawings (checked on every pagegen page), for 0.7 ms a page less.  The
display list leaves out what cannot show: a path wholly outside its clip, an
empty clip or group.  ``get_cdrawings`` lists them; no rule or picture of
the page is among them.

The line-art device is PyMuPDF's (`pymupdf.JM_new_lineart_device_Device`,
the Python twin of the C++ device behind ``get_cdrawings``), except that
clips are only counted: their depth is the ``level`` of the groups (pictures)
inside them, and their paths, which cost a third of the device's time, are
not used.  A clip's entry is ``{"type": "clip", "level": n}``; entries differ
from ``get_cdrawings(extended=True)``'s in that and in their ``seqno``.
"""

from __future__ import annotations

from typing import Any

import pymupdf
from pymupdf import mupdf


class _LineArt(pymupdf.JM_new_lineart_device_Device):  # type: ignore[misc]
    """PyMuPDF's line-art device (extended: groups and levels), with clips only counted."""

    def __init__(self, out: list[dict[str, Any]]) -> None:
        super().__init__(out, True, None)
        self.scissors: list[None] = []  # one per open clip, as `pop_clip` expects

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
    rotation = pdf_page.rotation
    if rotation:
        pdf_page.set_rotation(0)  # as get_cdrawings does
    try:
        recorded = pdf_page.get_displaylist()
        options = mupdf.FzStextOptions()
        options.flags = flags
        textpage = pymupdf.TextPage(mupdf.FzStextPage(recorded.this, options))
        textpage.parent = pdf_page
        data = textpage.extractDICT()
        drawings: list[dict[str, Any]] = []
        device = _LineArt(drawings)
        device.ptm = mupdf.FzMatrix(1, 0, 0, -1, 0, mupdf.fz_bound_page(pdf_page.this).y1)
        mupdf.fz_run_display_list(recorded.this, device, mupdf.FzMatrix(),
                                  mupdf.FzRect(mupdf.FzRect.Fixed_INFINITE), mupdf.FzCookie())
        mupdf.fz_close_device(device)
    finally:
        if rotation:
            pdf_page.set_rotation(rotation)
    return textpage, data, drawings
