#!/usr/bin/env bash
# The core crate (crates/core) holds the pure logic: it must not depend on any web crate, for
# the browser or natively. Fails, naming the crate and the path to it, if one appears.
set -euo pipefail
web='^(yew|yew-macro|web-sys|js-sys|gloo|gloo-[a-z-]+|wasm-bindgen|wasm-bindgen-[a-z-]+)$'
status=0
for target in wasm32-unknown-unknown x86_64-unknown-linux-gnu; do
  deps=$(cargo tree --locked -p ftap-core --edges normal,build --target "$target" --prefix none \
    --format '{p}' | awk '{print $1}' | sort -u)
  found=$(grep -E "$web" <<<"$deps" || true)
  if [ -n "$found" ]; then
    for crate in $found; do
      echo "check-core: ftap-core depends on the web crate $crate ($target):" >&2
      cargo tree --locked -p ftap-core --edges normal,build --target "$target" -i "$crate" >&2
    done
    status=1
  fi
done
if [ "$status" -eq 0 ]; then
  echo "check-core: ftap-core has $(wc -l <<<"$deps") crates in its graph, none of them a web crate"
fi
exit "$status"
