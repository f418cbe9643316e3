#!/usr/bin/env python3
"""Runs engine-bench and the peers (scripts/peers/peer_mlp.py) interleaved, and prints medians.

Usage (from the repository root, after `swift build -c release`):
    python3 scripts/compare_peers.py --python /tmp/peers/bin/python [--rounds 3]

Each round runs every command once, in a fixed order; a command's figure is the median over the
rounds of the median each run reports. Ratios are only meaningful within one sitting.
"""
import argparse
import json
import pathlib
import statistics
import subprocess

ROOT = pathlib.Path(__file__).resolve().parent.parent
PEER = ROOT / "scripts" / "peers" / "peer_mlp.py"
BENCH = ROOT / ".build" / "release" / "engine-bench"


def commands(python):
    ours = {"digits": "secondsPerEpoch", "wide": "stepsPerSecond"}
    peers = {"digits": "seconds_per_epoch_median", "wide": "steps_per_second_median"}
    workloads = {"digits": "digits-mlp", "wide": "wide"}
    for workload in ("digits", "wide"):
        for threads in (1, 2):
            yield (f"ours f64, {threads} thread{'s' if threads > 1 else ''}", workload,
                   [str(BENCH), workloads[workload], "--threads", str(threads)], ours[workload])
        for framework in ("numpy", "torch"):
            for dtype in ("float64", "float32"):
                name = {"numpy": "NumPy", "torch": "PyTorch"}[framework] + (" f64" if dtype == "float64" else " f32")
                yield (name, workload,
                       [python, str(PEER), "--framework", framework, "--dtype", dtype, "--threads", "2",
                        "--workload", workload], peers[workload])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--python", required=True, help="a Python with torch and numpy")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    runs = list(commands(args.python))
    figures = {(name, workload): [] for name, workload, _, _ in runs}
    kernel = "?"
    for round_index in range(args.rounds):
        for name, workload, command, key in runs:
            result = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
            kernel = result.get("kernel", kernel)
            figures[(name, workload)].append(result[key])
        print(f"round {round_index + 1} of {args.rounds} done", flush=True)
    names = list(dict.fromkeys(name for name, _, _, _ in runs))
    print(f"\nengine kernel: {kernel}; peers with 2 threads; medians of {args.rounds} rounds\n")
    print("| workload | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for workload, label, scale in (("digits", "digits-mlp, ms per epoch", 1000), ("wide", "wide, steps per second", 1)):
        cells = [f"{statistics.median(figures[(name, workload)]) * scale:.1f}" for name in names]
        print(f"| {label} | " + " | ".join(cells) + " |")
    for workload in ("digits", "wide"):
        print(f"\n{workload}, every round:")
        for name in names:
            values = figures[(name, workload)]
            print(f"  {name}: " + " ".join(f"{v:.4g}" for v in values))


if __name__ == "__main__":
    main()
