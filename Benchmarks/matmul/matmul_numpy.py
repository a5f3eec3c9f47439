"""NumPy (OpenBLAS) float32 matrix product, size x size, in GFLOP/s, for comparison with gan-bench matmul."""
import argparse
import json
import time

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--seconds", type=float, default=2)
    args = parser.parse_args()
    rng = np.random.default_rng(1)
    a = rng.standard_normal((args.size, args.size), dtype=np.float32)
    b = rng.standard_normal((args.size, args.size), dtype=np.float32)
    products, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < args.seconds:
        a @ b
        products += 1
    gflops = 2 * args.size ** 3 * products / elapsed / 1e9
    print(json.dumps({"impl": "numpy", "size": args.size, "gflops": round(gflops, 2)}, separators=(",", ":")))


if __name__ == "__main__":
    main()
