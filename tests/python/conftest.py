"""Shared by the pytest tests of the Python module: the fixture pages and the `warta` executable.

CTest runs them with PYTHONPATH at the built package, WARTA_SOURCE_DIR at the source tree and
WARTA_CLI at the warta executable (tests that compare with the CLI are skipped without it).
"""
import os
import pathlib
import subprocess
import sys

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get("WARTA_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(SOURCE_DIR / "examples" / "dask"))  # warc_writer


def fixture_pages() -> list:
    """Every fixture page (data/samples, data/fixtures) with its URL from <case>.url."""
    pages = sorted(path for folder in ("data/samples", "data/fixtures") for path in (SOURCE_DIR / folder).rglob("*.html"))
    return [(page, page.with_suffix(".url").read_text().strip() if page.with_suffix(".url").exists() else "")
            for page in pages]


@pytest.fixture(scope="session")
def cli():
    """Runs `warta ARGS...`; returns the CompletedProcess."""
    path = os.environ.get("WARTA_CLI")
    if not path:
        pytest.skip("WARTA_CLI is not set")

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([path, *args], capture_output=True, timeout=60, check=False)

    return run
