#!/usr/bin/env python3
"""Peer MLP benchmarks (PyTorch eager and plain NumPy) for the Swift engine to be compared against.

Workloads
  digits  64-128-128-10 MLP, ReLU hidden layers, softmax cross-entropy (mean over the batch),
          He-normal weights (std = sqrt(2 / fan_in)), zero biases, plain minibatch SGD lr=0.05,
          batch 32 in file order (no shuffling: 56 full batches + 1 batch of 5 per epoch),
          20 epochs. Epoch 1 is the warm-up; seconds/epoch is the median of epochs 2..20.
          Inputs are the pixels of Sources/NetEngine/Resources/digits.csv divided by 16.
  wide    512-512-512-512 MLP (three 512x512 layers, ReLU after the first two), softmax
          cross-entropy over 512 classes, SGD lr=0.01, batch 256 of N(0,1) inputs with uniform
          random labels from a fixed seed (a pool of 8 batches generated up front, used in turn).
          10 warm-up steps, then 7 timed rounds of 25 steps; steps/s is the median round.

Both frameworks start from the same weights (drawn with numpy's default_rng(seed) in float64,
then cast), so their losses agree to rounding. Data loading, batching and evaluation are
outside the timed region; a timed step is forward + backward + SGD update (+ reading the loss).

Usage: python peer_mlp.py --framework {torch,numpy} --dtype {float32,float64}
                                --threads N [--workload {digits,wide}]
Prints one JSON object on stdout.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import statistics
import time

DEFAULT_DATA = pathlib.Path(__file__).resolve().parents[2] / "Sources" / "NetEngine" / "Resources" / "digits.csv"
DIGITS_DIMS = (64, 128, 128, 10)
WIDE_DIMS = (512, 512, 512, 512)


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--framework", choices=("torch", "numpy"), required=True)
    p.add_argument("--dtype", choices=("float32", "float64"), default="float32")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--workload", choices=("digits", "wide"), default="digits")
    p.add_argument("--data", type=pathlib.Path, default=DEFAULT_DATA)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--epochs", type=int, default=20, help="digits: epochs including the warm-up one")
    p.add_argument("--lr", type=float, default=None, help="default 0.05 (digits), 0.01 (wide)")
    p.add_argument("--batch", type=int, default=None, help="default 32 (digits), 256 (wide)")
    p.add_argument("--wide-warmup", type=int, default=10)
    p.add_argument("--wide-rounds", type=int, default=7)
    p.add_argument("--wide-steps", type=int, default=25, help="steps per timed round")
    p.add_argument("--dump-init", type=pathlib.Path, default=None, metavar="PATH",
                   help="write the float64 initial weights of the chosen workload as JSON and exit")
    args = p.parse_args()
    if args.threads < 1:
        p.error("--threads must be >= 1")
    if args.lr is None:
        args.lr = 0.05 if args.workload == "digits" else 0.01
    if args.batch is None:
        args.batch = 32 if args.workload == "digits" else 256
    return args


def matmul_flops(dims: tuple[int, ...], rows: int) -> int:
    """Multiply-add FLOPs (2 per MAC) of one forward+backward pass over `rows` samples.

    Forward: every layer. Backward: every weight gradient, and the input gradient of every
    layer but the first (nobody needs d loss / d input). Bias, activation, softmax and SGD
    element-wise work is excluded (about 2% of the digits total, under 0.5% of wide).
    """
    macs = [a * b for a, b in zip(dims[:-1], dims[1:])]
    return 2 * rows * (2 * sum(macs) + sum(macs[1:]))


def he_normal_init(dims, seed, np):
    """Weights (fan_in, fan_out) ~ N(0, 2/fan_in) and zero biases, in float64."""
    rng = np.random.default_rng(seed)
    params = []
    for fan_in, fan_out in zip(dims[:-1], dims[1:]):
        params.append(rng.standard_normal((fan_in, fan_out)) * np.sqrt(2.0 / fan_in))
        params.append(np.zeros(fan_out))
    return params


def load_digits_csv(path, np):
    table = np.loadtxt(path, delimiter=",", skiprows=1, dtype=np.int64)
    labels, pixels = table[:, 0], table[:, 1:]
    assert pixels.shape == (1797, 64), pixels.shape
    return pixels, labels


# ----------------------------------------------------------------------------- numpy

class NumpyMLP:
    """Straightforward vectorised MLP: matrix products per batch, no per-sample loops."""

    def __init__(self, init, dtype, np):
        self.np = np
        self.params = [p.astype(dtype) for p in init]

    def forward(self, x):
        np = self.np
        acts, pre = [x], []
        h = x
        n_layers = len(self.params) // 2
        for i in range(n_layers):
            w, b = self.params[2 * i], self.params[2 * i + 1]
            z = h @ w + b
            if i < n_layers - 1:
                pre.append(z)
                h = np.maximum(z, 0)
                acts.append(h)
            else:
                h = z
        return h, acts, pre

    def loss_and_probs(self, logits, y):
        np = self.np
        shifted = logits - logits.max(axis=1, keepdims=True)
        exp = np.exp(shifted)
        sumexp = exp.sum(axis=1, keepdims=True)
        rows = np.arange(len(y))
        loss = np.mean(np.log(sumexp[:, 0]) - shifted[rows, y])
        return loss, exp / sumexp

    def train_step(self, x, y, lr):
        np = self.np
        logits, acts, pre = self.forward(x)
        loss, grad = self.loss_and_probs(logits, y)
        grad[np.arange(len(y)), y] -= 1
        grad /= len(y)
        n_layers = len(self.params) // 2
        for i in reversed(range(n_layers)):
            w, b = self.params[2 * i], self.params[2 * i + 1]
            dw = acts[i].T @ grad
            db = grad.sum(axis=0)
            if i > 0:
                grad = grad @ w.T
                grad *= pre[i - 1] > 0
            w -= lr * dw
            b -= lr * db
        return float(loss)

    def evaluate(self, x, y):
        logits, _, _ = self.forward(x)
        loss, _ = self.loss_and_probs(logits, y)
        return float(loss), float((logits.argmax(axis=1) == y).mean())


# ----------------------------------------------------------------------------- torch

class TorchMLP:
    """Idiomatic eager PyTorch: nn.Sequential, nn.CrossEntropyLoss, optim.SGD."""

    def __init__(self, init, dtype, lr, torch):
        self.torch = torch
        nn = torch.nn
        layers = []
        n_layers = len(init) // 2
        for i in range(n_layers):
            w = init[2 * i]
            layers.append(nn.Linear(w.shape[0], w.shape[1]))
            if i < n_layers - 1:
                layers.append(nn.ReLU())
        self.model = nn.Sequential(*layers).to(dtype)
        with torch.no_grad():
            linears = [m for m in self.model if isinstance(m, nn.Linear)]
            for i, lin in enumerate(linears):
                lin.weight.copy_(torch.from_numpy(init[2 * i].T.copy()))
                lin.bias.copy_(torch.from_numpy(init[2 * i + 1]))
        self.loss_fn = nn.CrossEntropyLoss()
        self.opt = torch.optim.SGD(self.model.parameters(), lr=lr)

    def train_step(self, x, y, lr):
        self.opt.zero_grad(set_to_none=True)
        loss = self.loss_fn(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()

    def evaluate(self, x, y):
        with self.torch.inference_mode():
            logits = self.model(x)
            loss = self.loss_fn(logits, y).item()
            acc = (logits.argmax(dim=1) == y).double().mean().item()
        return loss, acc


# ----------------------------------------------------------------------------- workloads

def build(args, dims, np):
    init = he_normal_init(dims, args.seed, np)
    if args.framework == "numpy":
        dtype = np.float32 if args.dtype == "float32" else np.float64
        model = NumpyMLP(init, dtype, np)
        to_x = lambda a: np.ascontiguousarray(a, dtype=dtype)
        to_y = lambda a: np.ascontiguousarray(a, dtype=np.int64)
    else:
        import torch
        dtype = torch.float32 if args.dtype == "float32" else torch.float64
        model = TorchMLP(init, dtype, args.lr, torch)
        to_x = lambda a: torch.from_numpy(np.ascontiguousarray(a)).to(dtype)
        to_y = lambda a: torch.from_numpy(np.ascontiguousarray(a, dtype=np.int64))
    return model, to_x, to_y


def run_digits(args, np):
    pixels, labels = load_digits_csv(args.data, np)
    model, to_x, to_y = build(args, DIGITS_DIMS, np)
    x_all, y_all = to_x(pixels / 16.0), to_y(labels)
    starts = range(0, len(labels), args.batch)
    batches = [(to_x(pixels[s:s + args.batch] / 16.0), to_y(labels[s:s + args.batch])) for s in starts]
    epoch_seconds, epoch_losses = [], []
    for _ in range(args.epochs):
        total = 0.0
        t0 = time.perf_counter()
        for xb, yb in batches:
            total += model.train_step(xb, yb, args.lr) * len(yb)
        epoch_seconds.append(time.perf_counter() - t0)
        epoch_losses.append(total / len(labels))
    loss, acc = model.evaluate(x_all, y_all)
    timed = epoch_seconds[1:]
    sec = statistics.median(timed)
    flops = matmul_flops(DIGITS_DIMS, len(labels))
    return {
        "seconds_per_epoch_median": sec,
        "seconds_per_epoch_min": min(timed),
        "epoch_seconds": [round(s, 6) for s in epoch_seconds],
        "warmup_epochs": 1,
        "timed_epochs": len(timed),
        "batches_per_epoch": len(batches),
        "final_train_loss": loss,
        "train_accuracy": acc,
        "last_epoch_mean_batch_loss": epoch_losses[-1],
        "first_epoch_mean_batch_loss": epoch_losses[0],
        "matmul_flops_per_epoch": flops,
        "achieved_gflops": flops / sec / 1e9,
    }


def run_wide(args, np):
    model, to_x, to_y = build(args, WIDE_DIMS, np)
    rng = np.random.default_rng(args.seed + 1)
    pool = [(to_x(rng.standard_normal((args.batch, WIDE_DIMS[0]))),
             to_y(rng.integers(0, WIDE_DIMS[-1], size=args.batch))) for _ in range(8)]
    step = 0
    loss = float("nan")

    def run(n):
        nonlocal step, loss
        for _ in range(n):
            xb, yb = pool[step % len(pool)]
            loss = model.train_step(xb, yb, args.lr)
            step += 1

    first_loss = model.train_step(*pool[0], args.lr)
    step = 1
    run(args.wide_warmup - 1)
    rates = []
    for _ in range(args.wide_rounds):
        t0 = time.perf_counter()
        run(args.wide_steps)
        rates.append(args.wide_steps / (time.perf_counter() - t0))
    rate = statistics.median(rates)
    flops = matmul_flops(WIDE_DIMS, args.batch)
    return {
        "steps_per_second_median": rate,
        "steps_per_second_max": max(rates),
        "round_steps_per_second": [round(r, 3) for r in rates],
        "warmup_steps": args.wide_warmup,
        "timed_rounds": args.wide_rounds,
        "steps_per_round": args.wide_steps,
        "first_step_loss": first_loss,
        "last_step_loss": loss,
        "matmul_flops_per_step": flops,
        "achieved_gflops": flops * rate / 1e9,
    }


def dump_init(args, np) -> None:
    """Initial weights as JSON, so another engine can start from exactly the same point."""
    dims = DIGITS_DIMS if args.workload == "digits" else WIDE_DIMS
    init = he_normal_init(dims, args.seed, np)
    layers = [{"weight_in_out": init[i].tolist(), "bias": init[i + 1].tolist()}
              for i in range(0, len(init), 2)]
    doc = {"workload": args.workload, "dims": list(dims), "seed": args.seed,
           "layout": "weight_in_out[i][j] connects input i to output j; y = x @ W + b",
           "layers": layers}
    args.dump_init.write_text(json.dumps(doc))


def describe_runtime(args, np):
    try:
        from threadpoolctl import threadpool_info
        pools = [{k: pool.get(k) for k in ("internal_api", "version", "architecture",
                                            "num_threads", "threading_layer", "prefix")}
                 for pool in threadpool_info()]
    except ImportError:  # plain python3 with numpy only: still runs, reports less
        pools = []
    info = {
        "python": platform.python_version(),
        "numpy": np.__version__,
        "env_OPENBLAS_CORETYPE": os.environ.get("OPENBLAS_CORETYPE"),
        "env_OPENBLAS_L2_SIZE": os.environ.get("OPENBLAS_L2_SIZE"),
        "threadpools": pools,
    }
    if args.framework == "torch":
        import torch
        info["torch"] = torch.__version__
        info["torch_num_threads"] = torch.get_num_threads()
        info["torch_cpu_capability"] = torch.backends.cpu.get_cpu_capability()
        info["torch_blas"] = "mkl" if torch.backends.mkl.is_available() else "other"
    return info


def main() -> None:
    args = parse_args()
    # Thread counts must be fixed before numpy / torch load their BLAS and OpenMP runtimes.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(args.threads)
    import numpy as np

    if args.dump_init is not None:
        dump_init(args, np)
        return
    if args.framework == "torch":
        import torch
        torch.set_num_threads(args.threads)
    result = {
        "workload": args.workload,
        "framework": args.framework,
        "dtype": args.dtype,
        "threads": args.threads,
        "batch": args.batch,
        "lr": args.lr,
        "seed": args.seed,
    }
    if args.workload == "digits":
        result["epochs"] = args.epochs
        result.update(run_digits(args, np))
    else:
        result["dims"] = list(WIDE_DIMS)
        result.update(run_wide(args, np))
    result["runtime"] = describe_runtime(args, np)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
