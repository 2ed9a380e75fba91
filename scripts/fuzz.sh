#!/usr/bin/env bash
# Fuzzes with libFuzzer on one core, one target after the other:
# - EthosFuzz (load → lint → render) for SECONDS (default 600), starting from the examples,
#   the test fixtures and Fuzz/seeds (inputs that once broke something), with the format's
#   keys as a dictionary (Fuzz/ethos.dict);
# - EthosCSVFuzz (the scorecard's CSV reader, HR's roster and holiday calendars) for
#   CSV_SECONDS (default SECONDS), starting from the CSV fixtures, the example roster and a
#   holiday calendar, with CSV's special bytes as a dictionary (Fuzz/csv.dict).
# Each target's corpus grows in .build-fuzz/corpus (EthosFuzz) or .build-fuzz/corpus-csv and is
# kept between runs; each run's log goes to .build-fuzz/logs/TARGET; a crash leaves its input
# in .build-fuzz/artifacts/TARGET and fails the run (after the other target has had its turn).
#
# usage: scripts/fuzz.sh [SECONDS] [CSV_SECONDS]   (after the Makefile's fuzz-build)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
csv_seconds=${2:-$seconds}
work=.build-fuzz
mkdir -p "$work/seeds" "$work/seeds-csv"
for file in Examples/*.yml Tests/EthosRenderTests/Fixtures/*.yml Tests/EthosLoaderTests/Fixtures/*/*.yml \
            Tests/EthosLintTests/Fixtures/*/*.yml Tests/schema/invalid/*.yml; do
    cp "$file" "$work/seeds/$(echo "$file" | tr / _)"
done
cp Tests/EthosScoreTests/Fixtures/csv/*.csv Examples/*.csv Tests/EthosLoaderTests/Fixtures/holidays/*.ics "$work/seeds-csv/"

# fuzz TARGET SECONDS DICTIONARY CORPUS SEED_FOLDER...
fuzz() {
    local target=$1 time=$2 dict=$3 corpus=$4
    shift 4
    local logs=$work/logs/$target artifacts=$work/artifacts/$target
    mkdir -p "$corpus" "$logs" "$artifacts"
    local log
    log="$logs/$(date -u +%Y%m%dT%H%M%SZ).log"   # a run's progress: tail -f it
    # One process, one core (no -jobs, -workers or -fork). -timeout catches a slow input as a
    # failure: no input of at most 32 KB should take seconds.
    # Swift's own crash backtracer would get in the sanitizer's way; libFuzzer reports crashes.
    # Most of the time went to the address sanitizer's allocator: allocation stacks are not
    # recorded and leaks are not hunted (Swift frees by reference counting; -rss_limit_mb still
    # catches memory that grows), about 1.5 times the speed; out-of-bounds accesses are still
    # caught.
    local code=0
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=malloc_context_size=0:detect_leaks=0 \
        "$work/release/$target" "$corpus" "$@" \
        -dict="$dict" -max_total_time="$time" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks=0 -report_slow_units=2 -print_final_stats=1 -artifact_prefix="$artifacts/" >"$log" 2>&1 || code=$?
    grep -E "INITED|DONE|ERROR|SUMMARY|oracle|Test unit written|stat::(number_of_executed_units|average_exec_per_sec|peak_rss)" "$log" || true
    echo "fuzz $target: $time s, exit $code, log in $log"
    local total
    total=$(cat "$logs"/*.log | awk '/^stat::number_of_executed_units:/ { sum += $2 } END { print sum + 0 }')
    echo "fuzz $target: $total executions in all runs logged in $logs"
    return "$code"
}

status=0
fuzz EthosFuzz "$seconds" Fuzz/ethos.dict "$work/corpus" "$work/seeds" Fuzz/seeds || status=$?
fuzz EthosCSVFuzz "$csv_seconds" Fuzz/csv.dict "$work/corpus-csv" "$work/seeds-csv" || status=$?
exit "$status"
