#!/usr/bin/env bash
# Network-vs-PDE distance against width: runs SESSION at widths 1024, 4096, 16384, seeds 0-2, with
# stratified and independent ("iid") first-layer frequencies, and prints one row per run: the
# largest agreement distance over the run, its final value and the learning times (network / PDE)
# at every target peak. Usage: bench/width_study.sh [SESSION] (default sample-sessions/plane-waves.json).
# Needs target/freqbias.jar (mvn -B package -DskipTests) and python3; about 4 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
session="${1:-sample-sessions/plane-waves.json}"
jar=target/freqbias.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -B package -DskipTests" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-10s %6s %4s %8s %8s  %s\n' sampling width seed max final "learning times nn/pde per peak"
for sampling in stratified iid; do
    for width in 1024 4096 16384; do
        for seed in 0 1 2; do
            variant="$work/$sampling-$width-$seed.json"
            python3 - "$session" "$variant" "$sampling" "$width" "$seed" <<'PYEOF'
import json, sys
source, target, sampling, width, seed = sys.argv[1:]
s = json.load(open(source))
s["network"]["width"] = int(width)
s["network"]["sampling"] = sampling
s["training"]["seed"] = int(seed)
json.dump(s, open(target, "w"))
PYEOF
            java -jar "$jar" run "$variant" --out "$work/out" > /dev/null 2>&1
            python3 - "$work/out/summary.json" "$sampling" "$width" "$seed" <<'PYEOF'
import json, sys
d = json.load(open(sys.argv[1]))
a = d["agreement"]
times = " ".join("%.2f/%.2f" % (p["learningTimeNetwork"]["time"], p["learningTimePde"]["time"]) for p in d["peaks"])
print("%-10s %6s %4s %7.1f%% %7.1f%%  %s" % (sys.argv[2], sys.argv[3], sys.argv[4], 100 * a["max"], 100 * a["final"], times))
PYEOF
        done
    done
done
