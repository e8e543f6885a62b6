"""Conformance of protopkg's generated Node code with Python's protobuf (upb), both ways.

    python conformance.py --python-path DIR --node-modules DIR --work DIR

DIR of --python-path holds protoc's Python modules of protos/conf; --node-modules holds the
generated package @conf/conformance-protos. The corpus (corpus.py) goes to Node as JSON lines;
Node (conformance.js) answers with its encodings and JSON; this script checks, per message:

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
    args = ap.parse_args()
    sys.path.insert(0, args.python_path)

    import corpus
    from google.protobuf import json_format, message_factory, symbol_database
    from google.protobuf.descriptor import FieldDescriptor as FD

    pool = symbol_database.Default().pool

    def cls_of(full_name):
        return message_factory.GetMessageClass(pool.FindMessageTypeByName(full_name))

    def module_of(cls):
        return corpus.MODULES[cls.DESCRIPTOR.file.name]

    def canon(cls, data):
        return cls.FromString(data).SerializeToString(deterministic=True)

    def to_tree(msg):
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

    def leaf(field, v):
        if field.type in (FD.TYPE_MESSAGE, FD.TYPE_GROUP):
            return to_tree(v)
        if field.type == FD.TYPE_BYTES:
            return base64.b64encode(v).decode()
        if field.type in (FD.TYPE_DOUBLE, FD.TYPE_FLOAT):
            return repr(v)
        if field.type in (FD.TYPE_BOOL, FD.TYPE_STRING, FD.TYPE_ENUM):
            return v
        return str(v)

    cases, expected = [], {}
    python_rejects_own_json = []
    messages = corpus.hand_written() + corpus.random_messages(args.seed, args.per_type)
    for name, msg in messages:
        cls = type(msg)
        binary = msg.SerializeToString(deterministic=True)
        py_json = json_format.MessageToJson(msg)
        try:
            json_binary = json_format.Parse(py_json, cls()).SerializeToString(deterministic=True)
        except json_format.ParseError as e:
            # Python prints the largest float as 3.4028235e+38 and then refuses to read it back.
            python_rejects_own_json.append("%s (%s)" % (name, e))
            json_binary = None
        cid = "message/" + name
        py_json_options = json_format.MessageToJson(msg, always_print_fields_with_no_presence=True,
                                                    preserving_proto_field_name=True, use_integers_for_enums=True)
        cases.append({"id": cid, "type": cls.DESCRIPTOR.full_name, "module": module_of(cls),
                      "binary": base64.b64encode(binary).decode(), "json": py_json, "tree": to_tree(msg), "options": True})
        expected[cid] = ("message", cls, binary, py_json, json_binary, py_json_options)

    wires = corpus.wire_inputs()
    # Bytes of a newer version of a message read with the older one: unknown fields.
    for name, msg in messages:
        if type(msg).__name__ == "EventV2":
            wires.append(("evolution-" + name, corpus.evolution_pb2.EventV1, msg.SerializeToString(deterministic=True)))
    for name, cls, data in wires:
        cid = "wire/" + name
        try:
            parsed = cls.FromString(data)
            outcome = (parsed.SerializeToString(deterministic=True), json_format.MessageToJson(parsed))
        except Exception as e:  # noqa: BLE001 - any rejection counts as one
            outcome = ("error: %s" % e, None)
        cases.append({"id": cid, "type": cls.DESCRIPTOR.full_name, "module": module_of(cls),
                      "binary": base64.b64encode(data).decode()})
        expected[cid] = ("wire", cls, outcome)

    json_cases = [(n, t, j, False) for n, t, j in corpus.json_inputs()]
    json_cases += [(n, t, j, True) for n, t, j in corpus.json_inputs_ignoring_unknown()]
    for name, full_name, text, ignore in json_cases:
        cls = cls_of(full_name)
        cid = "json/" + name
        try:
            outcome = json_format.Parse(text, cls(), ignore_unknown_fields=ignore).SerializeToString(deterministic=True)
        except json_format.ParseError as e:
            outcome = "error: %s" % e
        cases.append({"id": cid, "type": full_name, "module": module_of(cls), "json": text, "ignore_unknown": ignore})
        expected[cid] = ("json", cls, outcome)

    corpus_path = os.path.join(args.work, "corpus.jsonl")
    results_path = os.path.join(args.work, "results.jsonl")
    with open(corpus_path, "w") as f:
        for c in cases:
            f.write(json.dumps(c) + "\n")
    run = subprocess.run(["node", os.path.join(HERE, "conformance.js"), args.node_modules, corpus_path, results_path],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print("node failed:\n" + run.stdout + run.stderr)
        return 1
    results = {}
    with open(results_path) as f:
        for line in f:
            r = json.loads(line)
            results[r["id"]] = r

    failures = []
    checks = 0
    rejected = {"wire": 0, "json": 0}

    def check(cid, what, ok, detail=""):
        nonlocal checks
        checks += 1
        if not ok:
            failures.append("%s [%s] %s" % (cid, what, detail))

    def b64(s):
        return base64.b64decode(s)

    def same_json(a, b):
        # As JSON values, numbers as doubles: JavaScript prints 3.4e+20 as 340000000000000000000.
        return json.loads(a, parse_int=float) == json.loads(b, parse_int=float)

    for c in cases:
        cid = c["id"]
        r = results.get(cid, {})
        kind, cls = expected[cid][0], expected[cid][1]
        if "error" in r:
            check(cid, "setup", False, r["error"])
            continue
        if kind == "message":
            _, _, binary, py_json, json_binary, py_json_options = expected[cid]
            check(cid, "binary", r.get("reencoded") is not None and b64(r["reencoded"]) == binary,
                  r.get("reencoded_error") or "node %s\npython %s" % (r.get("reencoded") and b64(r["reencoded"]).hex(), binary.hex()))
            built_ok = False
            if r.get("built") is not None:
                try:
                    built_ok = canon(cls, b64(r["built"])) == binary
                except Exception as e:  # noqa: BLE001
                    r["built_error"] = "python cannot read it: %s" % e
            check(cid, "built", built_ok, r.get("built_error") or "Python reads different values: %s" % r.get("built"))
            for key, want in (("json", py_json), ("built_json", py_json), ("json_options", py_json_options)):
                same = r.get(key) is not None and same_json(r[key], want)
                check(cid, key, same, r.get(key + "_error") or "node %s\npython %s" % (r.get(key), json.dumps(json.loads(want))))
            parse_ok = False
            detail = ""
            if json_binary is None:
                json_binary = binary
                parse_ok = True
            elif r.get("json") is not None:
                try:
                    got = json_format.Parse(r["json"], cls()).SerializeToString(deterministic=True)
                    parse_ok = got == json_binary
                    detail = "python reads %s\nexpected    %s" % (got.hex(), json_binary.hex())
                except Exception as e:  # noqa: BLE001
                    detail = "python cannot parse it: %s" % e
            check(cid, "parse", parse_ok, detail)
            from_ok = r.get("from_json") is not None and canon(cls, b64(r["from_json"])) == json_binary
            check(cid, "from_json", from_ok, r.get("from_json_error") or "")
        elif kind == "wire":
            py_bytes, py_json = expected[cid][2]
            if isinstance(py_bytes, str):
                check(cid, "rejected", "reencoded_error" in r, "python: %s; node accepted it" % py_bytes)
                rejected["wire"] += 1
                continue
            check(cid, "binary", r.get("reencoded") is not None and b64(r["reencoded"]) == py_bytes,
                  r.get("reencoded_error") or "node %s\npython %s" % (r.get("reencoded") and b64(r["reencoded"]).hex(), py_bytes.hex()))
            check(cid, "json", r.get("json") is not None and same_json(r["json"], py_json),
                  r.get("json_error") or "node %s\npython %s" % (r.get("json"), py_json))
        else:
            outcome = expected[cid][2]
            if isinstance(outcome, str):
                check(cid, "rejected", "from_json_error" in r, "python: %s; node accepted it" % outcome)
                rejected["json"] += 1
                continue
            ok = r.get("from_json") is not None and canon(cls, b64(r["from_json"])) == outcome
            check(cid, "from_json", ok, r.get("from_json_error") or "node %s\npython %s" % (
                r.get("from_json") and b64(r["from_json"]).hex(), outcome.hex()))

    for f in failures:
        print("FAIL", f)
    for n in python_rejects_own_json:
        print("note: Python cannot read back its own JSON of %s; Node's JSON checked against the message instead" % n)
    hand = len(corpus.hand_written())
    print("corpus: %d messages (%d hand-written, %d random over %d message types, seed %d), "
          "%d wire inputs (%d rejected by Python), %d JSON inputs (%d rejected by Python)"
          % (len(messages), hand, len(messages) - hand, len(corpus.ROOT_TYPES), args.seed,
             len(wires), rejected["wire"], len(json_cases), rejected["json"]))
    print("checks: %d, failed: %d" % (checks, len(failures)))
    if failures:
        return 1
    print("conformance ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
