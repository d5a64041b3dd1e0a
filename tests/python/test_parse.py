"""warta.parse: typed fields, the CLI's JSON, errors with the CLI's codes."""
import datetime
import json

import pytest

import warta
from conftest import fixture_pages

PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Banjir rendam tiga desa</title>
<meta property="article:published_time" content="2024-05-15T11:02:00+07:00"></head>
<body><article><h1>Banjir rendam tiga desa</h1>
<div class="penulis">Penulis: Andi Wijaya</div>
<p>JAKARTA, KOMPAS.com - Banjir setinggi satu meter merendam tiga desa sejak Selasa malam setelah hujan.</p>
<h2>Warga mengungsi</h2>
<p>Kepala badan penanggulangan bencana setempat mengatakan sebanyak 120 keluarga telah mengungsi ke balai desa.</p>
<p>Petugas gabungan masih mendata kerugian dan menyalurkan bantuan makanan kepada warga terdampak. (abc/def)</p>
</article></body></html>"""


@pytest.mark.parametrize("page,url", fixture_pages(), ids=lambda value: getattr(value, "name", ""))
def test_to_dict_equals_the_cli_json(page, url, cli):
    args = ["parse", str(page)] + (["--url", url] if url else [])
    run = cli(*args)
    assert run.returncode == 0, run.stderr
    article = warta.parse(page.read_bytes(), url=url or None)
    assert article.to_dict() == json.loads(run.stdout)
    assert json.loads(article.to_json()) == json.loads(run.stdout)
    assert article.to_json(indent=2) == warta.parse(page.read_bytes(), url=url or None).to_json(indent=2)


def test_typed_fields():
    article = warta.parse(PAGE.encode(), url="https://berita.example.id/read/1/banjir")
    assert isinstance(article, warta.Article)
    assert article.headline == "Banjir rendam tiga desa"
    assert article.language == "id"
    assert article.published == datetime.datetime(2024, 5, 15, 11, 2, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    assert article.published.utcoffset() == datetime.timedelta(hours=7)
    assert article.updated is None
    assert all(isinstance(block, warta.Block) for block in article.body)
    assert [block.type for block in article.body] == ["paragraph", "heading", "paragraph", "paragraph"]
    assert article.body[1].text == "Warga mengungsi"
    assert [(person.name, person.role) for person in article.people] == [("Andi Wijaya", "author")]
    assert article.initials == ["abc", "def"]
    assert isinstance(article.dateline, warta.Dateline)
    assert (article.dateline.outlet, article.dateline.city) == ("KOMPAS.com", "Jakarta")
    assert isinstance(article.tags, list) and isinstance(article.captions, list)
    assert article.pagination is None
    as_dict = article.to_dict()
    assert as_dict["published"] == "2024-05-15T11:02:00+07:00"
    assert as_dict["body"][1] == {"type": "heading", "text": "Warga mengungsi"}
    assert as_dict["people"] == [{"name": "Andi Wijaya", "role": "author"}]
    assert repr(article).startswith("<warta.Article headline='Banjir rendam tiga desa'")
    assert repr(article.people[0]) == "Person(name='Andi Wijaya', role='author')"
    assert article == warta.parse(PAGE.encode(), url="https://berita.example.id/read/1/banjir")


def test_str_and_bytes_give_the_same_article():
    assert warta.parse(PAGE).to_dict() == warta.parse(PAGE.encode("utf-8")).to_dict()
    # A str is already decoded: a windows-1252 <meta> does not make it read again as windows-1252.
    declared = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("mengungsi</h2>", "mengungsi \u2013 sementara</h2>")
    assert warta.parse(declared).body[1].text == "Warga mengungsi \u2013 sementara"
    with pytest.raises(ValueError):
        warta.parse(PAGE, charset="utf-8")


def test_charset_hint_and_now():
    cp1252 = PAGE.replace('<meta charset="utf-8">', "").replace("mengungsi</h2>", "mengungsi \u2013 sementara</h2>")
    article = warta.parse(cp1252.encode("windows-1252"), charset="windows-1252")
    assert article.body[1].text == "Warga mengungsi \u2013 sementara"
    relative = PAGE.replace('content="2024-05-15T11:02:00+07:00"', 'content="2 jam lalu"')
    now = datetime.datetime(2024, 5, 15, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    assert warta.parse(relative, now=now).published == datetime.datetime(2024, 5, 15, 10, 0, tzinfo=now.tzinfo)
    assert warta.parse(relative, now="2024-05-15T12:00:00+07:00").published == now - datetime.timedelta(hours=2)
    with pytest.raises(ValueError):
        warta.parse(relative, now=datetime.datetime(2024, 5, 15, 12, 0))  # naive
    with pytest.raises(ValueError):
        warta.parse(relative, now="kemarin")  # no time
    with pytest.raises(TypeError):
        warta.parse(12345)


ERRORS = [
    ("empty", b"", {}, "empty_input"),
    ("white space", b"  \n\t ", {}, "empty_input"),
    ("a PDF", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", {}, "not_html"),
    ("a PNG", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", {}, "not_html"),
    ("an index page", b"<html><body><ul><li><a href='/a'>Satu</a></li></ul></body></html>", {}, "no_article"),
    ("an unknown charset", PAGE.encode(), {"charset": "klingon-8"}, "bad_option"),
]


@pytest.mark.parametrize("what,html,options,code", ERRORS, ids=[case[0] for case in ERRORS])
def test_errors_carry_the_cli_codes(what, html, options, code, cli, tmp_path):
    with pytest.raises(warta.ParseError) as caught:
        warta.parse(html, **options)
    assert caught.value.code == code
    assert caught.value.message
    assert isinstance(caught.value, Exception)
    page = tmp_path / "page.html"
    page.write_bytes(html)
    run = cli("parse", *(["--charset", options["charset"]] if "charset" in options else []), str(page))
    assert run.returncode == 1
    assert json.loads(run.stdout)["error"]["code"] == code


def test_version():
    assert warta.__version__.count(".") == 2
    assert all(part.isdigit() for part in warta.__version__.split("."))


def test_docstrings_for_help():
    for name in ("parse", "parse_date", "read_warc", "ParseError", "DateError", "Article"):
        assert getattr(warta, name).__doc__, name


def test_stubs_match_the_module():
    import ast
    import pathlib
    stubs = ast.parse((pathlib.Path(warta.__file__).parent / "__init__.pyi").read_text())
    for node in stubs.body:
        if isinstance(node, ast.ClassDef):
            runtime = getattr(warta, node.name)
            declared = {member.name for member in node.body if isinstance(member, ast.FunctionDef)}
            for name in declared - {"__init__"}:
                assert hasattr(runtime, name), f"{node.name}.{name}"
            if not issubclass(runtime, Exception):
                public = {name for name in dir(runtime) if not name.startswith("_")}
                assert public <= declared, f"{node.name}: {public - declared} missing from the stubs"
        elif isinstance(node, ast.FunctionDef):
            assert callable(getattr(warta, node.name)), node.name
    assert set(warta.__all__) <= {name for name in dir(warta)}
