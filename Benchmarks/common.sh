# Shared by the GANCore benchmarks (sourced from the package root): a scratch folder $out, JAX and NumPy
# from PyPI in Benchmarks/.venv ($py), and gan-bench built for release ($bench) and for the baseline
# x86-64 CPU ($portable: GANCORE_PORTABLE=1, no AVX2, fma done by the C library).
export PYTHONDONTWRITEBYTECODE=1  # keep __pycache__ out of Benchmarks/
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
GANCORE_PORTABLE=1 swift build -c release --product gan-bench --scratch-path .build-portable >&2
portable="$(GANCORE_PORTABLE=1 swift build -c release --scratch-path .build-portable --show-bin-path)/gan-bench"
py="$PWD/$venv/bin/python"
