#!/bin/sh
# Writes the app's ahead-of-time cache (JDK 25's AOT cache: the classes loaded and linked, the lambdas and
# method handles resolved, as in one training run) at package time, into the app image beside the jar, where
# the launcher's -XX:AOTCache names it. The training run is the packaged app on its own runtime with the
# launcher's JVM options: the bundled seeds imported into a scratch library first (not recorded), a first
# window on it (not recorded), then the window again through the list and the first article
# (--measure-article), recorded with -XX:AOTCacheOutput.
# The first article is ARTICLE, one of the seeds with formulas (left open last, as the settings say), so the
# formula pipeline's and JLaTeXMath's classes are in the cache; the seeds' newest has none. The cache names the jar relative to the runtime, so it still fits once
# installed under /opt. The window needs a display: without one, the run goes under xvfb-run.
# usage: train-aot.sh APP_DIR WORK_DIR SEEDS_DIR ARTICLE JVM_OPTION...   (APP_DIR: the app image's lib/app;
# see pom.xml, dist)
set -eu
app=$1; work=$2; seeds=$3; article=$4; shift 4
java="$app/../runtime/bin/java"
if [ ! -x "$java" ]; then
  # macOS's app image keeps its runtime elsewhere (Contents/runtime/Contents/Home): no cache there yet
  echo "train-aot: no $java: packaging without an AOT cache" >&2
  exit 0
fi
rm -rf "$work"; mkdir -p "$work"
rm -f "$app/kexue-reader.aot"
# the user's settings and caches stay out of it: a scratch home
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  wrap=""
elif command -v xvfb-run >/dev/null; then
  wrap="xvfb-run -a"
else
  echo "train-aot: no display and no xvfb-run: packaging without an AOT cache (apt-get install xvfb)" >&2
  exit 0
fi
# the options the launcher's .cfg adds on Linux (src/dist/linux-image.sh): SQLite's library from beside the jar
if [ -f "$app/libsqlitejdbc.so" ]; then
  set -- "$@" "-Dorg.sqlite.lib.path=$app" -Dorg.sqlite.lib.name=libsqlitejdbc.so
fi
"$java" "$@" -cp "$app/kexue-reader.jar" kexuereader.app.Main --library "$work/library.db" import "$seeds" >/dev/null
# an article not in the library is ignored: the window then opens on the newest
printf 'last_article: %s\n' "$article" > "$work/settings.yaml"
# a first window, not recorded, leaves the start snapshot and its picture beside the library when it closes, so
# the recorded run starts as a user's every later start does (StartSnapshot, StartPicture); the classes of a
# start without them are loaded all the same, when the recorded run draws its own picture on closing
$wrap "$java" "$@" -cp "$app/kexue-reader.jar" kexuereader.app.Main --library "$work/library.db" \
  --measure-article >/dev/null
$wrap "$java" "$@" -XX:AOTCacheOutput="$app/kexue-reader.aot" -cp "$app/kexue-reader.jar" \
  kexuereader.app.Main --library "$work/library.db" --measure-article
ls -l "$app/kexue-reader.aot"
