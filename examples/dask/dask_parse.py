"""Parses WARC shards with `warta parse` on a Dask cluster: one task per shard, JSON Lines out.

usage: dask_parse.py --warta PATH_TO_WARTA --out OUT.jsonl [--scheduler ADDRESS] SHARD...

Without --scheduler a LocalCluster of 2 workers on 127.0.0.1 (TCP) is started; with it, the
tasks go to that cluster (every worker needs `warta` at the same path and can read the shards).
Each task runs `warta parse --jobs 1 --quiet SHARD` (one core per task: Dask does the fan-out) and
returns its JSON Lines; the client writes them to OUT in shard order. Exit status: 0 when every
record parsed, 1 when some records gave error lines, 2 when a task failed.
"""
import argparse
import subprocess
import sys

from dask.distributed import Client, LocalCluster


def parse_shard(warta: str, shard: str) -> tuple:
    """(shard, exit code, JSON Lines text) of one `warta parse` run; raises on a usage error or crash."""
    run = subprocess.run([warta, "parse", "--jobs", "1", "--quiet", shard], capture_output=True, check=False)
    if run.returncode not in (0, 1):
        raise RuntimeError(f"warta parse {shard} exited with {run.returncode}: {run.stderr.decode(errors='replace')}")
    return shard, run.returncode, run.stdout.decode("utf-8")


def run(client: Client, warta: str, shards: list, out_path: str) -> int:
    futures = client.map(parse_shard, [warta] * len(shards), shards, pure=False)
    status = 0
    with open(out_path, "w", encoding="utf-8") as out:
        # gather keeps the order of `shards`, so the output is deterministic.
        for shard, code, lines in client.gather(futures):
            out.write(lines)
            status = max(status, code)
    return status


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warta", required=True, help="path of the warta executable on the workers")
    parser.add_argument("--out", required=True, help="where to write the JSON Lines")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster)")
    parser.add_argument("shards", nargs="+")
    args = parser.parse_args()
    try:
        if args.scheduler:
            with Client(args.scheduler) as client:
                return run(client, args.warta, args.shards, args.out)
        # Worker threads talking TCP over loopback: the tasks wait on a subprocess, so threads do not
        # contend for the GIL, and the cluster starts in seconds instead of re-importing Dask per
        # process. A real cluster runs one `dask worker` process per node instead.
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            return run(client, args.warta, args.shards, args.out)
    except RuntimeError as error:
        print(f"dask_parse: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
