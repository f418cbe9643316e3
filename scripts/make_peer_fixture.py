#!/usr/bin/env python3
"""Writes peer_small_digits.json: a small digits MLP's initial weights and where the peers end.

Uses peer_mlp.py's own initialization, data loading and NumPy/PyTorch models, on a smaller
network (64-16-16-10) and 3 epochs so the fixture stays small and the test fast:

    python3 scripts/make_peer_fixture.py scripts/peers/peer_mlp.py \
        > Tests/NetEngineTests/Fixtures/peer_small_digits.json
"""
import importlib.util
import json
import sys

import numpy as np

DIMS, EPOCHS, LR, BATCH, SEED = (64, 16, 16, 10), 3, 0.05, 32, 0

spec = importlib.util.spec_from_file_location("peer_mlp", sys.argv[1])
peer = importlib.util.module_from_spec(spec)
spec.loader.exec_module(peer)

pixels, labels = peer.load_digits_csv(peer.DEFAULT_DATA, np)
init = peer.he_normal_init(DIMS, SEED, np)
x_all = pixels / 16.0
results = {}
models = {"numpy": peer.NumpyMLP(init, np.float64, np)}
try:
    import torch
    models["torch"] = peer.TorchMLP(init, torch.float64, LR, torch)
except ImportError:
    pass
for name, model in models.items():
    to_x = (lambda a: a) if name == "numpy" else (lambda a: torch.from_numpy(np.ascontiguousarray(a)))
    to_y = (lambda a: a) if name == "numpy" else (lambda a: torch.from_numpy(np.ascontiguousarray(a, dtype=np.int64)))
    for _ in range(EPOCHS):
        for s in range(0, len(labels), BATCH):
            model.train_step(to_x(x_all[s:s + BATCH]), to_y(labels[s:s + BATCH]), LR)
    loss, acc = model.evaluate(to_x(x_all), to_y(labels))
    results[name] = {"final_train_loss": loss, "train_accuracy": acc}

print(json.dumps({
    "dims": list(DIMS), "seed": SEED, "epochs": EPOCHS, "lr": LR, "batch": BATCH,
    "layout": "weight_in_out[i][j] connects input i to output j; y = x @ W + b",
    "layers": [{"weight_in_out": init[i].tolist(), "bias": init[i + 1].tolist()} for i in range(0, len(init), 2)],
    "expected": results,
}))
