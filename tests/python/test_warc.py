"""warta.read_warc: the records of WARC and WARC.gz archives, from paths and file objects."""
import gzip
import io
import json

import pytest

import warta
from warc_writer import http_response, warc_record, write_warc
from test_parse import PAGE

URL = "https://berita.example.id/read/{}/banjir"


def sample_records() -> list:
    """(bytes of each record, what reading it gives: (target URI, error code or ""))."""
    page = PAGE.encode()
    cp1252 = PAGE.replace('<meta charset="utf-8">', "").replace("mengungsi</h2>", "mengungsi \u2013 sementara</h2>")
    records = [
        (warc_record("warcinfo", b"software: test\r\n", content_type="application/warc-fields"), None),
        (warc_record("request", b"GET /read/1 HTTP/1.1\r\n\r\n", target_uri=URL.format(1),
                     content_type="application/http; msgtype=request"), None),
        (warc_record("response", http_response(page), target_uri=URL.format(1)), ""),
        (warc_record("response", http_response(page, chunked=True, content_encoding="gzip"), target_uri=f"<{URL.format(2)}>"), ""),
        (warc_record("response", http_response(b"\x89PNG\r\n\x1a\n", content_type="image/png"), target_uri=URL.format(3)), None),
        (warc_record("response", http_response(page, status=404), target_uri=URL.format(4)), "http_status"),
        (warc_record("response", http_response(cp1252.encode("windows-1252"), content_type="text/html; charset=windows-1252"),
                     target_uri=URL.format(5)), ""),
        (warc_record("response", http_response(b"<html><body><p>x</p></body></html>"), target_uri=URL.format(6)), ""),
    ]
    return records


def expected(records) -> list:
    return [(record_id, code) for (record_id, _), code in records if code is not None]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_fields_from_a_path(name, tmp_path):
    records = sample_records()
    path = tmp_path / name
    write_warc(str(path), [record for (_, record), _ in records])
    read = list(warta.read_warc(str(path)))
    assert [(r.record_id, r.error_code) for r in read] == expected(records)
    first = read[0]
    assert isinstance(first, warta.WarcRecord)
    assert first.target_uri == URL.format(1)
    assert first.date == "2024-05-15T04:02:00Z"
    assert first.http_status == 200
    assert ("Content-Type", "text/html; charset=utf-8") in first.http_headers
    assert first.media_type == "text/html" and first.charset == "utf-8"
    assert first.body == PAGE.encode()
    assert read[1].target_uri == URL.format(2) and read[1].body == PAGE.encode()  # <URI>, chunked + gzip undone
    assert read[2].http_status == 404 and read[2].body == b"" and "HTTP status 404" in read[2].error_message
    assert read[3].charset == "windows-1252"
    assert read[0].parse().headline == "Banjir rendam tiga desa"
    assert read[0].parse().url is None or read[0].parse().url.startswith("https://")
    assert read[3].parse().body[1].text == "Warga mengungsi \u2013 sementara"
    with pytest.raises(warta.ParseError) as caught:
        read[2].parse()
    assert caught.value.code == "http_status"
    with pytest.raises(warta.ParseError) as caught:
        read[4].parse()
    assert caught.value.code == "no_article"
    assert "status=200" in repr(first)


def test_parse_equals_the_cli_lines(tmp_path, cli):
    records = sample_records()
    path = tmp_path / "crawl.warc.gz"
    write_warc(str(path), [record for (_, record), _ in records])
    lines = [json.loads(line) for line in cli("parse", str(path)).stdout.splitlines()]
    read = list(warta.read_warc(path))  # a PathLike
    assert len(lines) == len(read)
    for line, record in zip(lines, read):
        assert line["warc_record_id"] == record.record_id
        try:
            as_dict = record.parse().to_dict()
        except warta.ParseError as error:
            as_dict = {"error": {"code": error.code, "message": error.message}}
        assert as_dict == {key: value for key, value in line.items() if not key.startswith("warc_")}


def test_file_objects_and_options(tmp_path):
    records = sample_records()
    plain = b"".join(record for (_, record), _ in records)
    from_file = list(warta.read_warc(io.BytesIO(plain)))
    assert [(r.record_id, r.error_code) for r in from_file] == expected(records)
    members = b"".join(gzip.compress(record) for (_, record), _ in records)
    assert [r.record_id for r in warta.read_warc(io.BytesIO(members))] == [r.record_id for r in from_file]
    everything = list(warta.read_warc(io.BytesIO(plain), html_only=False))
    assert any(r.media_type == "image/png" and r.body.startswith(b"\x89PNG") for r in everything)
    small = list(warta.read_warc(io.BytesIO(plain), max_body_bytes=100))
    assert {r.error_code for r in small} >= {"too_large"}
    with pytest.raises(TypeError):
        list(warta.read_warc(io.StringIO("WARC/1.1\r\n")))


def test_damage_is_reported_and_reading_goes_on(tmp_path):
    records = sample_records()
    good = records[2][0][1]
    damaged = good + b"sampah di antara rekaman\r\n" + good[:-40].replace(b"Content-Length", b"Content-Lenght") + b"\r\n\r\n" + good
    read = list(warta.read_warc(io.BytesIO(damaged)))
    codes = [r.error_code for r in read]
    assert codes[0] == "" and codes[-1] == ""
    assert "bad_warc" in codes
    corrupt = gzip.compress(good) + b"\x1f\x8b\x08\x00garbage-garbage-garbage" + gzip.compress(good)
    assert [r.error_code for r in warta.read_warc(io.BytesIO(corrupt))] == ["", "bad_warc", ""]
    missing = list(warta.read_warc(str(tmp_path / "missing.warc.gz")))
    assert [r.error_code for r in missing] == ["unreadable"]
    with pytest.raises(warta.ParseError) as caught:
        missing[0].parse()
    assert caught.value.code == "unreadable"


def test_reader_errors_pass_through():
    class Broken(io.RawIOBase):
        def read(self, size=-1):
            raise OSError("disk on fire")

    with pytest.raises(OSError, match="disk on fire"):
        list(warta.read_warc(Broken()))
