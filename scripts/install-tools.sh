#!/usr/bin/env bash
# Installs what building and testing need, each at a pinned version, skipping what is present.
# Works offline from GitHub: only crates.io, npm and Debian packages are used.
#   scripts/install-tools.sh build    wasm target, trunk, wasm-bindgen CLI, wasm-opt (npm binaryen)
#   scripts/install-tools.sh browser  Chromium + ChromeDriver (apt-get when root, else a message)
#   scripts/install-tools.sh fuzz     nightly toolchain and cargo-fuzz
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
CARGO_FUZZ_VERSION=0.13.2
# The CLI must equal the wasm-bindgen crate version locked in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

has_version() { # command, expected version substring
  command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"
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
  if ! has_version trunk "$TRUNK_VERSION"; then
    echo "• installing trunk $TRUNK_VERSION (about 14 minutes on 2 cores, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  if ! has_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
    echo "• installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 5 minutes, once)"
    # Not --locked: its lock file pins a crate version the registry no longer serves.
    CARGO_RESOLVER_INCOMPATIBLE_RUST_VERSIONS=fallback \
      cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
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
  if ! rustup toolchain list | grep -q '^nightly'; then
    echo "• installing the nightly toolchain (cargo-fuzz needs it)"
    rustup toolchain install nightly --profile minimal
  fi
  if ! has_version cargo-fuzz "$CARGO_FUZZ_VERSION"; then
    echo "• installing cargo-fuzz $CARGO_FUZZ_VERSION (about 2 minutes, once)"
    cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
}

case "${1:-build}" in
  build) install_build_tools ;;
  browser) install_browser ;;
  fuzz) install_fuzz_tools ;;
  *) echo "usage: $0 build|browser|fuzz" >&2; exit 2 ;;
esac
