#!/bin/sh
# Opening a page of many formulas in the real window (not part of mvn verify: it needs a display and xdotool).
#
#   mvn -DskipTests package && src/bench/page-open.sh [ROUNDS]
#
# Imports two sample pages into a scratch library (重温SSM(三), 272 formulas, and the page before it), starts the
# window under $DISPLAY (or its own Xvfb) with -Dkexuereader.startup.trace=true, and reads the page marks the
# window prints: "page asked" (the list's selection moved), "page loaded" (the page shows its first screen:
# text and the first formulas), "page filled" (every formula in place). The first open is the window's own, at
# start (a cold JVM and formula engine); then it moves the selection between the two articles ROUNDS times
# (default 5), so 重温SSM(三) opens again from the render cache. Prints one line per open of 重温SSM(三) and the
# medians. JAVA_OPTS adds JVM options, e.g. -Dkexuereader.page.eager=100000 renders every formula before the
# page shows, as the window did before pages came in two steps.
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
jar="$here/target/kexue-reader.jar"
rounds=${1:-5}
samples="$here/src/test/resources/kexuereader/ingest/pages"
[ -f "$jar" ] || { echo "no $jar: build it with mvn -DskipTests package" >&2; exit 1; }
command -v xdotool >/dev/null || { echo "needs xdotool (apt-get install xdotool)" >&2; exit 1; }

work=$(mktemp -d)
export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
mkdir -p "$HOME"
xvfb=""
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:57
  Xvfb :57 -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
  for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
fi
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

java -jar "$jar" --library "$work/pages.db" import "$samples/kexue-10162.md" "$samples/kexue-10040.md" >/dev/null
log="$work/window.log"
: >"$log" # before the window starts: a background command's redirection happens in its own process
# shellcheck disable=SC2086
java -Dkexuereader.startup.trace=true ${JAVA_OPTS:-} -jar "$jar" --library "$work/pages.db" >"$log" 2>&1 & app=$!

# waits until the log holds N lines matching a pattern (the window's marks), at most a minute
wait_for() {
  for _ in $(seq 1 600); do
    [ "$(grep -c "$1" "$log" || true)" -ge "$2" ] && return 0
    sleep 0.1
  done
  echo "page-open: gave up waiting for $2 × '$1'" >&2; exit 1
}
wait_for "page filled" 1
wait_for "window: first frame out" 1 # the window takes keys (the first article may come before it)
window=$(xdotool search --sync --class kexue | tail -1)
xdotool windowactivate --sync "$window"
opens=1
for _ in $(seq 1 "$rounds"); do
  for key in Down Up; do
    xdotool key $key
    opens=$((opens + 1)); wait_for "page filled" "$opens"; sleep 1
  done
done

# the first page shown is 重温SSM(三) (the newer of the two); the start-up opens it before any "page asked", so
# its times count from the process's start
ssm=$(grep -m1 -o 'page loaded [0-9a-f]*' "$log" | awk '{print $3}')
awk -v ssm="$ssm" '
  BEGIN { asked = 0 }
  / page asked / { asked = $2 }
  / page loaded / && $0 ~ ssm { loaded = $2 - asked }
  / page filled / && $0 ~ ssm {
    n++
    printf "open %d%s: first screen %d ms, every formula %d ms\n", n,
      n == 1 ? " (at start, cold; since the process started)" : "", loaded, $2 - asked
    if (n > 1) { print loaded > "'"$work"'/first"; print $2 - asked > "'"$work"'/whole" }
  }' "$log"
median() { sort -n "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
echo "again from the render cache, medians of $(wc -l < "$work/first"): first screen $(median "$work/first") ms, every formula $(median "$work/whole") ms"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
