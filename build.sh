#!/usr/bin/env bash
# Lede build script: native CLI, wasm core for the extension and the demo, tests.
# Run `./build.sh help` for the commands. Safe to re-run: every step checks before it acts.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

CRATE=lede
WASM_TARGET=wasm32-unknown-unknown
TARGET_DIR="${CARGO_TARGET_DIR:-target}"   # cargo honours CARGO_TARGET_DIR; so must we
WASM_IN="$TARGET_DIR/$WASM_TARGET/wasm/$CRATE.wasm"   # [profile.wasm] in Cargo.toml
PKG_DIRS=(extension/pkg www/pkg)
WASM_GZIP_BUDGET=600000   # 600 KB gzipped (issue 5), counted as 600,000 bytes
E2E_DIR=tests/e2e
SAMPLE_SRC=tests/fixtures/presse-blinken/input.html
SAMPLE_DST=www/pkg/samples/presse-blinken.html
DEMO_HOST=127.0.0.1
DEMO_PORT="${DEMO_PORT:-8000}"
CHROMEDRIVER_BIN=/usr/bin/chromedriver
FIREFOX_BIN=/usr/bin/firefox-esr
STAMP_DIR=target/lede-pkg-stamps   # what each pkg dir was built from (keeps re-runs quick)

# Plain cargo output in CI logs and pipes; keep colours in an interactive terminal.
if [[ -n "${CI:-}" || ! -t 1 ]]; then
  export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
fi
RUSTFMT_COLOR="${CARGO_TERM_COLOR:-auto}"   # rustfmt colours its diff even into a pipe otherwise
# cargo-installed tools (wasm-bindgen) live here.
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) export PATH="$CARGO_BIN:$PATH" ;; esac

step() { printf '\n==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die()  { printf 'build.sh: error: %s\n' "$*" >&2; exit 1; }
as_root() { if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi; }

usage() {
  cat <<EOF
Usage: ./build.sh [command]

  build   (default) install missing tools, build the native CLI (target/release/$CRATE)
          and the wasm core into extension/pkg and www/pkg (wasm-bindgen + wasm-opt -O3),
          copy the demo's sample article into www/pkg/samples/
  test    everything CI runs: cargo fmt --check, clippy -D warnings, cargo test,
          the wasm build, wasm tests (tests/wasm_*.rs, if any), browser e2e (node --test $E2E_DIR/)
  demo    build, then serve www/ on http://$DEMO_HOST:$DEMO_PORT/ (DEMO_PORT=... to change)
  bench   cargo run --profile native --example bench_* for each examples/bench_*.rs (bench_clean, ...)
  eval    cargo run --profile native --example eval_* for each examples/eval_*.rs (eval_article, ...)
  help    this text

Extra arguments after bench/eval are passed to the example.
EOF
}

# ---------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------

# The wasm-bindgen CLI must match the crate's exact pin (`wasm-bindgen = "=X.Y.Z"` in Cargo.toml).
wasm_bindgen_pin() {
  local v
  v="$(sed -nE 's/^[[:space:]]*wasm-bindgen[[:space:]]*=.*"=([0-9]+\.[0-9]+\.[0-9]+)".*/\1/p' Cargo.toml | head -n1)"
  [[ -n "$v" ]] || die "no exact wasm-bindgen pin (wasm-bindgen = \"=X.Y.Z\") found in Cargo.toml"
  printf '%s\n' "$v"
}

ensure_rust() {
  command -v cargo >/dev/null || die "cargo not found (install Rust with rustup)"
  command -v rustup >/dev/null || die "rustup not found (needed to add the $WASM_TARGET target)"
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    step "rustup target add $WASM_TARGET"
    rustup target add "$WASM_TARGET"
  fi
}

ensure_rust_components() {
  local installed c
  installed="$(rustup component list --installed)"
  for c in rustfmt clippy; do
    if ! grep -q "^$c" <<<"$installed"; then
      step "rustup component add $c"
      rustup component add "$c"
    fi
  done
}

ensure_wasm_bindgen() {
  local want have
  want="$(wasm_bindgen_pin)"
  have="$(wasm-bindgen --version 2>/dev/null || true)"
  if [[ "$have" != "wasm-bindgen $want" ]]; then
    step "cargo install wasm-bindgen-cli --version $want (found: ${have:-none}; takes 3-6 min)"
    # No --locked: its lockfile pins a crate version the reachable index doesn't have.
    cargo install wasm-bindgen-cli --version "$want"
    have="$(wasm-bindgen --version 2>/dev/null || true)"
    [[ "$have" == "wasm-bindgen $want" ]] || die "wasm-bindgen is '$have' after install, want $want (check PATH)"
  fi
}

# npm packages for the e2e tests and wasm-opt (binaryen). $1 = required|optional.
ensure_npm() {
  local need="${1:-optional}" marker="$E2E_DIR/node_modules/.package-lock.json"
  if ! command -v npm >/dev/null; then
    [[ "$need" == required ]] && die "npm not found (Node.js 20 is needed for the e2e tests)"
    note "npm not found: skipping the npm packages (no wasm-opt)"
    return 0
  fi
  [[ -f "$E2E_DIR/package-lock.json" ]] || die "$E2E_DIR/package-lock.json missing"
  if [[ ! -f "$marker" || "$E2E_DIR/package-lock.json" -nt "$marker" ]]; then
    step "npm ci --prefix $E2E_DIR"
    npm ci --prefix "$E2E_DIR" --no-audit --no-fund
  fi
}

# Browsers for the tests: Chromium + ChromeDriver (wasm-bindgen-test, Playwright) and Firefox
# ESR (the extension's Firefox test, driven by puppeteer-core over WebDriver BiDi).
ensure_browsers() {
  if [[ ! -x "$CHROMEDRIVER_BIN" || ! -x /usr/bin/chromium || ! -x "$FIREFOX_BIN" ]]; then
    step "apt-get install chromium chromium-driver firefox-esr"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver firefox-esr
  fi
}

# ---------------------------------------------------------------------------
# Build steps
# ---------------------------------------------------------------------------

build_native() {
  step "cargo build --release (native CLI)"
  cargo build --release
}

wasm_opt_bin() {
  local w="$E2E_DIR/node_modules/.bin/wasm-opt"
  if [[ -x "$w" ]] && command -v node >/dev/null; then printf '%s\n' "$w"; fi
}

# wasm-bindgen into each pkg dir, then wasm-opt -O3 (the module is built for speed, see
# [profile.wasm]; -O3 shrinks it ~5 % and keeps it fast). Skipped when the input wasm, the
# wasm-bindgen version and the wasm-opt availability are unchanged since the last run.
package_wasm() {
  local opt sum stamp dir bg tmp pids=() p failed=0
  [[ -f "$WASM_IN" ]] || die "$WASM_IN not found after cargo build"
  opt="$(wasm_opt_bin)"
  sum="$(sha256sum "$WASM_IN" | cut -d' ' -f1) $(wasm-bindgen --version) opt=${opt:+yes}"

  mkdir -p "$STAMP_DIR"
  for dir in "${PKG_DIRS[@]}"; do
    stamp="$STAMP_DIR/${dir//\//_}"
    if [[ -f "$stamp" && "$(cat "$stamp")" == "$sum" && -f "$dir/${CRATE}_bg.wasm" && -f "$dir/$CRATE.js" ]]; then
      note "$dir is up to date"
      continue
    fi
    rm -f "$stamp"
    step "wasm-bindgen --target web -> $dir"
    wasm-bindgen --target web --remove-name-section --remove-producers-section --out-dir "$dir" "$WASM_IN"
    if [[ -n "$opt" ]]; then
      bg="$dir/${CRATE}_bg.wasm"
      tmp="$dir/.${CRATE}_bg.opt.wasm"
      step "wasm-opt -O3 $bg"
      # Both files are optimized in parallel (2 cores); written to a temp file, then moved.
      ( "$opt" -O3 "$bg" -o "$tmp" && mv -f "$tmp" "$bg" ) &
      pids+=("$!")
    else
      note "wasm-opt unavailable ($E2E_DIR/node_modules missing or no node): skipping -O3"
    fi
  done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  [[ $failed -eq 0 ]] || die "wasm-opt failed"
  for dir in "${PKG_DIRS[@]}"; do
    stamp="$STAMP_DIR/${dir//\//_}"
    [[ -f "$stamp" ]] || printf '%s\n' "$sum" >"$stamp"
  done
}

copy_sample() {
  mkdir -p "$(dirname "$SAMPLE_DST")"
  if [[ -f "$SAMPLE_SRC" ]]; then
    cp -f "$SAMPLE_SRC" "$SAMPLE_DST"
  else
    note "sample $SAMPLE_SRC is missing: the demo will have no bundled article"
  fi
}

print_sizes() {
  local f raw gz
  step "wasm size"
  for f in "$WASM_IN" www/pkg/${CRATE}_bg.wasm extension/pkg/${CRATE}_bg.wasm; do
    [[ -f "$f" ]] || continue
    raw=$(wc -c <"$f")
    gz=$(gzip -9 -c "$f" | wc -c)
    printf '    %-48s %9d bytes raw  %9d bytes gzip -9\n' "$f" "$raw" "$gz"
    # The shipped module's budget (issue 5), lexicons included.
    if [[ "$f" == extension/pkg/* && $gz -gt $WASM_GZIP_BUDGET ]]; then
      die "$f is $gz bytes gzipped, over the budget of $WASM_GZIP_BUDGET"
    fi
  done
}

# The one DOM applier (extension/applier.js) and the one facts panel renderer
# (extension/panel.js); the demo imports these copies of them.
copy_applier() {
  cp -f extension/applier.js www/pkg/applier.js
  cp -f extension/panel.js www/pkg/panel.js
}

build_wasm() {
  step "cargo build --profile wasm --target $WASM_TARGET --lib"
  cargo build --profile wasm --target "$WASM_TARGET" --lib
  package_wasm
  copy_applier
  copy_sample
  print_sizes
}

# ---------------------------------------------------------------------------
# Commands
# ---------------------------------------------------------------------------

cmd_build() {
  ensure_rust
  ensure_wasm_bindgen
  ensure_npm optional
  build_native
  build_wasm
}

cmd_test() {
  ensure_rust
  ensure_rust_components
  ensure_wasm_bindgen
  ensure_npm required
  ensure_browsers

  step "cargo fmt --check"
  cargo fmt --all --check -- --color "$RUSTFMT_COLOR"
  step "cargo clippy --all-targets -- -D warnings"
  cargo clippy --all-targets -- -D warnings
  step "cargo test (native)"
  cargo test
  step "cargo test --profile native --test hostile_memory -- --ignored (50 MB page: time, peak memory)"
  cargo test --profile native --test hostile_memory -- --ignored --nocapture
  step "tests/fuzz.sh (bounded fuzz run of clean/analyze, ~60 s; skipped without nightly)"; tests/fuzz.sh  # hostile input (#6)

  build_wasm   # a wasm-only compile error fails here; also feeds the e2e tests

  # Hook: wasm-bindgen-test suites live in tests/wasm_*.rs (Node, or Chromium with run_in_browser).
  if compgen -G 'tests/wasm_*.rs' >/dev/null; then
    # Only the wasm suites: the native integration tests (fs, processes) have nothing to run in
    # wasm and would only cost compile time.
    local wasm_tests=() f
    for f in tests/wasm_*.rs; do wasm_tests+=(--test "$(basename "$f" .rs)"); done
    step "cargo test --target $WASM_TARGET ${wasm_tests[*]} (wasm-bindgen-test-runner)"
    local wd_json="${WASM_BINDGEN_TEST_WEBDRIVER_JSON:-}"
    if [[ -z "$wd_json" && ! -f webdriver.json ]]; then
      # Keep Chromium off the (closed) network; the runner adds headless/no-sandbox itself.
      wd_json="$ROOT/target/webdriver.json"
      mkdir -p target
      cat >"$wd_json" <<'EOF'
{ "goog:chromeOptions": { "args": [
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  "--no-first-run", "--disable-quic", "--no-default-browser-check" ] } }
EOF
    fi
    # Exactly one driver: an unset CHROMEDRIVER with geckodriver on PATH would pick Firefox.
    env -u GECKODRIVER -u SAFARIDRIVER \
      ${wd_json:+WASM_BINDGEN_TEST_WEBDRIVER_JSON="$wd_json"} \
      CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
      CHROMEDRIVER="$CHROMEDRIVER_BIN" \
      cargo test --target "$WASM_TARGET" "${wasm_tests[@]}"
  else
    note "no tests/wasm_*.rs: skipping wasm-bindgen tests"
  fi

  step "node --test $E2E_DIR/ (browser e2e)"
  node --test "$E2E_DIR/"
  step "all tests passed"
}

cmd_demo() {
  cmd_build
  command -v python3 >/dev/null || die "python3 not found (needed to serve www/)"
  step "serving www/ on http://$DEMO_HOST:$DEMO_PORT/ (Ctrl-C to stop)"
  exec python3 -m http.server --bind "$DEMO_HOST" "$DEMO_PORT" --directory www
}

# Runs every example named <prefix>_* (examples/<prefix>_*.rs or examples/<prefix>_*/main.rs),
# e.g. bench_clean, eval_article, eval_facts; extra arguments go to each.
run_examples() {
  local prefix="$1" f name found=0; shift
  for f in examples/"$prefix"_*.rs examples/"$prefix"_*/main.rs; do
    [[ -f "$f" ]] || continue
    name="${f#examples/}"; name="${name%/main.rs}"; name="${name%.rs}"
    found=1
    step "cargo run --profile native --example $name"
    cargo run --profile native --example "$name" -- "$@"
  done
  [[ $found -eq 1 ]] || note "no examples/${prefix}_*.rs yet: nothing to run"
}

main() {
  local cmd="${1:-build}"
  [[ $# -gt 0 ]] && shift
  case "$cmd" in
    build) cmd_build ;;
    test) cmd_test ;;
    demo) cmd_demo ;;
    bench) ensure_rust; run_examples bench "$@" ;;
    eval) ensure_rust; run_examples eval "$@" ;;
    help | -h | --help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
