#!/usr/bin/env bash
# Fuzzes load → lint → render with libFuzzer for SECONDS (default 600) on one core, starting
# from the examples, the test fixtures and Fuzz/seeds (inputs that once broke something), with
# the format's keys as a dictionary. The corpus grows in .build-fuzz/corpus and is kept between
# runs; each run's log goes to .build-fuzz/logs; a crash leaves its input in
# .build-fuzz/artifacts and fails the run.
#
# usage: scripts/fuzz.sh [SECONDS]      (after the EthosFuzz build in the Makefile's fuzz target)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
work=.build-fuzz
binary=$work/release/EthosFuzz
mkdir -p "$work/corpus" "$work/seeds" "$work/artifacts" "$work/logs"
for file in Examples/*.yml Tests/EthosRenderTests/Fixtures/*.yml Tests/EthosLoaderTests/Fixtures/*/*.yml \
            Tests/EthosLintTests/Fixtures/*/*.yml Tests/schema/invalid/*.yml; do
    cp "$file" "$work/seeds/$(echo "$file" | tr / _)"
done
log="$work/logs/$(date -u +%Y%m%dT%H%M%SZ).log"   # a run's progress: tail -f it
# One process, one core (no -jobs, -workers or -fork). -timeout catches a slow input as a
# failure: no input of at most 32 KB should take seconds.
status=0
# Swift's own crash backtracer would get in the sanitizer's way; libFuzzer reports crashes.
# Most of the time went to the address sanitizer's allocator: allocation stacks are not
# recorded and leaks are not hunted (Swift frees by reference counting; -rss_limit_mb still
# catches memory that grows), about 1.5 times the speed; out-of-bounds accesses are still caught.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=malloc_context_size=0:detect_leaks=0 \
    "$binary" "$work/corpus" "$work/seeds" Fuzz/seeds \
    -dict=Fuzz/ethos.dict -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=2048 \
    -detect_leaks=0 -report_slow_units=2 -print_final_stats=1 -artifact_prefix="$work/artifacts/" >"$log" 2>&1 || status=$?
grep -E "INITED|DONE|ERROR|SUMMARY|oracle|Test unit written|stat::(number_of_executed_units|average_exec_per_sec|peak_rss)" "$log" || true
echo "fuzz: $seconds s, exit $status, log in $log"
total=$(cat "$work"/logs/*.log | awk '/^stat::number_of_executed_units:/ { sum += $2 } END { print sum + 0 }')
echo "fuzz: $total executions in all runs logged in $work/logs"
exit "$status"
