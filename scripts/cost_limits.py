#!/usr/bin/env python3
"""Runs every experiment kind with each size parameter at its maximum (the others at their
defaults), and with all of them at their maxima, and reports for each run whether the cost
guard refused it or, if not, its wall time and peak memory (/usr/bin/time). The promise it
checks: no in-range directive runs longer than 60 s or needs more than 1 GB; anything that would
is refused before it starts.

Usage: python3 scripts/cost_limits.py [--course .build/release/course] [--kinds a,b]
"""
import argparse
import os
import re
import subprocess
import tempfile
import time

SIZE_NAMES = re.compile(r"^  ([A-Za-z.]+): (integer|list of) ")


def size_parameters(course, kind):
    """(name, YAML value at the maximum) for the integer and list parameters of `kind`."""
    text = subprocess.run([course, "explain", kind], capture_output=True, text=True, check=True).stdout
    found = []
    for line in text.splitlines():
        match = SIZE_NAMES.match(line)
        if not match:
            continue
        name = match.group(1)
        if match.group(2) == "integer":
            found.append((name, re.search(r"integer (-?\d+)…(-?\d+)", line).group(2)))
            continue
        count = int(re.search(r"list of \d+…(\d+)", line).group(1))
        element = line.split("× (", 1)[1].split(")", 1)[0]
        if element.startswith("integer"):
            value = re.search(r"…(-?\d+)", element).group(1)
            values = [value] * count
        elif element.startswith("one of"):
            choices = [c.strip() for c in element[len("one of "):].split(",")]
            values = [choices[i % len(choices)] for i in range(count)]
        else:
            default = re.search(r"default \[([^\]]*)\]", line).group(1).split(",")
            values = [default[i % len(default)].strip() for i in range(count)]
        found.append((name, "[" + ", ".join(values) + "]"))
    return found


def run(course, kind, options):
    with tempfile.TemporaryDirectory() as project:
        os.mkdir(os.path.join(project, "chapters"))
        body = "".join(f"{name}: {value}\n" for name, value in options)
        with open(os.path.join(project, "chapters", "00-c.md"), "w") as file:
            file.write(f"---\ntitle: C\n---\n\n```{{experiment}} {kind}\n{body}```\n")
        start = time.perf_counter()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", course, "build", "--no-cache", "--quiet", "--jobs", "1"],
                                cwd=project, capture_output=True, text=True, timeout=600)
        seconds = time.perf_counter() - start
    lines = result.stderr.strip().splitlines()
    memory = int(lines[-1]) / 1024 if lines and lines[-1].isdigit() else float("nan")
    if "would need about" in result.stderr:
        estimate = re.search(r"would need about (.*?); one", result.stderr).group(1)
        return f"refused ({estimate})"
    verdict = "ok" if result.returncode == 0 else f"exit {result.returncode}: " + (lines[0] if lines else "")
    return f"{seconds:.1f} s, {memory:.0f} MB, {verdict}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--course", default=".build/release/course")
    parser.add_argument("--kinds", default="")
    arguments = parser.parse_args()
    course = os.path.abspath(arguments.course)
    kinds = [line.split()[0] for line in subprocess.run([course, "kinds"], capture_output=True, text=True).stdout.splitlines()]
    if arguments.kinds:
        kinds = [kind for kind in kinds if kind in arguments.kinds.split(",")]
    print("| kind | at its maximum | outcome |")
    print("|---|---|---|")
    for kind in kinds:
        sizes = size_parameters(course, kind)
        for option in sizes:
            print(f"| {kind} | {option[0]} = {option[1] if len(option[1]) < 30 else option[1][:27] + '…]'} | {run(course, kind, [option])} |", flush=True)
        print(f"| {kind} | all of them | {run(course, kind, sizes)} |", flush=True)


if __name__ == "__main__":
    main()
