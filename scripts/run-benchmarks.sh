#!/usr/bin/env bash
# Runs the JMH benchmark suite (msp-benchmarks) and writes docs/benchmarks/results.json and
# docs/benchmarks/RESULTS.md. Needs only a JDK 17+ and the Maven Wrapper. Takes about 5 minutes on 2 cores.
#
#   scripts/run-benchmarks.sh                 # the whole suite
#   scripts/run-benchmarks.sh 'RecordBench'   # extra arguments go to JMH (here: a benchmark filter)
#
# See docs/benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

out=docs/benchmarks
jar=msp-benchmarks/target/benchmarks.jar
mkdir -p "$out"

echo "== building the benchmarks (profile 'benchmarks')"
./mvnw -B -q -Pbenchmarks -pl msp-benchmarks -am package -DskipTests

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || true)"

# Short but meaningful: one fork, 3 x 2 s warm-up, 4 x 2 s measurement per benchmark, one thread, and the GC
# profiler for allocation per operation (benchmark 5).
echo "== running JMH (about 4 minutes)"
java -jar "$jar" \
  -f 1 -wi 3 -w 2s -i 4 -r 2s -t 1 \
  -prof gc \
  -rf json -rff "$out/results.json" \
  "${@:-org.mspsdk.benchmarks}"

echo "== flat-memory check of SAC aggregation (128 MiB heap)"
java -Xmx128m -cp "$jar" org.mspsdk.benchmarks.MemoryCheck "$out/memory.json" 200000

echo "== writing $out/RESULTS.md"
java -cp "$jar" org.mspsdk.benchmarks.ResultsReport "$out/results.json" "$out/memory.json" "$out/RESULTS.md" \
  "$load_before"
