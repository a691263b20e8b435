"""The reader in a real headless Chromium, served by uvicorn on a free local port.

The store holds pagegen pages as a perfect reader would give them (their
gold structure and PDFs, each pull quote a body quotation by its speaker)
plus one hostile article whose every field tries to break out of HTML.
Screenshots of each page type go to ``artifacts/screens/``.
"""

from __future__ import annotations

import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from bench import corpus
from bench import web as bench_web

from broadsheet.model import Article, Caption, Entity, Page, PullQuote, Quote, Source, Speaker

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SCREENS = ROOT / "artifacts" / "screens"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PUBLICATIONS = ("The Arab Weekly", "Daily Planet", "Morning Ledger")

EVIL = '"><script>window.__xss=1</script><img src=x onerror="window.__xss=2">'
EVIL_ID = 'per-x"><script>window.__xss=3</script>'


def hostile_page() -> Page:
    """An article whose every stored field holds markup and attribute-breaking quotes."""
    body = [
        f"Officials in Zanzibar Harbour said the <b>plan</b> {EVIL} would go ahead.",
        "“We will not be moved by ' onmouseover='window.__xss=4' or by anyone,” said Mallory O'Hara.",
        "The </p></mark><script>window.__xss=5</script> council met on Tuesday.",
    ]
    article = Article(id="evil", headline=f"Zanzibar council vote {EVIL}", deck=f"Deck {EVIL}",
                      byline="By ' onmouseover='window.__xss=6", body=body, kicker="<i>kicker</i>",
                      bio=f"Bio {EVIL}")
    text = article.text
    start = text.index("“")
    end = text.index("”") + 1
    speaker = Speaker(f"Mallory O'Hara {EVIL}", title=f"mayor {EVIL}", entity_id=EVIL_ID)
    article.quotes.append(Quote(text[start:end], "direct", start, end, speaker, cue="said"))
    name_at = text.index("Mallory O'Hara")
    article.entities.append(Entity(EVIL_ID, "Mallory O'Hara", "PERSON", [[name_at, name_at + 14]]))
    place = text.index("Zanzibar Harbour")
    article.entities.append(Entity('gpe-"zanzibar', "Zanzibar Harbour", "GPE", [[place, place + 16]]))
    article.pull_quotes.append(PullQuote(f"Pull {EVIL}", f"Mallory {EVIL}", f"title {EVIL}", 0))
    article.captions.append(Caption(f"Caption {EVIL}", f"Lead {EVIL}", f"credit {EVIL}"))
    return Page(source=Source(None, "e" * 64, "text-dump"), publication=f"<i>Evil</i> {EVIL} Times",
                date="2021-06-01", articles=[article])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _app(db: str, token: str | None) -> Any:
    """The real API app when it is installed (it mounts the reader), else the reader alone."""
    try:
        from broadsheet.api import create_app
    except ImportError:
        from fastapi import FastAPI

        from broadsheet.store import open_store
        from broadsheet.web import mount

        app = FastAPI()
        mount(app, open_store(db), token=token)
        return app
    return create_app(db, token=token)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    try:
        corpus.require_shared()
        pages = []
        for style in corpus.STYLES:
            pages += corpus.generate(style, seed=1, pages=2, articles="examples")
        pages += corpus.generate("broadsheet", seed=1, pages=3)[:1]
    except corpus.Unavailable as exc:  # no ../shared or pagegen: nothing to serve
        pytest.skip(f"pagegen pages are unavailable: {exc}")
    # Skips name what is missing; under CI=true the conftest hook fails them (CI installs both).
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (scripts/system-deps.sh installs it)")
    import uvicorn

    from broadsheet.store import open_store

    db = str(tmp_path_factory.mktemp("web") / "reader.db")
    info: dict[str, Any] = {"articles": {}}
    with open_store(db) as store:
        for n, generated in enumerate(pages):
            page = bench_web.gold_page(generated, publication=PUBLICATIONS[n % 3],
                                       date=f"2019-{1 + n % 12:02d}-{10 + n:02d}")
            store.add_page(page)
        store.add_page(hostile_page())
        for pid in [r[0] for r in store._all("SELECT id FROM pages")]:
            for art in store.page(pid).articles:
                info["articles"][art.id] = art.headline
                full = store.article(art.id).article
                if full.captions and full.captions[0].lead_in and "captioned" not in info:
                    info["captioned"] = (art.id, full.captions[0])
    app = _app(db, token="s3cret")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    info["base"] = f"http://127.0.0.1:{port}"
    try:
        yield info
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=ARGS,
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    tab = browser.new_page()
    tab.set_default_timeout(10_000)
    DIALOGS.clear()
    tab.on("dialog", lambda d: (DIALOGS.append(d.message), d.dismiss()))
    yield tab
    tab.close()


#: Messages of any alert/confirm/prompt a page opened (a script that ran).
DIALOGS: list[str] = []


def shot(page: Any, name: str) -> None:
    SCREENS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENS / f"{name}.png"), full_page=True)


def test_search_open_article_follow_speaker(site: dict[str, Any], page: Any) -> None:
    page.goto(site["base"] + "/")
    assert page.locator(".counts").inner_text().count("articles") == 1
    assert page.get_by_role("link", name="Daily Planet", exact=True).count() == 1
    shot(page, "home")

    page.get_by_role("searchbox").fill("pensioners")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=pensioners")
    hits = page.locator(".results > li")
    assert hits.count() >= 3
    assert hits.first.locator(".snippet mark").first.inner_text().lower() == "pensioners"
    shot(page, "search")

    page.get_by_role("link", name="Quotations", exact=True).click()
    page.wait_for_url("**kind=quotes**")
    assert page.locator(".results blockquote mark").first.inner_text().lower() == "pensioners"
    shot(page, "search-quotes")

    page.locator(".results li a[href^='/articles/']").first.click()
    page.wait_for_url("**/articles/**")
    marked = page.locator("article .body mark.q")
    assert marked.count() >= 1
    said = marked.first.inner_text()
    assert "pensioners" in said
    chip = page.locator("article .body a.chip").first
    speaker = chip.inner_text()
    assert speaker == "Agnes Morrow"
    assert page.locator("aside.pull-quote").inner_text().startswith("“What we did not expect")
    image = page.locator(".page-image img").first
    image.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image.element_handle())
    shot(page, "article")
    article_url = page.url

    chip.click()
    page.wait_for_url("**/speakers/**")
    assert page.locator("h1").inner_text() == speaker
    quotes = page.locator(".quote-list blockquote")
    assert quotes.count() >= 3
    assert said in quotes.first.inner_text()
    dates = page.locator(".quote-list time").all_inner_texts()
    assert dates == sorted(dates, reverse=True)
    assert "Head librarian" in page.locator(".titles").inner_text()
    assert page.locator(f"a[href='{article_url.removeprefix(site['base'])}']").count() >= 1
    shot(page, "speaker")


def test_captions_shown_as_captions(site: dict[str, Any], page: Any) -> None:
    article_id, caption = site["captioned"]
    page.goto(site["base"] + f"/articles/{article_id}")
    figure = page.locator("figure.caption").first
    assert figure.locator("b").inner_text() == caption.lead_in
    assert caption.text in figure.inner_text()
    # A caption is not body text: it sits outside the body's paragraphs.
    assert caption.text not in page.locator("article .body").inner_text()


def test_entity_page_and_page_image_links(site: dict[str, Any], page: Any) -> None:
    page.goto(site["base"] + "/search?q=pensioners")
    page.locator(".results h2 a").first.click()
    page.wait_for_url("**/articles/**")
    page.locator("article a.ent").first.click()
    page.wait_for_url("**/entities/**")
    assert page.locator("h1").inner_text().startswith("Agnes Morrow")
    assert page.locator("section[aria-labelledby=mentions] li").count() >= 3
    snippet_mark = page.locator("section[aria-labelledby=mentions] .snippet mark").first
    assert snippet_mark.inner_text() == "Agnes Morrow"
    shot(page, "entity")

    page.go_back()
    current = page.url
    page.locator(".meta a[href^='/pages/']").click()
    page.wait_for_url("**/pages/**")
    listed = page.locator("section[aria-labelledby=in-issue] li a")
    assert listed.count() >= 2
    boxes = page.locator(".page-image a.box")
    assert boxes.count() >= listed.count()
    page.wait_for_function("() => [...document.querySelectorAll('.page-image img')]"
                           ".every(i => i.complete && i.naturalWidth > 0)")
    shot(page, "page")

    # Back on the article, a click on another article's box opens that article.
    page.goto(current)
    other = page.locator(".page-image a.box:not(.current)").first
    href = other.get_attribute("href")
    assert href and href != current.removeprefix(site["base"])
    other.click()
    page.wait_for_url(f"**{href}")
    assert page.locator("h1").inner_text() == site["articles"][href.rsplit("/", 1)[1]]


def test_facets_and_shareable_urls(site: dict[str, Any], page: Any) -> None:
    base = site["base"]
    page.goto(base + "/search?q=library")
    total = int(page.locator("#results-heading").inner_text().split()[0])
    # Facet counts arrive after the results (fetched by the page), over every match.
    publications = page.get_by_role("region", name="Publications among the matches")
    publications.wait_for()
    counted = {}
    for item in publications.locator("li").all():
        counted[item.locator("a").inner_text()] = int(item.locator(".meta").inner_text())
    assert sum(counted.values()) == total
    label = next(name for name, n in counted.items() if 0 < n < total)
    publications.get_by_role("link", name=label, exact=True).click()
    page.wait_for_url("**publication=**")
    narrowed = int(page.locator("#results-heading").inner_text().split()[0])
    assert narrowed == counted[label]
    assert page.locator("#f-pub option:checked").inner_text() == label
    shared_url = page.url
    first = page.locator(".results h2 a").all_inner_texts()
    page.goto(shared_url)  # a bookmark or a link sent to someone
    assert page.locator(".results h2 a").all_inner_texts() == first

    # Without JavaScript the counts come inline from a plain link.
    inline = page.request.get(base + "/search?q=library&facets=1").text()
    assert "Publications among the matches" in inline

    # Date range, and the speaker facet of quotations.
    page.goto(base + "/search?q=pensioners&kind=quotes&from=2019-03-01&to=2019-12-31")
    dates = page.locator(".results time").all_inner_texts()
    assert dates and all("2019-03-01" <= d <= "2019-12-31" for d in dates)
    page.goto(base + "/search?kind=quotes&q=crop OR pensioners")
    speakers = page.get_by_role("region", name="Speakers among the matches")
    speakers.get_by_role("link", name="Erik Holm").click()
    page.wait_for_url("**speaker=**")
    chips = page.locator(".results a.chip").all_inner_texts()
    assert chips and set(chips) == {"Erik Holm"}

    # Filters without words list the newest matches (a speaker by name here).
    page.goto(base + "/search?kind=quotes&speaker=Erik+Holm")
    assert page.locator("#results-heading").inner_text() == "Newest quotations matching the filters"
    listed = page.locator(".results a.chip").all_inner_texts()
    assert len(listed) == len(chips) and set(listed) == {"Erik Holm"}
    dates = page.locator(".results time").all_inner_texts()
    assert dates == sorted(dates, reverse=True)


def test_keyboard_only(site: dict[str, Any], page: Any) -> None:
    page.goto(site["base"] + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "site-q"
    page.keyboard.type("robots")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=robots")
    # Tab to the first result and open it with Enter.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('.results') !== null"):
            break
    href = page.evaluate("document.activeElement.getAttribute('href')")
    assert href.startswith("/articles/")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**{href}")
    outline = page.evaluate("""() => { const a = document.querySelector('.page-image a.box');
        a.focus(); return getComputedStyle(a).outlineStyle + ' ' + getComputedStyle(a).borderColor; }""")
    assert outline  # focusable, with a visible focus style
    assert page.evaluate("document.activeElement.classList.contains('box')")


def test_readable_on_a_phone(site: dict[str, Any], browser: Any) -> None:
    phone = browser.new_page()
    phone.set_viewport_size({"width": 390, "height": 844})
    phone.set_default_timeout(10_000)
    try:
        phone.goto(site["base"] + "/search?q=pensioners")
        phone.locator(".results a[href^='/articles/']").first.click()
        phone.wait_for_url("**/articles/**")
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        size = phone.evaluate("parseFloat(getComputedStyle(document.querySelector('.body p')).fontSize)")
        assert size >= 16
        # Text first, then the page image below it, both in the one column.
        text_box = phone.locator("article.story").bounding_box()
        image_box = phone.locator(".page-image").first.bounding_box()
        assert image_box["y"] > text_box["y"] + text_box["height"] - 1
        shot(phone, "article-phone")
    finally:
        phone.close()


def test_hostile_article_renders_inert(site: dict[str, Any], page: Any) -> None:
    base = site["base"]
    visited = []

    def check() -> None:
        assert page.evaluate("window.__xss") is None, page.url
        assert page.locator("img[src=x], img[src='x']").count() == 0
        assert page.evaluate("[...document.scripts].every(s => s.src.includes('/static/'))")
        assert page.evaluate("[...document.querySelectorAll('*')].every(e =>"
                             " [...e.attributes].every(a => !a.name.startsWith('on')))")
        visited.append(page.url)

    page.goto(base + "/search?q=zanzibar")
    facets = page.get_by_role("region", name="Publications among the matches")
    facets.wait_for()  # the fetched fragment holds the hostile publication name too
    assert "<i>Evil</i>" in facets.inner_text()
    check()
    assert "Zanzibar council vote " + EVIL in page.locator(".results h2").inner_text()
    page.locator(".results h2 a").first.click()
    page.wait_for_url("**/articles/**")
    check()
    assert page.locator("h1").inner_text() == "Zanzibar council vote " + EVIL
    assert EVIL in page.locator(".deck").inner_text()
    assert "<script>window.__xss=5</script>" in page.locator(".body").inner_text()
    assert page.locator("article .body mark.q").first.inner_text().startswith("“We will not be moved by '")
    shot(page, "xss-article")
    page.locator("article a.chip").first.click()
    page.wait_for_url("**/speakers/**")
    check()
    assert EVIL in page.locator("h1").inner_text()
    page.goto(base + "/entities/" + quote(EVIL_ID, safe=""))
    check()
    assert page.locator("h1").inner_text().startswith("Mallory O'Hara")
    page.goto(base + "/")
    check()
    assert page.get_by_text("<i>Evil</i>", exact=False).count() >= 1
    assert DIALOGS == []
    assert len(visited) == 5


def test_bad_urls_get_pages_not_tracebacks(site: dict[str, Any], page: Any) -> None:
    base = site["base"]
    response = page.goto(base + "/articles/no-such-article")
    assert response.status == 404 and "There is no article" in page.locator("main").inner_text()
    response = page.goto(base + '/search?q="unclosed')
    assert response.status == 400
    assert "quotation mark is not closed" in page.locator("[role=alert]").inner_text()
    response = page.goto(base + "/speakers/" + quote(EVIL_ID, safe="") + "?cursor=%%%garbage")
    assert response.status == 400 and "bad cursor" in page.locator("main").inner_text()
    assert page.request.get(base + "/pages/no-such-page/image/1.png").status == 404
    assert page.request.get(base + "/pages/no-such-page/image/x.png").status in (404, 422)


def test_upload_form_only_with_a_token(site: dict[str, Any], page: Any, tmp_path: Path) -> None:
    page.goto(site["base"] + "/")
    form = page.locator("#upload-form")
    assert form.count() == 1
    assert "s3cret" not in page.content()
    sample = ROOT / "examples" / "arabweekly-2017-11-page.txt"
    form.locator("input[type=file]").set_input_files(str(sample))
    form.get_by_label("Publication").fill("Upload Gazette")
    form.get_by_label("API token").fill("wrong")
    form.get_by_role("button", name="Upload and read").click()
    status = page.locator("#upload-status")
    page.wait_for_function("s => s.textContent.startsWith('Not stored')", arg=status.element_handle())
    assert "not valid" in status.inner_text()

    form.get_by_label("API token").fill("s3cret")
    form.get_by_label("Issue date").fill("2017-11-16")
    form.get_by_role("button", name="Upload and read").click()
    status.get_by_role("link", name="Open the page").click(timeout=120_000)
    page.wait_for_url("**/pages/**")
    assert page.locator("h1").inner_text() == "Upload Gazette, 2017-11-16"
    assert page.locator("section[aria-labelledby=in-issue] li a").count() >= 1

    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from broadsheet.store import open_store
    from broadsheet.web import mount

    app = FastAPI()
    mount(app, open_store(str(tmp_path / "empty.db")))
    home = TestClient(app).get("/")
    assert home.status_code == 200 and "upload-form" not in home.text
    assert "The store is empty" in home.text
