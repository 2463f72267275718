#!/usr/bin/env bash
# Whole-process timing: `asl validate` over every definition of the real-world corpus in ONE JVM
# (cold start included), repeated RUNS times; prints each run and the median.
#
#   bench/validate-corpus.sh [CORPUS_DIR]      # default ../shared/corpus/real-world
#
# Builds asl-cli/target/asl.jar first when it is missing. The corpus contains a few definitions
# flagged as invalid in its MANIFEST.tsv, so exit status 1 from `asl validate` is expected.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/real-world}
runs=${RUNS:-5}
jar=asl-cli/target/asl.jar
[ -f "$jar" ] || mvn -q -DskipTests package
# The corpus files are *.json (not all *.asl.json), so they are passed as operands, not as a directory.
mapfile -t files < <(find "$corpus" -type f -name '*.json' | LC_ALL=C sort)
report=${TMPDIR:-/tmp}/asl-corpus-report.json
echo "asl validate: ${#files[@]} files from $corpus, one process per run, $runs runs"
times=()
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  set +e
  summary=$(java -jar "$jar" validate --format json --output "$report" "${files[@]}")
  rc=$?
  set -e
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms, exit $rc: $summary"
  if [ "$rc" -ge 2 ]; then
    echo "asl validate failed to run" >&2
    exit "$rc"
  fi
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median: ${median} ms (JSON report of the last run: $report)"
