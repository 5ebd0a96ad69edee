#!/usr/bin/env python3
"""Kills newsmark-cli processes mid-import and mid-note-save while another process writes to the
same library, round after round, then checks what a separate program finds in the file:
PRAGMA integrity_check must say ok and every note whose save was reported must be there.

Modes (real processes throughout):
  gui   library_holder stands in for the window: the exclusive lock, the session socket, a note
        every 20 ms and the library's files opened and closed with QFile every 50 ms (a file
        dialog, a backup). Each newsmark-cli hands its command to it and is killed meanwhile.
  cli   library_holder holds the lock shared and writes a note every 20 ms, as one more
        newsmark-cli would; the killed newsmark-cli processes run their commands themselves.
  both  one after the other.
--control runs the gui mode with the holder taking no lock (Newsmark before the lock): it shows
what the lock prevents and is expected to lose notes or the database.
--overhead N times N `newsmark-cli list` runs on their own (the baseline) and N handed to the
holder standing in for the window, in one run, alternating.

  python3 tests/stress/library_stress.py --cli build/release/ui/cli/newsmark-cli \\
      --holder build/release/tests/library_holder --rounds 1000 --mode both

Prints one line per mode and a closing "N passed, N failed" line; exit status 1 on any loss.
"""

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

ARTICLE = (
    "경제\n가온전자, 제{n}공장 착공\n투자 규모 {n}조원\n"
    "[가온경제 = 이나래 기자] 가온전자가 제{n}공장을 착공한다고 밝혔다. 투자 규모는 {n}조원이다.\n"
    "이나래 기자 nr@gaon.example\n"
)


def write_article(folder, n):
    path = os.path.join(folder, f"article-{n}.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(ARTICLE.format(n=n))
    return path


class Holder:
    """library_holder with its stdout read on a thread: every "saved ID" line is a committed note."""

    def __init__(self, exe, args, env):
        self.saved = []
        self.lines = []
        self.ready = threading.Event()
        self.proc = subprocess.Popen([exe] + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL, env=env)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()
        if not self.ready.wait(30):
            raise RuntimeError("library_holder did not start")

    def _read(self):
        for raw in self.proc.stdout:
            line = raw.decode("utf-8", "replace").strip()
            self.lines.append(line)
            if line == "ready":
                self.ready.set()
            elif line.startswith("saved "):
                self.saved.append(line[6:])

    def kill(self):
        self.proc.kill()
        self.proc.wait()
        self.thread.join(5)


def inspect(library):
    """What another program sees: integrity and the set of note ids."""
    try:
        db = sqlite3.connect(f"file:{library}?mode=ro", uri=True)
        integrity = ";".join(row[0] for row in db.execute("PRAGMA integrity_check"))
        notes = {row[0] for row in db.execute("SELECT id FROM notes")}
        articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        db.close()
        return integrity, notes, articles
    except sqlite3.DatabaseError as error:
        return f"error: {error}", set(), -1


def run_mode(args, mode, control=False):
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix=f"newsmark-stress-{mode}-") as scratch:
        env = dict(os.environ)
        env["XDG_DATA_HOME"] = os.path.join(scratch, "xdg-data")
        env["QT_LOGGING_RULES"] = "*.debug=false;*.info=false"
        library = os.path.join(scratch, "library.sqlite")
        articles = os.path.join(scratch, "articles")
        os.makedirs(articles)
        first = write_article(articles, 0)
        subprocess.run([args.cli, "import", "--library", library, first], env=env, check=True,
                       stdout=subprocess.DEVNULL)

        holder_args = ["--write-every", "20", "1", "가온전자"]
        if mode == "gui":
            holder_args += ["--touch-every", "50"]
            if control:
                holder_args.append("--unlocked")
        else:
            holder_args.append("--shared")
        holder = Holder(args.holder, holder_args + [library], env)

        # Kills land anywhere from the start to the end of a command: the delay is drawn up to a
        # little more than a whole command takes here, measured now, beside the same writer.
        durations = []
        for n in range(5):
            begin = time.monotonic()
            subprocess.run([args.cli, "notes", "add", "1", "--quote", "착공", "--library", library],
                           env=env, stdout=subprocess.DEVNULL, check=True)
            durations.append(time.monotonic() - begin)
        max_delay = args.max_delay or 1.2 * sorted(durations)[2]

        reported = []  # note ids newsmark-cli printed before it was killed (or finished)
        killed = finished = failures = 0
        started = time.monotonic()
        for n in range(1, args.rounds + 1):
            if rng.random() < 0.5:
                command = ["import", "--library", library, write_article(articles, n)]
            else:
                command = ["notes", "add", "1", "--quote", "착공", "--text", f"round {n}",
                           "--library", library]
            proc = subprocess.Popen([args.cli] + command, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, env=env)
            try:
                out, err = proc.communicate(timeout=rng.uniform(0.0, max_delay))
                finished += 1
                if proc.returncode != 0:
                    failures += 1
                    if failures <= 5:
                        print(f"  round {n}: exit {proc.returncode}: {err.decode().strip()}",
                              file=sys.stderr)
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                out, _ = proc.communicate()
                killed += 1
            if command[0] == "notes":
                word = out.decode("utf-8", "replace").strip().split(" ")[0]
                if len(word) == 36:
                    reported.append(word)
        # The writer dies too, in the middle of its own work.
        holder.kill()
        seconds = time.monotonic() - started

        # A command line after the crash recovers the WAL like any next open.
        after = subprocess.run([args.cli, "list", "--library", library], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        integrity, notes, article_count = inspect(library)
        committed = holder.saved + reported
        lost = [note for note in committed if note not in notes]
        ok = integrity == "ok" and not lost and after.returncode == 0
        label = f"{mode}{' (control: no lock)' if control else ''}"
        print(f"{label}: {args.rounds} rounds in {seconds:.1f} s (kill within {max_delay * 1000:.0f} ms), "
              f"{killed} killed, "
              f"{finished} finished ({failures} failed), committed notes {len(committed)} "
              f"(window {len(holder.saved)}, command line {len(reported)}), lost {len(lost)}, "
              f"articles {article_count}, integrity {integrity[:60]}")
        return ok


def overhead(args, runs):
    with tempfile.TemporaryDirectory(prefix="newsmark-overhead-") as scratch:
        env = dict(os.environ)
        env["XDG_DATA_HOME"] = os.path.join(scratch, "xdg-data")
        env["QT_LOGGING_RULES"] = "*.debug=false;*.info=false"
        local = os.path.join(scratch, "local.sqlite")
        held = os.path.join(scratch, "held.sqlite")
        articles = os.path.join(scratch, "articles")
        os.makedirs(articles)
        for n in range(50):
            write_article(articles, n)
        for library in (local, held):
            subprocess.run([args.cli, "import", "--library", library, articles], env=env,
                           check=True, stdout=subprocess.DEVNULL)
        holder = Holder(args.holder, [held], env)
        times = {local: [], held: []}
        for _ in range(runs):
            for library in (local, held):
                begin = time.monotonic()
                subprocess.run([args.cli, "list", "--library", library], env=env, check=True,
                               stdout=subprocess.DEVNULL)
                times[library].append(time.monotonic() - begin)
        holder.kill()
        median = lambda values: sorted(values)[len(values) // 2] * 1000
        print(f"newsmark-cli list, 50 articles, median of {runs}: on its own "
              f"{median(times[local]):.1f} ms, handed to the window {median(times[held]):.1f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--holder", required=True)
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--mode", choices=["gui", "cli", "both"], default="both")
    parser.add_argument("--max-delay", type=float, default=0.0,
                        help="a command is killed after a random delay up to this (seconds; "
                             "default: 1.2 times what a command takes, measured)")
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--control", action="store_true")
    parser.add_argument("--overhead", type=int, default=0)
    args = parser.parse_args()

    if args.overhead:
        overhead(args, args.overhead)
        return 0

    if args.control:
        ok = run_mode(args, "gui", control=True)
        print("the control run lost data, as expected without the lock" if not ok
              else "the control run lost nothing this time")
        return 0
    modes = ["gui", "cli"] if args.mode == "both" else [args.mode]
    results = [run_mode(args, mode) for mode in modes]
    passed = sum(results)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
