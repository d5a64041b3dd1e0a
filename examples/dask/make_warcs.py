"""Writes small WARC shards of invented Indonesian news pages, for trying the Dask recipe.

usage: make_warcs.py OUT_DIR [--shards N] [--pages N]
Prints one line per HTML response record: "<shard path> <WARC-Record-ID>" (the expected output).
Each shard also holds a warcinfo record, request records and an image response, which warta skips.
"""
import argparse
import os

from warc_writer import http_response, warc_record, write_warc

TOWNS = ["Kota Contoh", "Sukamaju", "Tanjung Harapan", "Bukit Indah", "Pantai Damai"]
TOPICS = [
    ("Banjir rendam {n} desa di {town}", "Banjir setinggi satu meter merendam {n} desa di {town} sejak Selasa malam "
     "setelah hujan deras mengguyur kawasan hulu sungai."),
    ("Pasar murah digelar di {town}", "Pemerintah daerah menggelar pasar murah di {town} untuk menekan harga beras "
     "yang naik dalam {n} pekan terakhir."),
    ("Jalan baru sepanjang {n} kilometer diresmikan di {town}", "Bupati meresmikan jalan baru sepanjang {n} kilometer "
     "yang menghubungkan {town} dengan kecamatan tetangga."),
]


def article_html(index: int) -> bytes:
    town = TOWNS[index % len(TOWNS)]
    headline_pattern, lead_pattern = TOPICS[index % len(TOPICS)]
    headline = headline_pattern.format(n=index + 2, town=town)
    lead = lead_pattern.format(n=index + 2, town=town)
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{headline}</title>
<meta property="og:title" content="{headline}"></head><body><article><h1>{headline}</h1>
<p>{town.upper()}, Warta Contoh - {lead}</p>
<p>Warga berharap pemerintah segera menindaklanjuti keadaan ini, kata seorang tokoh masyarakat setempat kepada wartawan.</p>
<p>Petugas masih mendata dampak kejadian tersebut dan akan menyampaikan laporan lengkap dalam beberapa hari ke depan.</p>
</article></body></html>""".encode("utf-8")


def shard_records(shard: int, pages: int) -> tuple:
    """(expected record ids, record bytes) of one shard."""
    expected = []
    _, info = warc_record("warcinfo", b"software: make_warcs.py\r\n", content_type="application/warc-fields")
    records = [info]
    for page in range(pages):
        index = shard * pages + page
        url = f"https://berita.example.id/read/{index}/artikel-{index}"
        _, request = warc_record("request", f"GET /read/{index} HTTP/1.1\r\nHost: berita.example.id\r\n\r\n".encode(),
                                 target_uri=url, content_type="application/http; msgtype=request")
        # Every third page comes chunked and gzip-encoded, as some servers send them.
        encoded = index % 3 == 2
        record_id, response = warc_record("response", http_response(article_html(index), chunked=encoded,
                                                                    content_encoding="gzip" if encoded else ""),
                                          target_uri=url)
        records += [request, response]
        expected.append(record_id)
    _, image = warc_record("response", http_response(b"\x89PNG\r\n\x1a\n", content_type="image/png"),
                           target_uri="https://berita.example.id/logo.png")
    records.append(image)
    return expected, records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--shards", type=int, default=4)
    parser.add_argument("--pages", type=int, default=5)
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    for shard in range(args.shards):
        path = os.path.join(args.out_dir, f"shard-{shard:03d}.warc.gz")
        expected, records = shard_records(shard, args.pages)
        write_warc(path, records)
        for record_id in expected:
            print(path, record_id)


if __name__ == "__main__":
    main()
