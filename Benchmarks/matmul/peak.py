"""Estimates this machine's peak float32 multiply-add throughput from /proc/cpuinfo.

peak = cores x clock x lanes x 2 (multiply and add) x 2 (vector units per core), where
  lanes = 16 with avx512f, 8 with avx/avx2, 4 with plain SSE (float32 values per register);
  2 units: every x86 core since Intel Haswell and AMD Zen issues two vector FMAs per cycle
  (without the fma flag, one multiply and one add, which is the same count);
  clock = the "cpu MHz" field (the current clock; turbo can be higher, so this is an estimate).
Prints JSON: the estimate for the best instruction set the CPU has.
"""
import json
import os


def cpu_info():
    flags, mhz = set(), 0.0
    with open("/proc/cpuinfo") as f:
        for line in f:
            key, _, value = line.partition(":")
            key = key.strip()
            if key == "flags" and not flags:
                flags = set(value.split())
            elif key == "cpu MHz" and not mhz:
                mhz = float(value)
    return flags, mhz


def main():
    flags, mhz = cpu_info()
    cores = os.cpu_count() or 1
    lanes, isa = (16, "avx512f") if "avx512f" in flags else (8, "avx2" if "avx2" in flags else "avx") \
        if "avx" in flags else (4, "sse")
    fma = "fma" in flags
    per_cycle = lanes * 2 * 2
    peak = cores * mhz * 1e6 * per_cycle / 1e9
    print(json.dumps({"cores": cores, "mhz": mhz, "isa": isa + ("+fma" if fma else ""),
                      "flops_per_cycle_per_core": per_cycle, "peak_gflops": round(peak, 1)}))


if __name__ == "__main__":
    main()
