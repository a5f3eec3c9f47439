#!/usr/bin/env bash
# The DCGAN benchmark: a convolutional GAN step (Sources/GANCore/Layers/DCGAN.swift: G 32 -> 4x4x64 ->
# 8x8x32 -> 16x16x1 with transposed convolutions, D 16x16x1 -> 8x8x32 -> 4x4x64 -> 1 with strided ones,
# batch norm, batch 64, Adam) in Swift (gan-bench dcgan, release build, two threads) against JAX
# (Benchmarks/conv/dcgan_jax.py: the same networks, the whole step in one jax.jit, buffers donated),
# three runs each, alternating, median reported. Then a determinism check (the first 50 steps with two
# threads, one thread and a portable x86-64 build give one fingerprint of every loss and sample) and the
# convolution layers' GFLOP/s against the machine's estimated FMA peak (Benchmarks/matmul/peak.py).
# Usage: bash Benchmarks/conv.sh            (STEPS=200 RUNS=3 SEED=0 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
steps=${STEPS:-200}
runs=${RUNS:-3}
seed=${SEED:-0}
source Benchmarks/common.sh

for run in $(seq "$runs"); do
    echo "DCGAN benchmark, run $run of $runs: Swift, then JAX ..." >&2
    "$bench" dcgan --steps "$steps" --seed "$seed" > "$out/swift-$run.json"
    (cd Benchmarks/conv && JAX_PLATFORMS=cpu "$py" dcgan_jax.py --steps "$steps" --seed "$seed") > "$out/jax-$run.json"
done
GANCORE_THREADS=1 "$bench" dcgan --steps "$steps" --seed "$seed" > "$out/swift-1.json"

echo "Determinism: 50 steps three ways ..." >&2
"$bench" dcgan --steps 50 --seed "$seed" > "$out/check-2.json"
GANCORE_THREADS=1 "$bench" dcgan --steps 50 --seed "$seed" > "$out/check-1.json"
"$portable" dcgan --steps 50 --seed "$seed" > "$out/check-portable.json"

echo "Convolution layers ..." >&2
"$bench" conv > "$out/conv-2.json"
GANCORE_THREADS=1 "$bench" conv > "$out/conv-1.json"
"$py" Benchmarks/matmul/peak.py > "$out/peak.json"

"$py" Benchmarks/conv/table.py "$out" "$runs"
