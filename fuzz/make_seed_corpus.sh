#!/bin/sh
# Builds the seed corpora for the fuzzers from the project's own pages (data/samples, data/fixtures):
#   fuzz/make_seed_corpus.sh OUT_DIR   ->  OUT_DIR/parse/  OUT_DIR/date/  OUT_DIR/profile/
# Every parse seed starts with the option-selector byte the target reads first (see parse_fuzzer.cpp):
# each page once with default options and once with a URL and "now", plus 8 KiB slices of it so that
# the fuzzer also mutates inputs short enough to run fast. Date seeds are the date texts found in the
# pages' meta tags and <time> elements plus a fixed list of printed forms. Profile seeds are the
# built-in profiles (mode byte 0) and every selector string in them (mode byte 1).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: make_seed_corpus.sh OUT_DIR}
mkdir -p "$out/parse" "$out/date" "$out/profile"

seed() {  # seed DIR NAME SELECTOR_OCTAL < bytes
  { printf "\\$3"; cat; } > "$1/$2"
}

pages=$(find "$root/data/samples" "$root/data/fixtures" -type f \( -name '*.html' -o -name '*.htm' \) 2>/dev/null | sort)
n=0
for page in $pages; do
  n=$((n + 1))
  seed "$out/parse" "page$n-default" 000 < "$page"
  seed "$out/parse" "page$n-url-now" 005 < "$page"
  size=$(wc -c < "$page")
  offset=0
  while [ "$offset" -lt "$size" ]; do
    dd if="$page" bs=8192 skip=$((offset / 8192)) count=1 2>/dev/null | seed "$out/parse" "page$n-slice$((offset / 8192))" 000
    offset=$((offset + 8192))
  done
  # Dates as the page prints them: meta content and <time datetime>.
  grep -o -E '(content|datetime)="[^"]*[0-9]{4}[^"]*"' "$page" | sed -E 's/^[a-z]+="//; s/"$//' | head -n 20 |
    while IFS= read -r text; do
      printf '%s' "$text" | seed "$out/date" "page$n-$(printf '%s' "$text" | cksum | cut -d' ' -f1)" 001
    done
done

i=0
while IFS= read -r text; do
  i=$((i + 1))
  printf '%s' "$text" | seed "$out/date" "form$i" 003
done <<'FORMS'
Rabu, 15 Mei 2024 11:02 WIB
Rabu, 15/05/2024 11:02 WIB
Jum'at, 03 Jan 2020 | 14:30 WIB
Jumat 3 Januari 2020, 14.30 WITA
Selasa, 14 Mei 2024 - 20:15 WIT
Diperbarui 15 Mei 2024, 13:45 WIB
Dipublikasikan: Senin, 6 Mei 2024 08:00
Kamis (16/5/2024)
16/5
2 jam lalu
30 menit yang lalu
kemarin
2024-05-15T11:02:00+07:00
2024-05-15T04:02:00Z
2024-05-15 11:02:00
15 Agustus 2023 pukul 09.15 WIB
Minggu, 31 Des 2023 23:59 WIB
Sabtu, 29 Februari 2020 - 07:00
Senin, 1 Okt 2018 | 00:00
15-05-2024
FORMS
for profile in "$root"/data/profiles/*.json; do
  name=$(basename "$profile" .json)
  seed "$out/profile" "profile-$name" 000 < "$profile"
  grep -o -E '"[^"]*[.#\[][^"]*"' "$profile" | sed -E 's/^"//; s/"$//' | sort -u | while IFS= read -r selector; do
    printf '%s' "$selector" | seed "$out/profile" "selector-$(printf '%s' "$selector" | cksum | cut -d' ' -f1)" 001
  done
done
echo "seeds: $(ls "$out/parse" | wc -l) parse, $(ls "$out/date" | wc -l) date, $(ls "$out/profile" | wc -l) profile in $out"
