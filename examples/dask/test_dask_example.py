"""CTest for the Dask example: generated WARC shards through a 2-worker LocalCluster; every HTML
response record must come back exactly once, parsed.

usage: test_dask_example.py WARTA WORK_DIR
Exits 77 (CTest SKIP_RETURN_CODE) when dask or distributed cannot be imported.
"""
import collections
import importlib.util
import json
import os
import subprocess
import sys

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> int:
    warta, work_dir = sys.argv[1], sys.argv[2]
    # find_spec, not import: importing Dask takes seconds and dask_parse.py does it anyway.
    missing = [name for name in ("dask", "distributed") if importlib.util.find_spec(name) is None]
    if missing:
        print(f"SKIP: {' and '.join(missing)} not installed for {sys.executable}; install python3-dask "
              "python3-distributed, or configure with -DWARTA_DASK_PYTHON=/usr/bin/python3")
        return SKIP
    shard_dir = os.path.join(work_dir, "shards")
    made = subprocess.run([sys.executable, os.path.join(HERE, "make_warcs.py"), shard_dir, "--shards", "4",
                           "--pages", "5"], capture_output=True, text=True, check=True)
    expected = [line.split(" ", 1)[1] for line in made.stdout.splitlines()]
    shards = sorted(os.path.join(shard_dir, name) for name in os.listdir(shard_dir))
    out_path = os.path.join(work_dir, "out.jsonl")
    run = subprocess.run([sys.executable, os.path.join(HERE, "dask_parse.py"), "--warta", warta, "--out", out_path]
                         + shards, capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        print(f"FAIL: dask_parse.py exited with {run.returncode}\n{run.stderr}")
        return 1
    with open(out_path, encoding="utf-8") as lines:
        results = [json.loads(line) for line in lines]
    seen = collections.Counter(result["warc_record_id"] for result in results)
    errors = [result for result in results if "error" in result]
    problems = []
    if [result["warc_record_id"] for result in results] != expected:
        problems.append("records out of order or missing")
    problems += [f"{record_id} came back {count} times" for record_id, count in seen.items() if count != 1]
    problems += [f"{record_id} is missing" for record_id in expected if record_id not in seen]
    problems += [f"error line: {error}" for error in errors]
    problems += [f"{r['warc_record_id']} has no headline" for r in results if "error" not in r and not r["headline"]]
    for problem in problems:
        print("FAIL:", problem)
    print(f"{len(results)} results for {len(expected)} records in {len(shards)} shards")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
