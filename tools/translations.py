#!/usr/bin/env python3
"""Checks on Newsmark's translations (resources/translations, docs/ARCHITECTURE.md "Languages").

  translations.py unfinished TS...
      Lists every message of the .ts files that waits for a translator (type="unfinished", an
      empty translation or plural form); exits 1 when there is any.
  translations.py fresh --lupdate PATH --source-dir DIR TS_KO TS_EN
      Runs lupdate over core/ and ui/ into temporary copies of the .ts files, as the
      update_translations target does, and then `unfinished` on the copies: fails when a tr()
      string in the sources has no translation yet, even before anyone ran lupdate.
  translations.py bare-literals DIR...
      Fails on user-visible text written as a bare literal where a tr() belongs: the text
      arguments of setText, setToolTip, setWindowTitle, addAction, addMenu, QMessageBox and the
      like in ui/gui (u"…"_s, "…", QStringLiteral("…") that hold a word).
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def unfinished_messages(ts_path):
    """(context, source) of every message that still needs a translator."""
    root = ET.parse(ts_path).getroot()
    waiting = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                waiting.append((name, source))
                continue
            kind = translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            if kind == "unfinished" or any(not t.strip() for t in texts):
                waiting.append((name, source))
    return waiting


def report_unfinished(ts_files, shown_names=None):
    total = 0
    for ts in ts_files:
        waiting = unfinished_messages(ts)
        total += len(waiting)
        label = shown_names.get(ts, ts) if shown_names else ts
        print(f"{label}: {len(waiting)} unfinished")
        for context, source in waiting:
            print(f"  [{context}] {source}")
    return total


def run_lupdate(lupdate, source_dir, ts, plural_only):
    source_dir = Path(source_dir)
    command = [lupdate, "-no-obsolete", "-locations", "none", "-silent"]
    if plural_only:
        command.append("-pluralonly")
    command += [str(source_dir / "core"), str(source_dir / "ui"), "-ts", str(ts)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"lupdate failed on {ts}")


# Calls whose string arguments people read. A bare literal among their arguments is a missing tr().
VISIBLE_CALLS = (
    r"setText|setToolTip|setStatusTip|setWhatsThis|setWindowTitle|setPlaceholderText|setLabelText|"
    r"setTitle|setCancelButtonText|addAction|addMenu|addTab|insertTab|setTabText|addItem|"
    r"addRow|showMessage|setInformativeText|setDetailedText|QMessageBox::\w+|QAction|QMenu|"
    r"QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QToolButton"
)
CALL = re.compile(r"\b(?:" + VISIBLE_CALLS + r")\s*\(")
# A literal holding a word of two letters or more (not an object name or an icon path).
LITERAL = re.compile(r'(?:\bu|QStringLiteral\(|QLatin1String\(|QLatin1StringView\()?"((?:[^"\\]|\\.)*)"')
WORD = re.compile(r"[A-Za-z]{2,}|[\uac00-\ud7a3]")
ALLOWED = re.compile(r"^(?:[\w.:/-]*|%\d|Newsmark|newsmark-cli|[A-Z]{3})$")


def call_arguments(text, start):
    """The text of a call's arguments, from the ( at start to its matching )."""
    depth = 0
    i = start
    in_string = False
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1 : i]
        i += 1
    return text[start + 1 :]


TRANSLATED = re.compile(r"\b(?:tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP|QT_TR_N_NOOP)\s*\(")


def without_translated(arguments):
    """The arguments with every tr(...)/translate(...) call cut out."""
    while True:
        match = TRANSLATED.search(arguments)
        if not match:
            return arguments
        inner = call_arguments(arguments, match.end() - 1)
        arguments = arguments[: match.start()] + arguments[match.end() + len(inner) + 1 :]


def bare_literals(directories):
    findings = []
    for directory in directories:
        for path in sorted(Path(directory).rglob("*.cpp")):
            text = path.read_text(encoding="utf-8")
            for match in CALL.finditer(text):
                arguments = call_arguments(text, match.end() - 1)
                # Literals inside tr(...)/translate(...) are the translated ones.
                stripped = without_translated(arguments)
                for literal in LITERAL.finditer(stripped):
                    value = literal.group(1)
                    if WORD.search(value) and not ALLOWED.match(value):
                        line = text.count("\n", 0, match.start()) + 1
                        findings.append(f"{path}:{line}: \"{value}\" in {match.group(0)}…) has no tr()")
    return findings


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p_unfinished = sub.add_parser("unfinished")
    p_unfinished.add_argument("ts", nargs="+")
    p_fresh = sub.add_parser("fresh")
    p_fresh.add_argument("--lupdate", required=True)
    p_fresh.add_argument("--source-dir", required=True)
    p_fresh.add_argument("ts_ko")
    p_fresh.add_argument("ts_en")
    p_bare = sub.add_parser("bare-literals")
    p_bare.add_argument("directories", nargs="+")
    args = parser.parse_args()

    if args.command == "unfinished":
        return 1 if report_unfinished(args.ts) else 0
    if args.command == "fresh":
        with tempfile.TemporaryDirectory() as tmp:
            names = {}
            copies = []
            for ts, plural_only in ((args.ts_ko, False), (args.ts_en, True)):
                copy = Path(tmp) / Path(ts).name
                shutil.copyfile(ts, copy)
                run_lupdate(args.lupdate, args.source_dir, copy, plural_only)
                names[str(copy)] = ts + " (after lupdate)"
                copies.append(str(copy))
            return 1 if report_unfinished(copies, names) else 0
    if args.command == "bare-literals":
        findings = bare_literals(args.directories)
        for finding in findings:
            print(finding)
        print(f"{len(findings)} user-visible literal(s) without tr()")
        return 1 if findings else 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
