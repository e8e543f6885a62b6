#!/usr/bin/env python3
"""Checks that protopkg reads every kind of buf configuration as buf does.

1. Rule selection: for each buf.yaml version (v1beta1, v1, v2), every category and every
   deprecated rule or category ID buf accepts (as buf itself lists them), alone and with
   `except`, `buf config ls-<kind>-rules --configured-only` and `protopkg ls-<kind>-rules
   --configured-only` must name the same rules.
2. Layouts: buf.yaml v1beta1 with several roots, v1, v2 with several modules (own lint and
   breaking sections, includes, excludes, ignores), buf.work.yaml with v1, v1beta1 and
   unconfigured directories, and a directory with no configuration at all. In each, `lint`
   and `breaking --against` run from the root, from a module directory and from inside a
   module must report the same findings (path, line, column, rule) in buf and protopkg.
   Both run in the directory being checked, so both print paths relative to it.

usage: buf_configs.py --buf PATH --protopkg PATH
Prints `ok - NAME` or `not ok - NAME` with the differences, then `N passed, M failed`.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, textwrap

KINDS = ("lint", "breaking")


def run(command, cwd):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    return result.returncode, result.stdout, result.stderr


def ids(tool, kind, cwd, module_path=None, version=None):
    if tool[0] == "buf":
        command = [tool[1], "config", f"ls-{kind}-rules", "--format", "json"]
    else:
        command = [tool[1], f"ls-{kind}-rules", "--format", "json"]
    command += ["--configured-only"] if version is None else ["--version", version]
    if tool[0] == "buf" and version is not None:
        command.append("--include-deprecated")
    if module_path:
        command += ["--module-path", module_path]
    status, out, err = run(command, cwd)
    if status != 0:
        return ("error", err.strip().splitlines()[-1] if err.strip() else f"exit {status}")
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    return rows


def findings(tool, kind, cwd, against=None):
    command = [tool[1], kind, "--error-format", "json"]
    if against:
        command += ["--against", against]
    status, out, err = run(command, cwd)
    if status not in (0, 100):
        return ("error", f"exit {status}: {err.strip()}")
    out_set = set()
    for line in out.splitlines():
        if line.strip():
            o = json.loads(line)
            out_set.add((o.get("path", ""), o.get("start_line", 0), o.get("start_column", 0), o["type"]))
    return out_set


def write(root, files):
    for path, text in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(textwrap.dedent(text).lstrip("\n"))


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, buf, protopkg):
        if buf == protopkg:
            self.passed += 1
            print(f"ok - {name}")
            return
        self.failed += 1
        print(f"not ok - {name}")
        if isinstance(buf, (set, frozenset)) and isinstance(protopkg, (set, frozenset)):
            for item in sorted(buf - protopkg):
                print(f"#   only buf:      {item}")
            for item in sorted(protopkg - buf):
                print(f"#   only protopkg: {item}")
        else:
            print(f"#   buf:      {buf}")
            print(f"#   protopkg: {protopkg}")


def selection(report, tools, work):
    """Every category and deprecated ID of every version, as buf lists them."""
    for version in ("v1beta1", "v1", "v2"):
        for kind in KINDS:
            listing = ids(tools[0], kind, work, version=version)
            categories = sorted({c for r in listing for c in r["categories"]} | ({"DEFAULT"} if kind == "lint" else set())
                                | ({"STYLE_DEFAULT"} if kind == "lint" and version == "v1beta1" else set()))
            deprecated = sorted(r["id"] for r in listing if r["deprecated"] and r["replacements"])
            other = [r["id"] for r in listing if not r["deprecated"]]
            cases = [[c] for c in categories] + [[d] + ([categories[0]]) for d in deprecated]
            cases += [[categories[0], categories[-1]]]
            excepts = [[], [other[0]], deprecated[:1]]
            for use in cases:
                for except_ in excepts:
                    config = {"use": use}
                    if except_:
                        config["except"] = except_
                    with open(os.path.join(work, "buf.yaml"), "w") as f:
                        f.write(f"version: {version}\n{kind}:\n  use: {json.dumps(use)}\n")
                        if except_:
                            f.write(f"  except: {json.dumps(except_)}\n")
                    got = [ids(t, kind, work) for t in tools]
                    norm = [frozenset(r["id"] for r in g) if isinstance(g, list) else g[0] for g in got]
                    report.check(f"{version} {kind} {json.dumps(config)}", norm[0], norm[1])


# Two releases of a small API: `previous/` and `current/` differ by a deleted field, a changed
# json_name, a deleted enum value and a renamed message, so FILE, PACKAGE, WIRE_JSON and WIRE
# all have something to say.
def api(package, directory, current, go_package=None):
    option = f'option go_package = "{go_package}";\n' if go_package else ""
    field = "" if current else "  string old_name = 3;\n"
    json_name = "renamed" if current else "display"
    value = "" if current else "  STATUS_GONE = 2;\n"
    message = "Ledger" if current else "Book"
    return {
        f"{directory}/entry.proto": f'''
            syntax = "proto3";
            package {package};
            {option}
            message Entry {{
              string id = 1;
              string display_name = 2 [json_name = "{json_name}"];
            {field}}}

            enum Status {{
              STATUS_UNSPECIFIED = 0;
              STATUS_OPEN = 1;
            {value}}}

            message {message} {{
              repeated Entry entries = 1;
            }}
            ''',
        f"{directory}/bad_style.proto": f'''
            syntax = "proto3";
            package {package};
            // buf:lint:ignore MESSAGE_PASCAL_CASE
            message bad_name {{
              string FieldName = 1;
            }}
            message GetThingRequest {{}}
            message Thing {{}}
            service Things {{
              rpc GetThing(GetThingRequest) returns (Thing);
            }}
            ''',
    }


def layout(report, tools, work, name, files, previous_files, places):
    """Writes the layout twice (current and previous), then compares lint and breaking in
    each place (a directory relative to the layout's root)."""
    root = os.path.join(work, name)
    shutil.rmtree(root, ignore_errors=True)
    write(os.path.join(root, "current"), files)
    write(os.path.join(root, "previous"), previous_files)
    for place in places:
        cwd = os.path.join(root, "current", place)
        against = os.path.relpath(os.path.join(root, "previous", place), cwd)
        for kind in KINDS:
            got = [findings(t, kind, cwd, against if kind == "breaking" else None) for t in tools]
            report.check(f"{name}: {kind} in {place}", got[0], got[1])


def layouts(report, tools, work):
    def both(config_files, tree):
        current = dict(config_files)
        previous = dict(config_files)
        for directory, package in tree:
            current.update(api(package, directory, True))
            previous.update(api(package, directory, False))
        return current, previous

    current, previous = both({
        "buf.yaml": """
            version: v1beta1
            build:
              roots: [proto, vendor]
              excludes: [proto/acme/skip]
            lint:
              use: [DEFAULT, OTHER, COMMENTS]
              except: [COMMENT_FIELD]
              ignore: [ext/v1/bad_style.proto]
              ignore_only:
                FIELD_LOWER_SNAKE_CASE: [acme/v1]
                STYLE_DEFAULT: [acme/v1/bad_style.proto]
            breaking:
              use: [FILE]
              except: [FIELD_SAME_LABEL]
              ignore_only:
                FIELD_SAME_JSON_NAME: [ext]
            """},
        [("proto/acme/v1", "acme.v1"), ("proto/acme/skip", "acme.skip"), ("vendor/ext/v1", "ext.v1")])
    layout(report, tools, work, "v1beta1-roots", current, previous, [".", "proto", "proto/acme"])

    current, previous = both({
        "buf.yaml": """
            version: v1
            build:
              excludes: [acme/skip]
            lint:
              use: [BASIC, DEFAULT]
              ignore: [acme/v1/bad_style.proto]
              allow_comment_ignores: true
            breaking:
              use: [WIRE_JSON, FIELD_SAME_CTYPE, FILE_SAME_JAVA_STRING_CHECK_UTF8]
              ignore_only:
                FIELD_SAME_LABEL: [acme]
            """},
        [("acme/v1", "acme.v1"), ("acme/skip", "acme.skip"), ("other/v1", "other.v1")])
    layout(report, tools, work, "v1-deprecated-ids", current, previous, [".", "acme"])

    current, previous = both({
        "buf.yaml": """
            version: v2
            modules:
              - path: proto
                excludes: [proto/acme/skip]
                lint:
                  use: [STANDARD]
                  ignore: [proto/acme/v1/bad_style.proto]
              - path: vendor
                includes: [vendor/ext]
                breaking:
                  use: [WIRE]
              - path: third
            lint:
              use: [MINIMAL, COMMENTS, FIELD_LOWER_SNAKE_CASE]
              ignore_only:
                COMMENT_MESSAGE: [third/lib/v1]
              disallow_comment_ignores: true
            breaking:
              use: [PACKAGE]
              ignore: [third/lib/v1/bad_style.proto]
            """},
        [("proto/acme/v1", "acme.v1"), ("proto/acme/skip", "acme.skip"), ("vendor/ext/v1", "ext.v1"),
         ("vendor/notincluded/v1", "notincluded.v1"), ("third/lib/v1", "lib.v1")])
    # buf refuses a directory inside a v2 module as input (protopkg checks the files under it).
    layout(report, tools, work, "v2-modules", current, previous, [".", "proto", "vendor", "third"])

    current, previous = both({
        "buf.work.yaml": """
            version: v1
            directories: [proto, legacy, plain]
            """,
        "proto/buf.yaml": """
            version: v1
            lint:
              use: [STANDARD]
              except: [PACKAGE_VERSION_SUFFIX]
              ignore: [acme/v1/bad_style.proto]
            breaking:
              use: [WIRE_JSON]
            """,
        "legacy/buf.yaml": """
            version: v1beta1
            build:
              roots: [a, b]
            lint:
              use: [BASIC]
              ignore: [old/v1/bad_style.proto]
            """},
        [("proto/acme/v1", "acme.v1"), ("legacy/a/old/v1", "old.v1"), ("legacy/b/older/v1", "older.v1"),
         ("plain/bare/v1", "bare.v1")])
    # buf refuses a directory inside a workspace module as input (protopkg checks the files under it).
    layout(report, tools, work, "buf-work-yaml", current, previous, [".", "proto", "legacy", "plain"])

    current, previous = both({}, [("acme/v1", "acme.v1"), ("acme/v2", "acme.v2")])
    layout(report, tools, work, "no-configuration", current, previous, [".", "acme"])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--buf", required=True)
    parser.add_argument("--protopkg", required=True)
    parser.add_argument("--only", choices=["selection", "layouts"])
    args = parser.parse_args()
    tools = [("buf", os.path.abspath(args.buf)), ("protopkg", os.path.abspath(args.protopkg))]
    report = Report()
    work = tempfile.mkdtemp(prefix="protopkg-buf-configs.")
    try:
        # Apart: buf (and protopkg) find a buf.yaml v2 above a directory as its workspace.
        os.makedirs(os.path.join(work, "selection"))
        os.makedirs(os.path.join(work, "layouts"))
        if args.only in (None, "selection"):
            selection(report, tools, os.path.join(work, "selection"))
        if args.only in (None, "layouts"):
            layouts(report, tools, os.path.join(work, "layouts"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{report.passed} passed, {report.failed} failed")
    sys.exit(1 if report.failed else 0)


main()
