"""warta: Indonesian news article extraction.

    >>> import warta
    >>> article = warta.parse(html_bytes, url="https://nasional.kompas.com/read/...")
    >>> article.headline, article.published, [block.text for block in article.body]
    >>> article.to_dict()          # the JSON of `warta parse`
    >>> for record in warta.read_warc("crawl.warc.gz"):
    ...     article = record.parse()

parse() and the WARC reader release the GIL while they work, so threads scale over cores.
"""
from os import PathLike
from typing import BinaryIO, Iterator, Union

from . import _warta
from ._warta import Article, Block, Caption, DateMention, Dateline, Pagination, Person, WarcRecord

__version__: str = _warta.version

for _class in (Article, Block, Caption, DateMention, Dateline, Pagination, Person, WarcRecord):
    _class.__module__ = __name__  # help() and reprs say warta.Article, not warta._warta.Article
del _class

__all__ = ["Article", "Block", "Caption", "DateError", "DateMention", "Dateline", "Pagination", "ParseError",
           "Person", "WarcRecord", "__version__", "parse", "parse_date", "read_warc"]


class ParseError(Exception):
    """A page (or WARC record) that gives no Article.

    code is the error code of `warta parse`'s JSON: empty_input, not_html, too_large, no_article,
    bad_option; for WARC records also bad_warc, bad_http, http_status, unreadable.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


class DateError(ValueError):
    """Text in which parse_date() finds no date."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def parse(html, url=None, now=None, charset=None) -> Article:
    """Parses one HTML page into an Article.

    html: the page as bytes (charset sniffed from the bytes and <meta>, or given as charset) or as str.
    url: the page URL; picks the outlet profile and resolves links.
    now: "now" for relative dates ("2 jam lalu"): a timezone-aware datetime.datetime or ISO 8601 text.
    charset: charset hint for bytes, e.g. from an HTTP header.
    Raises ParseError (with .code and .message) when the page gives no Article, ValueError or
    TypeError for unusable arguments. The GIL is released while parsing.
    """
    return _warta.parse(html, url, now, charset)


def parse_date(text: str, now=None):
    """Normalises a date as Indonesian pages print it ("Rabu, 15 Mei 2024 11:02 WIB", "2 jam lalu" ...).

    Returns a timezone-aware datetime.datetime, or a datetime.date when the text gives only a day.
    now: a timezone-aware datetime.datetime or ISO 8601 text, for relative forms.
    Raises DateError (a ValueError) when the text holds no date.
    """
    return _warta.parse_date(text, now)


def read_warc(source: Union[str, "PathLike[str]", BinaryIO], max_body_bytes: int = 64 << 20,
              html_only: bool = True) -> Iterator[WarcRecord]:
    """Yields the response records of a WARC or WARC.gz archive, in file order.

    source: a path ("-" for stdin) or a binary file object (anything with read(size) -> bytes).
    Each record has record_id, target_uri, date, http_status, http_headers, media_type, charset,
    body (bytes, with chunked, gzip and deflate undone) and error_code/error_message; damage gives
    a record with error_code "bad_warc" and reading goes on. record.parse() gives the Article.
    html_only=False also yields non-HTML responses. Bodies over max_body_bytes give "too_large".
    """
    return iter(_warta.WarcReader(source, max_body_bytes, html_only))
