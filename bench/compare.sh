#!/usr/bin/env bash
# The Java training step (JMH) against its peers in one run, then the speed-up ratios.
#   bench/compare.sh [--dim 1|2]  one GD step of the 2-layer network (m = 4096, float64; 1D: N = 1024,
#                                 2D: 64 x 64 points) against NumPy and PyTorch (bench/peer_step.py)
#   bench/compare.sh --deep       one Adam step of the deep network (N = 1024, 256 frequencies, two tanh
#                                 layers of 128, float64) against PyTorch float64 and float32
#                                 (bench/peer_deep.py, 2 threads)
#   bench/compare.sh --pde2d      the 2D PDE re-solve of the plane-waves and image-gaussian samples
#                                 (JMH PdeSolveBenchmark.interactive) against SciPy's expm_multiply on
#                                 the same exported matrices (bench/peer_pde2d.py), and on their
#                                 lumped-mass variant (no factorization); about 10 minutes
# Run from anywhere; about 1-2 minutes. Compare on an idle machine: both sides use the 2 cores. The
# load average is printed before and after, since a loaded machine slows both sides unevenly.
set -euo pipefail
mode=dim1
case "${1:-}" in
    --dim)
        case "${2:?--dim needs 1 or 2}" in
            1) mode=dim1 ;;
            2) mode=dim2 ;;
            *) echo "--dim must be 1 or 2, got $2" >&2; exit 2 ;;
        esac ;;
    --deep) mode=deep ;;
    --pde2d) mode=pde2d ;;
    "") ;;
    *) echo "usage: bench/compare.sh [--dim 1|2 | --deep | --pde2d]" >&2; exit 2 ;;
esac
case "$mode" in
    dim1) bench='TrainingStepBenchmark.fastStep$'; params=(-p dimension=1) ;;
    dim2) bench='TrainingStepBenchmark.fastStep$'; params=(-p dimension=2) ;;
    deep) bench='DeepStepBenchmark.fastStep$'; params=() ;;
    pde2d) bench='PdeSolveBenchmark.interactive$'; params=(-p session=plane-waves,image-gaussian) ;;
esac
cd "$(dirname "$0")/.."
PY=bench/.venv/bin/python
[ -x "$PY" ] || PY=python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

mvn -o -B -q compile
cp="target/classes:$(mvn -o -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
echo "# before: $(uptime)"
java -cp "$cp" org.openjdk.jmh.Main "$bench" "${params[@]}" -f 1 -wi 3 -i 5 -w 2s -r 2s \
    -rf json -rff "$out/jmh.json" > "$out/jmh.log"

if [ "$mode" = pde2d ]; then
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
        "$PY" bench/peer_pde2d.py "$out/$session" --repeats 3 --lumped > "$out/$session-lumped.txt"
        lumped_ms=$(sed -n 's/^scipy_ms=//p' "$out/$session-lumped.txt")
        echo "pde2d $session: scipy_lumped_ms=$lumped_ms (lumped mass, no factorization; median of 3)"
    done
    echo "# after: $(uptime)"
    exit 0
fi
percentile() {
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))[0]; print("%.3f" % r["primaryMetric"]["scorePercentiles"][sys.argv[2]])' "$out/jmh.json" "$1"
}
java_ms=$(percentile 50.0)

if [ "$mode" = deep ]; then
    java_min=$(percentile 0.0)
    echo "java_deep_ms=$java_ms java_deep_min_ms=$java_min (JMH median and fastest, one thread per core)"
    "$PY" bench/peer_deep.py | tee "$out/peer.txt"
    peers="torch64 torch32"
else
    java_min=
    echo "dim=${mode#dim} java_fast_ms=$java_ms (JMH median, default thread count)"
    "$PY" bench/peer_step.py --dim "${mode#dim}" | tee "$out/peer.txt"
    peers="numpy torch"
fi
echo "# after: $(uptime)"
python3 - "$java_ms" "$java_min" "$out/peer.txt" $peers <<'PYEOF'
import re, sys
java, java_min = float(sys.argv[1]), sys.argv[2]
text = open(sys.argv[3]).read()
for name in sys.argv[4:]:
    m = re.search(name + r"_ms=([0-9.]+)", text)
    if m:
        line = f"speedup_vs_{name}={float(m.group(1)) / java:.2f}x (medians)"
        fastest = re.search(name + r"_min_ms=([0-9.]+)", text)
        if fastest and java_min:
            line += f", {float(fastest.group(1)) / float(java_min):.2f}x (fastest steps)"
        print(line)
PYEOF
