extension NodeRuntime {
    /// `_protopkg/types.js`: Message and enum types from field tables, the type registry, `create`.
    static let types = #"""
"use strict";
// Message and enum types built from the field tables that generated modules declare, the
// registry that Any resolves type URLs with, and `create`.
Object.defineProperty(exports, "__esModule", { value: true });

// Per copy of the runtime: a type built by another package's copy lacks it and is reached
// through its public methods only, so packages built by different protopkg versions mix.
const INTERNAL = Symbol("protopkg.internal");
exports.INTERNAL = INTERNAL;
// Shared by every copy: enum metadata and the registry of message types by full name.
const ENUM = Symbol.for("protopkg.enum.v1");
exports.ENUM = ENUM;
const REGISTRY = Symbol.for("protopkg.registry.v1");
const registry = globalThis[REGISTRY] || (globalThis[REGISTRY] = new Map());

// Field kinds, numbered as FieldDescriptorProto.Type numbers them.
const T = Object.freeze({
  DOUBLE: 1, FLOAT: 2, INT64: 3, UINT64: 4, INT32: 5, FIXED64: 6, FIXED32: 7, BOOL: 8, STRING: 9,
  GROUP: 10, MESSAGE: 11, BYTES: 12, UINT32: 13, ENUM: 14, SFIXED32: 15, SFIXED64: 16, SINT32: 17, SINT64: 18,
});
exports.ScalarType = T;

const is64 = (t) => t === T.INT64 || t === T.UINT64 || t === T.FIXED64 || t === T.SFIXED64 || t === T.SINT64;
exports.is64 = is64;

function zeroValue(t) {
  switch (t) {
    case T.BOOL: return false;
    case T.STRING: return "";
    case T.BYTES: return new Uint8Array(0);
    default: return is64(t) ? 0n : 0;
  }
}
exports.zeroValue = zeroValue;

// The message type of a full name: a generated one, loaded by now, or a well-known type.
function lookup(name) {
  return registry.get(name) || require("./builtins.js").builtin(name);
}
exports.lookup = lookup;

function isInternal(type) {
  return type !== undefined && type[INTERNAL] !== undefined;
}
exports.isInternal = isInternal;

// The resolved description of a message type: fields sorted by number, indexes by number and
// by JSON and proto name. Resolved on first use, once every module of the package has loaded.
function info(type) {
  const slot = type[INTERNAL];
  if (slot.fields === undefined) resolve(slot);
  return slot;
}
exports.info = info;

function resolve(slot) {
  const specs = slot.thunk();
  const fields = specs.map(normalizeField).sort((a, b) => a.no - b.no);
  slot.byNo = new Map(fields.map((f) => [f.no, f]));
  slot.byJsonName = new Map();
  for (const f of fields) {
    slot.byJsonName.set(f.proto, f);
    slot.byJsonName.set(f.json, f);
  }
  slot.oneofs = [...new Set(fields.filter((f) => f.oneof !== undefined).map((f) => f.oneof))];
  slot.fields = fields;
}

// A generated field spec: { no, name, json, proto, T, ref?, rep?, packed?, x?, req?, oneof?,
// def?, utf8?, map?: { K, V, ref? } }. `x` marks explicit presence, `ref` the message or enum
// type, T 10 a group (delimited encoding).
function normalizeField(spec) {
  const f = {
    no: spec.no,
    name: spec.name,
    json: spec.json,
    proto: spec.proto,
    T: spec.T,
    ref: spec.ref,
    rep: spec.rep === true,
    packed: spec.packed === true,
    explicit: spec.x === true || spec.req === true,
    req: spec.req === true,
    oneof: spec.oneof,
    utf8: spec.utf8 === true,
    map: spec.map,
    kind: "scalar",
    def: spec.def,
  };
  if (spec.map !== undefined) {
    f.kind = "map";
    f.map = { K: spec.map.K, V: spec.map.V, ref: spec.map.ref, utf8: spec.map.utf8 === true };
  } else if (f.T === T.MESSAGE || f.T === T.GROUP) {
    f.kind = "message";
  } else if (f.T === T.ENUM) {
    f.kind = "enum";
    if (f.def === undefined) f.def = 0;
  } else if (f.def === undefined) {
    f.def = zeroValue(f.T);
  }
  return f;
}

function messageType(typeName, thunk) {
  const json = require("./json.js");
  const codec = require("./codec.js");
  const type = {
    typeName,
    create(init) {
      return create(type, init);
    },
    encode(message) {
      return codec.encode(type, message);
    },
    decode(bytes) {
      return codec.decode(type, bytes);
    },
    fromJSON(value, options) {
      return json.readMessage(type, value, options || {});
    },
    toJSON(message, options) {
      return json.writeMessage(type, message, options || {});
    },
  };
  Object.defineProperty(type, INTERNAL, { value: { typeName, thunk } });
  Object.defineProperty(type, "defaults", {
    enumerable: true,
    get() {
      const out = {};
      for (const f of info(type).fields) {
        if (!f.rep && f.kind !== "map" && f.kind !== "message" && f.oneof === undefined) out[f.name] = copyDefault(f.def);
      }
      return Object.freeze(out);
    },
  });
  if (!registry.has(typeName)) registry.set(typeName, type);
  return type;
}
exports.messageType = messageType;

function copyDefault(v) {
  return v instanceof Uint8Array ? new Uint8Array(v) : v;
}

// Enums are objects shaped like TypeScript's numeric enums (NAME → number and number → NAME),
// with their metadata under a shared symbol. `values`: [name, number] in declaration order.
function enumType(typeName, values, closed) {
  const e = {};
  const byNumber = new Map();
  const byName = new Map();
  for (const [name, no] of values) {
    Object.defineProperty(e, name, { value: no, enumerable: true });
    byName.set(name, no);
    // With aliases, the first name declared is the one JSON prints.
    if (!byNumber.has(no)) byNumber.set(no, name);
  }
  for (const [no, name] of byNumber) Object.defineProperty(e, no, { value: name, enumerable: true });
  Object.defineProperty(e, ENUM, { value: Object.freeze({ typeName, closed: closed === true, byNumber, byName }) });
  return Object.freeze(e);
}
exports.enumType = enumType;

function enumInfo(e) {
  return e[ENUM];
}
exports.enumInfo = enumInfo;

// A deep copy of `init` with every field of `type` present: defaults where `init` has none,
// messages created through their own types.
function create(type, init) {
  const i = info(type);
  const msg = {};
  for (const f of i.fields) {
    if (f.oneof !== undefined) continue;
    if (f.kind === "map") msg[f.name] = new Map();
    else if (f.rep) msg[f.name] = [];
    else if (f.kind !== "message" && !f.explicit) msg[f.name] = copyDefault(f.def);
  }
  if (init === undefined || init === null) return msg;
  for (const f of i.fields) {
    if (f.oneof !== undefined) continue;
    const v = init[f.name];
    if (v === undefined || v === null) continue;
    if (f.kind === "map") {
      const m = msg[f.name];
      const entries = v instanceof Map ? v : Object.entries(v);
      for (const [k, val] of entries) m.set(mapKey(f.map.K, k), copyValue(f.map.V, f.map.ref, val));
    } else if (f.rep) {
      msg[f.name] = Array.from(v, (x) => copyValue(f.T, f.ref, x));
    } else {
      msg[f.name] = copyValue(f.T, f.ref, v);
    }
  }
  for (const name of i.oneofs) {
    const o = init[name];
    if (o === undefined || o === null || o.$case === undefined) continue;
    const f = i.fields.find((x) => x.oneof === name && x.name === o.$case);
    if (f === undefined) throw new Error(`${i.typeName}.${name}: no member named "${o.$case}"`);
    msg[name] = { $case: f.name, [f.name]: copyValue(f.T, f.ref, o[f.name]) };
  }
  if (init.$unknown !== undefined && init.$unknown.length > 0) msg.$unknown = new Uint8Array(init.$unknown);
  return msg;
}
exports.create = create;

function copyValue(t, ref, v) {
  if (t === T.MESSAGE || t === T.GROUP) return ref.create(v);
  if (t === T.BYTES) return new Uint8Array(v);
  if (is64(t)) return BigInt(v);
  return v;
}

// Map keys typed as the key kind: object keys arrive as strings.
function mapKey(t, k) {
  if (t === T.STRING) return String(k);
  if (t === T.BOOL) return k === true || k === "true";
  if (is64(t)) return BigInt(k);
  return Number(k);
}
exports.mapKey = mapKey;
"""#
}
