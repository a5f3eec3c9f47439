"""Shared by the Python ring benchmarks: the data, the initialisation and the mode metrics.

The setup mirrors `gan-bench ring` (Sources/gan-bench/RingBenchmark.swift): 8 Gaussians on a
circle of radius 2 with std 0.05; G 2-128-128-2 and D 2-128-128-1 with ReLU; batch 256;
Adam (lr 1e-3, beta1 0.5, beta2 0.999); non-saturating generator cost; k = 1.
"""
import json
import numpy as np

MODES = 8
RADIUS = 2.0
STD = 0.05
BATCH = 256
LR, BETA1, BETA2, EPS = 1e-3, 0.5, 0.999, 1e-8
SIZES_G = [2, 128, 128, 2]
SIZES_D = [2, 128, 128, 1]

ANGLES = 2 * np.pi * np.arange(MODES) / MODES
MEANS = np.stack([RADIUS * np.cos(ANGLES), RADIUS * np.sin(ANGLES)], axis=1).astype(np.float32)


def init_mlp(rng, sizes):
    """Weights and biases uniform in +-1/sqrt(fan_in), like PyTorch's nn.Linear (and GANCore's Dense)."""
    params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        bound = 1 / np.sqrt(fan_in)
        params.append(rng.uniform(-bound, bound, (fan_in, fan_out)).astype(np.float32))
        params.append(rng.uniform(-bound, bound, (1, fan_out)).astype(np.float32))
    return params


def mode_metrics(samples):
    """VEEGAN/PacGAN: high quality within 3 std of the nearest mode; a mode is captured by such a sample."""
    d = np.linalg.norm(samples[:, None, :].astype(np.float64) - MEANS[None, :, :], axis=2)
    nearest = d.argmin(axis=1)
    good = d[np.arange(len(samples)), nearest] <= 3 * STD
    return len(set(nearest[good].tolist())), float(good.mean())


def report(impl, steps, seconds, samples):
    modes, hq = mode_metrics(np.asarray(samples))
    print(json.dumps({"impl": impl, "steps": steps, "steps_per_s": round(steps / seconds, 1),
                      "modes": modes, "hq": round(hq, 4)}, separators=(",", ":")))
