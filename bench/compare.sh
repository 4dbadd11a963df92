#!/usr/bin/env bash
# One GD step (m = 4096, float64; 1D: N = 1024, 2D: 64 x 64 points): the Java fused kernel (JMH)
# against NumPy and PyTorch (bench/peer_step.py) in one run, then the speed-up ratios.
# --pde2d: the 2D PDE re-solve of the plane-waves and image-gaussian samples (JMH
# PdeSolveBenchmark.interactive) against SciPy's expm_multiply on the same exported matrices
# (bench/peer_pde2d.py), back to back, with the load average before and after.
# Usage: bench/compare.sh [--dim 1|2 | --pde2d]. Run from anywhere; about 1-3 minutes (--pde2d: ~5).
# Compare on an idle machine: both sides use the 2 cores.
set -euo pipefail
mode=step
dim=1
case "${1:-}" in
    --dim) dim="${2:?--dim needs 1 or 2}" ;;
    --pde2d) mode=pde2d ;;
    "") ;;
    *) echo "usage: bench/compare.sh [--dim 1|2 | --pde2d]" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
PY=bench/.venv/bin/python
[ -x "$PY" ] || PY=python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

mvn -o -B -q compile
cp="target/classes:$(mvn -o -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"

if [ "$mode" = pde2d ]; then
    echo "load before: $(uptime)"
    java -cp "$cp" org.openjdk.jmh.Main 'PdeSolveBenchmark.interactive$' -p session=plane-waves,image-gaussian -f 1 -wi 3 -i 5 -w 2s -r 2s \
        -rf json -rff "$out/jmh.json" > "$out/jmh.log"
    for session in plane-waves image-gaussian; do
        java_ms=$(python3 -c 'import json,sys
for r in json.load(open(sys.argv[1])):
    if r["params"]["session"] == sys.argv[2]:
        print("%.1f" % r["primaryMetric"]["scorePercentiles"]["50.0"])' "$out/jmh.json" "$session")
        java -cp "$cp" org.freqbias.Main bench "$session" --repeats 1 --steps-per-repeat 1 \
            --export-pde "$out/$session" > /dev/null
        "$PY" bench/peer_pde2d.py "$out/$session" --repeats 3 > "$out/$session.txt"
        scipy_ms=$(sed -n 's/^scipy_ms=//p' "$out/$session.txt")
        diff=$(sed -n 's/^max_rel_diff_M=//p' "$out/$session.txt")
        ratio=$(python3 -c 'import sys; print("%.0f" % (float(sys.argv[2]) / float(sys.argv[1])))' "$java_ms" "$scipy_ms")
        echo "pde2d $session: java_ms=$java_ms (JMH median) scipy_ms=$scipy_ms (median of 3) ratio=${ratio}x max_rel_diff_M=$diff"
    done
    echo "load after: $(uptime)"
    exit 0
fi

case "$dim" in
    1|2) bench='TrainingStepBenchmark.fastStep$' ;;
    *) echo "--dim must be 1 or 2, got $dim" >&2; exit 2 ;;
esac
java -cp "$cp" org.openjdk.jmh.Main "$bench" -p dimension="$dim" -f 1 -wi 3 -i 5 -w 2s -r 2s \
    -rf json -rff "$out/jmh.json" > "$out/jmh.log"
java_ms=$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))[0]; print("%.3f" % r["primaryMetric"]["scorePercentiles"]["50.0"])' "$out/jmh.json")
echo "dim=$dim java_fast_ms=$java_ms (JMH median, default thread count)"

"$PY" bench/peer_step.py --dim "$dim" | tee "$out/peer.txt"
python3 - "$java_ms" "$out/peer.txt" <<'PYEOF'
import re, sys
java = float(sys.argv[1])
text = open(sys.argv[2]).read()
for name in ("numpy", "torch"):
    m = re.search(name + r"_ms=([0-9.]+)", text)
    if m:
        print(f"speedup_vs_{name}={float(m.group(1)) / java:.1f}x")
PYEOF
