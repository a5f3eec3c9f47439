"""The DCGAN benchmark in JAX: the same networks and step as `gan-bench dcgan`
(Sources/gan-bench/DCGANBenchmark.swift, Sources/GANCore/Layers/DCGAN.swift), the whole training step
(discriminator update, then generator update, Adam for both, batch-norm running averages) in one
jax.jit with the state's buffers donated.

G: noise 32 -> dense 1024 (4x4x64) -> BN, ReLU -> 4x4 transposed conv stride 2 pad 1 to 8x8x32 -> BN, ReLU
   -> 4x4 transposed conv stride 2 pad 1 to 16x16x1 -> tanh                                       (NHWC)
D: 16x16x1 -> 4x4 conv stride 2 pad 1 to 32, LeakyReLU 0.2 -> 4x4 conv stride 2 pad 1 to 64 -> BN,
   LeakyReLU 0.2 -> dense 1024 -> 1 logit
Batch 64; weights N(0, 0.02^2), biases 0, BN scale 1 and shift 0; Adam lr 2e-4, beta1 0.5, beta2 0.999;
binary cross-entropy on logits, non-saturating generator cost; real images: a fixed pool of 1024 random
images in [-1, 1], 64 at a time in turn.
"""
import argparse
import json
import time
from functools import partial

import jax
import jax.numpy as jnp
import numpy as np

NOISE, WIDTH, BATCH, POOL, SIDE = 32, 32, 64, 1024, 16
LR, BETA1, BETA2, EPS, BN_EPS, MOMENTUM = 2e-4, 0.5, 0.999, 1e-8, 1e-5, 0.1


def conv(x, w, b, stride, pad):
    y = jax.lax.conv_general_dilated(x, w, (stride, stride), [(pad, pad), (pad, pad)],
                                     dimension_numbers=("NHWC", "HWIO", "NHWC"))
    return y + b


def batch_norm(x, scale, shift, axes):
    mean = jnp.mean(x, axis=axes)
    var = jnp.mean(jnp.square(x - mean), axis=axes)
    return scale * (x - mean) / jnp.sqrt(var + BN_EPS) + shift, (mean, var)


def grow(x, w, b):
    """Transposed convolution, kernel 4, stride 2, padding 1 (PyTorch's ConvTranspose2d(4, 2, 1)); `w` is
    the kernel of the convolution it transposes, HWIO with I the output channels (GANCore's layout)."""
    return jax.lax.conv_transpose(x, w, (2, 2), ((2, 2), (2, 2)), dimension_numbers=("NHWC", "HWIO", "NHWC"),
                                  transpose_kernel=True) + b


def generator(p, z):
    h = z @ p["w0"] + p["b0"]
    h, s1 = batch_norm(h.reshape(-1, SIDE // 4, SIDE // 4, 2 * WIDTH), p["g1"], p["s1"], (0, 1, 2))
    h = grow(jax.nn.relu(h), p["w1"], p["b1"])
    h, s2 = batch_norm(h, p["g2"], p["s2"], (0, 1, 2))
    h = grow(jax.nn.relu(h), p["w2"], p["b2"])
    return jnp.tanh(h), (s1, s2)


def discriminator(p, x):
    h = jax.nn.leaky_relu(conv(x, p["w0"], p["b0"], 2, 1), 0.2)
    h, s = batch_norm(conv(h, p["w1"], p["b1"], 2, 1), p["g1"], p["s1"], (0, 1, 2))
    h = jax.nn.leaky_relu(h, 0.2).reshape(x.shape[0], -1)
    return (h @ p["w2"] + p["b2"])[:, 0], (s,)


def init(rng):
    n = lambda *shape: jnp.asarray(rng.normal(0, 0.02, shape).astype(np.float32))
    zeros = lambda *shape: jnp.zeros(shape, jnp.float32)
    ones = lambda *shape: jnp.ones(shape, jnp.float32)
    base = (SIDE // 4) ** 2 * 2 * WIDTH
    g = {"w0": n(NOISE, base), "b0": zeros(base), "g1": ones(2 * WIDTH), "s1": zeros(2 * WIDTH),
         "w1": n(4, 4, WIDTH, 2 * WIDTH), "b1": zeros(WIDTH), "g2": ones(WIDTH), "s2": zeros(WIDTH),
         "w2": n(4, 4, 1, WIDTH), "b2": zeros(1)}
    d = {"w0": n(4, 4, 1, WIDTH), "b0": zeros(WIDTH), "w1": n(4, 4, WIDTH, 2 * WIDTH), "b1": zeros(2 * WIDTH),
         "g1": ones(2 * WIDTH), "s1": zeros(2 * WIDTH), "w2": n(base, 1), "b2": zeros(1)}
    running = {"g": [(zeros(2 * WIDTH), ones(2 * WIDTH)), (zeros(WIDTH), ones(WIDTH))],
               "d": [(zeros(2 * WIDTH), ones(2 * WIDTH))]}
    return g, d, running


def adam(params, grads, m, v, t):
    m = jax.tree.map(lambda mi, g: BETA1 * mi + (1 - BETA1) * g, m, grads)
    v = jax.tree.map(lambda vi, g: BETA2 * vi + (1 - BETA2) * g * g, v, grads)
    c1, c2 = 1 - BETA1 ** t, 1 - BETA2 ** t
    params = jax.tree.map(lambda p, mi, vi: p - LR / c1 * mi / (jnp.sqrt(vi / c2) + EPS), params, m, v)
    return params, m, v


def update_running(running, stats, counts):
    """Running averages as GANCore's BatchNorm keeps them (the variance with Bessel's correction)."""
    return [((1 - MOMENTUM) * rm + MOMENTUM * m, (1 - MOMENTUM) * rv + MOMENTUM * v * n / (n - 1))
            for (rm, rv), (m, v), n in zip(running, stats, counts)]


def d_loss(d, g, real, z):
    fake, _ = generator(g, z)
    real_logits, real_stats = discriminator(d, real)
    fake_logits, _ = discriminator(d, fake)
    loss = jnp.mean(jax.nn.softplus(-real_logits)) + jnp.mean(jax.nn.softplus(fake_logits))
    return loss, real_stats


def g_loss(g, d, z):
    fake, stats = generator(g, z)
    logits, _ = discriminator(d, fake)
    return jnp.mean(jax.nn.softplus(-logits)), stats


@partial(jax.jit, donate_argnums=(0,))
def train_step(state, pool, key):
    g, d, mg, vg, md, vd, running, t, index = state
    t = t + 1
    k1, k2 = jax.random.split(key)
    real = jax.lax.dynamic_slice(pool, (index, 0, 0, 0), (BATCH, SIDE, SIDE, 1))
    z = jax.random.normal(k1, (BATCH, NOISE), jnp.float32)
    (ld, d_stats), grads_d = jax.value_and_grad(d_loss, has_aux=True)(d, jax.lax.stop_gradient(g), real, z)
    d, md, vd = adam(d, grads_d, md, vd, t)
    z = jax.random.normal(k2, (BATCH, NOISE), jnp.float32)
    (lg, g_stats), grads_g = jax.value_and_grad(g_loss, has_aux=True)(g, d, z)
    g, mg, vg = adam(g, grads_g, mg, vg, t)
    base, middle = BATCH * (SIDE // 4) ** 2, BATCH * (SIDE // 2) ** 2
    running = {"g": update_running(running["g"], g_stats, [base, middle]),
               "d": update_running(running["d"], d_stats, [base])}
    index = (index + BATCH) % POOL
    return (g, d, mg, vg, md, vd, running, t, index), (ld, lg)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    g, d, running = init(rng)
    pool = jnp.asarray(rng.uniform(-1, 1, (POOL, SIDE, SIDE, 1)).astype(np.float32))
    zeros = lambda tree: jax.tree.map(jnp.zeros_like, tree)
    state = (g, d, zeros(g), zeros(g), zeros(d), zeros(d), running, jnp.float32(0), jnp.int32(0))
    keys = jax.random.split(jax.random.PRNGKey(args.seed), args.steps + 1)
    state, _ = train_step(state, pool, keys[0])  # compile outside the timed loop
    jax.block_until_ready(state)
    start = time.perf_counter()
    for i in range(1, args.steps + 1):
        state, losses = train_step(state, pool, keys[i])
    jax.block_until_ready(state)
    seconds = time.perf_counter() - start
    ld, lg = (float(x) for x in losses)
    print(json.dumps({"impl": "jax", "steps": args.steps, "steps_per_s": round(args.steps / seconds, 1),
                      "d_loss": round(ld, 4), "g_loss": round(lg, 4)}, separators=(",", ":")))


if __name__ == "__main__":
    main()
