#!/usr/bin/env bash
# Bounded fuzz run over the `clean` and `analyze` targets in fuzz/ (cargo-fuzz, libFuzzer).
#
#   tests/fuzz.sh            ~60 s in all, split over the targets
#   FUZZ_SECONDS=600 tests/fuzz.sh
#
# Built with `--sanitizer none`: the crate forbids unsafe code, and AddressSanitizer cut the
# speed to ~2 runs/s on the 4-12 KB seeds. libFuzzer's coverage guidance, -timeout (hangs,
# super-linear paths) and -rss_limit_mb (memory) stay.
#
# Needs a nightly toolchain (cargo-fuzz builds with -Z flags); without one the step is
# skipped and the script exits 0. Installs cargo-fuzz when missing (`cargo install cargo-fuzz`,
# about 2 min of CPU). The seed corpus is built at run time from tests/fixtures/*/input.html
# (fuzz/corpus is not committed). A crash leaves its input in fuzz/artifacts/<target>/; copy it
# to tests/hostile/ so that `cargo test --test hostile` keeps it fixed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TOTAL="${FUZZ_SECONDS:-60}"
TARGETS=(clean analyze)
PER=$(( TOTAL / ${#TARGETS[@]} ))
(( PER >= 1 )) || PER=1
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) export PATH="$CARGO_BIN:$PATH" ;; esac

say() { printf '    fuzz: %s\n' "$*"; }

if ! command -v rustup >/dev/null || ! rustup run nightly rustc --version >/dev/null 2>&1; then
  say "no nightly toolchain installed: fuzz step skipped"
  exit 0
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  say "cargo install cargo-fuzz (once; about 2 min of CPU)"
  start=$SECONDS
  cargo install cargo-fuzz
  say "cargo-fuzz installed in $(( SECONDS - start )) s"
fi

# The fuzz crate has its own target dir unless the caller set one.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/fuzz/target}"

start=$SECONDS
say "building the targets (cargo +nightly fuzz build)"
cargo +nightly fuzz build --fuzz-dir fuzz --sanitizer none
say "built in $(( SECONDS - start )) s"

for t in "${TARGETS[@]}"; do
  corpus="fuzz/corpus/$t"
  mkdir -p "$corpus"
  for f in tests/fixtures/*/input.html; do
    slug="$(basename "$(dirname "$f")")"
    # Two option bytes in front: everything on, chunk sizes 7 and 64.
    { printf '\000\006'; cat "$f"; } >"$corpus/seed-$slug-c7"
    { printf '\000\077'; cat "$f"; } >"$corpus/seed-$slug-c64"
  done
  say "running $t for $PER s"
  log="fuzz/artifacts/$t.log"
  mkdir -p "fuzz/artifacts/$t"
  if ! cargo +nightly fuzz run --fuzz-dir fuzz --sanitizer none "$t" "$corpus" -- \
      -max_total_time="$PER" -rss_limit_mb=2048 -timeout=20 -max_len=16384 \
      -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    say "$t FAILED: input saved under fuzz/artifacts/$t/ (see $log)"
    exit 1
  fi
  runs="$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -n1)"
  say "$t: ${runs:-?} executions in $PER s, no crash"
done
