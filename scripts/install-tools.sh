#!/usr/bin/env bash
# Installs what building and testing need, each at a pinned version, skipping what is present.
# Works offline from GitHub: only crates.io, npm and Debian packages are used. The Rust
# toolchain itself is pinned by rust-toolchain.toml (rustup installs it on first use).
#   scripts/install-tools.sh build    wasm target, trunk, wasm-bindgen CLI, wasm-opt (npm binaryen)
#   scripts/install-tools.sh browser  Chromium + ChromeDriver (apt-get when root, else a message)
#   scripts/install-tools.sh fuzz     nightly toolchain and cargo-fuzz
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
# The fuzz targets need a nightly; this one, by date, so that fuzzing is repeatable too.
NIGHTLY=nightly-2026-05-19
# The CLI must equal the wasm-bindgen crate version locked in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
# Where the wasm-bindgen we built is recorded: the hash of the lock it came from, then its own.
WASM_BINDGEN_STAMP="$BIN/.wasm-bindgen-pinned"

# Whether $BIN/$1 exists and prints exactly "$2" for --version (not merely contains it).
has_version() {
  [ -x "$BIN/$1" ] && [ "$("$BIN/$1" --version 2>/dev/null | head -n 1)" = "$2" ]
}

# Whether $BIN/wasm-bindgen is the one built from tools/wasm-bindgen/Cargo.lock, unchanged.
pinned_wasm_bindgen() {
  has_version wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION" || return 1
  [ -f "$WASM_BINDGEN_STAMP" ] || return 1
  local lock binary
  lock=$(sha256sum tools/wasm-bindgen/Cargo.lock | cut -d' ' -f1)
  binary=$(sha256sum "$BIN/wasm-bindgen" | cut -d' ' -f1)
  [ "$(cat "$WASM_BINDGEN_STAMP")" = "$lock $binary" ]
}

install_build_tools() {
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      echo "• adding the $component component"
      rustup component add "$component"
    fi
  done
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    echo "• adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! has_version trunk "trunk $TRUNK_VERSION"; then
    echo "• installing trunk $TRUNK_VERSION (about 14 minutes on 2 cores, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  if ! grep -qF "version = \"=$WASM_BINDGEN_VERSION\"" tools/wasm-bindgen/Cargo.toml; then
    echo "tools/wasm-bindgen pins another version than Cargo.lock's wasm-bindgen $WASM_BINDGEN_VERSION" >&2
    exit 1
  fi
  if ! pinned_wasm_bindgen; then
    echo "• building wasm-bindgen $WASM_BINDGEN_VERSION from tools/wasm-bindgen/Cargo.lock (about 4 minutes, once)"
    cargo install --locked --force --path tools/wasm-bindgen
    echo "$(sha256sum tools/wasm-bindgen/Cargo.lock | cut -d' ' -f1) $(sha256sum "$BIN/wasm-bindgen" | cut -d' ' -f1)" \
      >"$WASM_BINDGEN_STAMP"
  fi
  # npm ci only when package-lock.json changed since the last install (a stamp keeps its hash).
  local stamp=node_modules/.installed-lock.sha256
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ ! -x node_modules/.bin/wasm-opt ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "• installing npm tools (binaryen, playwright-core) from package-lock.json"
    npm ci --no-audit --no-fund
    echo "$want" >"$stamp"
  fi
}

install_browser() {
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    return
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "• installing Chromium and ChromeDriver from Debian packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "Chromium is needed for the browser tests and is not installed." >&2
    echo "Install it, e.g.: sudo apt-get install chromium chromium-driver" >&2
    exit 1
  fi
}

install_fuzz_tools() {
  if ! rustup toolchain list | grep -q "^$NIGHTLY"; then
    echo "• installing the $NIGHTLY toolchain (cargo-fuzz needs a nightly)"
    rustup toolchain install "$NIGHTLY" --profile minimal
  fi
  if ! has_version cargo-fuzz "cargo-fuzz $CARGO_FUZZ_VERSION"; then
    echo "• installing cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes, once)"
    cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
}

case "${1:-build}" in
  build) install_build_tools ;;
  browser) install_browser ;;
  fuzz) install_fuzz_tools ;;
  nightly) echo "$NIGHTLY" ;;
  *) echo "usage: $0 build|browser|fuzz|nightly" >&2; exit 2 ;;
esac
