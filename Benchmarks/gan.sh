#!/usr/bin/env bash
# The GANCore benchmarks, run one after another on this machine:
#   the ring GAN (8 Gaussians) in Swift (gan-bench, release build), JAX (jit, float32) and NumPy
#   (hand-written backward pass), then a float32 matrix-product micro-benchmark against the
#   machine's estimated peak. JAX and NumPy come from PyPI into Benchmarks/.venv.
# Usage: bash Benchmarks/gan.sh            (STEPS=3000 SEED=0 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
steps=${STEPS:-3000}
seed=${SEED:-0}
venv=Benchmarks/.venv
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

if ! "$venv/bin/python" -c 'import jax, numpy' 2>/dev/null; then
    echo "Installing jax, jaxlib and numpy into $venv ..." >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet jax jaxlib numpy
fi
swift build -c release --product gan-bench >&2
bench="$(swift build -c release --show-bin-path)/gan-bench"
py="$PWD/$venv/bin/python"

echo "Ring benchmark: Swift ..." >&2
"$bench" ring --steps "$steps" --seed "$seed" > "$out/swift.json"
echo "Ring benchmark: JAX ..." >&2
(cd Benchmarks/ring && JAX_PLATFORMS=cpu "$py" ring_jax.py --steps "$steps" --seed "$seed") > "$out/jax.json"
echo "Ring benchmark: NumPy ..." >&2
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE may be set on this machine; unset them for NumPy's own tuning.
(cd Benchmarks/ring && env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$py" ring_numpy.py --steps "$steps" --seed "$seed") \
    > "$out/numpy.json"

echo "Matrix product ..." >&2
"$bench" matmul --size 128 > "$out/matmul-swift-128.json"
"$bench" matmul --size 256 > "$out/matmul-swift-256.json"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$py" Benchmarks/matmul/matmul_numpy.py --size 256 > "$out/matmul-numpy-256.json"
"$py" Benchmarks/matmul/peak.py > "$out/peak.json"

"$py" Benchmarks/ring/table.py "$out"
