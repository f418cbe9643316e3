#!/usr/bin/env python3
"""Checks `course serve` in a real browser: an edited chapter reloads the open page by itself, a
broken one shows its located errors over the page (which stays the last good build), and a fix
clears them; then a Play panel reruns the gallery at a value no grid holds, the figures and the
text's numbers follow, a wrong value gets the directive's message at its field, and "Back to the
built run" restores the page. The server runs on a copy of the chapters, so the repository is
never touched.

Usage: python3 scripts/serve_check.py (from the repository root, after `swift build -c release`).
Exits non-zero on any failure; like browser_check.py it never skips.
"""

import math
import pathlib
import shutil
import signal
import subprocess
import tempfile
import time

import course_server
from browser_check import browser, finish
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

ROOT = course_server.ROOT
PAGE = "how-to-read"
CHAPTER = "00-how-to-read.md"
MARK = "Here is the first one."
EDITED = "Here is the first one (edited while served)."


def check_play_panel(driver):
    """Reruns the gallery at z = 1.5 from its Play panel; returns the failures."""
    failures = []
    wait = WebDriverWait(driver, 20, poll_frequency=0.05)
    try:
        panel = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "#gallery details.play"))
    except Exception:
        return ["the served gallery has no Play panel"]
    sigmoid = driver.find_element(By.CSS_SELECTOR, '.ref[data-ref="gallery.value.sigmoid | fixed:3"]')
    built = sigmoid.text
    panel.find_element(By.TAG_NAME, "summary").click()
    field = panel.find_element(By.NAME, "at")
    field.clear()
    field.send_keys("1.5")
    started = time.time()
    panel.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    status = lambda d: panel.find_element(By.CLASS_NAME, "play-status").text
    expected = f"{1 / (1 + math.exp(-1.5)):.3f}"
    try:
        wait.until(lambda d: status(d).startswith("Rerun with z = 1.5"))
        print(f"serve check: a Play rerun answered in the page in {time.time() - started:.2f} s")
        if sigmoid.text != expected or "changed" not in sigmoid.get_attribute("class"):
            failures.append(f"after the rerun the text says σ(1.5) = {sigmoid.text}, not a marked {expected}")
        title = driver.find_element(By.CSS_SELECTOR, '#gallery [data-part="figure:functions"] .plot-title').text
        if "rerun: z = 1.5" not in title:
            failures.append(f"the rerun's figure title does not name its setting: {title}")
    except Exception:
        failures.append(f"the Play rerun did not answer within 20 s (status: {status(driver)!r})")
    field.clear()
    field.send_keys("abc")
    panel.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    error = lambda d: d.find_element(By.ID, "gallery-play-at-error").text
    try:
        wait.until(lambda d: "'at' must be a number" in error(d))
        if field.get_attribute("aria-invalid") != "true":
            failures.append("the wrong field is not marked aria-invalid")
        print("serve check: a wrong value gets the directive's message at its field")
    except Exception:
        failures.append(f"a wrong value showed no message at its field (got {error(driver)!r})")
    panel.find_element(By.CLASS_NAME, "play-reset").click()
    if sigmoid.text != built or "changed" in sigmoid.get_attribute("class"):
        failures.append(f"'Back to the built run' left the text at {sigmoid.text}, not {built}")
    return failures


def main():
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        chapters = pathlib.Path(folder) / "chapters"
        shutil.copytree(ROOT / "chapters", chapters)
        if (ROOT / "course.yml").exists():
            shutil.copy(ROOT / "course.yml", pathlib.Path(folder) / "course.yml")
        chapter = chapters / CHAPTER
        original = chapter.read_text(encoding="utf-8")
        port = course_server.free_port()
        server = course_server.start("serve check", ["--chapters", str(chapters)], port, cwd=ROOT, timeout=300)
        driver = browser()
        try:
            driver.get(f"http://127.0.0.1:{port}/{PAGE}.html")
            body = lambda d: d.find_element(By.TAG_NAME, "body").text
            if MARK not in body(driver):
                failures.append("the served page does not show the chapter's text")
            started = time.time()
            chapter.write_text(original.replace(MARK, EDITED), encoding="utf-8")
            try:
                WebDriverWait(driver, 20, poll_frequency=0.05).until(lambda d: EDITED in body(d))
                # When the reloaded page had been parsed, by the browser's clock (the machine's):
                # the polling above would add its own delay.
                ready = driver.execute_script(
                    "var n = performance.getEntriesByType('navigation')[0];"
                    " return (performance.timeOrigin + n.domContentLoadedEventEnd) / 1000;")
                print(f"serve check: an edit reached the open page in {ready - started:.2f} s "
                      f"(seen by polling after {time.time() - started:.2f} s)")
            except Exception:
                failures.append("an edited chapter did not reach the open page within 20 s")
            broken = original.replace("id: gallery\n", "id: gallery\nrnage: 3\n")
            chapter.write_text(broken, encoding="utf-8")
            alert = "[role=alert]"
            try:
                WebDriverWait(driver, 20).until(
                    lambda d: "has no parameter 'rnage'" in "".join(e.text for e in d.find_elements(By.CSS_SELECTOR, alert)))
                print("serve check: a broken chapter shows its located error over the last good page")
            except Exception:
                failures.append("a broken chapter showed no error overlay within 20 s")
            if EDITED not in body(driver):
                failures.append("a failed build did not keep the last good page")
            chapter.write_text(original, encoding="utf-8")
            try:
                WebDriverWait(driver, 20).until(
                    lambda d: MARK in body(d) and not d.find_elements(By.CSS_SELECTOR, alert))
                print("serve check: fixing it reloads the page and clears the error")
            except Exception:
                failures.append("fixing the chapter did not reload the page and clear the error")
            failures += check_play_panel(driver)
        finally:
            driver.quit()
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                failures.append("the server did not stop within 10 s of SIGTERM")
    finish("serve check", failures)


if __name__ == "__main__":
    main()
