"""`broadsheet render edition.pdf --page 3 --boxes [-o out.png]`: a page image with layout boxes."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "render",
        help="draw a PDF page as PNG, with article and role boxes (--boxes)",
        description="Render one page of a PDF to PNG, optionally with the boxes of its articles "
                    "and their parts as broadsheet reads them.",
    )
    p.add_argument("path", metavar="PDF")
    p.add_argument("--page", type=int, default=1, help="page number, from 1 (default 1)")
    p.add_argument("--boxes", action="store_true", help="draw article and role boxes")
    p.add_argument("--zoom", type=float, default=1.5, help="scale: 1 = 72 dpi (default 1.5)")
    p.add_argument("-o", "--output", help="PNG file to write (default: PDF name + -pN.png)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..errors import BroadsheetError
    from ..pipeline import read
    from ..render import layout_boxes, render_page_png

    if args.page < 1:
        raise BroadsheetError(f"bad page {args.page} (pages start at 1)")
    if not 0.1 <= args.zoom <= 8:
        raise BroadsheetError(f"bad zoom {args.zoom} (use 0.1 to 8)")
    boxes = None
    if args.boxes:
        page = read(args.path, nlp=False, pages=[args.page], kind="pdf")
        boxes = layout_boxes(page, args.page)
    png = render_page_png(args.path, args.page, boxes, zoom=args.zoom)
    output = Path(args.output or f"{Path(args.path).with_suffix('')}-p{args.page}.png")
    try:
        output.write_bytes(png)
    except OSError as exc:
        raise BroadsheetError(f"cannot write {output}: {exc.strerror or exc}") from None
    print(output)
    return 0
