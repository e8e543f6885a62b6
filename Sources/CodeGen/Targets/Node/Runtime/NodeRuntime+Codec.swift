extension NodeRuntime {
    /// `_protopkg/codec.js`: Binary encoding and decoding driven by the field tables.
    static let codec = #"""
"use strict";
// Binary encoding and decoding of messages from their field tables. Known fields are written
// in field-number order, then the unknown fields as they were read. Decoding accepts packed and
// expanded repeated scalars alike, merges repeated occurrences of a message, keeps fields it
// does not know (and unknown values of closed enums) byte for byte. As in Python's protobuf, a
// missing required field is read without complaint but refused on encoding.
Object.defineProperty(exports, "__esModule", { value: true });

const { BinaryReader, BinaryWriter, WireType, tagAndVarint } = require("./wire.js");
const { ScalarType: T, info, isInternal, enumInfo, zeroValue, is64 } = require("./types.js");

// Writer and reader method, and wire type, by FieldDescriptorProto.Type.
const METHOD = [, "double", "float", "int64", "uint64", "int32", "fixed64", "fixed32", "bool", "string",
  , , "bytes", "uint32", "int32", "sfixed32", "sfixed64", "sint32", "sint64"];
const WIRE = [, WireType.I64, WireType.I32, 0, 0, 0, WireType.I64, WireType.I32, 0, WireType.LEN,
  WireType.SGROUP, WireType.LEN, WireType.LEN, 0, 0, WireType.I32, WireType.I64, 0, 0];

function encode(type, message) {
  const w = new BinaryWriter();
  writeMessage(type, message, w);
  return w.finish();
}
exports.encode = encode;

function decode(type, bytes) {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`${type.typeName}.decode expects a Uint8Array`);
  const r = new BinaryReader(bytes);
  const msg = type.create();
  readMessage(type, r, r.len, msg, undefined);
  return msg;
}
exports.decode = decode;

function writeMessage(type, msg, w) {
  const i = info(type);
  for (const f of i.fields) {
    if (f.oneof !== undefined) {
      const o = msg[f.oneof];
      if (o !== undefined && o !== null && o.$case === f.name) writeValue(f.T, f.ref, f.no, checked(i, f, f.T, o[f.name]), w);
      continue;
    }
    const v = msg[f.name];
    if (f.kind === "map") {
      if (v !== undefined && v !== null) writeMap(i, f, v, w);
    } else if (f.rep) {
      if (v !== undefined && v !== null && v.length > 0) writeList(i, f, v, w);
    } else if (v === undefined || v === null) {
      if (f.req) throw new Error(`cannot encode ${i.typeName}: required field ${f.proto} is not set`);
    } else if (f.explicit || f.kind === "message" || !isZero(f.T, checked(i, f, f.T, v))) {
      writeValue(f.T, f.ref, f.no, checked(i, f, f.T, v), w);
    }
  }
  if (msg.$unknown !== undefined && msg.$unknown !== null) w.raw(msg.$unknown);
}
exports.writeMessage = writeMessage;

const RANGE32 = {
  [T.INT32]: [-2147483648, 2147483647], [T.SINT32]: [-2147483648, 2147483647], [T.SFIXED32]: [-2147483648, 2147483647],
  [T.ENUM]: [-2147483648, 2147483647], [T.UINT32]: [0, 4294967295], [T.FIXED32]: [0, 4294967295],
};
const RANGE64 = {
  [T.INT64]: [-(2n ** 63n), 2n ** 63n - 1n], [T.SINT64]: [-(2n ** 63n), 2n ** 63n - 1n],
  [T.SFIXED64]: [-(2n ** 63n), 2n ** 63n - 1n], [T.UINT64]: [0n, 2n ** 64n - 1n], [T.FIXED64]: [0n, 2n ** 64n - 1n],
};

// What a value of kind t must be, when v is not that; undefined when it is. 64-bit fields also
// take safe integers and decimal strings.
function mismatch(t, v) {
  switch (t) {
    case T.DOUBLE:
    case T.FLOAT: return typeof v === "number" ? undefined : "a number";
    case T.BOOL: return typeof v === "boolean" ? undefined : "true or false";
    case T.STRING: return typeof v === "string" ? undefined : "a string";
    case T.BYTES: return v instanceof Uint8Array ? undefined : "a Uint8Array";
    case T.MESSAGE:
    case T.GROUP: return typeof v === "object" && !Array.isArray(v) ? undefined : "a message object";
    default: {
      if (RANGE32[t] !== undefined) {
        const [lo, hi] = RANGE32[t];
        return typeof v === "number" && Number.isInteger(v) && v >= lo && v <= hi ? undefined : `an integer from ${lo} to ${hi}`;
      }
      const [lo, hi] = RANGE64[t];
      let big;
      if (typeof v === "bigint") big = v;
      else if (typeof v === "number" && Number.isSafeInteger(v)) big = BigInt(v);
      else if (typeof v === "string" && /^-?[0-9]+$/.test(v)) big = BigInt(v);
      return big !== undefined && big >= lo && big <= hi ? undefined : `a bigint from ${lo} to ${hi}`;
    }
  }
}

function checked(i, f, t, v) {
  const want = mismatch(t, v);
  if (want !== undefined) {
    const found = typeof v === "string" ? JSON.stringify(v) : typeof v === "bigint" ? `${v}n` : Array.isArray(v) ? "an array" : String(v);
    throw new TypeError(`cannot encode ${i.typeName}.${f.proto}: expected ${want}, found ${found}`);
  }
  return v;
}

// Implicit presence: a zero value is not written. -0.0 is not zero: its sign bit is set.
function isZero(t, v) {
  switch (t) {
    case T.DOUBLE:
    case T.FLOAT:
      return v === 0 && !Object.is(v, -0);
    case T.BOOL: return v === false;
    case T.STRING: return v === "";
    case T.BYTES: return v.length === 0;
    default: return is64(t) ? BigInt(v) === 0n : v === 0;
  }
}

function writeValue(t, ref, no, v, w) {
  if (t === T.MESSAGE) {
    w.tag(no, WireType.LEN);
    if (isInternal(ref)) {
      w.fork();
      writeMessage(ref, v, w);
      w.join();
    } else {
      w.bytes(ref.encode(v));
    }
  } else if (t === T.GROUP) {
    w.tag(no, WireType.SGROUP);
    if (isInternal(ref)) writeMessage(ref, v, w);
    else w.raw(ref.encode(v));
    w.tag(no, WireType.EGROUP);
  } else {
    w.tag(no, WIRE[t]);
    w[METHOD[t]](v);
  }
}

function writeList(i, f, list, w) {
  if (f.packed) {
    w.tag(f.no, WireType.LEN).fork();
    const m = METHOD[f.T];
    for (const v of list) w[m](checked(i, f, f.T, v));
    w.join();
    return;
  }
  for (const v of list) writeValue(f.T, f.ref, f.no, checked(i, f, f.T, v), w);
}

// Entries in the map's own order (insertion, or the order they were read in); key and value are
// always written, as every protobuf implementation does.
function writeMap(i, f, map, w) {
  const { K, V, ref } = f.map;
  const entries = map instanceof Map ? map : Object.entries(map);
  for (const [k, v] of entries) {
    w.tag(f.no, WireType.LEN).fork();
    w.tag(1, WIRE[K]);
    w[METHOD[K]](checked(i, f, K, mapKeyValue(K, k)));
    if (V === T.MESSAGE) {
      writeValue(V, ref, 2, v === undefined || v === null ? ref.create() : checked(i, f, V, v), w);
    } else {
      writeValue(V, ref, 2, v === undefined || v === null ? zeroValue(V) : checked(i, f, V, v), w);
    }
    w.join();
  }
}

// Keys of a map given as a plain object are strings; anything but the key's own spelling stays
// a string and fails the kind check.
function mapKeyValue(t, k) {
  if (typeof k !== "string") return k;
  if (t === T.BOOL) return k === "true" ? true : k === "false" ? false : k;
  if (t === T.STRING) return k;
  return is64(t) ? BigInt(k) : Number(k);
}

// Reads fields until `end`, or until the end tag of group `groupNo`.
function readMessage(type, r, end, msg, groupNo) {
  const i = info(type);
  let unknown;
  while (r.pos < end) {
    const start = r.pos;
    const [no, wt] = r.tag();
    if (wt === WireType.EGROUP) {
      if (no !== groupNo) throw r.fail(`unexpected end-group tag for field ${no}`);
      groupNo = undefined;
      break;
    }
    const f = i.byNo.get(no);
    let extra;
    if (f !== undefined) extra = readField(f, wt, r, msg, end, start);
    if (f === undefined || extra === false) {
      r.skip(no, wt);
      extra = r.buf.subarray(start, r.pos);
    }
    if (extra !== true) (unknown || (unknown = [])).push(extra);
  }
  if (groupNo !== undefined) throw r.fail(`group ${groupNo} has no end tag`);
  if (r.pos > end) throw r.fail(`a field of ${i.typeName} runs past the end of its message`);
  if (unknown !== undefined) {
    const parts = msg.$unknown === undefined ? unknown : [msg.$unknown, ...unknown];
    let size = 0;
    for (const p of parts) size += p.length;
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    msg.$unknown = out;
  }
}
exports.readMessage = readMessage;

// true when the field was read; false when its wire type does not fit (the caller keeps it as
// an unknown field); bytes to keep as unknown fields (unknown values of a closed enum).
function readField(f, wt, r, msg, end, tagStart) {
  if (f.kind === "map") {
    if (wt !== WireType.LEN) return false;
    return readMapEntry(f, r, msg, tagStart);
  }
  if (f.rep) {
    const list = msg[f.name] || (msg[f.name] = []);
    if (wt === WireType.LEN && WIRE[f.T] !== WireType.LEN) {
      const stop = r.delimitedEnd();
      const method = METHOD[f.T];
      let rejected;
      while (r.pos < stop) {
        const v = r[method]();
        if (f.kind === "enum" && !enumAccepts(f.ref, v)) (rejected || (rejected = [])).push(tagAndVarint(f.no, v));
        else list.push(v);
      }
      if (r.pos !== stop) throw r.fail(`packed field ${f.proto} runs past its length`);
      return rejected === undefined ? true : joinBytes(rejected);
    }
    if (wt !== WIRE[f.T]) return false;
    if (f.kind === "message") {
      list.push(readSubmessage(f, r, undefined, end));
      return true;
    }
    const v = readScalar(f, r);
    if (f.kind === "enum" && !enumAccepts(f.ref, v)) return tagAndVarint(f.no, v);
    list.push(v);
    return true;
  }
  if (wt !== WIRE[f.T]) return false;
  if (f.kind === "message") {
    if (f.oneof !== undefined) {
      const o = msg[f.oneof];
      const prior = o !== undefined && o !== null && o.$case === f.name ? o[f.name] : undefined;
      msg[f.oneof] = { $case: f.name, [f.name]: readSubmessage(f, r, prior, end) };
    } else {
      msg[f.name] = readSubmessage(f, r, msg[f.name], end);
    }
    return true;
  }
  const v = readScalar(f, r);
  if (f.kind === "enum" && !enumAccepts(f.ref, v)) return tagAndVarint(f.no, v);
  if (f.oneof !== undefined) msg[f.oneof] = { $case: f.name, [f.name]: v };
  else msg[f.name] = v;
  return true;
}

function readScalar(f, r) {
  if (f.T === T.STRING) return r.string(f.utf8);
  return r[METHOD[f.T]]();
}

function enumAccepts(e, v) {
  const meta = enumInfo(e);
  return !meta.closed || meta.byNumber.has(v);
}

// How deep messages may nest in the input (a map entry is a level too), as in upb.
const MAX_DEPTH = 100;

function enter(r) {
  r.depth = (r.depth || 0) + 1;
  if (r.depth > MAX_DEPTH) throw r.fail(`messages nested more than ${MAX_DEPTH} deep`);
}

// A message value, merged into `prior` when the field was already set.
function readSubmessage(f, r, prior, end) {
  enter(r);
  try {
    return readSubmessageBody(f, r, prior, end);
  } finally {
    r.depth--;
  }
}

function readSubmessageBody(f, r, prior, end) {
  const type = f.ref;
  if (f.T === T.GROUP) {
    if (isInternal(type)) {
      const msg = prior !== undefined && prior !== null ? prior : type.create();
      readMessage(type, r, end, msg, f.no);
      return msg;
    }
    const start = r.pos;
    // The group's body is a message's encoding.
    const body = r.buf.subarray(start, r.skipGroup(f.no));
    return foreignDecode(type, prior, body);
  }
  const stop = r.delimitedEnd();
  if (isInternal(type)) {
    const msg = prior !== undefined && prior !== null ? prior : type.create();
    readMessage(type, r, stop, msg, undefined);
    return msg;
  }
  const body = r.buf.subarray(r.pos, stop);
  r.pos = stop;
  return foreignDecode(type, prior, body);
}

// A type of another package is reached through its public API; merging is decoding the
// concatenation, which the wire format defines to be the same.
function foreignDecode(type, prior, body) {
  if (prior === undefined || prior === null) return type.decode(body);
  return type.decode(joinBytes([type.encode(prior), body]));
}

function readMapEntry(f, r, msg, tagStart) {
  enter(r);
  try {
    return readMapEntryBody(f, r, msg, tagStart);
  } finally {
    r.depth--;
  }
}

function readMapEntryBody(f, r, msg, tagStart) {
  const { K, V, ref } = f.map;
  const stop = r.delimitedEnd();
  let key = zeroValue(K);
  let value;
  while (r.pos < stop) {
    const [no, wt] = r.tag();
    if (no === 1 && wt === WIRE[K]) {
      key = K === T.STRING ? r.string(f.map.utf8) : r[METHOD[K]]();
    } else if (no === 2 && wt === WIRE[V]) {
      if (V === T.MESSAGE) value = readSubmessage({ T: V, ref, no: 2 }, r, value, stop);
      else value = V === T.STRING ? r.string(f.map.utf8) : r[METHOD[V]]();
    } else {
      r.skip(no, wt);
    }
  }
  if (r.pos !== stop) throw r.fail(`a map entry of ${f.proto} runs past its length`);
  if (value === undefined) value = V === T.MESSAGE ? ref.create() : zeroValue(V);
  // An entry whose value a closed enum does not know is kept whole as an unknown field.
  if (V === T.ENUM && !enumAccepts(ref, value)) return r.buf.subarray(tagStart, stop);
  const map = msg[f.name] || (msg[f.name] = new Map());
  map.set(key, value);
  return true;
}

function joinBytes(parts) {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
exports.joinBytes = joinBytes;
"""#
}
