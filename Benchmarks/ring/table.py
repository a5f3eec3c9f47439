"""Prints the benchmark table from the JSON lines that gan.sh saved, one file per measurement.

Exits with status 1 when the determinism check finds different fingerprints."""
import json
import sys

RING = [("swift", "Swift, two threads (default)"),
        ("swift-1", "Swift, one thread (GANCORE_THREADS=1)"),
        ("jax", "JAX, jit-compiled, float32"),
        ("jax-1", "JAX, pinned to one core (taskset -c 0)"),
        ("numpy", "NumPy, hand-written backward pass, float32")]
CHECKS = [("check-2", "two threads"), ("check-1", "one thread"), ("check-portable", "portable x86-64 build")]
MATMUL = [("matmul-swift-128", "Swift, two threads", "all"), ("matmul-swift-256", "Swift, two threads", "all"),
          ("matmul-swift-1-256", "Swift, one thread", "one"), ("matmul-numpy-256", "NumPy (OpenBLAS)", "all")]


def load(folder, name):
    with open(f"{folder}/{name}.json") as f:
        return json.loads(f.read().strip().splitlines()[-1])


def main(folder):
    ring = {name: load(folder, name) for name, _ in RING}
    jax, numpy = ring["jax"]["steps_per_s"], ring["numpy"]["steps_per_s"]
    print(f"Ring of 8 Gaussians, {ring['swift']['steps']} steps of batch 256, run one after another on this machine")
    print(f"{'':<46}{'steps/s':>9}{'vs JAX':>8}{'vs NumPy':>10}{'modes':>7}{'hq':>8}")
    for name, label in RING:
        row = ring[name]
        rate = row["steps_per_s"]
        print(f"{label:<46}{rate:>9.1f}{rate / jax:>7.2f}x{rate / numpy:>9.2f}x{row['modes']:>5}/8{row['hq']:>8.1%}")

    prints = {name: load(folder, name)["fingerprint"] for name, _ in CHECKS}
    same = len(set(prints.values())) == 1
    print()
    print("Determinism, first 50 steps (fingerprint of every loss and sample): "
          + ", ".join(f"{label} {prints[name]}" for name, label in CHECKS)
          + (": identical" if same else ": DIFFERENT"))

    peak = load(folder, "peak")
    per_core = peak["peak_gflops"] / peak["cores"]
    print()
    print(f"Matrix product, float32, size x size. Peak estimate: {peak['mhz']:.0f} MHz x "
          f"{peak['flops_per_cycle_per_core']} flop/cycle ({peak['isa']}) = {per_core:.1f} GFLOP/s per core, "
          f"{peak['peak_gflops']} for {peak['cores']} cores.")
    print("The clock is /proc/cpuinfo's (boost can be higher). See Benchmarks/matmul/peak.py.")
    print(f"{'':<24}{'size':>6}{'GFLOP/s':>10}{'of peak':>9}  (peak of the cores it may use)")
    for name, label, cores in MATMUL:
        row = load(folder, name)
        limit = peak["peak_gflops"] if cores == "all" else per_core
        print(f"{label:<24}{row['size']:>6}{row['gflops']:>10.1f}{row['gflops'] / limit:>9.1%}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
