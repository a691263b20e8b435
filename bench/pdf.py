"""PDF e-editions → articles, measured on pagegen pages against gold.

For every page (≥ 100 by default, all three styles, two seeds, both Wikinews
years) it scores, in the same run:

- broadsheet on the PDF (``broadsheet.read(pdf, nlp=False)``);
- broadsheet on the text dump of the same page (PyMuPDF's content-stream
  dump, ``broadsheet.read(dump, nlp=False)``): the PDF path must never be worse;
- the baseline: PyMuPDF ``get_text(sort=True)`` with its dehyphenate flag, one
  article per page, a paragraph per text block.

Measures: those of `bench.score` (body token F1, headline accuracy,
paragraph F1, article-count accuracy, parts) and block-to-article assignment
F1: every gold block of the page (headline, body, figure, pull quote...) is
given to the predicted article whose regions cover most of it, and pairs of
blocks in one article are scored against the gold pairs.  Speed: pages per
second without NLP (CPU time, as the machine may be shared), in this process
and in the guarded worker that `read` uses, page by page and as one
multi-page edition of the same pages (the worker's cost a page), against
bare PyMuPDF text extraction (``page.get_text()``) of the same pages in the
same run.  Last, the one pass over a page (`broadsheet.ingest.pdfpass`)
against the PyMuPDF calls it stands for (``get_textpage`` +
``get_cdrawings``), on the same pages and on a page of vector art, where it
hands over to ``get_cdrawings``.

    .venv/bin/python -m bench.pdf [--pages N] [--seeds 1,2] [--dir FOLDER]
"""

from __future__ import annotations

import argparse
import itertools
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import corpus
from bench.score import Tally, score_page
from broadsheet.model import Article, Page, Source

Reader = Callable[[corpus.GeneratedPage], Page]


def pymupdf_sorted(generated: corpus.GeneratedPage) -> Page:
    """The baseline: PyMuPDF's reading-order sort with dehyphenation, one article per page."""
    import pymupdf

    flags = pymupdf.TEXT_DEHYPHENATE | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
    body: list[str] = []
    with pymupdf.open(generated.pdf) as doc:
        for pdf_page in doc:
            for block in pdf_page.get_text("blocks", sort=True, flags=flags):
                text = " ".join(block[4].split())
                if text:
                    body.append(text)
    article = Article(id="pymupdf", body=body)
    return Page(source=Source(path=str(generated.pdf), sha256="", kind="pdf"), articles=[article])


def broadsheet_pdf(generated: corpus.GeneratedPage) -> Page:
    from broadsheet import read

    return read(generated.pdf, nlp=False)


def broadsheet_dump(generated: corpus.GeneratedPage) -> Page:
    from broadsheet import read

    return read(generated.dump("pymupdf"), nlp=False)


# --- block-to-article assignment -------------------------------------------------------------


def _area(box: list[float]) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def _intersection(a: list[float], b: list[float]) -> float:
    return _area([max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])])


def assignment_counts(page: Page, gold: dict[str, Any]) -> tuple[int, int, int] | None:
    """Pair counts (tp, fp, fn) of gold blocks put in one article; None without boxes."""
    blocks = []
    for item in gold["stream_order"]:
        if "/" not in item["id"]:
            continue  # furniture
        x, y, w, h = item["bbox_pt"]
        blocks.append((item["id"].split("/", 1)[0], [x, y, x + w, y + h]))
    regions = [(n, r.bbox) for n, a in enumerate(page.articles) for r in a.regions if r.bbox]
    if not regions and page.articles and page.articles[0].id != "pymupdf":
        return None
    predicted: list[int | None] = []
    for _, box in blocks:
        if page.articles and page.articles[0].id == "pymupdf":
            predicted.append(0)  # one article holds everything
            continue
        cover: dict[int, float] = {}
        for n, rbox in regions:
            cover[n] = cover.get(n, 0.0) + _intersection(box, rbox)
        best = max(cover.items(), key=lambda kv: kv[1], default=(None, 0.0))
        predicted.append(best[0] if best[1] > 0 else None)
    tp = fp = fn = 0
    for (i, (gold_a, _)), (j, (gold_b, _)) in itertools.combinations(enumerate(blocks), 2):
        same_gold = gold_a == gold_b
        same_pred = predicted[i] is not None and predicted[i] == predicted[j]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp, fp, fn


# --- the run ---------------------------------------------------------------------------------


def _score(reader: Reader, pages: list[corpus.GeneratedPage]) -> tuple[dict[str, float], float | None, int]:
    tally = Tally()
    pairs = [0, 0, 0]
    boxed = True
    failures = 0
    for generated in pages:
        try:
            page = reader(generated)
        except Exception as exc:  # a failure scores as an empty page, and is counted
            failures += 1
            print(f"  {reader.__name__} failed on {generated.pdf}: {exc}")
            page = Page(source=Source(path=None, sha256="", kind="pdf"))
        gold = generated.gold
        tally.add(score_page(page, gold))
        counts = assignment_counts(page, gold)
        if counts is None:
            boxed = False
        else:
            pairs = [a + b for a, b in zip(pairs, counts, strict=True)]
    tp, fp, fn = pairs
    assignment = 2 * tp / (2 * tp + fp + fn) if boxed and tp + fp + fn else None
    return tally.result(), assignment, failures


def _bare(pages: list[corpus.GeneratedPage]) -> None:
    import pymupdf

    for generated in pages:
        with pymupdf.open(generated.pdf) as doc:
            for pdf_page in doc:
                pdf_page.get_text()


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the machine may be shared)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _timed(func: Callable[[], object], repeats: int = 3) -> float:
    func()  # warm up: fonts, word lists, regexes
    best = float("inf")
    for _ in range(repeats):
        start = _cpu()
        func()
        best = min(best, _cpu() - start)
    return best


def _edition(pages: list[corpus.GeneratedPage], path: Path) -> Path:
    """The pages bound into one multi-page PDF edition."""
    import pymupdf

    doc = pymupdf.open()
    for generated in pages:
        with pymupdf.open(generated.pdf) as single:
            doc.insert_pdf(single)
    doc.save(path)
    doc.close()
    return path


def _speed(pages: list[corpus.GeneratedPage], edition: Path) -> list[tuple[str, float]]:
    from broadsheet import guard, read

    def in_process(paths: list[Path]) -> Callable[[], None]:
        def run() -> None:
            os.environ["BROADSHEET_GUARD"] = "0"
            try:
                for path in paths:
                    read(path, nlp=False)
            finally:
                os.environ.pop("BROADSHEET_GUARD", None)
        return run

    def guarded(paths: list[Path]) -> Callable[[], None]:
        def run() -> None:
            for path in paths:
                read(path, nlp=False)
            guard.shutdown()  # so that the workers' CPU time is counted
        return run

    singles = [generated.pdf for generated in pages]
    return [("PyMuPDF get_text() (bare extraction)", _timed(lambda: _bare(pages))),
            ("broadsheet PDF, in process", _timed(in_process(singles))),
            ("broadsheet PDF, guarded worker (read())", _timed(guarded(singles), 2)),
            ("one edition of them all, in process", _timed(in_process([edition]), 2)),
            ("one edition of them all, guarded worker", _timed(guarded([edition]), 2))]


def _vector_art(paths: int) -> Any:
    """A page of a short text and `paths` little filled squares: a stand-in for a map or an advert."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=600, height=800)
    page.insert_text((20, 20), "A map of the region", fontsize=9)
    page.insert_text((20, 20), "x", fontsize=1)  # keeps the content stream's font resource
    squares = "\n".join(f"{10 + 5 * (i % 116)} {30 + 5 * (i // 116 % 150)} 3 3 re f" for i in range(paths))
    doc.update_stream(page.get_contents()[0], page.read_contents() + b"\n" + squares.encode())
    return pymupdf.open(stream=doc.tobytes())


def _one_pass_speed(pages: list[corpus.GeneratedPage]) -> None:
    """`pdfpass.read_page` against the public calls it stands for (get_textpage + get_cdrawings)."""
    import pymupdf

    from broadsheet.ingest import pdfpass

    flags = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP

    def public(targets: list[Any]) -> Callable[[], None]:
        def run() -> None:
            for page in targets:
                page.get_textpage(flags=flags).extractDICT()
                page.get_cdrawings(extended=True)
        return run

    def one_pass(targets: list[Any]) -> Callable[[], None]:
        def run() -> None:
            for page in targets:
                pdfpass.read_page(page, flags)
        return run

    docs = [pymupdf.open(generated.pdf) for generated in pages]
    art = _vector_art(5_000)
    print("\nthe one pass over a page (ingest/pdfpass.py) vs PyMuPDF's public calls, CPU ms a page:")
    for label, targets in ((f"the {len(pages)} pages", [doc[0] for doc in docs]),
                           ("a page of vector art (5,000 paths), 10 times", [art[0]] * 10)):
        mine, theirs = _timed(one_pass(targets)), _timed(public(targets))
        print(f"  {label:42} {1000 * mine / len(targets):8.2f} ms vs {1000 * theirs / len(targets):8.2f} ms"
              f"   {mine / theirs:5.2f}× the public calls' time")
    if pdfpass._failed:
        print(f"  (the one pass is off: {pdfpass._failed})")
    for doc in (*docs, art):
        doc.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pdf", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=120, help="pages to score (default 120)")
    parser.add_argument("--seeds", default="1,2", help="pagegen seeds, e.g. 1,2 (default)")
    parser.add_argument("--dir", help="score the pagegen pages (page-NNN.pdf + .gold.json) under this "
                                      "folder instead, e.g. pages of a held-out style")
    args = parser.parse_args(argv)
    try:
        seeds = tuple(int(s) for s in args.seeds.split(","))
        if args.dir:
            pages = [corpus.GeneratedPage(pdf, pdf.with_suffix(".gold.json"))
                     for pdf in sorted(Path(args.dir).glob("**/page-*.pdf"))]
            if not pages:
                print(f"bench.pdf: no page-NNN.pdf under {args.dir}")
                return 1
        else:
            pages = corpus.benchmark_pages(args.pages, seeds=seeds)
    except corpus.Unavailable as exc:
        print(f"bench.pdf: {exc}")
        return 1
    except ValueError:
        print(f"bench.pdf: bad --seeds {args.seeds!r} (use e.g. 1,2)")
        return 2
    styles = sorted({p.gold["style"] for p in pages[:1000]})
    origin = args.dir or f"seeds {args.seeds}, shared folder {corpus.SHARED}"
    print(f"{len(pages)} pagegen pages, styles {', '.join(styles)} ({origin})\n")
    readers: list[tuple[str, Reader]] = [
        ("broadsheet PDF", broadsheet_pdf),
        ("broadsheet dump (pymupdf)", broadsheet_dump),
        ("PyMuPDF sort+dehyphenate", pymupdf_sorted),
    ]
    results = []
    for name, reader in readers:
        measures, assignment, failures = _score(reader, pages)
        results.append((name, measures, assignment, failures))
    columns = ["body_f1", "headline_acc", "paragraph_f1", "article_count_acc"]
    header = f"{'reader':28} " + " ".join(f"{c:>17}" for c in [*columns, "assignment_f1", "failures"])
    print(header)
    print("-" * len(header))
    for name, measures, assignment, failures in results:
        cells = [f"{measures[c]:17.4f}" for c in columns]
        cells.append(f"{assignment:17.4f}" if assignment is not None else f"{'n/a':>17}")
        cells.append(f"{failures:17d}")
        print(f"{name:28} " + " ".join(cells))
    parts = sorted(k for k in results[0][1] if k not in columns)
    if parts:
        print("\nparts found (broadsheet PDF / dump): " + ", ".join(
            f"{k} {results[0][1][k]:.3f}/{results[1][1].get(k, 0.0):.3f}" for k in parts))

    base_pdf, base_dump = results[0][1], results[1][1]
    worse = [c for c in columns if base_pdf[c] < base_dump[c]]
    print("PDF path vs dump path: " + ("never worse" if not worse else f"worse on {', '.join(worse)}"))

    print(f"\nspeed on the same {len(pages)} pages, no NLP, one core, CPU time (best of 2-3 after warm-up):")
    with tempfile.TemporaryDirectory() as folder:
        timings = _speed(pages, _edition(pages, Path(folder) / "edition.pdf"))
    bare = timings[0][1]
    for name, seconds in timings:
        print(f"  {name:42} {len(pages) / seconds:8.1f} pages/s   {seconds / bare:5.2f}× bare time")
    (_, single), (_, single_guarded), (_, edition), (_, edition_guarded) = timings[1:]
    for label, inside, guarded in (("page by page", single, single_guarded),
                                   ("one edition", edition, edition_guarded)):
        print(f"  guarded worker's cost, {label}: {1000 * (guarded - inside) / len(pages):+.2f} ms a page "
              f"({100 * (guarded / inside - 1):+.0f}%)")
    _one_pass_speed(pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
