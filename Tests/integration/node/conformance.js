"use strict";
// The Node half of the conformance check (conformance.py runs it): for each case of the corpus,
// decode Python's bytes and encode them again, print JSON, read Python's JSON, and build the
// message from a neutral description of its values and encode it.
//
//   node conformance.js NODE_MODULES CORPUS.jsonl RESULTS.jsonl PACKAGE[,PACKAGE...]
//
// The packages under test are in NODE_MODULES, reached through their package.json `exports` as
// an application would reach them. Building a message from the description needs the field
// tables, which only each package's runtime internals expose.
const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");

const [nodeModules, corpusPath, resultsPath, packages] = process.argv.slice(2);
const requireFromApp = createRequire(path.join(path.dirname(nodeModules), "app.js"));
const runtimes = packages.split(",").map((p) => require(path.join(nodeModules, p, "_protopkg", "types.js")));
const { lookup } = runtimes[0];

// The field table of a type, from the runtime of the package that holds it.
function info(type) {
  const runtime = runtimes.find((r) => r.isInternal(type));
  if (runtime === undefined) throw new Error(`no runtime knows ${type.typeName}`);
  return runtime.info(type);
}

const FLOAT = { nan: NaN, inf: Infinity, "-inf": -Infinity };

function scalar(t, v) {
  switch (t) {
    case 1: case 2: return v in FLOAT ? FLOAT[v] : Number(v);
    case 3: case 4: case 6: case 16: case 18: return BigInt(v);
    case 8: return v;
    case 9: return v;
    case 12: return new Uint8Array(Buffer.from(v, "base64"));
    default: return Number(v);
  }
}

function value(t, ref, v) {
  return t === 10 || t === 11 ? build(ref, v) : scalar(t, v);
}

// tree: { proto field name: value }, maps as [[key, value], ...].
function build(type, tree) {
  const i = info(type);
  const init = {};
  for (const [protoName, v] of Object.entries(tree)) {
    const f = i.fields.find((x) => x.proto === protoName);
    if (f === undefined) throw new Error(`${type.typeName} has no field ${protoName}`);
    if (f.kind === "map") init[f.name] = new Map(v.map(([k, x]) => [scalar(f.map.K, k), value(f.map.V, f.map.ref, x)]));
    else if (f.rep) init[f.name] = v.map((x) => value(f.T, f.ref, x));
    else if (f.oneof !== undefined) init[f.oneof] = { $case: f.name, [f.name]: value(f.T, f.ref, v) };
    else init[f.name] = value(f.T, f.ref, v);
  }
  return type.create(init);
}

// JSON.stringify, except that -0 keeps its sign (JSON.stringify(-0) is "0").
function stringify(v) {
  if (typeof v === "number") return Object.is(v, -0) ? "-0.0" : JSON.stringify(v);
  if (Array.isArray(v)) return "[" + v.map(stringify).join(",") + "]";
  if (v !== null && typeof v === "object") {
    return "{" + Object.keys(v).map((k) => JSON.stringify(k) + ":" + stringify(v[k])).join(",") + "}";
  }
  return JSON.stringify(v);
}

const b64 = (bytes) => Buffer.from(bytes).toString("base64");
// Python's always_print_fields_with_no_presence, preserving_proto_field_name, use_integers_for_enums.
const JSON_OPTIONS = { alwaysPrintFieldsWithNoPresence: true, useProtoFieldName: true, enumsAsIntegers: true };

function attempt(result, key, fn) {
  try {
    result[key] = fn();
  } catch (e) {
    result[key + "_error"] = `${e.name}: ${e.message}`;
  }
}

const cases = fs.readFileSync(corpusPath, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
for (const specifier of new Set(cases.map((c) => c.module))) requireFromApp(specifier);

const out = [];
for (const c of cases) {
  const type = lookup(c.type);
  const r = { id: c.id };
  if (type === undefined) {
    r.error = `type ${c.type} is not registered`;
  } else {
    if (c.binary !== undefined) {
      const bytes = new Uint8Array(Buffer.from(c.binary, "base64"));
      attempt(r, "reencoded", () => b64(type.encode(type.decode(bytes))));
      attempt(r, "json", () => stringify(type.toJSON(type.decode(bytes))));
      if (c.options) attempt(r, "json_options", () => stringify(type.toJSON(type.decode(bytes), JSON_OPTIONS)));
    }
    if (c.json !== undefined) {
      const options = { ignoreUnknownFields: c.ignore_unknown === true };
      attempt(r, "from_json", () => b64(type.encode(type.fromJSON(JSON.parse(c.json), options))));
    }
    if (c.tree !== undefined) {
      attempt(r, "built", () => b64(type.encode(build(type, c.tree))));
      attempt(r, "built_json", () => stringify(type.toJSON(build(type, c.tree))));
    }
  }
  out.push(JSON.stringify(r));
}
fs.writeFileSync(resultsPath, out.join("\n") + "\n");
