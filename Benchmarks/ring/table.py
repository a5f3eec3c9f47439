"""Prints the benchmark table from the JSON lines that gan.sh saved, one file per measurement (one line per
round for the ring: the table shows the median and the range).

Exits with status 1 when the determinism check finds different fingerprints."""
import json
import statistics
import sys

from common import BATCH, SIZES_D, SIZES_G

RING = [("swift", "Swift, two threads (default)"),
        ("swift-1", "Swift, one thread (GANCORE_THREADS=1)"),
        ("jax", "JAX, one jit per step, donated, all cores"),
        ("jax-1", "JAX, the same, pinned to one core"),
        ("numpy", "NumPy, hand-written backward pass, float32")]
CHECKS = [("check-2", "two threads"), ("check-1", "one thread"), ("check-portable", "portable x86-64 build")]
MATMUL = [("matmul-swift-128", "Swift, two threads", "all"), ("matmul-swift-256", "Swift, two threads", "all"),
          ("matmul-swift-1-256", "Swift, one thread", "one"), ("matmul-numpy-256", "NumPy (OpenBLAS)", "all")]


def load_all(folder, name):
    with open(f"{folder}/{name}.json") as f:
        return [json.loads(line) for line in f.read().strip().splitlines()]


def load(folder, name):
    return load_all(folder, name)[-1]


def flops_per_step():
    """Multiply-adds x 2 of one ring step: D's update (G forward on the batch; D forward and backward, weights and
    inputs, on real and generated rows) and G's (G forward; D forward and backward to its input; G backward)."""
    def macs(sizes):
        return sum(a * b for a, b in zip(sizes[:-1], sizes[1:]))
    g, d = macs(SIZES_G), macs(SIZES_D)
    d_inputs = d - SIZES_D[0] * SIZES_D[1]  # D's input gradients, without the first layer's
    g_inputs = g - SIZES_G[0] * SIZES_G[1]
    d_update = BATCH * g + 2 * BATCH * (d + d + d_inputs)
    g_update = BATCH * g + BATCH * (d + d) + BATCH * (g + g_inputs)
    return 2 * (d_update + g_update)


def main(folder):
    runs = {name: load_all(folder, name) for name, _ in RING}
    rates = {name: [row["steps_per_s"] for row in rows] for name, rows in runs.items()}
    median = {name: statistics.median(values) for name, values in rates.items()}
    jax, jax_one, numpy = median["jax"], median["jax-1"], median["numpy"]
    peak = load(folder, "peak")
    per_core = peak["peak_gflops"] / peak["cores"]
    flops = flops_per_step()
    print(f"Ring of 8 Gaussians, {runs['swift'][0]['steps']} steps of batch {BATCH}; medians of "
          f"{len(rates['swift'])} alternating rounds (range in brackets); {flops / 1e6:.1f} MFLOP per step")
    print(f"{'':<42}{'steps/s':>9}{'range':>17}{'vs JAX':>8}{'vs JAX 1c':>10}{'of peak':>9}{'modes':>7}{'hq':>8}")
    for name, label in RING:
        rate, row = median[name], runs[name][-1]
        spread = f"[{min(rates[name]):.0f}-{max(rates[name]):.0f}]"
        cores = 1 if name in ("swift-1", "jax-1") else peak["cores"]
        share = rate * flops / 1e9 / (per_core * cores)
        print(f"{label:<42}{rate:>9.1f}{spread:>17}{rate / jax:>7.2f}x{rate / jax_one:>9.2f}x{share:>9.1%}"
              f"{row['modes']:>5}/8{row['hq']:>8.1%}")
    two = rates["swift"]
    print(f"Two-thread Swift runs: {min(two):.0f} to {max(two):.0f} steps/s, "
          f"{(max(two) - min(two)) / 2 / statistics.median(two):.1%} either side of the median "
          f"(target: within 15%). Share of peak: the step's multiply-adds over the FMA peak of the cores it may use.")

    prints = {name: load(folder, name)["fingerprint"] for name, _ in CHECKS}
    same = len(set(prints.values())) == 1
    print()
    print("Determinism, first 50 steps (fingerprint of every loss and sample): "
          + ", ".join(f"{label} {prints[name]}" for name, label in CHECKS)
          + (": identical" if same else ": DIFFERENT"))

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
