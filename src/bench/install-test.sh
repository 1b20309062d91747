#!/bin/sh
# The install test of the Linux package (not part of mvn verify: it needs root, apt and a built package).
#
#   mvn -Pdist -DskipTests package && sudo src/bench/install-test.sh [target/dist/kexue-reader_*.deb]
#
# As a user whose library the portable jar made (a scratch HOME, so the real user's is never at stake), it
# installs the .deb, checks the desktop entry and the command on the PATH, starts the installed window headless
# (under xvfb-run) with --measure-startup, runs import, list and export through /opt/kexue-reader/bin/kexue-reader,
# checks the installed app reads the same library as the jar (the same XDG path), removes the package, and checks
# that the removal left every file of the user's library and settings exactly as it was. Prints one line per
# check and "install-test: passed" or exits non-zero at the first failure.
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
deb=${1:-$(ls "$here"/target/dist/kexue-reader_*.deb 2>/dev/null | head -1)}
jar="$here/target/kexue-reader.jar"
launcher=/opt/kexue-reader/bin/kexue-reader

fail() { echo "install-test: FAILED: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

[ "$(id -u)" = 0 ] || fail "run as root (it installs and removes a package)"
[ -f "$deb" ] || fail "no package: build it with mvn -Pdist -DskipTests package"
[ -f "$jar" ] || fail "no $jar: build it with mvn -DskipTests package"
command -v xvfb-run >/dev/null || fail "needs xvfb-run (apt-get install xvfb)"
if dpkg -s kexue-reader 2>/dev/null | grep -q "^Status: install ok installed"; then
  fail "kexue-reader is installed already: apt-get remove it first"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
# Java takes the home folder from the password file, not $HOME: the XDG variables are what isolate the user
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
unset KEXUE_READER_LIBRARY
mkdir -p "$HOME"
library="$HOME/.local/share/kexue-reader/library.db"

# the user's library, made by the jar before the package is installed
java -jar "$jar" import "$here/seeds" >/dev/null
[ -f "$library" ] || fail "the jar did not make $library"
jar_list=$(java -jar "$jar" list)
ok "the jar made the user's library: $(echo "$jar_list" | wc -l) lines of list"

DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$(readlink -f "$deb")" >"$work/apt-install.log" 2>&1 \
  || { cat "$work/apt-install.log" >&2; fail "apt-get install"; }
ok "installed $(basename "$deb")"

[ -x "$launcher" ] || fail "no $launcher"
[ "$(readlink -f /usr/bin/kexue-reader)" = "$launcher" ] || fail "/usr/bin/kexue-reader is not the launcher"
desktop=$(ls /usr/share/applications/*kexue-reader*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "no desktop entry in /usr/share/applications"
for line in "Name=kexue-reader" "Name[zh_CN]=科学空间阅读器" "StartupWMClass=kexue-reader" \
            "Categories=Office;Viewer;Education;" "Icon=/opt/kexue-reader/lib/kexue-reader.png"; do
  grep -qxF "$line" "$desktop" || fail "$desktop lacks $line"
done
[ -f /opt/kexue-reader/lib/kexue-reader.png ] || fail "no icon"
[ -s /opt/kexue-reader/lib/app/kexue-reader.aot ] || fail "the package carries no AOT cache"
# -XX:AOTMode=on fails instead of starting without it: the cache fits this runtime and this jar where installed
/opt/kexue-reader/lib/runtime/bin/java -XX:AOTMode=on -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
  -XX:AOTCache=/opt/kexue-reader/lib/app/kexue-reader.aot -cp /opt/kexue-reader/lib/app/kexue-reader.jar \
  kexuereader.app.Main --version >/dev/null 2>"$work/aot.err" || { cat "$work/aot.err" >&2; fail "the AOT cache is refused"; }
[ -f /opt/kexue-reader/lib/app/libglass.so ] || fail "JavaFX's native libraries are not beside the jar"
ok "launcher on the PATH, desktop entry ($desktop), icon, AOT cache, JavaFX natives in place"

# the launcher starts the JVM without asking the package manager who owns it (jpackage's own launcher runs
# rpm -qf, dpkg -S and dpkg -L at every start): dpkg and rpm that note being called come first on the PATH
mkdir -p "$work/spy"
for tool in dpkg rpm dpkg-query; do
  printf '#!/bin/sh\necho "%s $*" >> "%s"\nexit 1\n' "$tool" "$work/spy/called" > "$work/spy/$tool"
  chmod 755 "$work/spy/$tool"
done
PATH="$work/spy:$PATH" kexue-reader --version >/dev/null || fail "kexue-reader --version with the spies on the PATH"
[ ! -e "$work/spy/called" ] || fail "the launcher asked the package manager: $(cat "$work/spy/called")"
# SQLite's native library is loaded from beside the jar, not copied into the temporary folder at every start
# (and deleted at exit): with a temporary folder that does not exist, that copy would fail and so would list
JAVA_TOOL_OPTIONS="-Djava.io.tmpdir=$work/no-such-folder" "$launcher" list >/dev/null 2>"$work/tmp.err" \
  || { cat "$work/tmp.err" >&2; fail "SQLite's library is not loaded from beside the jar"; }
ok "the launcher asks no package manager; SQLite's library is loaded from beside the jar"

version=$(kexue-reader --version)
echo "$version" | grep -q "^kexue-reader [0-9]" || fail "--version printed: $version"
ok "kexue-reader --version: $version"

# the installed app reads the library the jar made: the same XDG path
[ "$("$launcher" list)" = "$jar_list" ] || fail "the installed app lists another library than the jar"
ok "the installed app lists the jar's library"

startup=$(xvfb-run -a "$launcher" --measure-startup 2>"$work/startup.err") \
  || { cat "$work/startup.err" >&2; fail "the window did not start"; }
echo "$startup" | grep -q "^startup: first-frame [0-9]* ms, list-ready [0-9]* ms$" \
  || fail "--measure-startup printed: $startup"
ok "window started headless: $startup"

# import and export through the installed launcher, into a scratch library and out of the user's
"$launcher" --library "$work/scratch.db" import "$here/seeds" >"$work/import.out" \
  || fail "import through the launcher"
grep -q "articles" "$work/import.out" || fail "import said: $(cat "$work/import.out")"
"$launcher" export --out "$work/installed.yaml" || fail "export through the launcher"
java -jar "$jar" export --out "$work/jar.yaml"
cmp -s "$work/installed.yaml" "$work/jar.yaml" || fail "the installed app's export differs from the jar's"
ok "import and export through the launcher; its export equals the jar's"

# what the user has now, file by file, before the package goes
snapshot() { (cd "$HOME" && find . -type f -exec sha256sum {} + | sort -k 2); }
before=$(snapshot)

DEBIAN_FRONTEND=noninteractive apt-get remove -y -q kexue-reader >"$work/apt-remove.log" 2>&1 \
  || { cat "$work/apt-remove.log" >&2; fail "apt-get remove"; }
[ ! -e /opt/kexue-reader ] || fail "/opt/kexue-reader is still there: $(find /opt/kexue-reader | head -3)"
[ ! -e /usr/bin/kexue-reader ] && [ ! -L /usr/bin/kexue-reader ] || fail "/usr/bin/kexue-reader is still there"
ok "removed the package: /opt/kexue-reader and /usr/bin/kexue-reader are gone"

[ "$(snapshot)" = "$before" ] || fail "the removal changed the user's files"
[ "$(java -jar "$jar" list)" = "$jar_list" ] || fail "the jar no longer lists the same library"
ok "the user's library and settings are untouched ($(echo "$before" | wc -l) files)"
echo "install-test: passed"
