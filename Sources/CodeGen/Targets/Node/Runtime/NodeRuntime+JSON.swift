extension NodeRuntime {
    /// `_protopkg/json.js`: The proto3 JSON mapping.
    static let json = #"""
"use strict";
// The proto3 JSON mapping (https://protobuf.dev/programming-guides/json/): lowerCamelCase names
// (the proto name is accepted too), 64-bit integers as strings, bytes as base64, enums by name,
// "NaN" and "Infinity", and the well-known types' own forms (wkt.js).
Object.defineProperty(exports, "__esModule", { value: true });

const { ScalarType: T, info, isInternal, enumInfo, is64 } = require("./types.js");
const base64 = require("./base64.js");

class JsonError extends Error {
  constructor(message) {
    super(message);
    this.name = "JsonError";
  }
}
exports.JsonError = JsonError;

const wkt = () => require("./wkt.js");

// Objects built from data: a key "__proto__" must become a property, not a prototype.
function setKey(obj, key, value) {
  if (key === "__proto__") Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
exports.setKey = setKey;

function writeMessage(type, msg, opts) {
  if (!isInternal(type)) return type.toJSON(msg, opts);
  const special = wkt().writers[type.typeName];
  if (special !== undefined) return special(type, msg, opts);
  const i = info(type);
  const out = {};
  for (const f of i.fields) {
    const key = opts.useProtoFieldName ? f.proto : f.json;
    if (f.oneof !== undefined) {
      const o = msg[f.oneof];
      if (o !== undefined && o !== null && o.$case === f.name) setKey(out, key, writeValue(f.T, f.ref, o[f.name], opts));
      continue;
    }
    const v = msg[f.name];
    if (f.kind === "map") {
      const entries = v === undefined || v === null ? [] : v instanceof Map ? [...v] : Object.entries(v);
      if (entries.length === 0 && !opts.alwaysPrintFieldsWithNoPresence) continue;
      const obj = {};
      for (const [k, x] of entries) setKey(obj, String(k), writeValue(f.map.V, f.map.ref, x, opts));
      setKey(out, key, obj);
    } else if (f.rep) {
      const list = v === undefined || v === null ? [] : v;
      if (list.length === 0 && !opts.alwaysPrintFieldsWithNoPresence) continue;
      setKey(out, key, Array.from(list, (x) => writeValue(f.T, f.ref, x, opts)));
    } else if (v === undefined || v === null) {
      if (f.kind !== "message" && !f.explicit && opts.alwaysPrintFieldsWithNoPresence) {
        setKey(out, key, writeValue(f.T, f.ref, f.def, opts));
      }
    } else if (f.explicit || f.kind === "message" || opts.alwaysPrintFieldsWithNoPresence || !isDefault(f, v)) {
      setKey(out, key, writeValue(f.T, f.ref, v, opts));
    }
  }
  return out;
}
exports.writeMessage = writeMessage;

function isDefault(f, v) {
  switch (f.T) {
    case T.DOUBLE:
    case T.FLOAT:
      return v === 0 && !Object.is(v, -0);
    case T.BYTES: return v.length === 0;
    default: return is64(f.T) ? BigInt(v) === 0n : v === f.def;
  }
}

function writeValue(t, ref, v, opts) {
  switch (t) {
    case T.MESSAGE:
    case T.GROUP:
      return writeMessage(ref, v, opts);
    case T.ENUM: {
      const meta = enumInfo(ref);
      // Python's json_format prints NullValue as a number too when asked for numbers.
      if (opts.enumsAsIntegers) return v;
      if (meta.typeName === "google.protobuf.NullValue") return null;
      const name = meta.byNumber.get(v);
      return name === undefined ? v : name;
    }
    case T.FLOAT:
      return Number.isFinite(v) ? shortestFloat32(v) : nonFinite(v);
    case T.DOUBLE:
      return Number.isFinite(v) ? v : nonFinite(v);
    case T.BYTES:
      return base64.encode(v);
    case T.BOOL:
    case T.STRING:
      return v;
    default:
      return is64(t) ? BigInt(v).toString() : v;
  }
}
exports.writeValue = writeValue;

function nonFinite(v) {
  if (Number.isNaN(v)) return "NaN";
  return v > 0 ? "Infinity" : "-Infinity";
}

// The fewest digits, six at least, that read back as the same 32-bit float: how protobuf prints
// floats (C++ tries FLT_DIG digits, then more; Python's json_format starts at six too). Digits are
// rounded half to even, as printf does; toPrecision would round a tie up.
function shortestFloat32(v) {
  const f = Math.fround(v);
  if (f === 0) return f; // keeps the sign of -0
  for (let p = 6; p < 10; p++) {
    const s = roundToDigits(f, p);
    if (Math.fround(s) === f) return s;
  }
  return f;
}
exports.shortestFloat32 = shortestFloat32;

// The double nearest to x rounded (half to even, on x's exact binary value) to p significant digits.
function roundToDigits(x, p) {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const bits = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let exponent = -1074;
  if (bits !== 0) {
    mantissa |= 1n << 52n;
    exponent = bits - 1075;
  }
  // |x| = num / den exactly.
  const num = exponent >= 0 ? mantissa << BigInt(exponent) : mantissa;
  const den = exponent >= 0 ? 1n : 1n << BigInt(-exponent);
  const atLeast = (k) => (k >= 0 ? num >= den * 10n ** BigInt(k) : num * 10n ** BigInt(-k) >= den);
  let d = Math.floor(Math.log10(Math.abs(x)));
  while (!atLeast(d)) d--;
  while (atLeast(d + 1)) d++;
  const scale = d - p + 1;
  const n0 = scale >= 0 ? num : num * 10n ** BigInt(-scale);
  const d0 = scale >= 0 ? den * 10n ** BigInt(scale) : den;
  let n = n0 / d0;
  const twice = (n0 % d0) * 2n;
  if (twice > d0 || (twice === d0 && (n & 1n) === 1n)) n += 1n;
  return (x < 0 ? -1 : 1) * Number(`${n}e${scale}`);
}

function readMessage(type, json, opts, target) {
  if (!isInternal(type)) return type.fromJSON(json, opts);
  const special = wkt().readers[type.typeName];
  if (special !== undefined) return special(type, json, opts);
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new JsonError(`${type.typeName}: expected a JSON object, found ${describe(json)}`);
  }
  const i = info(type);
  const msg = target !== undefined ? target : type.create();
  const oneofsSet = new Set();
  for (const key of Object.keys(json)) {
    const f = i.byJsonName.get(key);
    if (f === undefined) {
      if (opts.ignoreUnknownFields) continue;
      throw new JsonError(`${type.typeName}: unknown field "${key}"`);
    }
    const v = json[key];
    try {
      if (v === null && !nullIsValue(f.T, f.ref)) {
        clearField(f, msg);
      } else if (f.oneof !== undefined) {
        if (v !== null) {
          if (oneofsSet.has(f.oneof)) throw new JsonError(`more than one field of oneof ${f.oneof} is set`);
          oneofsSet.add(f.oneof);
        }
        const o = msg[f.oneof];
        const prior = o !== undefined && o !== null && o.$case === f.name ? o[f.name] : undefined;
        const value = readValue(f.T, f.ref, v, opts, prior);
        if (value !== SKIP) msg[f.oneof] = { $case: f.name, [f.name]: value };
      } else if (f.kind === "map") {
        msg[f.name] = new Map();
        readMap(f, v, msg[f.name], opts);
      } else if (f.rep) {
        if (!Array.isArray(v)) throw new JsonError(`expected an array, found ${describe(v)}`);
        const list = (msg[f.name] = []);
        for (const x of v) {
          if (x === null && !nullIsValue(f.T, f.ref)) throw new JsonError("null is not allowed in a repeated field");
          const value = readValue(f.T, f.ref, x, opts);
          if (value !== SKIP) list.push(value);
        }
      } else {
        const value = readValue(f.T, f.ref, v, opts, f.kind === "message" ? msg[f.name] : undefined);
        if (value !== SKIP) msg[f.name] = value;
      }
    } catch (e) {
      throw prefixed(e, `${type.typeName}.${f.proto}`);
    }
  }
  return msg;
}
exports.readMessage = readMessage;

function clearField(f, msg) {
  if (f.oneof !== undefined) {
    const o = msg[f.oneof];
    if (o !== undefined && o !== null && o.$case === f.name) delete msg[f.oneof];
  } else if (f.kind === "map") {
    msg[f.name] = new Map();
  } else if (f.rep) {
    msg[f.name] = [];
  } else if (f.kind === "message" || f.explicit) {
    delete msg[f.name];
  } else {
    msg[f.name] = f.def instanceof Uint8Array ? f.def.slice() : f.def;
  }
}

function prefixed(e, where) {
  if (!(e instanceof JsonError) || e.message.startsWith(where)) return e;
  return new JsonError(`${where}: ${e.message}`);
}

// null means "not set", except for google.protobuf.Value (JSON null) and the NullValue enum.
function nullIsValue(t, ref) {
  if (t === T.MESSAGE || t === T.GROUP) return ref.typeName === "google.protobuf.Value";
  if (t === T.ENUM) return enumInfo(ref).typeName === "google.protobuf.NullValue";
  return false;
}

function readMap(f, json, map, opts) {
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new JsonError(`expected a JSON object for a map, found ${describe(json)}`);
  }
  for (const key of Object.keys(json)) {
    const k = readMapKey(f.map.K, key);
    const x = json[key];
    if (x === null && !nullIsValue(f.map.V, f.map.ref)) throw new JsonError(`null is not allowed as the value of map key "${key}"`);
    const value = readValue(f.map.V, f.map.ref, x, opts);
    if (value !== SKIP) map.set(k, value);
  }
}

function readMapKey(t, key) {
  switch (t) {
    case T.STRING: return key;
    case T.BOOL:
      if (key === "true") return true;
      if (key === "false") return false;
      throw new JsonError(`invalid map key "${key}": expected "true" or "false"`);
    default:
      if (!/^-?[0-9]+$/.test(key)) throw new JsonError(`invalid map key "${key}": expected an integer`);
      return readInteger(t, key);
  }
}

// Returned for an unknown enum name when unknown fields are ignored: the field stays unset.
const SKIP = Symbol("skip");

// `prior`: a message to merge into, when the field was already read.
function readValue(t, ref, v, opts, prior) {
  switch (t) {
    case T.MESSAGE:
    case T.GROUP:
      return readMessage(ref, v, opts, prior);
    case T.ENUM:
      return readEnum(ref, v, opts);
    case T.STRING:
      if (typeof v !== "string") throw new JsonError(`expected a string, found ${describe(v)}`);
      return v;
    case T.BOOL:
      if (typeof v !== "boolean") throw new JsonError(`expected true or false, found ${describe(v)}`);
      return v;
    case T.BYTES:
      if (typeof v !== "string") throw new JsonError(`expected a base64 string, found ${describe(v)}`);
      return base64.decode(v);
    case T.FLOAT:
    case T.DOUBLE:
      return readFloat(t, v);
    default:
      return readInteger(t, v);
  }
}
exports.readValue = readValue;

// By name, or by number (a number in a string too, as Python's json_format reads it). An unknown
// name is skipped when unknown fields are ignored; a number a closed enum lacks is always an error.
function readEnum(ref, v, opts) {
  const meta = enumInfo(ref);
  if (meta.typeName === "google.protobuf.NullValue" && (v === null || v === "NULL_VALUE")) return 0;
  if (typeof v === "string") {
    const no = meta.byName.get(v);
    if (no !== undefined) return no;
    if (!/^-?[0-9]+$/.test(v)) {
      if (opts.ignoreUnknownFields) return SKIP;
      throw new JsonError(`"${v}" is not a value of ${meta.typeName}`);
    }
    v = Number(v);
  }
  if (typeof v === "number" && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647) {
    if (meta.closed && !meta.byNumber.has(v)) throw new JsonError(`${v} is not a value of the closed enum ${meta.typeName}`);
    return v;
  }
  throw new JsonError(`expected a value of ${meta.typeName}, found ${describe(v)}`);
}

const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

function readFloat(t, v) {
  let n;
  if (typeof v === "number") {
    n = v;
  } else if (typeof v === "string") {
    if (v === "NaN") return NaN;
    if (v === "Infinity") return Infinity;
    if (v === "-Infinity") return -Infinity;
    if (!NUMBER.test(v)) throw new JsonError(`invalid number "${v}"`);
    n = Number(v);
  } else {
    throw new JsonError(`expected a number, found ${describe(v)}`);
  }
  if (t === T.FLOAT) {
    // The largest float prints as 3.4028235e38, a little above it: what rounds to a finite
    // float is in range.
    const f = Math.fround(n);
    if (Number.isFinite(n) && !Number.isFinite(f)) throw new JsonError(`${v} is out of range for a float`);
    return f;
  }
  if (!Number.isFinite(n)) throw new JsonError(`${v} is out of range for a double`);
  return n;
}

const RANGES = {
  [T.INT32]: [-(2n ** 31n), 2n ** 31n - 1n], [T.SINT32]: [-(2n ** 31n), 2n ** 31n - 1n],
  [T.SFIXED32]: [-(2n ** 31n), 2n ** 31n - 1n], [T.UINT32]: [0n, 2n ** 32n - 1n], [T.FIXED32]: [0n, 2n ** 32n - 1n],
  [T.INT64]: [-(2n ** 63n), 2n ** 63n - 1n], [T.SINT64]: [-(2n ** 63n), 2n ** 63n - 1n],
  [T.SFIXED64]: [-(2n ** 63n), 2n ** 63n - 1n], [T.UINT64]: [0n, 2n ** 64n - 1n], [T.FIXED64]: [0n, 2n ** 64n - 1n],
};

// Integers come as JSON numbers or strings; either may use a fraction or an exponent as long as
// the value is whole.
function readInteger(t, v) {
  let big;
  if (typeof v === "number") {
    if (!Number.isInteger(v)) throw new JsonError(`${v} is not an integer`);
    big = BigInt(v);
  } else if (typeof v === "string") {
    if (/^-?[0-9]+$/.test(v)) {
      big = BigInt(v);
    } else if (NUMBER.test(v) && Number.isInteger(Number(v))) {
      big = BigInt(Number(v));
    } else {
      throw new JsonError(`"${v}" is not an integer`);
    }
  } else {
    throw new JsonError(`expected an integer, found ${describe(v)}`);
  }
  const [lo, hi] = RANGES[t];
  if (big < lo || big > hi) throw new JsonError(`${v} is out of range`);
  return is64(t) ? big : Number(big);
}

function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v)}`;
  if (typeof v === "object") return "an object";
  return `${typeof v} ${String(v)}`;
}
exports.describe = describe;
"""#
}
