#!/usr/bin/env python3
"""Newsmark benchmarks: import speed, start-up with a 100,000-article library, memory, article open.

    python3 tests/benchmarks/run_benchmarks.py --build build/release [--runs 5] [--work DIR]

Every figure is the median of --runs runs and stands beside a baseline measured in the same run:
- import: articles/s of `newsmark-cli import` on a 10,000-article corpus, beside a plain read of
  the same files (the floor any importer pays);
- start-up: ms from launching `newsmark` until its list is filled and the reader has rendered an
  article, with 100,000 articles, beside the same with the 5 bundled samples;
- memory: RSS and PSS summed over the GUI and every process it started (QtWebEngineProcess
  included), a few seconds after it settled, for the same two libraries;
- open: ms from selecting an article until its page has loaded, over 10 articles.
The GUI reports its own milestones on stderr when NEWSMARK_BENCHMARK=1 is set.
Corpora come from ../shared/tools/make_corpus.py and are cached in --work.
"""
import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MAKE_CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "tools", "make_corpus.py")


def corpus(work, n):
    path = os.path.join(work, f"corpus-{n}")
    if not os.path.exists(os.path.join(path, "manifest.tsv")):
        shutil.rmtree(path, ignore_errors=True)
        subprocess.run([sys.executable, MAKE_CORPUS, str(n), path], check=True, stdout=subprocess.DEVNULL)
    return path


def files_of(path):
    out = []
    for d, _, names in os.walk(path):
        out += [os.path.join(d, f) for f in names if f.endswith(".txt")]
    return out


def median(xs):
    return statistics.median(xs)


def bench_import(cli, work, runs):
    src = corpus(work, 10000)
    files = files_of(src)
    reads, imports = [], []
    for _ in range(runs):
        t = time.perf_counter()
        for f in files:
            with open(f, "rb") as fh:
                fh.read()
        reads.append(len(files) / (time.perf_counter() - t))
        with tempfile.TemporaryDirectory() as tmp:
            lib = os.path.join(tmp, "lib.sqlite")
            t = time.perf_counter()
            subprocess.run([cli, "--library", lib, "import", src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            imports.append(len(files) / (time.perf_counter() - t))
    return {"articles": len(files), "import_per_s": median(imports), "read_per_s": median(reads)}


def library_100k(cli, work):
    lib = os.path.join(work, "library-100k.sqlite")
    if not os.path.exists(lib):
        src = corpus(work, 100000)
        t = time.perf_counter()
        subprocess.run([cli, "--library", lib + ".tmp", "import", src], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"  (built the 100,000-article library in {time.perf_counter() - t:.1f} s)", file=sys.stderr)
        os.replace(lib + ".tmp", lib)
        for suffix in ("-wal", "-shm"):
            if os.path.exists(lib + ".tmp" + suffix):
                os.remove(lib + ".tmp" + suffix)
    return lib


def process_tree(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
        except (OSError, IndexError, ValueError):
            pass
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo += children.get(p, [])
    return tree


def memory_kb(pid):
    rss = pss = 0
    for p in process_tree(pid):
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                for line in fh:
                    if line.startswith("Rss:"):
                        rss += int(line.split()[1])
                    elif line.startswith("Pss:"):
                        pss += int(line.split()[1])
        except OSError:
            pass
    return rss, pss


def launch_once(gui, lib, opens):
    """Starts the GUI on lib, waits for it to settle, measures memory, collects open times."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, NEWSMARK_BENCHMARK="1", QT_QPA_PLATFORM="offscreen",
                   XDG_CONFIG_HOME=os.path.join(home, "config"), XDG_DATA_HOME=os.path.join(home, "data"),
                   XDG_CACHE_HOME=os.path.join(home, "cache"), NEWSMARK_BENCHMARK_OPENS=str(opens))
        if os.geteuid() == 0:
            env.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
        t0 = time.perf_counter()
        proc = subprocess.Popen([gui, "--library", lib], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, start_new_session=True)
        settled = None
        open_ms = []
        mem = None
        deadline = time.time() + 120
        try:
            for line in proc.stderr:
                if time.time() > deadline:
                    break
                m = re.search(r"newsmark-benchmark: settled", line)
                if m and settled is None:
                    settled = (time.perf_counter() - t0) * 1000
                    time.sleep(3)
                    mem = memory_kb(proc.pid)
                m = re.search(r"newsmark-benchmark: open_ms=([\d.]+)", line)
                if m:
                    open_ms.append(float(m.group(1)))
                if "newsmark-benchmark: done" in line:
                    break
        finally:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            proc.wait(timeout=30)
        if settled is None:
            raise RuntimeError(f"{gui} never reported that it settled on {lib}")
        return settled, mem, open_ms


def bench_gui(gui, cli, work, runs):
    big = library_100k(cli, work)
    small = os.path.join(work, "library-samples.sqlite")
    if os.path.exists(small):
        os.remove(small)
    subprocess.run([cli, "init", small, "--samples"], check=True, stdout=subprocess.DEVNULL)
    results = {}
    for name, lib in (("samples", small), ("100k", big)):
        settles, rss, pss, opens = [], [], [], []
        for _ in range(runs):
            s, (r, p), o = launch_once(gui, lib, 10)
            settles.append(s)
            rss.append(r / 1024)
            pss.append(p / 1024)
            opens += o
        results[name] = {"settled_ms": median(settles), "rss_mb": median(rss), "pss_mb": median(pss),
                         "open_ms": median(opens) if opens else float("nan")}
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "newsmark-bench"))
    ap.add_argument("--skip-gui", action="store_true")
    a = ap.parse_args()
    if not os.path.exists(MAKE_CORPUS):
        sys.exit(f"benchmarks need {MAKE_CORPUS} (the shared corpus generator)")
    os.makedirs(a.work, exist_ok=True)
    cli = os.path.join(a.build, "ui", "cli", "newsmark-cli")
    gui = os.path.join(a.build, "ui", "gui", "newsmark")

    imp = bench_import(cli, a.work, a.runs)
    print(f"Import, {imp['articles']} articles (median of {a.runs}):")
    print(f"  newsmark-cli import      {imp['import_per_s']:10.0f} articles/s")
    print(f"  baseline: read the files {imp['read_per_s']:10.0f} articles/s")
    if a.skip_gui:
        return
    g = bench_gui(gui, cli, a.work, a.runs)
    print(f"GUI (median of {a.runs} launches, QT_QPA_PLATFORM=offscreen):")
    print(f"  {'library':<10} {'settled ms':>11} {'RSS MB':>8} {'PSS MB':>8} {'open ms':>8}")
    for name in ("samples", "100k"):
        r = g[name]
        print(f"  {name:<10} {r['settled_ms']:11.0f} {r['rss_mb']:8.0f} {r['pss_mb']:8.0f} {r['open_ms']:8.1f}")


if __name__ == "__main__":
    main()
