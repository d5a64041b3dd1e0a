"""Parses WARC shards with the warta Python module on a Dask cluster: one task per shard.

usage: dask_parse.py --out-dir DIR [--scheduler ADDRESS] [--paths FILE] [--prefix URL] [SHARD...]

Each task reads its shard with warta.read_warc, parses every HTML response record in the worker
(warta.parse releases the GIL, so worker threads use all cores), writes one JSON Lines file
DIR/<shard name>.jsonl (the lines of `warta parse SHARD`) and returns only counts: the client
never holds an Article. Without --scheduler a LocalCluster of 2 single-thread workers on
127.0.0.1 is started. A shard (and DIR) may be a local path or, when fsspec can open it, a URL
("https://data.commoncrawl.org/crawl-data/...", "s3://commoncrawl/crawl-data/..."). --paths reads
more shards from a file, one per line (gzip allowed: Common Crawl's warc.paths.gz), each prefixed
with --prefix. Exit status: 0 when every record parsed, 1 when some records gave error lines, 2
when a task failed.
"""
import argparse
import gzip
import json
import os
import sys


def open_binary(location: str, mode: str):
    """A local file, or a URL through fsspec (installed with Dask)."""
    if "://" in location:
        import fsspec
        return fsspec.open(location, mode).open()
    return open(location, mode)


def output_name(shard: str) -> str:
    name = shard.rstrip("/").rsplit("/", 1)[-1]
    for suffix in (".gz", ".warc"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name + ".jsonl"


def parse_shard(shard: str, out_dir: str) -> dict:
    """Parses one shard into OUT_DIR/<name>.jsonl; returns its counts, not its Articles."""
    import warta  # on the worker

    out_path = out_dir.rstrip("/") + "/" + output_name(shard)
    counts = {"shard": shard, "output": out_path, "pages": 0, "errors": 0, "bytes": 0}
    with open_binary(shard, "rb") as archive, open_binary(out_path, "wb") as out:
        for record in warta.read_warc(archive):
            counts["bytes"] += len(record.body)
            try:
                line = record.parse().to_dict()
                counts["pages"] += 1
            except warta.ParseError as error:
                line = {"error": {"code": error.code, "message": error.message}}
                counts["errors"] += 1
            # Where the line came from, as `warta parse` writes it.
            line["warc_file"] = shard
            line["warc_record_id"] = record.record_id or None
            line["warc_target_uri"] = record.target_uri or None
            out.write(json.dumps(line, ensure_ascii=False).encode("utf-8") + b"\n")
    return counts


def read_paths(path: str, prefix: str) -> list:
    with (gzip.open if path.endswith(".gz") else open)(path, "rt", encoding="utf-8") as lines:
        return [prefix + line.strip() for line in lines if line.strip()]


def run(client, shards: list, out_dir: str) -> int:
    futures = client.map(parse_shard, shards, out_dir=out_dir, pure=False)
    totals = {"shards": 0, "pages": 0, "errors": 0, "bytes": 0}
    # gather keeps the order of `shards`; each result is a small dict of counts.
    for counts in client.gather(futures):
        print(json.dumps(counts))
        totals["shards"] += 1
        for key in ("pages", "errors", "bytes"):
            totals[key] += counts[key]
    print(json.dumps({"total": totals}))
    return 1 if totals["errors"] else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", required=True, help="directory (or URL) for one JSON Lines file per shard")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("--paths", help="file with more shards, one per line (.gz allowed)")
    parser.add_argument("--prefix", default="", help="prepended to every line of --paths")
    parser.add_argument("shards", nargs="*")
    args = parser.parse_args()
    shards = args.shards + (read_paths(args.paths, args.prefix) if args.paths else [])
    if not shards:
        parser.error("no shards: name some, or give --paths")
    if "://" not in args.out_dir:
        os.makedirs(args.out_dir, exist_ok=True)

    from dask.distributed import Client, LocalCluster
    try:
        if args.scheduler:
            with Client(args.scheduler) as client:
                return run(client, shards, args.out_dir)
        # Threads in this process: parsing releases the GIL, and the cluster starts in a second
        # instead of re-importing Dask in worker processes. A real cluster runs `dask worker`s.
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            return run(client, shards, args.out_dir)
    except (OSError, ImportError, RuntimeError) as error:
        print(f"dask_parse: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
