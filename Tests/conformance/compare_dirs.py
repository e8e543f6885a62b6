#!/usr/bin/env python3
"""Runs buf and protopkg on the same inputs and counts how many of buf's findings protopkg
reproduces exactly: same path, start line, start column, rule and whole message.

Each DIR is one case:
- a directory with `current/` and `previous/` in it is a breaking case (`breaking current
  --against previous`, run from inside `current/`);
- `--against OTHER` pairs the next DIR with OTHER as a breaking case;
- any other directory is a lint case (`lint .` inside it).

A case where buf fails (it cannot compile the input, say) is reported as skipped, since there
is nothing to compare with; a case where buf succeeds and protopkg fails counts every one of
buf's findings as missed.

usage: compare_dirs.py [--buf PATH] [--protopkg PATH] [--show N] [--quiet] DIR [--against OTHER] DIR...
Prints one line per case (`buf N, exact E, differing D, protopkg-only P`), then the totals and
the share of buf's findings reproduced exactly. With --show, up to N differences per case.
Exits 1 when a case that buf runs fails in protopkg.
"""
import argparse, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))


# As the Makefile does: the venv's protoc (the newest one) and buf come first.
ENV = dict(os.environ, PATH=os.path.join(REPO, ".venv", "bin") + os.pathsep + os.environ.get("PATH", ""))


def run(tool, args, cwd):
    result = subprocess.run([tool] + args, cwd=cwd, capture_output=True, text=True, env=ENV)
    if result.returncode not in (0, 100):
        raise RuntimeError(f"exit {result.returncode}: {(result.stderr or result.stdout).strip()[:400]}")
    out = []
    for line in result.stdout.splitlines():
        if line.strip():
            o = json.loads(line)
            # buf reports a file it cannot compile as a finding of type COMPILE.
            if o["type"] == "COMPILE":
                raise RuntimeError(f"cannot compile: {o.get('path', '')}:{o.get('start_line', 0)}: {o.get('message', '')}")
            out.append((o.get("path", ""), o.get("start_line", 0), o.get("start_column", 0), o["type"], o.get("message", "")))
    return out


def cases(argv):
    """(name, cwd, arguments) for every case named on the command line."""
    out, i = [], 0
    while i < len(argv):
        d = os.path.abspath(argv[i])
        if i + 2 < len(argv) and argv[i + 1] == "--against":
            other = os.path.abspath(argv[i + 2])
            out.append((argv[i], d, ["breaking", ".", "--against", other, "--error-format", "json"]))
            i += 3
            continue
        if os.path.isdir(os.path.join(d, "current")) and os.path.isdir(os.path.join(d, "previous")):
            out.append((argv[i], os.path.join(d, "current"),
                        ["breaking", ".", "--against", os.path.join(d, "previous"), "--error-format", "json"]))
        else:
            out.append((argv[i], d, ["lint", ".", "--error-format", "json"]))
        i += 1
    return out


def multiset_diff(a, b):
    rest = list(b)
    only_a = []
    for x in a:
        if x in rest:
            rest.remove(x)
        else:
            only_a.append(x)
    return only_a, rest


def main():
    parser = argparse.ArgumentParser(usage=__doc__)
    parser.add_argument("--buf", default=os.path.join(REPO, ".venv", "bin", "buf"))
    parser.add_argument("--protopkg", default=os.path.join(REPO, ".build", "debug", "protopkg"))
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--quiet", action="store_true", help="print only cases that differ, and the totals")
    args, rest = parser.parse_known_args()
    buf, protopkg = os.path.abspath(args.buf), os.path.abspath(args.protopkg)
    totals = dict(cases=0, skipped=0, failed=0, buf=0, exact=0, differing=0, extra=0)
    for name, cwd, command in cases(rest):
        totals["cases"] += 1
        try:
            by_buf = run(buf, command, cwd)
        except Exception as e:
            totals["skipped"] += 1
            if not args.quiet:
                print(f"skip {name}: buf {e}".splitlines()[0])
            continue
        totals["buf"] += len(by_buf)
        try:
            by_protopkg = run(protopkg, command, cwd)
        except Exception as e:
            totals["failed"] += 1
            totals["differing"] += len(by_buf)
            print(f"FAIL {name}: protopkg {e}".splitlines()[0])
            continue
        missing, extra = multiset_diff(by_buf, by_protopkg)
        exact = len(by_buf) - len(missing)
        totals["exact"] += exact
        totals["differing"] += len(missing)
        totals["extra"] += len(extra)
        if missing or extra or not args.quiet:
            print(f"{'same' if not (missing or extra) else 'diff'} {name}: buf {len(by_buf)}, exact {exact}, "
                  f"differing {len(missing)}, protopkg-only {len(extra)}")
        for x in missing[:args.show]:
            print(f"    buf      {x[0]}:{x[1]}:{x[2]} {x[3]} {x[4]}")
        for x in extra[:args.show]:
            print(f"    protopkg {x[0]}:{x[1]}:{x[2]} {x[3]} {x[4]}")
    share = 100.0 * totals["exact"] / totals["buf"] if totals["buf"] else 100.0
    print(f"cases {totals['cases']} (buf could not run {totals['skipped']}, protopkg failed {totals['failed']}); "
          f"findings by buf {totals['buf']}, reproduced exactly {totals['exact']} ({share:.2f}%), "
          f"differing {totals['differing']}, protopkg-only {totals['extra']}")
    return 1 if totals["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
