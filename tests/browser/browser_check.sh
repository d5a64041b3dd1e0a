#!/bin/sh
# usage: browser_check.sh WARTA_BINARY SAMPLE_STEM WORK_DIR
# Renders `warta parse --format html` and `warta inspect` of SAMPLE_STEM.html (URL in SAMPLE_STEM.url)
# with headless Chromium: each must give a PNG screenshot, no console error, and a DOM with the
# expected parts. Leaves reader.png and inspect.png in WORK_DIR for a person to look at.
# Exit 77 (skipped) when Chromium is not installed.
set -u
warta=$1
sample=$2
work=$3

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    browser=$candidate
    break
  fi
done
if [ -z "$browser" ]; then
  echo "SKIP: no Chromium on PATH (apt-get install -y chromium, or run .ci/browser)"
  exit 77
fi

rm -rf "$work"
mkdir -p "$work"
url=$(head -n 1 "$sample.url")
"$warta" parse --format html --url "$url" "$sample.html" > "$work/reader.html" || { echo "FAIL: warta parse --format html"; exit 1; }
"$warta" inspect --url "$url" "$sample.html" > "$work/inspect.html" || { echo "FAIL: warta inspect"; exit 1; }

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# Runs Chromium once on a page: $1 page name, then Chromium's own arguments.
run_browser() {
  name=$1
  shift
  profile=$(mktemp -d)
  timeout 90 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage \
    --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@" "file://$work/$name.html"
  status=$?
  rm -rf "$profile"
  return $status
}

for name in reader inspect; do
  run_browser "$name" --window-size=1280,2000 --screenshot="$work/$name.png" \
    > "$work/$name.screenshot.out" 2> "$work/$name.log" || fail "$name: Chromium exited with an error (see $work/$name.log)"
  run_browser "$name" --dump-dom > "$work/$name.dom.html" 2>> "$work/$name.log" || fail "$name: Chromium --dump-dom failed"
  if [ ! -s "$work/$name.png" ] || [ "$(head -c 8 "$work/$name.png" | od -An -tx1 | tr -d ' \n')" != "89504e470d0a1a0a" ]; then
    fail "$name: no PNG screenshot"
  elif [ "$(wc -c < "$work/$name.png")" -lt 20000 ]; then
    fail "$name: the screenshot is nearly empty ($(wc -c < "$work/$name.png") bytes)"
  fi
  # Console messages of the page (errors, CSP refusals) are logged as CONSOLE lines.
  if grep -E 'CONSOLE|Uncaught|Refused to|Content Security Policy' "$work/$name.log" > "$work/$name.console"; then
    fail "$name: console messages:"
    cat "$work/$name.console"
  fi
done

grep -q '<h1>Putin Penuhi Undangan' "$work/reader.dom.html" || fail "reader: the headline is not in the DOM"
grep -q '<script' "$work/reader.dom.html" && fail "reader: a script element"
for field in headline body caption; do
  grep -q "data-field=\"$field\"" "$work/inspect.dom.html" || fail "inspect: no $field highlight in the DOM"
done
grep -q 'class="rm"' "$work/inspect.dom.html" || fail "inspect: no removal marked in the DOM"
grep -q '<script' "$work/inspect.dom.html" && fail "inspect: a script element"

if [ "$failures" -gt 0 ]; then
  echo "browser check: $failures failures (screenshots and logs in $work)"
  exit 1
fi
echo "browser check: reader view and inspector rendered by $browser without console errors ($work/reader.png, $work/inspect.png)"
