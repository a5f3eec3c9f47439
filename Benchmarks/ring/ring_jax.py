"""The ring benchmark in JAX, as fast as JAX goes here: the whole training step (data, noise, both updates,
the next random key) is one jit-compiled float32 function, its state buffers donated so that XLA updates them
in place, compiled once before the timed loop (the shapes never change, so nothing is recompiled)."""
import argparse
import time
from functools import partial

import jax
import jax.numpy as jnp
import numpy as np

from common import BATCH, BETA1, BETA2, EPS, LR, MEANS, MODES, SIZES_D, SIZES_G, STD, init_mlp, report


def mlp(params, x):
    for i in range(0, len(params) - 2, 2):
        x = jax.nn.relu(x @ params[i] + params[i + 1])
    return x @ params[-2] + params[-1]


def adam(params, grads, m, v, t):
    m = [BETA1 * mi + (1 - BETA1) * g for mi, g in zip(m, grads)]
    v = [BETA2 * vi + (1 - BETA2) * g * g for vi, g in zip(v, grads)]
    c1, c2 = 1 - BETA1 ** t, 1 - BETA2 ** t
    params = [p - LR / c1 * mi / (jnp.sqrt(vi / c2) + EPS) for p, mi, vi in zip(params, m, v)]
    return params, m, v


def sample_ring(key, n):
    k1, k2 = jax.random.split(key)
    modes = jax.random.randint(k1, (n,), 0, MODES)
    return jnp.asarray(MEANS)[modes] + STD * jax.random.normal(k2, (n, 2), jnp.float32)


def d_loss(d, g, real, z):
    fake = mlp(g, z)
    # Binary cross-entropy on logits: softplus(l) - y l.
    return jnp.mean(jax.nn.softplus(-mlp(d, real))) + jnp.mean(jax.nn.softplus(mlp(d, fake)))


def g_loss(g, d, z):
    return jnp.mean(jax.nn.softplus(-mlp(d, mlp(g, z))))  # non-saturating: -log D(G(z))


@partial(jax.jit, donate_argnums=0)
def train_step(state):
    g, d, mg, vg, md, vd, t, key = state
    t = t + 1
    key, k1, k2, k3 = jax.random.split(key, 4)
    real = sample_ring(k1, BATCH)
    z = jax.random.normal(k2, (BATCH, 2), jnp.float32)
    ld, grads_d = jax.value_and_grad(d_loss)(d, jax.lax.stop_gradient(g), real, z)
    d, md, vd = adam(d, grads_d, md, vd, t)
    z = jax.random.normal(k3, (BATCH, 2), jnp.float32)
    lg, grads_g = jax.value_and_grad(g_loss)(g, d, z)
    g, mg, vg = adam(g, grads_g, mg, vg, t)
    return (g, d, mg, vg, md, vd, t, key), (ld, lg)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    g = [jnp.asarray(p) for p in init_mlp(rng, SIZES_G)]
    d = [jnp.asarray(p) for p in init_mlp(rng, SIZES_D)]
    zeros = lambda ps: [jnp.zeros_like(p) for p in ps]
    key, sample_key = jax.random.split(jax.random.PRNGKey(args.seed))
    state = (g, d, zeros(g), zeros(g), zeros(d), zeros(d), jnp.float32(0), key)
    state, _ = train_step(state)  # compile outside the timed loop
    jax.block_until_ready(state)
    start = time.perf_counter()
    for _ in range(args.steps):
        state, _ = train_step(state)
    jax.block_until_ready(state)
    seconds = time.perf_counter() - start
    if train_step._cache_size() != 1:
        raise SystemExit(f"ring_jax.py: train_step was compiled {train_step._cache_size()} times, not once")
    samples = mlp(state[0], jax.random.normal(sample_key, (2500, 2), jnp.float32))
    report("jax", args.steps, seconds, samples)


if __name__ == "__main__":
    main()
