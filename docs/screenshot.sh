#!/bin/bash
# Takes a screenshot of the real window under Xvfb, as the README's pictures were taken.
#   docs/screenshot.sh WIDTHxHEIGHT OUT.png "KEYS" [app arguments...]
# KEYS are xdotool key names pressed one by one after the window has settled (e.g. "f" or
# "Next Next" for Page Down twice; "" for none); the app arguments go to `java -jar ... app`, e.g.
#   docs/screenshot.sh 1280x720 docs/screenshot-lesson.png "Next" --theme presentation --lesson low-frequencies-first
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick xdotool, and target/freqbias.jar
# (mvn -B -q package -DskipTests). SETTLE (seconds, default 15) is the wait before the keys;
# WAIT (default 8) the wait after each key, for runs a lesson step plays.
set -euo pipefail
size=$1; out=$2; keys=$3; shift 3
jar="$(cd "$(dirname "$0")/.." && pwd)/target/freqbias.jar"
out="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
args=$(printf ' %q' "$@")
xvfb-run -a -s "-screen 0 ${size}x24" bash -c "
  java -jar '$jar' app $args > /dev/null 2>&1 &
  app=\$!
  sleep ${SETTLE:-15}
  for k in $keys; do xdotool key \$k; sleep ${WAIT:-8}; done
  sleep 2
  import -window root '$out'
  kill \$app
"
echo "wrote $out"
