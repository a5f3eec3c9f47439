#!/usr/bin/env bash
# The GANCore benchmarks, run one after another on this machine:
#   the ring GAN (8 Gaussians) in Swift (gan-bench, release build), JAX (jit, float32) and NumPy
#   (hand-written backward pass), then a float32 matrix-product micro-benchmark against the
#   machine's estimated peak. JAX and NumPy come from PyPI into Benchmarks/.venv.
# Swift runs twice: as `swift run -c release` builds it (generic x86-64: SSE2, which is also what
# the course engine's swiftc -O gives lessons), and built for this CPU (-target-cpu native: AVX2),
# the instruction set JAX's XLA and NumPy's OpenBLAS pick at run time. Both give the same numbers:
# the kernels never fuse multiply and add, so only the speed differs.
# Usage: bash Benchmarks/gan.sh            (STEPS=3000 SEED=0 by default)
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1  # keep __pycache__ out of Benchmarks/
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
native_flags=(--scratch-path .build-native -Xswiftc -target-cpu -Xswiftc native)
swift build -c release --product gan-bench "${native_flags[@]}" >&2
native="$(swift build -c release "${native_flags[@]}" --show-bin-path)/gan-bench"
py="$PWD/$venv/bin/python"

echo "Ring benchmark: Swift ..." >&2
"$bench" ring --steps "$steps" --seed "$seed" > "$out/swift.json"
"$native" ring --steps "$steps" --seed "$seed" > "$out/swift-native.json"
echo "Ring benchmark: JAX ..." >&2
(cd Benchmarks/ring && JAX_PLATFORMS=cpu "$py" ring_jax.py --steps "$steps" --seed "$seed") > "$out/jax.json"
echo "Ring benchmark: NumPy ..." >&2
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE may be set on this machine; unset them for NumPy's own tuning.
(cd Benchmarks/ring && env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$py" ring_numpy.py --steps "$steps" --seed "$seed") \
    > "$out/numpy.json"

echo "Matrix product ..." >&2
"$bench" matmul --size 128 > "$out/matmul-swift-128.json"
"$bench" matmul --size 256 > "$out/matmul-swift-256.json"
"$native" matmul --size 128 > "$out/matmul-swift-native-128.json"
"$native" matmul --size 256 > "$out/matmul-swift-native-256.json"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$py" Benchmarks/matmul/matmul_numpy.py --size 256 > "$out/matmul-numpy-256.json"
"$py" Benchmarks/matmul/peak.py > "$out/peak.json"

"$py" Benchmarks/ring/table.py "$out"
