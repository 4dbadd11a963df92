#!/usr/bin/env bash
# Behaviour check for refactors: runs every sample session with two builds and compares the figures
# of their summary.json files (agreement, learning times, pure-damping times, bias ratios,
# distances between every pair of spectra). Timings are not compared.
#
# Usage: bench/figures.sh OLD NEW
#   OLD, NEW: a jar (target/freqbias.jar), a git revision (built into a temporary worktree with
#   mvn package -DskipTests), or a folder of results made earlier by this script (plain/SAMPLE/ and
#   flows/SAMPLE/, each holding a summary.json), which saves running that side again.
# Set KEEP=DIR to keep the results of both sides in DIR/old and DIR/new (to pass as OLD next time).
#
# Prints one line per run, "same" or the differing keys with both values, and exits 1 when any
# figure differs (2 on a usage or build error). About 3 minutes per side on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

[ $# -eq 2 ] || { sed -n '2,14p' "$0" >&2; exit 2; }

samples="gaussian-bias uniform-no-bias reversed-bias random-features deep-gaussian deep-uniform plane-waves image-gaussian image-uniform"
flow_samples="gaussian-bias uniform-no-bias plane-waves image-gaussian"

work=$(mktemp -d)
worktrees=()
cleanup() {
    for w in "${worktrees[@]}"; do
        git -C "$repo" worktree remove --force "$w" > /dev/null 2>&1 || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# Sets $results to a folder of results for side $1 (old or new) made from argument $2.
results_of() {
    local side=$1 source=$2 jar out=$work/$1
    if [ -d "$source" ] && [ -d "$source/plain" ]; then
        results=$source
        return
    fi
    if [ -f "$source" ]; then
        jar=$source
    else
        git -C "$repo" rev-parse --verify --quiet "$source^{commit}" > /dev/null \
            || { echo "$source is neither a jar, a results folder nor a git revision" >&2; exit 2; }
        local tree=$work/tree-$side
        git -C "$repo" worktree add --detach "$tree" "$source" > /dev/null 2>&1
        worktrees+=("$tree")
        echo "building $source ..." >&2
        (cd "$tree" && { mvn -B -q -o package -DskipTests > "$work/build-$side.log" 2>&1 \
            || mvn -B -q package -DskipTests >> "$work/build-$side.log" 2>&1; }) \
            || { echo "build of $source failed, see:" >&2; tail -20 "$work/build-$side.log" >&2; exit 2; }
        jar=$tree/target/freqbias.jar
    fi
    for s in $samples; do
        echo "$side: run $s" >&2
        java -jar "$jar" run "$s" --out "$out/plain/$s" > "$work/$side-$s.log" 2>&1 \
            || echo "$side: run $s failed (exit $?), see its summary" >&2
    done
    for s in $flow_samples; do
        echo "$side: run $s --kernel-limit --linearized" >&2
        java -jar "$jar" run "$s" --out "$out/flows/$s" --kernel-limit --linearized > "$work/$side-kf-$s.log" 2>&1 \
            || echo "$side: run $s --kernel-limit --linearized failed (exit $?), see its summary" >&2
    done
    results=$out
}

results_of old "$1"
old=$results
results_of new "$2"
new=$results
if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP"
    [ "$old" = "$work/old" ] && cp -r "$old" "$KEEP/old"
    [ "$new" = "$work/new" ] && cp -r "$new" "$KEEP/new"
fi

python3 - "$old" "$new" "$samples" "$flow_samples" <<'PYEOF'
import json, math, os, sys

old_dir, new_dir, samples, flow_samples = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4].split()

# Keys renamed since the old version: old name -> new name (README, "Changed in this version").
RENAMED = {"learningTimeByReference": "learningTimeByKernelFlow"}


def renamed(node):
    if isinstance(node, dict):
        return {RENAMED.get(k, k): renamed(v) for k, v in node.items()}
    if isinstance(node, list):
        return [renamed(v) for v in node]
    return node


def figures(path):
    """The compared figures of one summary.json, flattened to {dotted key: value}."""
    with open(path) as f:
        d = renamed(json.load(f))
    out = {}

    def put(key, value):
        if isinstance(value, dict):
            for k, v in value.items():
                put(key + "." + k, v)
        elif isinstance(value, list) and value and isinstance(value[0], (list, dict)):
            for i, v in enumerate(value):
                put("%s[%d]" % (key, i), v)
        else:
            out[key] = value

    for key in ("stepsDone", "finalTime", "diverged"):
        put(key, d.get(key))
    a = d.get("agreement", {})
    for key in ("maxFrequency", "max", "final", "maxDistanceByPair", "byTime"):
        put("agreement." + key, a.get(key))
    for i, p in enumerate(d.get("peaks", [])):
        for key in ("frequency", "learningTimeNetwork", "learningTimePde", "learningTimeByKernelFlow", "pureDampingTime"):
            if key in p or key != "learningTimeByKernelFlow":
                put("peaks[%d].%s" % (i, key), p.get(key))
    put("peakCount", len(d.get("peaks", [])))
    b = d.get("bias", {})
    put("bias.network", b.get("network"))
    put("bias.pde", b.get("pde"))
    put("stability.maxStableLearningRate", d.get("stability", {}).get("maxStableLearningRate"))
    return out


def same(x, y):
    if isinstance(x, float) and isinstance(y, float) and math.isnan(x) and math.isnan(y):
        return True
    return x == y


differ = False
runs = [("plain", s, s) for s in samples] + [("flows", s, s + " --kernel-limit --linearized") for s in flow_samples]
for kind, sample, label in runs:
    paths = [os.path.join(root, kind, sample, "summary.json") for root in (old_dir, new_dir)]
    missing = [p for p in paths if not os.path.isfile(p)]
    if missing:
        print("%s: missing %s" % (label, ", ".join(missing)))
        differ = True
        continue
    a, b = figures(paths[0]), figures(paths[1])
    diffs = []
    for key in sorted(set(a) | set(b)):
        if not same(a.get(key, "(absent)"), b.get(key, "(absent)")):
            diffs.append("%s: %r vs %r" % (key, a.get(key, "(absent)"), b.get(key, "(absent)")))
    if diffs:
        differ = True
        print("%s: %d differ: %s" % (label, len(diffs), "; ".join(diffs[:12]) + (" ..." if len(diffs) > 12 else "")))
    else:
        print("%s: same (%d figures)" % (label, len(a)))
sys.exit(1 if differ else 0)
PYEOF
