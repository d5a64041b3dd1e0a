"""A tiny WARC 1.1 writer: enough to build test archives of HTML pages, nothing more.

Each record can be its own gzip member, as crawlers write .warc.gz files.
"""
import gzip
import uuid


def http_response(body: bytes, status: int = 200, content_type: str = "text/html; charset=utf-8",
                  chunked: bool = False, content_encoding: str = "") -> bytes:
    """The bytes of an HTTP/1.1 response as a WARC response record stores them."""
    headers = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Other'}", f"Content-Type: {content_type}"]
    if content_encoding:
        headers.append(f"Content-Encoding: {content_encoding}")
        body = gzip.compress(body)
    if chunked:
        headers.append("Transfer-Encoding: chunked")
        middle = len(body) // 2
        body = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:middle], body[middle:]) if part)
        body += b"0\r\n\r\n"
    else:
        headers.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + body


def warc_record(warc_type: str, block: bytes, target_uri: str = "", record_id: str = "",
                content_type: str = "application/http; msgtype=response") -> tuple:
    """(record id, bytes) of one WARC record."""
    record_id = record_id or f"<urn:uuid:{uuid.uuid4()}>"
    fields = [("WARC-Type", warc_type), ("WARC-Record-ID", record_id), ("WARC-Date", "2024-05-15T04:02:00Z")]
    if target_uri:
        fields.append(("WARC-Target-URI", target_uri))
    fields += [("Content-Type", content_type), ("Content-Length", str(len(block)))]
    head = "WARC/1.1\r\n" + "".join(f"{name}: {value}\r\n" for name, value in fields) + "\r\n"
    return record_id, head.encode("utf-8") + block + b"\r\n\r\n"


def write_warc(path: str, records: list) -> None:
    """Writes records (bytes) to `path`; a name ending in .gz gets one gzip member per record."""
    with open(path, "wb") as out:
        for record in records:
            out.write(gzip.compress(record) if path.endswith(".gz") else record)
