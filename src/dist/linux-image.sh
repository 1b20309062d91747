#!/bin/sh
# Finishes the Linux app image that jpackage made (elsewhere: nothing to do): our launcher in place of jpackage's
# (app-launcher.sh says why), and SQLite's native library beside the jar, named to sqlite-jdbc by two JVM options
# in the launcher's .cfg, so it is loaded from there instead of being copied out of the jar into /tmp at every
# start (docs/benchmarks.md, "Start-up of the installed app").
# usage: linux-image.sh IMAGE_DIR LIBSQLITEJDBC_SO   (see pom.xml, dist)
set -eu
[ "$(uname -s)" = Linux ] || exit 0
img=$1; so=$2
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
cp "$here/app-launcher.sh" "$img/bin/kexue-reader"
chmod 755 "$img/bin/kexue-reader"
cp "$so" "$img/lib/app/libsqlitejdbc.so"
chmod 644 "$img/lib/app/libsqlitejdbc.so"
printf '%s\n' 'java-options=-Dorg.sqlite.lib.path=$APPDIR' 'java-options=-Dorg.sqlite.lib.name=libsqlitejdbc.so' \
  >> "$img/lib/app/kexue-reader.cfg"
