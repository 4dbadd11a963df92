#!/usr/bin/env bash
# Frame times of the real app while it trains with every view on, from JavaFX's pulse logger.
#
# For each screen size and each session: starts the jar under Xvfb with
# -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0, presses Ctrl+K and Ctrl+L (kernel
# limit and linearized network: every view on), waits until the PDE and kernel-flow workers are
# done (their threads stop using CPU), presses Space (play), waits --warmup seconds (the JIT warms
# up), then keeps the pulses of the next --seconds seconds and prints their count, median and 95th
# percentile duration and how many took longer than one 60 Hz frame (16.7 ms): of all pulses, and of
# the pulses that painted (the others, about a third, only ran animation timers, CSS and layout).
# A pulse's duration is the logger's: from the pulse's start on the FX thread to the end of its
# rendering (whole milliseconds).
#
# The run must still train during the whole window, so the session is run with --steps-factor
# times its steps (default 10; snapshotEvery unchanged, so snapshots come as often as in the
# sample and the history fills up and thins out as in a long run). Nothing else changes.
#
# Usage: bench/frames.sh [--jar JAR] [--sizes 1600x1000,1280x720] [--warmup S] [--seconds S]
#                        [--steps-factor K] [--shots DIR] [--jfr DIR] [--logs DIR] [SESSION...]
# SESSION: a sample name (default: gaussian-bias plane-waves) or a session file.
# --shots DIR saves a screenshot at the end of each window; --jfr DIR records a flight recording;
# --logs DIR keeps the pulse logs (each pulse's phases: CSS, layout, painting...).
# Needs xvfb-run, xdotool and (for --shots) ImageMagick's import. About a minute per run.
set -euo pipefail
shopt -s extglob
cd "$(dirname "$0")/.."
root=$(pwd)

jar=target/freqbias.jar
sizes=1600x1000,1280x720
warmup=10
seconds=20
factor=10
shots=
jfr=
logs=
sessions=()
while [ $# -gt 0 ]; do
    case "$1" in
        --jar) jar="$2"; shift 2 ;;
        --sizes) sizes="$2"; shift 2 ;;
        --warmup) warmup="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --steps-factor) factor="$2"; shift 2 ;;
        --shots) shots=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
        --jfr) jfr=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
        --logs) logs=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
        --inside) shift; break ;;
        -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
        *) sessions+=("$1"); shift ;;
    esac
done

# CPU ticks used so far by the threads of process $1 whose names match the pattern $2.
thread_cpu() {
    local total=0 task
    for task in /proc/"$1"/task/*; do
        # shellcheck disable=SC2254
        case "$(cat "$task/comm" 2>/dev/null)" in
            $2) total=$((total + $(awk '{print $14 + $15}' "$task/stat"))) ;;
        esac
    done
    echo "$total"
}

# ---- inside Xvfb: one run, prints the pulse durations of the window, one per line ----
if [ "${FRAMES_INSIDE:-}" = 1 ]; then
    session_file="$1" log="$2" shot="$3" jfr_file="$4"
    opts=(-Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0)
    [ -n "$jfr_file" ] && opts+=("-XX:StartFlightRecording=filename=$jfr_file,settings=${FRAMES_JFC:-profile}")
    java "${opts[@]}" -jar "$jar" app "$session_file" > /dev/null 2> "$log" &
    app=$!
    trap 'kill $app 2>/dev/null || true' EXIT
    window=$(xdotool search --sync --name "Frequency Bias Lab" | head -1)
    sleep 5 # the first layout, the first PDE solve
    xdotool key --window "$window" ctrl+k
    xdotool key --window "$window" ctrl+l
    # Every view on: wait until the PDE and kernel-flow workers are done (their threads, and the common
    # fork-join pool some builds solve in, stop using CPU).
    waited=0 last=-1
    while [ $waited -lt 600 ]; do
        now=$(thread_cpu "$app" '@(freqbias-@(pde|ntk|lin)*|ForkJoinPool*)')
        [ "$now" = "$last" ] && break
        last=$now
        sleep 2
        waited=$((waited + 2))
    done
    xdotool key --window "$window" space
    sleep "$warmup"
    from=$(stat -c %s "$log")
    trained=$(thread_cpu "$app" 'freqbias-train*')
    sleep "$seconds"
    to=$(stat -c %s "$log")
    trained=$(( $(thread_cpu "$app" 'freqbias-train*') - trained ))
    # The trainer thread uses a core while the run goes on: the whole window must be training.
    echo "background_wait_s=$waited trainer_busy=$((trained * 100 / ($(getconf CLK_TCK) * seconds)))%" >&2
    [ -n "$shot" ] && import -window root "$shot"
    kill $app
    wait $app 2>/dev/null || true
    # Full entries read "PULSE: n [interval ms:duration ms]" and list their phases, short ones
    # "[n interval ms:duration ms]" (nothing painted). One line per pulse: duration, 1 if it painted.
    tail -c +"$((from + 1))" "$log" | head -c "$((to - from))" | python3 -c '
import re, sys
for m in re.finditer(r"(?:PULSE: \d+ |\[\d+ )\[?\d+ms:(\d+)ms\]((?:(?!PULSE: |\[\d+ \d+ms:).)*)", sys.stdin.read(), re.S):
    print(m.group(1), 1 if "Painting" in m.group(2) else 0)'
    exit 0
fi

[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests first, or pass --jar" >&2; exit 2; }
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
[ ${#sessions[@]} -eq 0 ] && sessions=(gaussian-bias plane-waves)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "jar=$jar warmup=${warmup}s window=${seconds}s steps-factor=$factor load=$(cut -d' ' -f1-3 /proc/loadavg)"
IFS=, read -ra size_list <<< "$sizes"
for size in "${size_list[@]}"; do
    for s in "${sessions[@]}"; do
        name=$(basename "$s" .json)
        src="$s"
        [ -f "$src" ] || src="$root/sample-sessions/$s.json"
        [ -f "$src" ] || { echo "no session $s (a sample name or a file)" >&2; exit 2; }
        # Same session, more steps; an image target's relative path made absolute.
        long="$work/$name.json"
        python3 - "$src" "$long" "$factor" <<'PYEOF'
import json, os, sys
s = json.load(open(sys.argv[1]))
target = s.get("target", {})
if "path" in target:
    target["path"] = os.path.join(os.path.dirname(os.path.abspath(sys.argv[1])), target["path"])
t = s["training"]
t.setdefault("snapshotEvery", max(1, t["steps"] // 100))
t["steps"] = t["steps"] * int(sys.argv[3])
json.dump(s, open(sys.argv[2], "w"))
PYEOF
        shot= ; jfr_file=
        [ -n "$shots" ] && shot="$shots/$name-$size.png"
        [ -n "$jfr" ] && jfr_file="$jfr/$name-$size.jfr"
        FRAMES_INSIDE=1 xvfb-run -a -s "-screen 0 ${size}x24" \
            "$0" --jar "$jar" --warmup "$warmup" --seconds "$seconds" --inside \
            "$long" "$work/$name-$size.log" "$shot" "$jfr_file" > "$work/$name-$size.ms" 2> "$work/$name-$size.err" || true
        [ -n "$logs" ] && cp "$work/$name-$size.log" "$logs/"
        python3 - "$name" "$size" "$work/$name-$size.ms" "$(grep -o 'background_wait.*' "$work/$name-$size.err" || true)" <<'PYEOF'
import sys
name, size, path, conditions = sys.argv[1:5]
pulses = [tuple(int(v) for v in line.split()) for line in open(path) if line.strip()]
if not pulses:
    print(f"{name} {size}: no pulses logged (did the app start?)")
    sys.exit(0)
def summary(ms):
    ms = sorted(ms)
    def pct(p):  # nearest rank
        return ms[min(len(ms) - 1, max(0, -(-p * len(ms) // 100) - 1))]
    over = sum(1 for v in ms if v > 16.7)
    return (f"pulses={len(ms)} median_ms={pct(50)} p95_ms={pct(95)} "
            f"over_16.7ms={over} ({100 * over / len(ms):.0f} %) max_ms={ms[-1]}")
painted = [ms for ms, p in pulses if p]
print(f"{name} {size}: all {summary([ms for ms, _ in pulses])} {conditions}")
print(f"{name} {size}: painting {summary(painted) if painted else 'pulses=0'}")
PYEOF
    done
done
