"""Parsing from several threads gives the same Articles as one thread (parse releases the GIL).

How much faster threads are is measured outside the tests (README, Python); here only correctness."""
import concurrent.futures

import warta
from conftest import fixture_pages


def test_threads_give_the_same_articles():
    pages = [(page.read_bytes(), url or None) for page, url in fixture_pages()] * 3
    expected = [warta.parse(html, url=url).to_dict() for html, url in pages]
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda page: warta.parse(page[0], url=page[1]).to_dict(), pages))
    assert results == expected
