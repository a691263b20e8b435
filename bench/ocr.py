"""OCR benchmark: pagegen pages printed to scan-like images and read back.

Every page is printed at 300 dpi, turned by a random angle within ±1°, on
tinted paper with noise and specks; a *draw* is one such printing of the
whole page set.  In the first draw it scores, in the same run:

- broadsheet on the image (Tesseract hOCR → layout → headlines mended from
  their bodies), with and without deskewing, and with Tesseract's English
  model (``eng``) instead of the default (Latin-script when installed);
- broadsheet on the same page's PDF (the born-digital path: the ceiling);
- plain ``tesseract page.png -`` text as one article (the baseline).

Then broadsheet's OCR path alone in every draw: body F1, headline accuracy
(exact, and with accents aside: Tesseract's English model drops diacritics)
and article count per draw, their mean and minimum, and the headlines missed
most, so that one number does not hang on one turn of the pages.

Measures are the shared ones of `bench.score`.  Speed: OCR seconds per page
and seconds for everything after OCR, pages spread over all cores.  Then the
Chronicling America ALTO sample: its article grouping and how much of the
library's plain OCR text the articles keep.

    .venv/bin/python -m bench.ocr [PAGES] [--seed N] [--draws D] [--articles wikinews-2020]
                                  # default 21 pages (7 per style), seed 3, 3 draws
    .venv/bin/python -m bench.ocr --example   # (re)make examples/scan-page.png
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bench import corpus
from bench.score import Tally, fold, score_page, tokens

EXAMPLE = corpus.ROOT / "examples" / "scan-page.png"


def render_scan(pdf: Path, *, page: int = 0, dpi: int = 300, angle: float = 0.6, seed: int = 1,
                sigma: float = 6.0, levels: int = 8) -> bytes:
    """A PDF page as a scan: gray PNG at `dpi`, turned by `angle`°, tinted, noisy, speckled.

    The gray is quantised to `levels` so the noise still compresses (a page
    stays under 1.5 MB at 200 dpi).
    """
    import numpy as np
    import pymupdf

    with pymupdf.open(pdf) as doc:
        zoom = dpi / 72
        pix = doc[page].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom).prerotate(angle),
                                   colorspace=pymupdf.csGRAY)
    img = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)[:, : pix.width]
    rng = np.random.default_rng(seed)
    out = img.astype(np.float32) * 0.88 + 14  # paper is not white, ink not black
    out += rng.normal(0, sigma, out.shape)
    specks = rng.random(out.shape) < 0.0008
    out[specks] = rng.integers(0, 120, int(specks.sum()))
    step = 256 // levels
    quantised = (np.clip(out, 0, 255) // step * step + step // 2).clip(0, 255).astype(np.uint8)
    scan = pymupdf.Pixmap(pymupdf.csGRAY, pix.width, pix.height, quantised.tobytes(), False)
    scan.set_dpi(dpi, dpi)
    return bytes(scan.tobytes("png"))


def make_example() -> Path:
    """examples/scan-page.png: the made-up example articles as a 200 dpi scan."""
    page = corpus.generate("broadsheet", seed=1, pages=2, articles="examples")[0]
    EXAMPLE.write_bytes(render_scan(page.pdf, dpi=200, angle=0.6, seed=7))
    return EXAMPLE


def _plain_tesseract(png: Path) -> str:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    done = subprocess.run(["tesseract", str(png), "-", "-l", "eng"], capture_output=True, text=True,
                          env=env, check=True, timeout=600)
    return done.stdout


def _cpu() -> float:
    """CPU seconds of this process and its finished children (Tesseract runs as a child)."""
    import resource

    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _headlines(page: Any, gold: dict[str, Any]) -> tuple[int, int, int, int, list[str]]:
    """Gold headlines; those found exactly, with accents aside, and nearly (a misread letter or two).

    Tesseract's English model reads ć as c and ń as n, and misreads a letter
    now and then ("Viada" for "Vlada"): character errors (body F1 counts
    them), not headlines the layout failed to find.  "Nearly" is a folded
    character match of at least 0.9 (difflib ratio); the missed list holds
    the headlines not even nearly found.
    """
    from difflib import SequenceMatcher

    pred = [fold(a.headline).lower() for a in page.articles if a.headline]
    gold_heads = [fold(a["headline"]).lower() for a in gold["articles"] if a.get("headline")]
    exact = sum(h in set(pred) for h in gold_heads)
    loose_pred = {_strip_accents(h) for h in pred}
    loose = sum(_strip_accents(h) in loose_pred for h in gold_heads)
    def near(h: str) -> bool:
        return any(SequenceMatcher(None, _strip_accents(h), p).ratio() >= 0.9 for p in loose_pred)

    missed = [h for h in gold_heads if not near(h)]
    return len(gold_heads), exact, loose, len(gold_heads) - len(missed), missed


#: (PDF, gold, turn in degrees, noise seed, with the comparisons)
Job = tuple[str, str, float, int, bool]


def _one_page(job: Job) -> dict[str, Any]:
    """Everything measured on one page (one draw of turn and noise), in a worker process.

    `full` adds the comparisons (no deskewing, English model, the PDF, plain Tesseract);
    otherwise only broadsheet's OCR path runs.
    """
    import json

    from broadsheet.config import Settings
    from broadsheet.errors import BroadsheetError
    from broadsheet.ingest import load
    from broadsheet.ingest.ocr import OcrSettings, decode_image, ocr_articles, ocr_layout, ocr_pixmap
    from broadsheet.model import Article, Page, Source
    from broadsheet.pipeline import ReadOptions, read

    pdf, gold_path, angle, noise, full = job
    gold = json.loads(Path(gold_path).read_text())
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        png = Path(tmp) / "page.png"
        png.write_bytes(render_scan(Path(pdf), angle=angle, seed=noise))
        settings = Settings(cache_dir=tmp)  # a fresh cache: OCR time is real
        options = ReadOptions(nlp=False, settings=settings)
        raw = load(png, max_bytes=settings.max_input_bytes)
        variants = (("broadsheet-ocr", OcrSettings()), ("no-deskew", OcrSettings(deskew=False)),
                    ("eng-model", OcrSettings(lang="eng")))
        for name, ocr in variants[: 3 if full else 1]:
            start, cpu = time.perf_counter(), _cpu()
            pix, dpi = decode_image(raw, ocr)
            result = ocr_pixmap(pix, dpi, key=raw.sha256, settings=settings, path=str(png), ocr=ocr)
            ocr_s, ocr_cpu = time.perf_counter() - start, _cpu() - cpu
            start = time.perf_counter()
            layout = ocr_layout(result, 1, [])
            source = Source(path=str(png), sha256=raw.sha256, kind="image")
            page = ocr_articles([layout], source, options)
            out[name] = {"score": score_page(page, gold), "ocr_s": ocr_s, "ocr_cpu": ocr_cpu,
                         "rest_s": time.perf_counter() - start, "articles": len(page.articles),
                         "headlines": _headlines(page, gold)}
        if not full:
            return out
        start, cpu = time.perf_counter(), _cpu()
        text = _plain_tesseract(png)
        plain = Page(source=Source(path=None, sha256="", kind="image"),
                     articles=[Article(id="a1", body=[text])])
        out["tesseract-text"] = {"score": score_page(plain, gold), "ocr_s": time.perf_counter() - start,
                                 "ocr_cpu": _cpu() - cpu, "rest_s": 0.0, "articles": 1,
                                 "headlines": _headlines(plain, gold)}
    start = time.perf_counter()
    try:
        page = read(pdf, nlp=False)
        out["broadsheet-pdf"] = {"score": score_page(page, gold), "ocr_s": 0.0, "ocr_cpu": 0.0,
                                 "rest_s": time.perf_counter() - start, "articles": len(page.articles),
                                 "headlines": _headlines(page, gold)}
    except (BroadsheetError, ImportError) as exc:
        out["broadsheet-pdf"] = {"error": str(exc)}
    return out


def _jobs(pages: list[corpus.GeneratedPage], seed: int, draw: int) -> list[Job]:
    """One draw: every page turned by a random angle within ±1° and given its own noise."""
    import random

    jobs = []
    for i, p in enumerate(pages):
        rng = random.Random(f"{seed}/{draw}/{i}")
        jobs.append((str(p.pdf), str(p.gold_path), rng.uniform(-1.0, 1.0), rng.randrange(1 << 30), draw == 0))
    return jobs


def _ocr_pages(count: int, seed: int, articles: str, draws: int) -> None:
    per_style = max(1, -(-count // len(corpus.STYLES)))
    pages = [p for style in corpus.STYLES
             for p in corpus.generate(style, seed=seed, pages=per_style, articles=articles)]
    pages = pages[:count]
    workers = os.cpu_count() or 1
    start = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        runs = [list(pool.map(_one_page, _jobs(pages, seed, draw))) for draw in range(draws)]
    wall = time.perf_counter() - start
    from broadsheet.ingest.ocr import OcrSettings

    print(f"OCR: {len(pages)} pagegen pages ({articles}, 3 styles, seed {seed}) at 300 dpi, turned by up to "
          f"±1° and noised, {draws} draws of turn and noise; {workers} workers, {wall:.1f} s wall; "
          f"Tesseract model {OcrSettings().lang!r}")
    results = runs[0]
    names = ["broadsheet-ocr", "no-deskew", "eng-model", "broadsheet-pdf", "tesseract-text"]
    tallies: dict[str, Tally] = {name: Tally() for name in names}
    times: dict[str, list[float]] = {name: [0.0, 0.0, 0.0] for name in names}
    errors: Counter[str] = Counter()
    for result in results:
        for name in names:
            item = result[name]
            if "error" in item:
                errors[name] += 1
                continue
            tallies[name].add(item["score"])
            times[name][0] += item["ocr_s"]
            times[name][1] += item["rest_s"]
            times[name][2] += item["ocr_cpu"]
    base = tallies["tesseract-text"].result()["body_f1"]
    print(f"\ndraw 1, every reader:\n{'reader':<16}{'body F1':>9}{'×tess':>7}{'headline':>10}{'count':>7}"
          f"{'OCR s/pg':>10}{'OCR cpu':>9}{'rest s/pg':>11}")
    for name in names:
        if tallies[name].pages == 0:
            print(f"{name:<16}  unavailable ({errors[name]} errors)")
            continue
        r, n = tallies[name].result(), tallies[name].pages
        print(f"{name:<16}{r['body_f1']:>9.3f}{r['body_f1'] / base:>7.2f}{r['headline_acc']:>10.2f}"
              f"{r['article_count_acc']:>7.2f}{times[name][0] / n:>10.2f}{times[name][2] / n:>9.2f}"
              f"{times[name][1] / n:>11.3f}")
    print("OCR s/pg is wall time in a worker (all workers busy); OCR cpu counts preprocessing and "
          "Tesseract's own CPU.")
    _draws_table(runs)


def _draws_table(runs: list[list[dict[str, Any]]]) -> None:
    """broadsheet-ocr in every draw: headline accuracy exact and with accents aside, per draw and over all."""
    print(f"\nbroadsheet-ocr over {len(runs)} draws ({len(runs[0])} pages each):")
    widths = (9, 10, 15, 8, 7)
    print(f"{'draw':<8}{'body F1':>9}{'headline':>10}{'accents aside':>15}{'nearly':>8}{'count':>7}")
    rows: list[tuple[float, ...]] = []
    missed: Counter[str] = Counter()
    for number, results in enumerate(runs, start=1):
        tally = Tally()
        heads = [0, 0, 0, 0]
        for result in results:
            item = result["broadsheet-ocr"]
            tally.add(item["score"])
            *counts, miss = item["headlines"]
            heads = [a + b for a, b in zip(heads, counts, strict=True)]
            missed.update(miss)
        r = tally.result()
        row = (r["body_f1"], *(n / heads[0] for n in heads[1:]), r["article_count_acc"])
        rows.append(row)
        print(f"{number:<8}" + "".join(f"{v:>{w}.3f}" for v, w in zip(row, widths, strict=True)))
    for label, pick in (("mean", lambda v: sum(v) / len(v)), ("min", min)):
        values = [pick([row[k] for row in rows]) for k in range(len(widths))]
        print(f"{label:<8}" + "".join(f"{v:>{w}.3f}" for v, w in zip(values, widths, strict=True)))
    print("targets: body F1 >= 0.97, headline accuracy >= 0.9 in every draw. 'accents aside': found when "
          "only diacritics differ (Tesseract's English model reads ć as c); 'nearly': a folded character "
          "match >= 0.9 (a misread letter or two).")
    for head, n in missed.most_common(5):
        print(f"  not even nearly found {n}×: {head[:80]}")


def _alto_sample() -> None:
    from broadsheet.pipeline import read

    alto = corpus.SHARED / "samples" / "chronam-newyork-tribune-page.alto.xml"
    plain = alto.with_name("chronam-newyork-tribune-page.ocr.txt")
    if not alto.exists():
        print(f"ALTO: {alto} is missing; skipped")
        return
    start = time.perf_counter()
    page = read(str(alto), nlp=False)
    seconds = time.perf_counter() - start
    got = Counter(t for a in page.articles for p in [a.headline or "", *a.body] for t in tokens(p))
    got.update(t for o in page.other for t in tokens(o.text))
    want = Counter(tokens(plain.read_text(encoding="utf-8")))
    kept = sum((got & want).values())
    print(f"\nALTO sample (Chronicling America, New-York Tribune, no article gold): {seconds:.2f} s")
    print(f"  {len(page.articles)} articles, {sum(len(a.body) for a in page.articles)} paragraphs, "
          f"{len(page.other)} other items; library OCR tokens kept: {kept / sum(want.values()):.3f} "
          f"(recall), {kept / max(1, sum(got.values())):.3f} (precision)")
    for article in page.articles[:12]:
        words = sum(len(p.split()) for p in article.body)
        headline = (article.headline or "(no headline)")[:60]
        print(f"  - {headline:<62}{len(article.body):>3} ¶ {words:>5} words")


def main() -> int:
    if "--example" in sys.argv:
        print(f"wrote {make_example()}")
        return 0
    try:
        corpus.require_shared()
    except corpus.Unavailable as exc:
        print(f"bench.ocr: {exc}")
        return 1
    args = sys.argv[1:]
    valued = ("--seed", "--draws")
    counts = [a for i, a in enumerate(args) if a.isdigit() and (i == 0 or args[i - 1] not in valued)]
    count = int(counts[0]) if counts else 21
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 3
    articles = args[args.index("--articles") + 1] if "--articles" in args else "wikinews-2019"
    draws = int(args[args.index("--draws") + 1]) if "--draws" in args else 3
    _ocr_pages(count, seed, articles, draws)
    _alto_sample()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
