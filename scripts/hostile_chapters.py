#!/usr/bin/env python3
"""Generates hostile chapters just under the 1 MB limit and times `course check` and
`course build --no-cache` on each (median of several runs), printing a Markdown table.

Usage: python3 scripts/hostile_chapters.py [--course .build/release/course] [--runs 3]

Each chapter is built alone in a temporary project; a build's experiments are tiny
(activation-gallery at its defaults), so the time is the tool's own. Targets: check under 2 s,
build under 3 s for every chapter.
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time

LIMIT = 1_000_000
FRONT = "---\ntitle: Hostile\n---\n\n"
GALLERY = "```{experiment} activation-gallery\nid: g\n```\n\n"


def fill(unit, head=FRONT, limit=LIMIT - 64):
    count = (limit - len(head.encode())) // len(unit.encode())
    return head + unit * count


def chapters():
    long_ids = ["experiment_with_a_rather_long_identifier_number_%03d_abcdefghij" % i for i in range(64)]
    directives = "".join("```{experiment} activation-gallery\nid: %s\n```\n\n" % name for name in long_ids)
    yield "same-heading", fill("# a\n")
    yield "distinct-headings", fill("## heading\n\n" + "".join("# h%d\n" % i for i in range(1000)))
    yield "unknown-ids", fill("{{ experiment_with_a_rather_long_identifier_number_0xx_abcdefghiz.value.relu }}\n", FRONT + directives)
    yield "unknown-paths", fill("{{ g.value.reluu }} ", FRONT + GALLERY)
    yield "valid-references", fill("{{ g.value.relu | fixed:2 }} ", FRONT + GALLERY)
    yield "too-many-directives", fill("```{experiment} activation-gallery\n```\n\n")
    yield "duplicate-ids", fill("```{experiment} activation-gallery\nid: g\n```\n\n", FRONT + GALLERY)
    yield "unclosed-braces", fill("{{ ")
    yield "nested-quotes", FRONT + "> " * 200_000 + "x\n"
    yield "nested-brackets", FRONT + "[" * 400_000 + "x" + "]" * 400_000 + "\n"
    yield "emphasis", fill("*a _b ")
    yield "one-long-line", fill("word ")
    yield "huge-yaml", FRONT + "```{experiment} activation-gallery\nactivations: [" + "relu, " * 160_000 + "relu]\n```\n"
    yield "escaped-braces", fill("\\{{ ")


def median_seconds(command, cwd, runs):
    times = []
    status = None
    for _ in range(runs):
        start = time.perf_counter()
        status = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - start)
    return statistics.median(times), status


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default=".build/release/course")
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    course = os.path.abspath(arguments.course)
    print("| chapter | bytes | check (s) | exit | build (s) | exit |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, text in chapters():
        data = text.encode()
        assert len(data) <= LIMIT, name
        with tempfile.TemporaryDirectory() as project:
            os.mkdir(os.path.join(project, "chapters"))
            with open(os.path.join(project, "chapters", "00-hostile.md"), "wb") as file:
                file.write(data)
            check, check_status = median_seconds([course, "check"], project, arguments.runs)
            build, build_status = median_seconds([course, "build", "--no-cache", "--quiet", "--jobs", "2"], project, arguments.runs)
        print(f"| {name} | {len(data)} | {check:.2f} | {check_status} | {build:.2f} | {build_status} |")


if __name__ == "__main__":
    main()
