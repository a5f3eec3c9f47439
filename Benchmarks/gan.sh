#!/usr/bin/env bash
# The GANCore benchmarks, run one after another on this machine:
#   the ring GAN (8 Gaussians) in Swift (gan-bench, release build), JAX (the whole step in one jit, state
#   donated, float32) and NumPy (hand-written backward pass), in three alternating rounds (medians); then a
#   float32 matrix-product micro-benchmark against the machine's estimated peak. JAX and NumPy come from PyPI into Benchmarks/.venv.
# Swift runs with its two threads (the default) and with one (GANCORE_THREADS=1); JAX with its own
# thread pool and pinned to one core. Last, a determinism check: the first 50 steps must give the same
# fingerprint (every loss and sample, bit for bit) with two threads, one thread, and a portable build for
# the baseline x86-64 CPU (GANCORE_PORTABLE=1: no AVX2, fma done by the C library).
# Usage: bash Benchmarks/gan.sh            (STEPS=3000 SEED=0 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
steps=${STEPS:-3000}
seed=${SEED:-0}
source Benchmarks/common.sh
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE may be set on this machine; unset them for NumPy's own tuning.
numpy_env=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE)

# Three rounds, each running all four in turn, so that a change in the machine's load hits them alike;
# the table reports the median of each.
rounds=${ROUNDS:-3}
for round in $(seq 1 "$rounds"); do
    echo "Ring benchmark, round $round of $rounds: Swift (2 threads, 1 thread), JAX (all cores, one core) ..." >&2
    "$bench" ring --steps "$steps" --seed "$seed" >> "$out/swift.json"
    GANCORE_THREADS=1 "$bench" ring --steps "$steps" --seed "$seed" >> "$out/swift-1.json"
    (cd Benchmarks/ring && JAX_PLATFORMS=cpu "$py" ring_jax.py --steps "$steps" --seed "$seed") >> "$out/jax.json"
    (cd Benchmarks/ring && JAX_PLATFORMS=cpu taskset -c 0 "$py" ring_jax.py --steps "$steps" --seed "$seed") \
        >> "$out/jax-1.json"
done
echo "Ring benchmark: NumPy ..." >&2
(cd Benchmarks/ring && "${numpy_env[@]}" "$py" ring_numpy.py --steps "$steps" --seed "$seed") > "$out/numpy.json"

echo "Determinism: 50 steps three ways ..." >&2
"$bench" ring --steps 50 --seed "$seed" > "$out/check-2.json"
GANCORE_THREADS=1 "$bench" ring --steps 50 --seed "$seed" > "$out/check-1.json"
"$portable" ring --steps 50 --seed "$seed" > "$out/check-portable.json"

echo "Matrix product ..." >&2
"$bench" matmul --size 128 > "$out/matmul-swift-128.json"
"$bench" matmul --size 256 > "$out/matmul-swift-256.json"
GANCORE_THREADS=1 "$bench" matmul --size 256 > "$out/matmul-swift-1-256.json"
"${numpy_env[@]}" "$py" Benchmarks/matmul/matmul_numpy.py --size 256 > "$out/matmul-numpy-256.json"
"$py" Benchmarks/matmul/peak.py > "$out/peak.json"

"$py" Benchmarks/ring/table.py "$out"
