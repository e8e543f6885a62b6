#!/usr/bin/env python3
"""Checks that buf (and, with --protopkg, protopkg's CLI) report exactly the findings each
fixture under Tests/ProtoChecksTests/Fixtures expects, compared as (path, start_line, type).

The Swift tests check protopkg's engine against the same expectations, so a fixture passing
here and there proves protopkg and buf agree on it.

With --exact (and --protopkg), buf and protopkg must also agree on every finding's column and
its whole message, on every fixture. The one exception (README, "Known differences"): buf
prints a message-typed protovalidate example value as a Go pointer (`"&{{} [] [] 0xc000...}" is
an example value ...`), which no one can match, so that value is left out of the comparison.

usage: fixtures.py --buf PATH [--protopkg PATH] [--only NAME] [--exact]
Prints `ok - kind/NAME` or `not ok - kind/NAME` with the differences, then `N passed, M failed`.
"""
import argparse, json, os, re, subprocess, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ProtoChecksTests", "Fixtures")
REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
# As the Makefile does: the venv's protoc (new enough for editions) comes first.
ENV = dict(os.environ, PATH=os.path.join(REPO, ".venv", "bin") + os.pathsep + os.environ.get("PATH", ""))


def markers(directory):
    out = set()
    for base, _, files in os.walk(directory):
        for name in files:
            if not name.endswith(".proto"):
                continue
            path = os.path.join(base, name)
            rel = os.path.relpath(path, directory)
            with open(path, encoding="utf-8") as f:
                for number, line in enumerate(f, 1):
                    if "// want: " in line:
                        for rule in line.split("// want: ", 1)[1].split(","):
                            out.add((rel, number, rule.strip()))
    return out


def expected_file(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            p, n, rule = line.split(":")
            out.add((p, int(n), rule))
    return out


GO_POINTER = re.compile(r'^"&\{.*\}" is an example value')
TEXT_FORMAT = re.compile(r'^"((seconds|nanos|paths):.*|\{\})" is an example value')


def exact_key(o):
    message = o.get("message", "")
    message = GO_POINTER.sub('"<message>" is an example value', message)
    message = TEXT_FORMAT.sub('"<message>" is an example value', message)
    return (o.get("path", ""), o.get("start_line", 0), o.get("start_column", 0), o["type"], message)


def findings(command, cwd, exact=False):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=ENV)
    if result.returncode not in (0, 100):
        raise RuntimeError(f"{' '.join(command)} exited {result.returncode}: {result.stderr.strip()}")
    out = set()
    for line in result.stdout.splitlines():
        if line.strip():
            o = json.loads(line)
            out.add(exact_key(o) if exact else (o.get("path", ""), o.get("start_line", 0), o["type"]))
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--buf", required=True)
    parser.add_argument("--protopkg")
    parser.add_argument("--only")
    parser.add_argument("--exact", action="store_true")
    args = parser.parse_args()
    tools = [("buf", os.path.abspath(args.buf))]
    if args.protopkg:
        tools.append(("protopkg", os.path.abspath(args.protopkg)))
    passed = failed = 0
    for kind in ("lint", "breaking"):
        kind_dir = os.path.join(ROOT, kind)
        for name in sorted(os.listdir(kind_dir)) if os.path.isdir(kind_dir) else []:
            if args.only and name != args.only:
                continue
            directory = os.path.join(kind_dir, name)
            if kind == "lint":
                expected = markers(directory)
                cwd, command = directory, ["lint", ".", "--error-format", "json"]
            else:
                expected = expected_file(os.path.join(directory, "expected.txt"))
                cwd = os.path.join(directory, "current")
                command = ["breaking", ".", "--against", "../previous", "--error-format", "json"]
            problems = []
            for tool, path in tools:
                try:
                    got = findings([path] + command, cwd)
                except Exception as e:  # a tool that fails is a failed fixture, not a crash
                    problems.append(f"{tool}: {e}")
                    continue
                if got != expected:
                    problems.append(f"{tool}: missing {sorted(expected - got)} unexpected {sorted(got - expected)}")
            if args.exact and len(tools) == 2 and not problems:
                try:
                    by_buf, by_protopkg = (findings([path] + command, cwd, exact=True) for _, path in tools)
                    if by_buf != by_protopkg:
                        problems.append(f"columns or messages differ: buf only {sorted(by_buf - by_protopkg)} "
                                        f"protopkg only {sorted(by_protopkg - by_buf)}")
                except Exception as e:
                    problems.append(str(e))
            if problems:
                failed += 1
                print(f"not ok - {kind}/{name}")
                for p in problems:
                    print(f"#   {p}")
            else:
                passed += 1
                print(f"ok - {kind}/{name}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
