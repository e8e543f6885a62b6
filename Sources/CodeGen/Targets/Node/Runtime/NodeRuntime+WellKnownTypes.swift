extension NodeRuntime {
    /// `_protopkg/wkt.js`: The JSON forms of the well-known types.
    static let wellKnownTypes = #"""
"use strict";
// The JSON forms of the well-known types: Timestamp and Duration as strings, FieldMask as a
// comma-separated list of lowerCamelCase paths, Struct, Value and ListValue as plain JSON,
// wrappers as their value, Any with "@type".
Object.defineProperty(exports, "__esModule", { value: true });

const { lookup, info } = require("./types.js");
const json = require("./json.js");
const { JsonError, setKey, describe } = json;

const MAX_SECONDS = 253402300799n; // 9999-12-31T23:59:59Z
const MIN_SECONDS = -62135596800n; // 0001-01-01T00:00:00Z
const MAX_DURATION = 315576000000n;

function fraction(nanos) {
  if (nanos === 0) return "";
  if (nanos % 1000000 === 0) return "." + String(nanos / 1000000).padStart(3, "0");
  if (nanos % 1000 === 0) return "." + String(nanos / 1000).padStart(6, "0");
  return "." + String(nanos).padStart(9, "0");
}

function writeTimestamp(type, msg) {
  const seconds = BigInt(msg.seconds ?? 0n);
  const nanos = msg.nanos ?? 0;
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) throw new JsonError(`Timestamp seconds ${seconds} is out of range`);
  if (nanos < 0 || nanos > 999999999) throw new JsonError(`Timestamp nanos ${nanos} is out of range`);
  const iso = new Date(Number(seconds) * 1000).toISOString();
  return iso.slice(0, 19) + fraction(nanos) + "Z";
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
function daysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const TIMESTAMP = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(?:Z|([+-])([0-9]{2}):([0-9]{2}))$/;

function readTimestamp(type, value) {
  const m = typeof value === "string" ? TIMESTAMP.exec(value) : null;
  if (m === null) throw new JsonError(`${type.typeName}: expected an RFC 3339 date-time like "1972-01-01T10:00:20.021Z", found ${describe(value)}`);
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const monthDays = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (mo < 1 || mo > 12 || d < 1 || d > monthDays[mo - 1] || h > 23 || mi > 59 || s > 59) {
    throw new JsonError(`${type.typeName}: invalid date-time "${value}"`);
  }
  let seconds = BigInt(daysFromCivil(y, mo, d)) * 86400n + BigInt(h * 3600 + mi * 60 + s);
  if (m[8] !== undefined) {
    const offset = BigInt(Number(m[9]) * 3600 + Number(m[10]) * 60);
    seconds += m[8] === "+" ? -offset : offset;
  }
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) throw new JsonError(`${type.typeName}: "${value}" is out of range`);
  return type.create({ seconds, nanos: m[7] === undefined ? 0 : Number(m[7].padEnd(9, "0")) });
}

function writeDuration(type, msg) {
  const seconds = BigInt(msg.seconds ?? 0n);
  const nanos = msg.nanos ?? 0;
  if (seconds < -MAX_DURATION || seconds > MAX_DURATION) throw new JsonError(`Duration seconds ${seconds} is out of range`);
  if (nanos < -999999999 || nanos > 999999999) throw new JsonError(`Duration nanos ${nanos} is out of range`);
  if ((seconds > 0n && nanos < 0) || (seconds < 0n && nanos > 0)) throw new JsonError("Duration seconds and nanos have different signs");
  const negative = seconds < 0n || nanos < 0;
  const abs = negative ? -seconds : seconds;
  return (negative ? "-" : "") + abs.toString() + fraction(Math.abs(nanos)) + "s";
}

const DURATION = /^(-)?([0-9]+)(?:\.([0-9]{1,9}))?s$/;

function readDuration(type, value) {
  const m = typeof value === "string" ? DURATION.exec(value) : null;
  if (m === null) throw new JsonError(`${type.typeName}: expected a duration like "1.5s", found ${describe(value)}`);
  let seconds = BigInt(m[2]);
  let nanos = m[3] === undefined ? 0 : Number(m[3].padEnd(9, "0"));
  if (m[1] !== undefined) {
    seconds = -seconds;
    nanos = -nanos;
  }
  if (seconds < -MAX_DURATION || seconds > MAX_DURATION) throw new JsonError(`${type.typeName}: "${value}" is out of range`);
  return type.create({ seconds, nanos });
}

function writeFieldMask(type, msg) {
  return (msg.paths ?? []).map((path) => {
    let out = "";
    let upper = false;
    for (const c of path) {
      if (c >= "A" && c <= "Z") throw new JsonError(`FieldMask path "${path}" has an uppercase letter, which JSON cannot express`);
      if (upper) {
        if (!(c >= "a" && c <= "z")) throw new JsonError(`FieldMask path "${path}": "_" must be followed by a lowercase letter`);
        out += c.toUpperCase();
        upper = false;
      } else if (c === "_") {
        upper = true;
      } else {
        out += c;
      }
    }
    if (upper) throw new JsonError(`FieldMask path "${path}" ends with "_"`);
    return out;
  }).join(",");
}

function readFieldMask(type, value) {
  if (typeof value !== "string") throw new JsonError(`${type.typeName}: expected a string of comma-separated paths, found ${describe(value)}`);
  const paths = value === "" ? [] : value.split(",").map((path) => {
    if (path.includes("_")) throw new JsonError(`${type.typeName}: path "${path}" must be in lowerCamelCase, without "_"`);
    return path.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());
  });
  return type.create({ paths });
}

function valueField(type) {
  return info(type).fields[0];
}

function writeWrapper(type, msg, opts) {
  const f = valueField(type);
  return json.writeValue(f.T, f.ref, msg.value ?? f.def, opts);
}

function readWrapper(type, value, opts) {
  const f = valueField(type);
  const msg = type.create();
  if (value !== null) msg.value = json.readValue(f.T, f.ref, value, opts);
  return msg;
}

function writeStruct(type, msg, opts) {
  const out = {};
  const fields = msg.fields ?? new Map();
  const valueType = info(type).fields[0].map.ref;
  for (const [k, v] of fields instanceof Map ? fields : Object.entries(fields)) setKey(out, k, writeValueMessage(valueType, v, opts));
  return out;
}

function readStruct(type, value, opts) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new JsonError(`${type.typeName}: expected a JSON object, found ${describe(value)}`);
  }
  const valueType = info(type).fields[0].map.ref;
  const msg = type.create();
  for (const key of Object.keys(value)) msg.fields.set(key, readValueMessage(valueType, value[key], opts));
  return msg;
}

function writeValueMessage(type, msg, opts) {
  const kind = msg === undefined || msg === null ? undefined : msg.kind;
  if (kind === undefined || kind === null) return null;
  const v = kind[kind.$case];
  switch (kind.$case) {
    case "nullValue": return null;
    case "numberValue":
      if (!Number.isFinite(v)) throw new JsonError(`google.protobuf.Value cannot hold ${v} in JSON`);
      return v;
    case "stringValue":
    case "boolValue":
      return v;
    case "structValue": return json.writeMessage(structType(type), v, opts);
    case "listValue": return json.writeMessage(listType(type), v, opts);
    default: throw new JsonError(`google.protobuf.Value has an unknown kind "${kind.$case}"`);
  }
}

function readValueMessage(type, value, opts) {
  let kind;
  if (value === null) kind = { $case: "nullValue", nullValue: 0 };
  else if (typeof value === "number") kind = { $case: "numberValue", numberValue: value };
  else if (typeof value === "string") kind = { $case: "stringValue", stringValue: value };
  else if (typeof value === "boolean") kind = { $case: "boolValue", boolValue: value };
  else if (Array.isArray(value)) kind = { $case: "listValue", listValue: json.readMessage(listType(type), value, opts) };
  else if (typeof value === "object") kind = { $case: "structValue", structValue: json.readMessage(structType(type), value, opts) };
  else throw new JsonError(`${type.typeName}: cannot hold ${describe(value)}`);
  const msg = type.create();
  msg.kind = kind;
  return msg;
}

const structType = (valueType) => info(valueType).byNo.get(5).ref;
const listType = (valueType) => info(valueType).byNo.get(6).ref;

function writeListValue(type, msg, opts) {
  const valueType = info(type).fields[0].ref;
  return Array.from(msg.values ?? [], (v) => writeValueMessage(valueType, v, opts));
}

function readListValue(type, value, opts) {
  if (!Array.isArray(value)) throw new JsonError(`${type.typeName}: expected a JSON array, found ${describe(value)}`);
  const valueType = info(type).fields[0].ref;
  return type.create({ values: value.map((v) => readValueMessage(valueType, v, opts)) });
}

// Types whose JSON is not an object: inside an Any they go under "value".
const SPECIAL = new Set([
  "google.protobuf.Any", "google.protobuf.Timestamp", "google.protobuf.Duration", "google.protobuf.FieldMask",
  "google.protobuf.Struct", "google.protobuf.Value", "google.protobuf.ListValue",
  "google.protobuf.DoubleValue", "google.protobuf.FloatValue", "google.protobuf.Int64Value",
  "google.protobuf.UInt64Value", "google.protobuf.Int32Value", "google.protobuf.UInt32Value",
  "google.protobuf.BoolValue", "google.protobuf.StringValue", "google.protobuf.BytesValue",
]);

function anyTarget(url) {
  const name = url.slice(url.lastIndexOf("/") + 1);
  const type = lookup(name);
  if (type === undefined) {
    throw new JsonError(`google.protobuf.Any: type "${name}" of "${url}" is not loaded; require its generated module first`);
  }
  return type;
}

function writeAny(type, msg, opts) {
  const url = msg.typeUrl ?? "";
  const value = msg.value ?? new Uint8Array(0);
  if (url === "" && value.length === 0) return {};
  const target = anyTarget(url);
  const inner = target.toJSON(target.decode(value), opts);
  const out = { "@type": url };
  if (SPECIAL.has(target.typeName)) {
    out.value = inner;
  } else {
    for (const k of Object.keys(inner)) setKey(out, k, inner[k]);
  }
  return out;
}

function readAny(type, value, opts) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new JsonError(`${type.typeName}: expected a JSON object, found ${describe(value)}`);
  }
  if (Object.keys(value).length === 0) return type.create();
  const url = value["@type"];
  if (typeof url !== "string") throw new JsonError(`${type.typeName}: "@type" is missing`);
  const target = anyTarget(url);
  let inner;
  if (SPECIAL.has(target.typeName)) {
    inner = target.fromJSON(value.value === undefined ? null : value.value, opts);
  } else {
    const rest = {};
    for (const k of Object.keys(value)) if (k !== "@type") setKey(rest, k, value[k]);
    inner = target.fromJSON(rest, opts);
  }
  return type.create({ typeUrl: url, value: target.encode(inner) });
}

const wrappers = ["DoubleValue", "FloatValue", "Int64Value", "UInt64Value", "Int32Value", "UInt32Value",
  "BoolValue", "StringValue", "BytesValue"];

const writers = {
  "google.protobuf.Any": writeAny,
  "google.protobuf.Timestamp": writeTimestamp,
  "google.protobuf.Duration": writeDuration,
  "google.protobuf.FieldMask": writeFieldMask,
  "google.protobuf.Struct": writeStruct,
  "google.protobuf.Value": writeValueMessage,
  "google.protobuf.ListValue": writeListValue,
};
const readers = {
  "google.protobuf.Any": readAny,
  "google.protobuf.Timestamp": readTimestamp,
  "google.protobuf.Duration": readDuration,
  "google.protobuf.FieldMask": readFieldMask,
  "google.protobuf.Struct": readStruct,
  "google.protobuf.Value": readValueMessage,
  "google.protobuf.ListValue": readListValue,
};
for (const w of wrappers) {
  writers[`google.protobuf.${w}`] = writeWrapper;
  readers[`google.protobuf.${w}`] = readWrapper;
}
exports.writers = Object.freeze(writers);
exports.readers = Object.freeze(readers);
exports.SPECIAL = SPECIAL;
"""#
}
