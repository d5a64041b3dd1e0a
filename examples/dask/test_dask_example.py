"""CTest for the Dask example: generated WARC shards through a 2-worker LocalCluster; every HTML
response record must come back exactly once, parsed, in its shard's JSON Lines file, and the client
gets only counts. With WARTA_CLI set, each file must equal `warta parse SHARD`.

usage: test_dask_example.py WORK_DIR   (the warta module importable, e.g. PYTHONPATH=build/python)
Exits 77 (CTest SKIP_RETURN_CODE) when dask or distributed cannot be imported.
"""
import collections
import importlib.util
import json
import os
import shutil
import subprocess
import sys

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))


def main() -> int:
    work_dir = sys.argv[1]
    # find_spec, not import: importing Dask takes seconds and dask_parse.py does it anyway.
    missing = [name for name in ("dask", "distributed") if importlib.util.find_spec(name) is None]
    if missing:
        print(f"SKIP: {' and '.join(missing)} not installed for {sys.executable}; install python3-dask "
              "python3-distributed")
        return SKIP
    shutil.rmtree(work_dir, ignore_errors=True)
    shard_dir = os.path.join(work_dir, "shards")
    made = subprocess.run([sys.executable, os.path.join(HERE, "make_warcs.py"), shard_dir, "--shards", "4",
                           "--pages", "5"], capture_output=True, text=True, check=True)
    expected = collections.defaultdict(list)
    for line in made.stdout.splitlines():
        shard, record_id = line.split(" ", 1)
        expected[shard].append(record_id)
    shards = sorted(os.path.join(shard_dir, name) for name in os.listdir(shard_dir))
    out_dir = os.path.join(work_dir, "out")
    run = subprocess.run([sys.executable, os.path.join(HERE, "dask_parse.py"), "--out-dir", out_dir] + shards,
                         capture_output=True, text=True, timeout=120)
    if run.returncode != 0:
        print(f"FAIL: dask_parse.py exited with {run.returncode}\n{run.stdout}\n{run.stderr}")
        return 1
    summaries = [json.loads(line) for line in run.stdout.splitlines()]
    problems = []
    if [summary.get("shard") for summary in summaries[:-1]] != shards:
        problems.append("one summary per shard, in order, expected")
    for summary in summaries[:-1]:
        shard = summary["shard"]
        if set(summary) != {"shard", "output", "pages", "errors", "bytes"}:
            problems.append(f"{shard}: the task returned more than counts: {sorted(summary)}")
        with open(summary["output"], encoding="utf-8") as lines:
            results = [json.loads(line) for line in lines]
        if [result["warc_record_id"] for result in results] != expected[shard]:
            problems.append(f"{shard}: records out of order or missing")
        problems += [f"{shard}: error line {result}" for result in results if "error" in result]
        problems += [f"{shard}: {r['warc_record_id']} has no headline" for r in results if not r.get("headline")]
        if summary["pages"] != len(expected[shard]) or summary["errors"] != 0 or summary["bytes"] <= 0:
            problems.append(f"{shard}: counts {summary}")
        cli = os.environ.get("WARTA_CLI")
        if cli:
            lines = subprocess.run([cli, "parse", "--quiet", shard], capture_output=True, check=False).stdout
            if [json.loads(line) for line in lines.splitlines()] != results:
                problems.append(f"{shard}: the output differs from `warta parse {shard}`")
    total = summaries[-1]["total"] if summaries else {}
    for problem in problems:
        print("FAIL:", problem)
    print(f"{total.get('pages')} pages, {total.get('errors')} errors, {total.get('bytes')} bytes from "
          f"{total.get('shards')} shards into {len(os.listdir(out_dir))} files")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
