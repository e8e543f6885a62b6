"""Conformance of protopkg's generated Node code with Python's protobuf (upb), both ways.

    python conformance.py --python-path DIR --node-modules DIR --work DIR
    python conformance.py --python-path DIR --node-modules DIR --work DIR \\
        --schema FILE.proto ... --package @OWNER/NAME-protos [--per-type N] [--seed N]

--python-path holds protoc's Python modules of the schemas, --node-modules the generated
packages. Without --schema the corpus is this repository's (corpus.py, protos/conf, in the
packages @conf/conformance-protos and @conf/common-protos). With --schema, every message type of
the given files (nested ones included) is filled with random values (random_values.py), for
checking the generated code of any schema; the files' modules are in --package.

The cases go to Node as JSON lines; Node (conformance.js) answers with its encodings and JSON;
this script checks, per message:

  binary    Node decodes Python's bytes and encodes them again: the same bytes.
  built     Node builds the message from its values and encodes it: Python decodes the same values.
  json      Node's JSON equals Python's MessageToJson (as JSON values; default options, and again
            with the options that print unset fields without presence, proto names and enum numbers).
  parse     Python's Parse reads Node's JSON back to the same message.
  from_json Node's fromJSON reads Python's JSON back to the same message.

Wire inputs written byte by byte must come out of Node exactly as they come out of Python after
a parse and a serialize; JSON inputs must be accepted or rejected alike, with equal results.
Prints one line per failure and a summary; exits 1 if anything differs.
"""

import argparse
import base64
import importlib
import json
import os
import subprocess
import sys

sys.dont_write_bytecode = True  # nothing left behind in the repository

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--python-path", required=True)
    ap.add_argument("--node-modules", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--per-type", type=int, default=30)
    ap.add_argument("--schema", nargs="*", default=None, help=".proto files whose every message is checked")
    ap.add_argument("--package", help="the npm package holding the --schema files' modules")
    args = ap.parse_args()
    sys.path.insert(0, args.python_path)

    if args.schema:
        if not args.package:
            ap.error("--schema needs --package")
        return Check(args, *schema_corpus(args)).run()
    return Check(args, *repository_corpus(args)).run()


def repository_corpus(args):
    import corpus

    messages = corpus.hand_written() + corpus.random_messages(args.seed, args.per_type)
    wires = corpus.wire_inputs()
    # Bytes of a newer version of a message read with the older one: unknown fields.
    for name, msg in messages:
        if type(msg).__name__ == "EventV2":
            wires.append(("evolution-" + name, corpus.evolution_pb2.EventV1, msg.SerializeToString(deterministic=True)))
    json_cases = [(n, t, j, False) for n, t, j in corpus.json_inputs()]
    json_cases += [(n, t, j, True) for n, t, j in corpus.json_inputs_ignoring_unknown()]
    summary = "%d hand-written, %d random over %d message types" % (
        len(corpus.hand_written()), len(messages) - len(corpus.hand_written()), len(corpus.ROOT_TYPES))
    packages = ["@conf/conformance-protos", "@conf/common-protos"]
    return messages, wires, json_cases, lambda name: corpus.MODULES[name], packages, summary


def schema_corpus(args):
    from random_values import Random, satisfiable
    from google.protobuf import message_factory

    types = []
    for path in args.schema:
        module = importlib.import_module(path[: -len(".proto")].replace("/", ".").replace("-", "_") + "_pb2")
        stack = list(module.DESCRIPTOR.message_types_by_name.values())
        while stack:
            d = stack.pop(0)
            if not d.GetOptions().map_entry and satisfiable(d):
                types.append(d)
            stack.extend(d.nested_types)
    gen = Random(args.seed)
    messages = []
    for d in types:
        cls = message_factory.GetMessageClass(d)
        for i in range(args.per_type):
            messages.append(("random-%s-%d" % (d.full_name, i), gen.message(d, cls(), 0)))
    stems = {p: "%s/%s_pb" % (args.package, p[: -len(".proto")]) for p in args.schema}
    summary = "random over %d message types of %d files" % (len(types), len(args.schema))
    return messages, [], [], lambda name: stems[name], [args.package], summary


class Check:
    def __init__(self, args, messages, wires, json_cases, module_of_file, packages, summary):
        from google.protobuf import json_format, message_factory, symbol_database

        self.args = args
        self.messages, self.wires, self.json_cases = messages, wires, json_cases
        self.module_of_file, self.packages, self.summary = module_of_file, packages, summary
        self.json_format = json_format
        self.pool = symbol_database.Default().pool
        self.message_factory = message_factory
        self.failures = []
        self.checks = 0
        self.rejected = {"wire": 0, "json": 0}
        self.python_rejects_own_json = []

    def module_of(self, cls):
        return self.module_of_file(cls.DESCRIPTOR.file.name)

    def canon(self, cls, data):
        return cls.FromString(data).SerializeToString(deterministic=True)

    def check(self, cid, what, ok, detail=""):
        self.checks += 1
        if not ok:
            self.failures.append("%s [%s] %s" % (cid, what, detail))

    def run(self):
        jf = self.json_format
        cases, expected = [], {}
        for name, msg in self.messages:
            cls = type(msg)
            binary = msg.SerializeToString(deterministic=True)
            py_json = jf.MessageToJson(msg)
            py_json_options = jf.MessageToJson(msg, always_print_fields_with_no_presence=True,
                                               preserving_proto_field_name=True, use_integers_for_enums=True)
            try:
                json_binary = jf.Parse(py_json, cls()).SerializeToString(deterministic=True)
            except jf.ParseError as e:
                # Python prints the largest float as 3.4028235e+38 and then refuses to read it back.
                self.python_rejects_own_json.append("%s (%s)" % (name, e))
                json_binary = None
            cid = "message/" + name
            cases.append({"id": cid, "type": cls.DESCRIPTOR.full_name, "module": self.module_of(cls),
                          "binary": b64encode(binary), "json": py_json, "tree": to_tree(msg), "options": True})
            expected[cid] = ("message", cls, binary, py_json, json_binary, py_json_options)
        for name, cls, data in self.wires:
            cid = "wire/" + name
            try:
                parsed = cls.FromString(data)
                outcome = (parsed.SerializeToString(deterministic=True), jf.MessageToJson(parsed))
            except Exception as e:  # noqa: BLE001 - any rejection counts as one
                outcome = ("error: %s" % e, None)
            cases.append({"id": cid, "type": cls.DESCRIPTOR.full_name, "module": self.module_of(cls),
                          "binary": b64encode(data)})
            expected[cid] = ("wire", cls, outcome)
        for name, full_name, text, ignore in self.json_cases:
            cls = self.message_factory.GetMessageClass(self.pool.FindMessageTypeByName(full_name))
            cid = "json/" + name
            try:
                outcome = jf.Parse(text, cls(), ignore_unknown_fields=ignore).SerializeToString(deterministic=True)
            except jf.ParseError as e:
                outcome = "error: %s" % e
            cases.append({"id": cid, "type": full_name, "module": self.module_of(cls), "json": text,
                          "ignore_unknown": ignore})
            expected[cid] = ("json", cls, outcome)

        results = self.run_node(cases)
        if results is None:
            return 1
        for c in cases:
            cid = c["id"]
            r = results.get(cid, {})
            if "error" in r:
                self.check(cid, "setup", False, r["error"])
            elif expected[cid][0] == "message":
                self.check_message(cid, r, *expected[cid][1:])
            elif expected[cid][0] == "wire":
                self.check_wire(cid, r, *expected[cid][2])
            else:
                self.check_json(cid, r, *expected[cid][1:])
        return self.report()

    def run_node(self, cases):
        corpus_path = os.path.join(self.args.work, "corpus.jsonl")
        results_path = os.path.join(self.args.work, "results.jsonl")
        with open(corpus_path, "w") as f:
            for c in cases:
                f.write(json.dumps(c) + "\n")
        run = subprocess.run(["node", os.path.join(HERE, "conformance.js"), self.args.node_modules, corpus_path,
                              results_path, ",".join(self.packages)], capture_output=True, text=True)
        if run.returncode != 0:
            print("node failed:\n" + run.stdout + run.stderr)
            return None
        with open(results_path) as f:
            return {r["id"]: r for r in map(json.loads, f)}

    def check_message(self, cid, r, cls, binary, py_json, json_binary, py_json_options):
        jf = self.json_format
        self.check(cid, "binary", r.get("reencoded") is not None and b64(r["reencoded"]) == binary,
                   r.get("reencoded_error") or "node %s\npython %s" % (r.get("reencoded") and b64(r["reencoded"]).hex(), binary.hex()))
        built_ok = False
        if r.get("built") is not None:
            try:
                built_ok = self.canon(cls, b64(r["built"])) == binary
            except Exception as e:  # noqa: BLE001
                r["built_error"] = "python cannot read it: %s" % e
        self.check(cid, "built", built_ok, r.get("built_error") or "Python reads different values: %s" % r.get("built"))
        for key, want in (("json", py_json), ("built_json", py_json), ("json_options", py_json_options)):
            same = r.get(key) is not None and same_json(r[key], want)
            self.check(cid, key, same, r.get(key + "_error") or "node %s\npython %s" % (r.get(key), json.dumps(json.loads(want))))
        if json_binary is None:
            return  # Python cannot read its own JSON of this message: nothing to compare with.
        parse_ok, detail = False, ""
        if r.get("json") is not None:
            try:
                got = jf.Parse(r["json"], cls()).SerializeToString(deterministic=True)
                parse_ok = got == json_binary
                detail = "python reads %s\nexpected    %s" % (got.hex(), json_binary.hex())
            except Exception as e:  # noqa: BLE001
                detail = "python cannot parse it: %s" % e
        self.check(cid, "parse", parse_ok, detail)
        from_ok = r.get("from_json") is not None and self.canon(cls, b64(r["from_json"])) == json_binary
        self.check(cid, "from_json", from_ok, r.get("from_json_error") or "")

    def check_wire(self, cid, r, py_bytes, py_json):
        if isinstance(py_bytes, str):
            self.check(cid, "rejected", "reencoded_error" in r, "python: %s; node accepted it" % py_bytes)
            self.rejected["wire"] += 1
            return
        self.check(cid, "binary", r.get("reencoded") is not None and b64(r["reencoded"]) == py_bytes,
                   r.get("reencoded_error") or "node %s\npython %s" % (r.get("reencoded") and b64(r["reencoded"]).hex(), py_bytes.hex()))
        self.check(cid, "json", r.get("json") is not None and same_json(r["json"], py_json),
                   r.get("json_error") or "node %s\npython %s" % (r.get("json"), py_json))

    def check_json(self, cid, r, cls, outcome):
        if isinstance(outcome, str):
            self.check(cid, "rejected", "from_json_error" in r, "python: %s; node accepted it" % outcome)
            self.rejected["json"] += 1
            return
        ok = r.get("from_json") is not None and self.canon(cls, b64(r["from_json"])) == outcome
        self.check(cid, "from_json", ok, r.get("from_json_error") or "node %s\npython %s" % (
            r.get("from_json") and b64(r["from_json"]).hex(), outcome.hex()))

    def report(self):
        for f in self.failures:
            print("FAIL", f)
        for n in self.python_rejects_own_json:
            print("note: Python cannot read back its own JSON of %s; parse and from_json not checked" % n)
        print("corpus: %d messages (%s, seed %d), %d wire inputs (%d rejected by Python), %d JSON inputs (%d rejected by Python)"
              % (len(self.messages), self.summary, self.args.seed, len(self.wires), self.rejected["wire"],
                 len(self.json_cases), self.rejected["json"]))
        print("checks: %d, failed: %d" % (self.checks, len(self.failures)))
        if self.failures:
            return 1
        print("conformance ok")
        return 0


def to_tree(msg):
    """The values of msg by proto field name, in a form JSON carries exactly: integers and floats
    as strings, bytes as base64, maps as [key, value] pairs."""
    from google.protobuf.descriptor import FieldDescriptor as FD

    def leaf(field, v):
        if field.type in (FD.TYPE_MESSAGE, FD.TYPE_GROUP):
            return to_tree(v)
        if field.type == FD.TYPE_BYTES:
            return b64encode(v)
        if field.type in (FD.TYPE_DOUBLE, FD.TYPE_FLOAT):
            return repr(v)
        if field.type in (FD.TYPE_BOOL, FD.TYPE_STRING, FD.TYPE_ENUM):
            return v
        return str(v)

    out = {}
    for field, value in msg.ListFields():
        if field.type == FD.TYPE_MESSAGE and field.message_type.GetOptions().map_entry:
            kf = field.message_type.fields_by_name["key"]
            vf = field.message_type.fields_by_name["value"]
            out[field.name] = [[leaf(kf, k), leaf(vf, value[k])] for k in value]
        elif field.is_repeated:
            out[field.name] = [leaf(field, v) for v in value]
        else:
            out[field.name] = leaf(field, value)
    return out


def b64(s):
    return base64.b64decode(s)


def b64encode(data):
    return base64.b64encode(data).decode()


def same_json(a, b):
    # As JSON values, numbers as doubles: JavaScript prints 3.4e+20 as 340000000000000000000.
    return json.loads(a, parse_int=float) == json.loads(b, parse_int=float)


if __name__ == "__main__":
    sys.exit(main())
