"""CLI tests for `warta`: one case per CTest test, all inputs invented and written here.

usage: cli_test.py WARTA CASE WORK_DIR
"""
import gzip
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples", "dask"))
from warc_writer import http_response, warc_record, write_warc  # noqa: E402

WARTA = ""
WORK = ""


def page(headline: str, lead: str = "Banjir setinggi satu meter merendam tiga desa sejak Selasa malam",
         charset: str = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"""<!DOCTYPE html><html lang="id"><head>{meta}<title>{headline}</title></head>
<body><article><h1>{headline}</h1>
<p>KOTA CONTOH, Warta Contoh - {lead} setelah hujan deras mengguyur kawasan hulu sungai.</p>
<p>Kepala badan penanggulangan bencana setempat mengatakan sebanyak 120 keluarga telah mengungsi ke balai desa.</p>
<p>Petugas gabungan masih mendata kerugian dan menyalurkan bantuan makanan kepada warga yang terdampak.</p>
</article></body></html>"""


def write(relative: str, content) -> str:
    path = os.path.join(WORK, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        out.write(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def warta(*args, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([WARTA, *args], input=stdin, capture_output=True, timeout=30, check=False)


def lines_of(run: subprocess.CompletedProcess) -> list:
    return [json.loads(line) for line in run.stdout.decode("utf-8").splitlines()]


def check(condition: bool, what: str, run: subprocess.CompletedProcess = None) -> None:
    if condition:
        return
    detail = ""
    if run is not None:
        detail = f"\nexit {run.returncode}\nstdout: {run.stdout[:2000]!r}\nstderr: {run.stderr[:2000]!r}"
    raise AssertionError(what + detail)


def expect_exit(run: subprocess.CompletedProcess, code: int, what: str) -> None:
    check(run.returncode == code, f"{what}: expected exit {code}", run)


# --- the cases ---------------------------------------------------------------------------------

def case_help_version() -> None:
    run = warta("--help")
    expect_exit(run, 0, "--help")
    check(b"usage: warta" in run.stdout and b"--jobs" in run.stdout, "--help prints the usage", run)
    run = warta("--version")
    expect_exit(run, 0, "--version")
    check(run.stdout.startswith(b"warta ") and run.stdout.count(b".") == 2, "--version prints warta X.Y.Z", run)
    expect_exit(warta("parse", "--help"), 0, "parse --help")
    for args in ([], ["frobnicate"], ["parse"], ["parse", "--bogus", "x.html"], ["parse", "--jobs", "0", "x.html"],
                 ["parse", "--url"], ["parse", "--now", "kemarin", "x.html"], ["parse", "--list", "/nonexistent"],
                 ["bench", "--repeat", "x", "."], ["date"]):
        run = warta(*args)
        expect_exit(run, 2, f"usage error for {args}")
        check(run.stdout == b"" and b"usage:" in run.stderr, f"usage error {args} goes to stderr", run)


def case_single_page() -> None:
    path = write("banjir.html", page("Banjir rendam tiga desa"))
    run = warta("parse", path)
    expect_exit(run, 0, "one good page")
    article = json.loads(run.stdout)
    check(article["headline"] == "Banjir rendam tiga desa" and "file" not in article, "one page: its Article", run)
    check(run.stdout.count(b"\n") == 1, "compact JSON on one line", run)
    run = warta("parse", "--pretty", path)
    check(json.loads(run.stdout) == article and run.stdout.count(b"\n") > 10, "--pretty indents", run)
    run = warta("parse", "--url", "https://berita.example.id/a/1", path)
    check(json.loads(run.stdout)["headline"] == article["headline"], "--url accepted", run)
    run = warta("parse", write("kosong.html", ""))
    expect_exit(run, 1, "one empty page")
    failed = json.loads(run.stdout)
    check(failed["error"]["code"] == "empty_input" and failed["file"].endswith("kosong.html"), "error with file", run)


def case_json_lines() -> None:
    paths = [write("a.html", page("Satu")), write("b.html", b"\x00\x01\x02\x03binary" * 50),
             os.path.join(WORK, "missing.html"), write("c.html", page("Tiga")), write("d.html", "   \n")]
    run = warta("parse", *paths)
    expect_exit(run, 1, "some failed")
    results = lines_of(run)
    check([r["file"] for r in results] == paths, "one line per input, in input order", run)
    check(results[0]["headline"] == "Satu" and results[3]["headline"] == "Tiga", "good pages parsed", run)
    codes = [r.get("error", {}).get("code") for r in results]
    check(codes == [None, "not_html", "unreadable", None, "empty_input"], f"error codes {codes}", run)
    check(all(set(r["error"]) == {"code", "message"} for r in results if "error" in r), "error shape", run)
    run = warta("parse", paths[0], paths[3])
    expect_exit(run, 0, "all parsed")
    check(run.stderr == b"", "no progress when stderr is not a terminal", run)


def case_directory() -> None:
    expected = [write("site/2024/05/b.html", page("B")), write("site/2024/a.htm", page("A")),
                write("site/z.HTML", page("Z"))]
    write("site/catatan.txt", "bukan halaman")
    write("site/gambar.png", b"\x89PNG\r\n\x1a\n")
    run = warta("parse", os.path.join(WORK, "site"))
    expect_exit(run, 0, "directory")
    results = lines_of(run)
    check([r["file"] for r in results] == sorted(expected), "recursive, *.html/*.htm only, sorted by path", run)
    one = os.path.join(WORK, "one")
    write("one/only.html", page("Sendiri"))
    check("file" in lines_of(warta("parse", one))[0], "a directory always gives JSON Lines")


def case_list() -> None:
    paths = [write("p/x.html", page("X")), write("p/y.html", page("Y"))]
    list_file = write("list.txt", "\n".join([paths[1], "", paths[0], os.path.join(WORK, "p/none.html")]) + "\n")
    run = warta("parse", "--list", list_file)
    expect_exit(run, 1, "--list with a missing path")
    check([r["file"] for r in lines_of(run)] == [paths[1], paths[0], os.path.join(WORK, "p/none.html")],
          "--list order kept, blank lines skipped", run)
    run = warta("parse", "--list", "-", stdin=(paths[0] + "\n" + paths[1]).encode())
    expect_exit(run, 0, "--list -")
    check([r["headline"] for r in lines_of(run)] == ["X", "Y"], "--list - reads paths from stdin", run)


def case_stdin() -> None:
    run = warta("parse", "-", stdin=page("Dari stdin").encode())
    expect_exit(run, 0, "stdin page")
    check(json.loads(run.stdout)["headline"] == "Dari stdin", "stdin: one Article", run)
    run = warta("parse", "-", stdin=gzip.compress(page("Dari gzip").encode()))
    check(json.loads(run.stdout)["headline"] == "Dari gzip", "stdin: gzip page", run)
    records, ids = sample_warc_records()
    run = warta("parse", "-", stdin=b"".join(records))
    check([r["warc_record_id"] for r in lines_of(run)] == ids, "stdin: a WARC stream gives its records", run)
    run = warta("parse", "-", stdin=b"")
    expect_exit(run, 1, "empty stdin")


def sample_warc_records() -> tuple:
    """Records of every kind a crawl holds; returns (records, ids of the records warta reports)."""
    records, ids = [], []

    def add(record, reported=True):
        records.append(record[1])
        if reported:
            ids.append(record[0])

    add(warc_record("warcinfo", b"software: cli_test\r\n", content_type="application/warc-fields"), False)
    url = "https://berita.example.id/read/1/banjir"
    add(warc_record("request", b"GET /read/1/banjir HTTP/1.1\r\n\r\n", target_uri=url,
                    content_type="application/http; msgtype=request"), False)
    add(warc_record("response", http_response(page("Satu").encode()), target_uri=url))
    add(warc_record("response", http_response(page("Dua").encode(), chunked=True, content_encoding="gzip"),
                    target_uri="<https://berita.example.id/read/2/pasar>"))
    add(warc_record("response", http_response(b"\x89PNG\r\n\x1a\n", content_type="image/png"),
                    target_uri="https://berita.example.id/logo.png"), False)
    add(warc_record("response", http_response(page("Hilang").encode(), status=404),
                    target_uri="https://berita.example.id/read/3/hilang"))
    # windows-1252 bytes (curly quotes are 0x93 and 0x94), declared only by the HTTP header.
    cp1252 = page("Harga \u201cnaik\u201d", charset="").encode("cp1252")
    add(warc_record("response", http_response(cp1252, content_type="text/html; charset=windows-1252"),
                    target_uri="https://berita.example.id/read/4/harga"))
    return records, ids


def check_sample_warc(name: str) -> list:
    """Writes the sample records to WORK/name, parses it and checks every line; returns (records, ids)."""
    records, ids = sample_warc_records()
    warc_path = os.path.join(WORK, name)
    write_warc(warc_path, records)
    run = warta("parse", warc_path)
    expect_exit(run, 1, f"{name} with a 404")
    results = lines_of(run)
    check([r["warc_record_id"] for r in results] == ids, "one line per HTML response record, in file order", run)
    check(all(r["warc_file"] == warc_path and "file" not in r for r in results), "warc_file on every line", run)
    check([r.get("headline") for r in results[:2]] == ["Satu", "Dua"], "plain and chunked+gzip payloads", run)
    check(results[0]["warc_target_uri"] == "https://berita.example.id/read/1/banjir", "WARC-Target-URI", run)
    check(results[1]["warc_target_uri"] == "https://berita.example.id/read/2/pasar", "<URI> unwrapped", run)
    check(results[2]["error"]["code"] == "http_status" and "404" in results[2]["error"]["message"], "404", run)
    check(results[3].get("headline") == "Harga \u201cnaik\u201d", "charset from the HTTP Content-Type", run)
    return records, ids


def case_warc() -> None:
    records, ids = check_sample_warc("crawl.warc")
    # A damaged record (its Content-Length says less than the block holds: the cut page parses to an
    # error, its rest is garbage) and garbage between records cost that record only: reading resumes
    # at the next "WARC/1." line.
    length = records[2].split(b"Content-Length: ", 1)[1].split(b"\r\n", 1)[0]
    broken = records[2].replace(b"Content-Length: " + length, b"Content-Length: 200", 1)
    path = os.path.join(WORK, "damaged.warc")
    write_warc(path, [records[2], broken, records[3], b"sampah di antara rekaman\r\n", records[3]])
    results = lines_of(warta("parse", path))
    check([r.get("headline") for r in results] == ["Satu", None, None, "Dua", None, "Dua"],
          f"records after damage still parsed: {[r.get('headline') or r.get('error') for r in results]}")
    check(any(r.get("error", {}).get("code") == "bad_warc" for r in results), "damage reported as bad_warc")
    # Detected by content, whatever the name.
    named = write("crawl.dat", b"".join(records))
    check(len(lines_of(warta("parse", named))) == len(ids), "WARC detected by its first bytes")


def case_warc_gz() -> None:
    records, _ = check_sample_warc("crawl.warc.gz")
    # A corrupt gzip member loses its record; the members after it are read.
    members = [gzip.compress(record) for record in records]
    bad = bytearray(members[3])
    bad[len(bad) // 2:len(bad) // 2 + 8] = b"\xff" * 8
    path = write("corrupt.warc.gz", b"".join(members[:3] + [bytes(bad)] + members[4:]))
    run = warta("parse", path)
    results = lines_of(run)
    check(results[0].get("headline") == "Satu" and results[-1].get("headline") == "Harga \u201cnaik\u201d",
          "records around a corrupt member parsed", run)
    check(any(r.get("error", {}).get("code") == "bad_warc" for r in results), "corrupt member reported", run)
    expect_exit(warta("parse", write("cut.warc.gz", b"".join(members)[:-30])), 1, "truncated archive")


def case_jobs() -> None:
    for index in range(40):
        body = page(f"Berita nomor {index}") if index % 7 else "<html><body>bukan artikel</body></html>"
        write(f"many/{index:03d}.html", body)
    records, ids = sample_warc_records()
    write_warc(os.path.join(WORK, "many", "zz.warc.gz"), records * 5)
    directory = os.path.join(WORK, "many")
    one = warta("parse", "--jobs", "1", directory)
    expect_exit(one, 1, "--jobs 1")
    check(len(lines_of(one)) == 40 + 5 * len(ids), "every page and record once", one)
    for jobs in ("2", "5"):
        run = warta("parse", "--jobs", jobs, directory)
        check(run.stdout == one.stdout and run.returncode == one.returncode, f"--jobs {jobs} same as --jobs 1", run)


def case_explain_profile() -> None:
    path = write("kabar.html", page("Banjir Rendam Tiga Desa").replace(
        "<h1>", '<div class="rubrik">Daerah</div><h1 class="judul">'))
    plain = warta("parse", "--url", "https://kabar-contoh.example/daerah/banjir", path)
    expect_exit(plain, 0, "parse")
    check("sources" not in json.loads(plain.stdout), "no sources without --explain", plain)
    explained = warta("parse", "--explain", "--url", "https://kabar-contoh.example/daerah/banjir", path)
    expect_exit(explained, 0, "parse --explain")
    article = json.loads(explained.stdout)
    check(article["sources"]["headline"] == "generic <h1>", "headline from the generic <h1>", explained)
    # A profile from a file: its rules win and the sources name it.
    profile = write("profiles/kabar-contoh.json", json.dumps({
        "hosts": ["kabar-contoh.example"],
        "fields": {"headline": ["h1.judul"], "section": ["div.rubrik"]},
        "sources": {"subheadline": None}}))
    run = warta("parse", "--explain", "--profile", profile, "--url", "https://kabar-contoh.example/daerah/banjir", path)
    expect_exit(run, 0, "parse --profile")
    article = json.loads(run.stdout)
    check(article["section"] == "Daerah", "section from the profile file", run)
    check(article["sources"]["headline"] == "profile kabar-contoh fields.headline[0] h1.judul", "named source", run)
    report = warta("inspect", "--profile", profile, "--url", "https://kabar-contoh.example/daerah/banjir", path)
    expect_exit(report, 0, "inspect --profile")
    check(b"profile kabar-contoh fields.section[0] div.rubrik" in report.stdout, "inspector shows the source", report)
    # Bad files: one line naming the file and the key, exit 2.
    bad = {
        "missing.json": None,
        "broken.json": "{",
        "typo.json": '{"hosts": [], "fields": {"headlne": ["h1"]}}',
        "selector.json": '{"hosts": [], "fields": {"headline": ["div + p"]}}',
        "source.json": '{"hosts": [], "sources": {"section": ["nowhere"]}}',
    }
    for name, content in bad.items():
        bad_path = os.path.join(WORK, "bad", name) if content is None else write(f"bad/{name}", content)
        for command in ("parse", "inspect"):
            run = warta(command, "--profile", bad_path, path)
            expect_exit(run, 2, f"{command} --profile {name}")
            lines = run.stderr.decode("utf-8").splitlines()
            check(len(lines) == 1 and lines[0].startswith(f"warta: --profile {bad_path}: "), f"one-line error for {name}", run)


CASES = {name[len("case_"):]: function for name, function in globals().items() if name.startswith("case_")}


def main() -> int:
    global WARTA, WORK
    if len(sys.argv) != 4 or sys.argv[2] not in CASES:
        print(f"usage: cli_test.py WARTA CASE WORK_DIR; cases: {' '.join(CASES)}", file=sys.stderr)
        return 2
    WARTA, case, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    try:
        CASES[case]()
    except AssertionError as error:
        print(f"FAIL {case}: {error}")
        return 1
    print(f"PASS {case}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
