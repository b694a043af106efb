"""The page of `factlint serve` in Debian's Chromium, as an editor uses it.

    python browser.py URL SEED_ARTICLE SCREENSHOT_DIR TOKEN_URL TOKEN BROKEN_URL

Run by tests/serve.rs against a live server. Playwright drives the system
Chromium (/usr/bin/chromium) over the DevTools protocol; no browser is
downloaded. Prints "browser: ok" when every step passed.
"""

import sys
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

url, seed_path, shots = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
token_url, token, broken_url = sys.argv[4], sys.argv[5], sys.argv[6]
seed = seed_path.read_text(encoding="utf-8")
shots.mkdir(parents=True, exist_ok=True)

with sync_playwright() as p:
    browser = p.chromium.launch(
        executable_path="/usr/bin/chromium",
        args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    # Self-contained: nothing is fetched but the page and its own API.
    outside = []
    page.on(
        "request",
        lambda r: outside.append(r.url) if not r.url.startswith(url) else None,
    )
    page.goto(url)

    # Keyboard: every control has a label, and Tab reaches them in order.
    page.get_by_label("Text (paste, type, or drop a .md or .txt file)").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "date", "Tab order: text → date"

    # The editor pastes the seed article, as plain text.
    page.select_option("#format", "text")
    page.fill("#text", seed)

    # Checked as typed: two mismatches highlighted, two finding cards.
    expect(page.locator("#view mark.mismatch")).to_have_count(2, timeout=15000)
    expect(page.locator("#findings article.card")).to_have_count(2)
    marks = page.locator("#view mark.mismatch").all_text_contents()
    assert any("over 800 units" in m for m in marks), marks
    assert any("in the fall of 2021" in m for m in marks), marks
    assert page.locator("#view mark.agree").count() >= 1
    assert page.locator("#view mark.unchecked").count() >= 1
    expect(page.locator("#n-mismatch")).to_have_text("2")
    expect(page.locator("#status")).to_contain_text("2 mismatch")
    card = page.locator("#findings article.card", has_text="fact-mismatch")
    expect(card).to_contain_text("650 troops")
    expect(card).to_contain_text("Illustrative value")
    expect(card.locator("del")).to_have_text("over 800")
    expect(card.locator("ins")).to_have_text("about 650")
    page.screenshot(path=str(shots / "checked.png"), full_page=True)

    # Apply the suggestion by keyboard: the text changes, and is checked again.
    button = card.get_by_role("button", name="Apply “about 650 units”", exact=False)
    button.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#text")).to_have_value(
        seed.replace("over 800 units", "about 650 units")
    )
    expect(page.locator("#view mark.mismatch")).to_have_count(1, timeout=15000)
    expect(page.locator("#n-mismatch")).to_have_text("1")

    # The corrected text: the remaining safe suggestion applied too.
    corrected = page.input_value("#corrected")
    assert "about 650 units" in corrected, corrected
    assert "in December 2021" in corrected, corrected
    page.click("#use")
    expect(page.locator("#findings article.card")).to_have_count(0, timeout=15000)
    expect(page.locator("#n-mismatch")).to_have_text("0")
    page.screenshot(path=str(shots / "corrected.png"), full_page=True)

    # Text from the article is shown as text, never run as markup.
    page.fill("#text", "<img src=x onerror=alert(1)> Italy has over 800 units in Iraq.")
    expect(page.locator("#view")).to_contain_text("<img src=x onerror", timeout=15000)
    assert page.locator("#view img").count() == 0

    # A file opened from disk: its name and kind are taken, and it is checked.
    page.set_input_files("#file", str(seed_path))
    expect(page.locator("#text")).to_have_value(seed)
    expect(page.locator("#format")).to_have_value("text")
    expect(page.locator("#view mark.mismatch")).to_have_count(2, timeout=15000)
    expect(page.locator("#findings article.card").first).to_contain_text(
        "line 17"
    )

    # A phone: one column, nothing wider than the screen.
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    small = phone.new_page()
    small.goto(url)
    small.select_option("#format", "text")
    small.fill("#text", seed)
    expect(small.locator("#findings article.card")).to_have_count(2, timeout=15000)
    width = small.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"page is {width}px wide on a 390px screen"
    small.screenshot(path=str(shots / "phone.png"), full_page=True)

    # A server with a token: the page asks for it, then checks.
    guarded = browser.new_context().new_page()
    guarded.goto(token_url)
    guarded.fill("#text", seed)
    expect(guarded.locator("#token")).to_be_visible(timeout=15000)
    expect(guarded.locator("#status")).to_contain_text("token")
    guarded.fill("#token", token)
    guarded.locator("#token").press("Tab")
    expect(guarded.locator("#view mark.mismatch")).to_have_count(2, timeout=15000)

    # A server whose reference data broke after it started: the page says
    # so at once, and checks with the last good data.
    broken = browser.new_context().new_page()
    broken.goto(broken_url)
    expect(broken.locator("#health")).to_be_visible(timeout=15000)
    expect(broken.locator("#health-errors")).to_contain_text("acme.yaml")
    broken.fill("#text", "Acme has 900 employees.")
    expect(broken.locator("#view mark.mismatch")).to_have_count(1, timeout=15000)
    broken.screenshot(path=str(shots / "stale-data.png"), full_page=True)

    assert not errors, errors
    assert not outside or all(
        u.startswith(token_url) or u.startswith(broken_url) for u in outside
    ), outside
    browser.close()

print("browser: ok")
