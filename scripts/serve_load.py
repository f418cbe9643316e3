#!/usr/bin/env python3
"""Measures `course serve` under load, from a second process on loopback (a benchmark, not a test).

1. Rerun latency: the activation gallery at values no build ran (median of 7), and a digits
   training experiment (chapter 7's `norm` at widths 40, 44, 48) against the same directive rerun by
   `course run --jobs 1` (less what that command spends on the rest of the site).
2. Static pages: `wrk` with 50 connections for 30 s on a chapter page, no reruns running.
3. The same while 8 pages keep one rerun each in flight (one runs per free core, the rest wait).

The server's resident memory is sampled every 0.2 s throughout. The server runs on a copy of the
chapters with a cache folder of its own (its first build is cold: about 30 s).

Usage: python3 scripts/serve_load.py [--seconds 30] [--clients 50]   (after swift build -c release;
needs wrk: apt-get install wrk). Prints the figures; exits non-zero when a phase without reruns
had an error, a p99 of 20 ms or more, or the memory passed 500 MB.
"""

import argparse
import json
import pathlib
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

import course_server

ROOT = course_server.ROOT
COURSE = course_server.COURSE
PAGE = "how-to-read.html"


def rerun(port, chapter, experiment, page, values):
    """The status and seconds of one rerun request."""
    body = json.dumps({"chapter": chapter, "experiment": experiment, "page": page, "values": values}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/__course/rerun", data=body,
                                     headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.perf_counter() - started


class MemorySampler(threading.Thread):
    """The server's peak resident memory, sampled from /proc."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.running = pid, 0, True

    def run(self):
        while self.running:
            for line in pathlib.Path(f"/proc/{self.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    self.peak = max(self.peak, int(line.split()[1]) * 1024)
            time.sleep(0.2)


def wrk(port, seconds, clients):
    """wrk's requests per second, p50 and p99 in ms, and its error count."""
    output = subprocess.run(
        ["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--latency", f"http://127.0.0.1:{port}/{PAGE}"],
        capture_output=True, text=True, check=True).stdout
    def milliseconds(label):
        value, unit = re.search(rf"^\s+{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    errors += int((re.search(r"Non-2xx or 3xx responses: (\d+)", output) or [0, "0"])[1])
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    return rate, milliseconds("50%"), milliseconds("99%"), errors


def cold_run_seconds(folder, width):
    """The seconds `course run --jobs 1` takes to rerun `norm` with `width` (ignoring the cache),
    less what the same command spends on everything else (a build from the warm cache). One job,
    because a rerun runs its seeds one after the other on one of the server's threads."""
    copy = folder / f"cold-{width}"
    shutil.copytree(ROOT / "chapters", copy / "chapters")
    chapter = copy / "chapters" / "07-more-than-the-activation.md"
    chapter.write_text(chapter.read_text().replace("id: norm\n", f"id: norm\nwidth: {width}\n", 1))
    common = ["--chapters", str(copy / "chapters"), "--cache", str(folder / "cache"), "--quiet", "--keep-going",
              "--jobs", "1"]
    def seconds(arguments):
        started = time.perf_counter()
        subprocess.run([COURSE] + arguments + common, cwd=copy, check=True, capture_output=True)
        return time.perf_counter() - started
    run = seconds(["run", "more-than-the-activation", "--experiment", "norm", "--output", str(copy / "run")])
    rest = statistics.median(seconds(["build", "--output", str(copy / f"out{i}")]) for i in range(3))
    return run - rest


def main():
    options = argparse.ArgumentParser()
    options.add_argument("--seconds", type=int, default=30)
    options.add_argument("--clients", type=int, default=50)
    arguments = options.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as name:
        folder = pathlib.Path(name)
        shutil.copytree(ROOT / "chapters", folder / "chapters")
        port = course_server.free_port()
        server = course_server.start(
            "serve load", ["--chapters", str(folder / "chapters"), "--cache", str(folder / "cache")], port,
            cwd=folder, timeout=600)
        memory = MemorySampler(server.pid)
        memory.start()
        try:
            gallery = [rerun(port, "how-to-read", "gallery", "latency", {"at": str(z)})
                       for z in (0.25, 0.75, 1.25, 1.75, 2.25, 2.75, -0.25)]
            median = statistics.median(t for _, t in gallery) * 1000
            print(f"serve load: gallery rerun, median of 7 new values: {median:.1f} ms "
                  f"(statuses {sorted(set(s for s, _ in gallery))})")
            differences = []
            for width in (40, 44, 48):
                status, seconds = rerun(port, "more-than-the-activation", "norm", "latency", {"width": str(width)})
                cold = cold_run_seconds(folder, width)
                differences.append(seconds - cold)
                print(f"serve load: norm rerun at width {width}: {seconds:.2f} s (status {status}); "
                      f"the same run by `course run --jobs 1` (less its fixed cost): {cold:.2f} s")
            print(f"serve load: norm rerun minus cold run, median of 3: {statistics.median(differences) * 1000:+.0f} ms")

            rate, p50, p99, errors = wrk(port, arguments.seconds, arguments.clients)
            print(f"serve load: static, {arguments.clients} clients, {arguments.seconds} s: {rate:.0f} requests/s, "
                  f"p50 {p50:.2f} ms, p99 {p99:.2f} ms, {errors} errors")
            if errors or p99 >= 20:
                failures.append(f"static pages: {errors} errors, p99 {p99:.2f} ms (limit 20 ms)")

            stop = threading.Event()
            answers = []
            def keep_rerunning(index):
                round = 0
                while not stop.is_set():
                    round += 1
                    epochs = 1 + (index * 7 + round * 3) % 60
                    answers.append(rerun(port, "more-than-the-activation", "norm", f"load-{index}",
                                         {"epochs": str(epochs), "width": str(16 + index)})[0])
            workers = [threading.Thread(target=keep_rerunning, args=(i,), daemon=True) for i in range(8)]
            for worker in workers:
                worker.start()
            time.sleep(1)
            rate, p50, p99, errors = wrk(port, arguments.seconds, arguments.clients)
            stop.set()
            for worker in workers:
                worker.join(timeout=130)
            counts = {s: answers.count(s) for s in sorted(set(answers))}
            print(f"serve load: static with 8 reruns in flight: {rate:.0f} requests/s, p50 {p50:.2f} ms, "
                  f"p99 {p99:.2f} ms, {errors} errors; rerun answers by status {counts}")
            if errors:
                failures.append(f"static pages with reruns: {errors} errors")
        finally:
            memory.running = False
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
        print(f"serve load: peak resident memory {memory.peak / 1e6:.0f} MB")
        if memory.peak >= 500e6:
            failures.append(f"memory peaked at {memory.peak / 1e6:.0f} MB (limit 500 MB)")
    for failure in failures:
        print("serve load: FAIL: " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
