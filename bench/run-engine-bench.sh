#!/usr/bin/env bash
# Engine and JSONata benchmarks (asl-bench, JMH) with settings that finish in a few minutes,
# then the parked-task-token memory check; prints a summary table against the targets.
#
#   bench/run-engine-bench.sh                 # all engine benchmarks + JSONata conversion + parked tokens
#   bench/run-engine-bench.sh 'PassChain|Map' # only benchmarks matching a JMH regex (no parked check)
#
# Environment: FORKS (1), WARMUP (3), ITERATIONS (5), TIME (1, seconds per iteration),
# PARKED (100000 executions), SKIP_BUILD=1 to reuse asl-bench/target/benchmarks.jar.
# Run from anywhere; the workloads are read from ../shared/bench/workloads (or -Dasl4j.bench.workloads).
set -euo pipefail
cd "$(dirname "$0")/.."
forks=${FORKS:-1}
wi=${WARMUP:-3}
it=${ITERATIONS:-5}
t=${TIME:-1}
parked=${PARKED:-100000}
filter=${1:-'PassChain|ChoiceLoop|Map(SerialGc)?Benchmark|ParallelFanout|TaskSaga|ManyExecutions|JsonataPassChain|JsonataConversion'}
jar=asl-bench/target/benchmarks.jar

if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -f "$jar" ]; then
  echo "building $jar (mvn -Pbench -pl asl-bench -am package -DskipTests)"
  mvn -o -q -Pbench -pl asl-bench -am package -DskipTests || mvn -q -Pbench -pl asl-bench -am package -DskipTests
fi

csv=${TMPDIR:-/tmp}/asl4j-engine-bench.csv
echo "JMH: -f $forks -wi $wi -i $it -w $t -r $t, filter '$filter'; load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo ?)"
java -jar "$jar" "$filter" -f "$forks" -wi "$wi" -i "$it" -w "$t" -r "$t" -rf csv -rff "$csv" > "${csv%.csv}.log" 2>&1 || {
  echo "JMH failed; see ${csv%.csv}.log" >&2
  tail -40 "${csv%.csv}.log" >&2
  exit 1
}

python3 - "$csv" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
def param(r):
    return ",".join(f"{k[7:]}={v}" for k, v in r.items() if k.startswith("Param: ") and v)
targets = {  # (benchmark, param) -> (metric, minimum, text)
    ("PassChainBenchmark.passChain", ""): ("transitions", 1.5e6, ">= 1.5 M tr/s"),
    ("ChoiceLoopBenchmark.choiceLoop", "n=10000"): ("transitions", 2e6, ">= 2 M tr/s"),
    ("MapBenchmark.map", "scenario=map-10k"): ("transitions", 1e6, ">= 1 M tr/s, 128 MB"),
    ("MapBenchmark.map", "scenario=map-10k-serial"): ("transitions", 1e6, ">= 1 M tr/s, 128 MB"),
    ("MapSerialGcBenchmark.map", "scenario=map-10k"): ("transitions", 1e6, ">= 1 M tr/s, 128 MB"),
    ("MapSerialGcBenchmark.map", "scenario=map-10k-serial"): ("transitions", 1e6, ">= 1 M tr/s, 128 MB"),
    ("ChoiceLoopBenchmark.choiceLoop", "n=1000"): ("transitions", 2e6, "flat: compare n"),
    ("ChoiceLoopBenchmark.choiceLoop", "n=100000"): ("transitions", 2e6, "flat: compare n"),
    ("ManyExecutionsBenchmark.execution", ""): ("executions", 2e5, ">= 200 k ex/s"),
    ("JsonataPassChainBenchmark.jsonataPassChain", "expressions=paths"): ("transitions", 3e5, ">= 300 k tr/s"),
    ("JsonataPassChainBenchmark.jsonataPassChain", "expressions=library"): ("transitions", 3e5, ">= 300 k tr/s"),
}
engine = {}
conv = []
for r in rows:
    name = r["Benchmark"].split("dev.asl4j.bench.")[-1]
    score, err, unit = float(r["Score"]), r["Score Error (99.9%)"], r["Unit"]
    if "JsonataConversion" in name:
        conv.append((name.split(".")[-1], score, err, unit))
        continue
    base, _, aux = name.partition(":")
    e = engine.setdefault((base, param(r)), {})
    e["transitions" if aux == "transitions" else "executions"] = (score, err)
def fmt(v):
    return f"{v/1e6:.2f} M" if v >= 1e6 else f"{v/1e3:.1f} k" if v >= 1e3 else f"{v:.1f}"
print()
print(f"{'benchmark':46} {'param':26} {'executions/s':>14} {'transitions/s':>14}  target")
for (b, p), m in engine.items():
    ex = m.get("executions", (float('nan'), ''))[0]
    tr = m.get("transitions", (float('nan'), ''))[0]
    # the Map benchmarks' history=kept|none parameter shares its scenario's target
    tgt = targets.get((b, ",".join(x for x in p.split(",") if not x.startswith("history="))))
    verdict = ""
    if tgt:
        val = tr if tgt[0] == "transitions" else ex
        verdict = f"{tgt[2]}: {'met' if val >= tgt[1] else 'MISSED'}"
    print(f"{b:46} {p:26} {fmt(ex):>14} {fmt(tr):>14}  {verdict}")
if conv:
    print()
    print("JSONata: conversion vs evaluation (average time per call)")
    for n, s, e, u in conv:
        print(f"  {n:24} {s:10.1f} {u} (± {float(e):.1f})")
PY
echo "(raw JMH results: $csv, log: ${csv%.csv}.log)"

if [ -z "${1:-}" ]; then
  echo
  echo "parked task tokens ($parked executions):"
  java -cp "$jar" dev.asl4j.bench.ParkedTokens "$parked" || true
  echo
  echo "parked task tokens ($parked executions), history not kept (AslEngine.Builder.keepHistory(false)):"
  java -Dasl4j.keepHistory=false -cp "$jar" dev.asl4j.bench.ParkedTokens "$parked" || true
fi
