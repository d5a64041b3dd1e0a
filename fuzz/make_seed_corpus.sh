#!/bin/sh
# Builds the seed corpora for the fuzzers from the project's own pages (data/samples, data/fixtures):
#   fuzz/make_seed_corpus.sh OUT_DIR   ->  OUT_DIR/parse/  OUT_DIR/date/  OUT_DIR/profile/  OUT_DIR/warc/
# Every parse seed starts with the option-selector byte the target reads first (see parse_fuzzer.cpp):
# each page once with default options and once with a URL and "now", plus 8 KiB slices of it so that
# the fuzzer also mutates inputs short enough to run fast. Date seeds are the date texts found in the
# pages' meta tags and <time> elements plus a fixed list of printed forms. Profile seeds are the
# built-in profiles (mode byte 0) and every selector string in them (mode byte 1). WARC seeds are
# small archives written by examples/dask/warc_writer.py (see the WARC seeds below).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: make_seed_corpus.sh OUT_DIR}
mkdir -p "$out/parse" "$out/date" "$out/profile" "$out/warc"

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

# WARC seeds (the selector byte first, see warc_fuzzer.cpp): responses plain, chunked, gzip and
# deflate coded, a 404, an image, a request and a warcinfo record; each archive as written (000), gzipped
# by the target (001) and as a real .warc.gz with one member per record (000 on gzip bytes).
python3 - "$root/examples/dask" "$out/warc" <<'PY'
import gzip
import sys
import zlib
sys.path.insert(0, sys.argv[1])
from warc_writer import http_response, warc_record
out = sys.argv[2]
page = (b'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Banjir</title></head><body><article>'
        b'<h1>Banjir rendam tiga desa</h1><p>KOTA CONTOH - Banjir setinggi satu meter merendam tiga desa.</p>'
        b'</article></body></html>')
deflated = http_response(page).replace(b"\r\n\r\n", b"\r\nContent-Encoding: deflate\r\n\r\n", 1)
head, _ = deflated.split(b"\r\n\r\n", 1)
records = [
    warc_record("warcinfo", b"software: seeds\r\n", content_type="application/warc-fields"),
    warc_record("request", b"GET /read/1 HTTP/1.1\r\n\r\n", target_uri="https://berita.example.id/read/1",
                content_type="application/http; msgtype=request"),
    warc_record("response", http_response(page), target_uri="<https://berita.example.id/read/1>"),
    warc_record("response", http_response(page, chunked=True), target_uri="https://berita.example.id/read/2"),
    warc_record("response", http_response(page, chunked=True, content_encoding="gzip"), target_uri="https://b.example.id/3"),
    warc_record("response", head + b"\r\n\r\n" + zlib.compress(page), target_uri="https://b.example.id/4"),
    warc_record("response", http_response(page, status=404), target_uri="https://b.example.id/5"),
    warc_record("response", http_response(b"\x89PNG\r\n\x1a\n", content_type="image/png"), target_uri="https://b.example.id/6"),
]
for i, (_, record) in enumerate(records):
    for selector in (b"\x00", b"\x01", b"\x12"):
        open(f"{out}/record{i}-{selector[0]}", "wb").write(selector + record)
whole = b"".join(record for _, record in records)
open(f"{out}/archive-plain", "wb").write(b"\x00" + whole)
open(f"{out}/archive-gzip-here", "wb").write(b"\x01" + whole)
open(f"{out}/archive-warc-gz", "wb").write(b"\x04" + b"".join(gzip.compress(record) for _, record in records))
PY

echo "seeds: $(ls "$out/parse" | wc -l) parse, $(ls "$out/date" | wc -l) date, $(ls "$out/profile" | wc -l) profile, $(ls "$out/warc" | wc -l) warc in $out"
