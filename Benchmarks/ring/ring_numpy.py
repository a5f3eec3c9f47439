"""The ring benchmark in NumPy, float32, with the backward pass written by hand."""
import argparse
import time

import numpy as np

from common import BATCH, BETA1, BETA2, EPS, LR, MEANS, MODES, SIZES_D, SIZES_G, STD, init_mlp, report


def forward(params, x):
    """Returns the output and the inputs of every layer (post-ReLU activations), kept for backward."""
    inputs = []
    for i in range(0, len(params), 2):
        inputs.append(x)
        x = x @ params[i] + params[i + 1]
        if i < len(params) - 2:
            x = np.maximum(x, 0)
    return x, inputs


def backward(params, inputs, grad_out, need_weights=True):
    """Gradients of the parameters (if wanted) and of the network's input, given d loss / d output."""
    grads = [None] * len(params)
    delta = grad_out
    for i in range(len(params) - 2, -1, -2):
        if need_weights:
            grads[i] = inputs[i // 2].T @ delta
            grads[i + 1] = delta.sum(axis=0, keepdims=True)
        delta = delta @ params[i].T
        if i > 0:
            delta = delta * (inputs[i // 2] > 0)  # ReLU of the layer below: its output is this layer's input
    return grads, delta


def sigmoid(x):
    return 0.5 * (1 + np.tanh(0.5 * x))


def softplus(x):
    return np.maximum(x, 0) + np.log1p(np.exp(-np.abs(x)))


class Adam:
    def __init__(self, params):
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, params, grads):
        self.t += 1
        c1, c2 = 1 - BETA1 ** self.t, 1 - BETA2 ** self.t
        for p, g, m, v in zip(params, grads, self.m, self.v):
            m *= BETA1
            m += (1 - BETA1) * g
            v *= BETA2
            v += (1 - BETA2) * g * g
            p -= (LR / c1) * m / (np.sqrt(v / c2) + EPS)


def sample_ring(rng, n):
    modes = rng.integers(0, MODES, n)
    return MEANS[modes] + STD * rng.standard_normal((n, 2), dtype=np.float32)


def train_step(g, d, opt_g, opt_d, rng):
    real = sample_ring(rng, BATCH)
    fake, _ = forward(g, rng.standard_normal((BATCH, 2), dtype=np.float32))
    logits, inputs = forward(d, np.concatenate([real, fake]))
    # d/dl of softplus(-l) (real, label 1) and softplus(l) (fake, label 0), each averaged over its batch.
    grad = np.concatenate([-sigmoid(-logits[:BATCH]), sigmoid(logits[BATCH:])]) / BATCH
    grads_d, _ = backward(d, inputs, grad.astype(np.float32))
    opt_d.step(d, grads_d)

    fake, inputs_g = forward(g, rng.standard_normal((BATCH, 2), dtype=np.float32))
    logits, inputs_d = forward(d, fake)
    _, grad_fake = backward(d, inputs_d, (-sigmoid(-logits) / BATCH).astype(np.float32), need_weights=False)
    grads_g, _ = backward(g, inputs_g, grad_fake)
    opt_g.step(g, grads_g)
    return softplus(-logits).mean()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    g, d = init_mlp(rng, SIZES_G), init_mlp(rng, SIZES_D)
    opt_g, opt_d = Adam(g), Adam(d)
    start = time.perf_counter()
    for _ in range(args.steps):
        train_step(g, d, opt_g, opt_d, rng)
    seconds = time.perf_counter() - start
    samples, _ = forward(g, rng.standard_normal((2500, 2), dtype=np.float32))
    report("numpy", args.steps, seconds, samples)


if __name__ == "__main__":
    main()
