#!/usr/bin/env bash
# One GD step (m = 4096, float64; 1D: N = 1024, 2D: 64 x 64 points): the Java fused kernel (JMH)
# against NumPy and PyTorch (bench/peer_step.py) in one run, then the speed-up ratios.
# Usage: bench/compare.sh [--dim 1|2]. Run from anywhere; about 1-2 minutes.
# Compare on an idle machine: both sides use the 2 cores.
set -euo pipefail
dim=1
if [ "${1:-}" = "--dim" ]; then
    dim="${2:?--dim needs 1 or 2}"
fi
case "$dim" in
    1|2) bench='TrainingStepBenchmark.fastStep$' ;;
    *) echo "--dim must be 1 or 2, got $dim" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
PY=bench/.venv/bin/python
[ -x "$PY" ] || PY=python3
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

mvn -o -B -q compile
cp="target/classes:$(mvn -o -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
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
