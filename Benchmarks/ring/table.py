"""Prints the benchmark table from the JSON lines that gan.sh saved, one file per measurement."""
import json
import sys

RING = [("swift", "Swift, generic x86-64 build (swift run -c release)"),
        ("swift-native", "Swift, built with -target-cpu native"),
        ("jax", "JAX, jit-compiled, float32"),
        ("numpy", "NumPy, hand-written backward pass, float32")]
MATMUL = [("matmul-swift-128", "Swift, generic x86-64"), ("matmul-swift-256", "Swift, generic x86-64"),
          ("matmul-swift-native-128", "Swift, -target-cpu native"), ("matmul-swift-native-256", "Swift, -target-cpu native"),
          ("matmul-numpy-256", "NumPy (OpenBLAS)")]


def load(folder, name):
    with open(f"{folder}/{name}.json") as f:
        return json.loads(f.read().strip().splitlines()[-1])


def main(folder):
    ring = {name: load(folder, name) for name, _ in RING}
    jax, numpy = ring["jax"]["steps_per_s"], ring["numpy"]["steps_per_s"]
    print(f"Ring of 8 Gaussians, {ring['swift']['steps']} steps of batch 256, run one after another on this machine")
    print(f"{'':<52}{'steps/s':>9}{'vs JAX':>8}{'vs NumPy':>10}{'modes':>7}{'hq':>8}")
    for name, label in RING:
        row = ring[name]
        rate = row["steps_per_s"]
        print(f"{label:<52}{rate:>9.1f}{rate / jax:>7.2f}x{rate / numpy:>9.2f}x{row['modes']:>5}/8{row['hq']:>8.1%}")
    peak = load(folder, "peak")
    print()
    print(f"Matrix product, float32, size x size. Peak estimate: {peak['cores']} cores x {peak['mhz']:.0f} MHz x "
          f"{peak['flops_per_cycle_per_core']} flop/cycle ({peak['isa']}) = {peak['peak_gflops']} GFLOP/s;")
    print(f"with baseline x86-64 instructions (SSE2, 4 lanes, no FMA) = {peak['sse_peak_gflops']} GFLOP/s. "
          "See Benchmarks/matmul/peak.py.")
    print(f"{'':<32}{'size':>6}{'GFLOP/s':>10}{'of peak':>9}{'of SSE2 peak':>14}")
    for name, label in MATMUL:
        row = load(folder, name)
        print(f"{label:<32}{row['size']:>6}{row['gflops']:>10.1f}{row['gflops'] / peak['peak_gflops']:>9.1%}"
              f"{row['gflops'] / peak['sse_peak_gflops']:>14.1%}")


if __name__ == "__main__":
    main(sys.argv[1])
