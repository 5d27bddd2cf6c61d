#!/usr/bin/env bash
# Builds the libFuzzer targets of the decoders with clang (build/fuzz) and runs each for
# SECONDS (default 20), as many at once as there are cores, seeded with tests/fixtures/api. The corpus each run grows is kept in
# build/fuzz/corpus/<target>; a crashing input lands in build/fuzz/artifacts/<target>/ and
# fails the script (replay it with: build/fuzz/tests/fuzz/<target> <file>).
# Needs clang++ and libFuzzer (Debian: clang, libclang-rt-14-dev; see install-deps.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-20}"
build="$root/build/fuzz"
targets=(fuzz_chatroom fuzz_chatroom_patch fuzz_message fuzz_page_chatrooms fuzz_page_messages
         fuzz_product fuzz_timestamp)

command -v clang++ >/dev/null || { echo "fuzz: clang++ not found" >&2; exit 1; }
# Debug keeps Qt's inline assertions (bounds checks) armed; -O1 keeps the runs fast enough.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_FLAGS=-O1 -DPOPSELL_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build "$build" --target "${targets[@]}" -j "$(nproc)"

# One target: prepares its corpus, runs it, prints one line. Exit status: the finding.
run_target() {
  local target="$1" corpus="$build/corpus/$1" artifacts="$build/artifacts/$1" dict
  mkdir -p "$corpus" "$artifacts"
  if [ "$target" = fuzz_timestamp ]; then
    dict="$root/tests/fuzz/timestamp.dict"
    printf '%s' '2023-10-09T12:12:40.220000Z' >"$corpus/seed-laravel"
    printf '%s' '2024-05-04T09:42:00+00:00' >"$corpus/seed-offset"
    printf '%s' '2023-10-06 13:41:09.123' >"$corpus/seed-dialogue"
    printf '%s' '2021-06-01' >"$corpus/seed-date"
  else
    dict="$root/tests/fuzz/json.dict"
    cp "$root"/tests/fixtures/api/*.json "$corpus/"
  fi
  local log="$build/$target.log"
  echo "fuzz: $target for ${seconds}s"
  if "$build/tests/fuzz/$target" "$corpus" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -dict="$dict" -artifact_prefix="$artifacts/" \
       -print_final_stats=1 >"$log" 2>&1; then
    local runs cov
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | tail -1)
    echo "fuzz: $target ok: $runs runs, $cov"
  else
    echo "fuzz: $target FAILED (log: $log, inputs: $artifacts)" >&2
    grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -5 >&2 || true
    return 1
  fi
}

# One target per core at a time: the wall time is SECONDS x targets / cores.
jobs_max="$(nproc)"
declare -A running=()
failed=()
reap() { # waits for one target to end and records a failure
  local pid
  wait -n -p pid "${!running[@]}" || failed+=("${running[$pid]}")
  unset "running[$pid]"
}
for target in "${targets[@]}"; do
  while [ "${#running[@]}" -ge "$jobs_max" ]; do reap; done
  run_target "$target" &
  running[$!]="$target"
done
while [ "${#running[@]}" -gt 0 ]; do reap; done

if [ ${#failed[@]} -ne 0 ]; then
  echo "fuzz: failures in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets ran ${seconds}s without a finding"
