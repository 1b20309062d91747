#!/bin/sh
# The fidelity benchmark (docs/math.md, "Fidelity against MathJax"): our formulas against MathJax 3's.
# Usage, from the project root: sh src/bench/fidelity/run.sh [WORK] [SAMPLES]
#   WORK     where SVGs, PNGs and contact sheets go (default target/fidelity)
#   SAMPLES  folder of sample articles (default ../shared/samples/pages, if there)
# Needs node (npm), rsvg-convert (Debian: librsvg2-bin) and Maven.
set -e
WORK=${1:-target/fidelity}
SAMPLES=${2:-../shared/samples/pages}
HERE=src/bench/fidelity
rm -rf "$WORK" && mkdir -p "$WORK"
[ -d "$HERE/node_modules/mathjax-full" ] || (cd "$HERE" && npm ci --silent)
# the benchmarks compile with the tests (src/bench, see pom.xml)
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt"
CP="target/test-classes:target/classes:$(cat "$WORK/classpath.txt")"
FILES=$(ls src/bench/resources/kexuereader/math/corpus/*.txt)
[ -d "$SAMPLES" ] && FILES="$FILES $(ls "$SAMPLES"/*)"
java -cp "$CP" kexuereader.bench.fidelity.FidelityBench prepare "$WORK" $FILES
node "$HERE/mathjax-svg.js" "$WORK"
java -Djava.awt.headless=true -cp "$CP" kexuereader.bench.fidelity.FidelityBench measure "$WORK"
# speed: KaTeX and ours on the same formulas, one after the other on this machine
node "$HERE/katex-time.js" "$WORK"
java -cp "$CP" kexuereader.bench.fidelity.FidelityBench speed "$WORK" $FILES
