"""Prints the DCGAN benchmark table from the JSON lines that conv.sh saved, one file per measurement.

Exits with status 1 when the determinism check finds different fingerprints."""
import json
import statistics
import sys

CHECKS = [("check-2", "two threads"), ("check-1", "one thread"), ("check-portable", "portable x86-64 build")]


def load(folder, name):
    with open(f"{folder}/{name}.json") as f:
        return json.loads(f.read().strip().splitlines()[-1])


def main(folder, runs):
    swift = [load(folder, f"swift-{i}")["steps_per_s"] for i in range(1, runs + 1)]
    jax = [load(folder, f"jax-{i}")["steps_per_s"] for i in range(1, runs + 1)]
    one = load(folder, "swift-1")
    s, j = statistics.median(swift), statistics.median(jax)
    print(f"DCGAN in miniature (16x16x1 images, batch 64), {one['steps']} steps per run, "
          f"{runs} runs alternating, median")
    print(f"{'':<44}{'steps/s':>9}{'vs JAX':>8}   runs")
    print(f"{'Swift, two threads (default)':<44}{s:>9.1f}{s / j:>7.2f}x   {', '.join(map(str, swift))}")
    print(f"{'Swift, one thread (GANCORE_THREADS=1)':<44}{one['steps_per_s']:>9.1f}{one['steps_per_s'] / j:>7.2f}x   1 run")
    print(f"{'JAX, one jax.jit per step, buffers donated':<44}{j:>9.1f}{1:>7.2f}x   {', '.join(map(str, jax))}")

    prints = {name: load(folder, name)["fingerprint"] for name, _ in CHECKS}
    same = len(set(prints.values())) == 1
    print()
    print("Determinism, first 50 steps (fingerprint of every loss and sample): "
          + ", ".join(f"{label} {prints[name]}" for name, label in CHECKS)
          + (": identical" if same else ": DIFFERENT"))

    peak = load(folder, "peak")
    per_core = peak["peak_gflops"] / peak["cores"]
    print()
    print(f"Convolution layers alone (forward and backward, training-step shapes). Peak estimate "
          f"{per_core:.1f} GFLOP/s per core, {peak['peak_gflops']} for {peak['cores']} "
          f"({peak['isa']}, {peak['mhz']:.0f} MHz; see Benchmarks/matmul/peak.py)")
    print(f"{'':<24}{'GFLOP/s':>10}{'of peak':>9}  (peak of the cores it may use)")
    for name, label, limit in [("conv-2", "Swift, two threads", peak["peak_gflops"]),
                               ("conv-1", "Swift, one thread", per_core)]:
        row = load(folder, name)
        print(f"{label:<24}{row['gflops']:>10.1f}{row['gflops'] / limit:>9.1%}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
