"""Prints the benchmark table from the JSON lines written by gan.sh (one file per measurement)."""
import json
import sys


def load(path):
    with open(path) as f:
        return json.loads(f.read().strip().splitlines()[-1])


def main(folder):
    rows = [load(f"{folder}/{name}.json") for name in ("swift", "jax", "numpy")]
    by_impl = {row["impl"]: row for row in rows}
    print(f"Ring GAN, {rows[0]['steps']} steps, batch 256 (same machine, one after another)")
    print(f"{'impl':<8}{'steps/s':>10}{'vs JAX':>9}{'vs NumPy':>10}{'modes':>7}{'hq':>8}")
    for row in rows:
        rate = row["steps_per_s"]
        print(f"{row['impl']:<8}{rate:>10.1f}{rate / by_impl['jax']['steps_per_s']:>8.2f}x"
              f"{rate / by_impl['numpy']['steps_per_s']:>9.2f}x{row['modes']:>5}/8{row['hq']:>8.1%}")
    peak = load(f"{folder}/peak.json")
    print()
    print(f"Matrix product, float32 (peak estimate: {peak['cores']} cores x {peak['mhz']:.0f} MHz x "
          f"{peak['flops_per_cycle_per_core']} flop/cycle ({peak['isa']}) = {peak['peak_gflops']} GFLOP/s; "
          f"baseline x86-64 SSE2 = {peak['sse_peak_gflops']} GFLOP/s)")
    print(f"{'impl':<8}{'size':>6}{'GFLOP/s':>10}{'of peak':>9}{'of SSE2 peak':>14}")
    for name in ("matmul-swift-128", "matmul-swift-256", "matmul-numpy-256"):
        row = load(f"{folder}/{name}.json")
        print(f"{row['impl']:<8}{row['size']:>6}{row['gflops']:>10.1f}{row['gflops'] / peak['peak_gflops']:>9.1%}"
              f"{row['gflops'] / peak['sse_peak_gflops']:>14.1%}")


if __name__ == "__main__":
    main(sys.argv[1])
