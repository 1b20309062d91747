#!/bin/sh
# bin/kexue-reader of the Linux app image and package, in place of jpackage's native launcher: that one asks
# the package manager at every start which package owns it (`rpm -qf`, `dpkg -S`, then `dpkg -L`, reading
# dpkg's whole file database) just to find its own libapplauncher.so, 0.3-1 s before the JVM starts
# (docs/benchmarks.md, "Start-up of the installed app"). This starts the same JVM the same way: the runtime
# beside it, the class path, main class and JVM options of lib/app/kexue-reader.cfg (which jpackage writes and
# the benchmarks read), $APPDIR filled in. Only shell built-ins run, but for one readlink when started through
# a symbolic link (/usr/bin/kexue-reader).
self=$0
if [ -L "$self" ]; then self=$(readlink -f -- "$self"); fi
case $self in
  */*) bin=${self%/*} ;;
  *) bin=. ;;
esac
top=${bin%/*}
if [ "$top" = "$bin" ]; then top=$bin/..; fi
app=$top/lib/app
cfg=$app/kexue-reader.cfg
if [ ! -r "$cfg" ]; then
  echo "kexue-reader: no $cfg" >&2
  exit 1
fi

# the user's arguments go last: the options are appended after them, then the user's are rotated to the end
count=$#
classpath=
main=
while IFS= read -r line || [ -n "$line" ]; do
  value=${line#*=}
  while :; do
    case $value in
      *'$APPDIR'*) value=${value%%'$APPDIR'*}$app${value#*'$APPDIR'} ;;
      *) break ;;
    esac
  done
  case $line in
    java-options=*) set -- "$@" "$value" ;;
    app.classpath=*) classpath=$value ;;
    app.mainclass=*) main=$value ;;
  esac
done < "$cfg"
set -- "$@" "-Djpackage.app-path=$self" -cp "$classpath" "$main"
while [ "$count" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  count=$((count - 1))
done
exec "$top/lib/runtime/bin/java" "$@"
