#!/bin/sh
# Writes the class list of the application's class-data archive at package time: one run of the packaged app
# on its own runtime, with the launcher's JVM options, through the first article of the bundled sample
# (--measure-article), and -XX:DumpLoadedClassList. The archive itself is dumped from that list where the app
# is installed (the package's postinst, a few seconds, no display): JDK 17's archives name the jar by its
# absolute path and are refused anywhere else. The window needs a display: without one, the run goes under
# xvfb-run.
# usage: train-cds.sh APP_DIR WORK_DIR JVM_OPTION...   (APP_DIR: the app image's lib/app; see pom.xml, dist)
set -eu
app=$1; work=$2; shift 2
java="$app/../runtime/bin/java"
if [ ! -x "$java" ]; then
  # macOS's app image keeps its runtime elsewhere (Contents/runtime/Contents/Home): no archive there yet
  echo "train-cds: no $java: packaging without a class-data archive" >&2
  exit 0
fi
rm -rf "$work"; mkdir -p "$work"
# the user's settings and caches stay out of it: a scratch home
export HOME="$work" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  wrap=""
elif command -v xvfb-run >/dev/null; then
  wrap="xvfb-run -a"
else
  echo "train-cds: no display and no xvfb-run: packaging without a class-data archive (apt-get install xvfb)" >&2
  exit 0
fi
# the options the launcher's .cfg adds on Linux (src/dist/linux-image.sh): SQLite's library from beside the jar
if [ -f "$app/libsqlitejdbc.so" ]; then
  set -- "$@" "-Dorg.sqlite.lib.path=$app" -Dorg.sqlite.lib.name=libsqlitejdbc.so
fi
$wrap "$java" "$@" -XX:DumpLoadedClassList="$app/kexue-reader.classlist" -cp "$app/kexue-reader.jar" \
  kexuereader.app.Main --library "$work/library.db" --measure-article
ls -l "$app/kexue-reader.classlist"
