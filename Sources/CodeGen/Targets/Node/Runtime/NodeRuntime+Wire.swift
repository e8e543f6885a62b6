extension NodeRuntime {
    /// `_protopkg/wire.js`: The wire format: varints, zigzag, fixed-width numbers, length-delimited values, UTF-8.
    static let wire = #"""
"use strict";
// The protobuf wire format: varints (with zigzag), fixed-width numbers, length-delimited
// bytes and UTF-8. 64-bit integers are bigint; 32-bit ones are number.
Object.defineProperty(exports, "__esModule", { value: true });

const WireType = Object.freeze({ VARINT: 0, I64: 1, LEN: 2, SGROUP: 3, EGROUP: 4, I32: 5 });
exports.WireType = WireType;

const encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF: it is part of the string, not a byte-order mark.
const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const laxDecoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

class WireError extends Error {
  constructor(message) {
    super(message);
    this.name = "WireError";
  }
}
exports.WireError = WireError;

class BinaryWriter {
  constructor() {
    this.buf = new Uint8Array(128);
    this.view = new DataView(this.buf.buffer);
    this.pos = 0;
    this.stack = [];
  }

  ensure(n) {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  finish() {
    return this.buf.slice(0, this.pos);
  }

  // A nested message's length is only known once it is written: fork starts a fresh buffer,
  // join writes the length and the bytes into the one before it.
  fork() {
    this.stack.push([this.buf, this.view, this.pos]);
    this.buf = new Uint8Array(64);
    this.view = new DataView(this.buf.buffer);
    this.pos = 0;
    return this;
  }

  join() {
    const chunk = this.buf.subarray(0, this.pos);
    [this.buf, this.view, this.pos] = this.stack.pop();
    this.uint32(chunk.length);
    this.raw(chunk);
    return this;
  }

  raw(bytes) {
    this.ensure(bytes.length);
    this.buf.set(bytes, this.pos);
    this.pos += bytes.length;
    return this;
  }

  tag(fieldNo, wireType) {
    return this.uint32(((fieldNo << 3) | wireType) >>> 0);
  }

  uint32(value) {
    let v = value >>> 0;
    this.ensure(5);
    while (v > 0x7f) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.pos++] = v;
    return this;
  }

  // Negative int32 values are sign-extended to 64 bits: ten bytes on the wire.
  int32(value) {
    const v = value | 0;
    if (v >= 0) return this.uint32(v);
    return this.varint64(v >>> 0, 0xffffffff);
  }

  sint32(value) {
    const v = value | 0;
    return this.uint32(((v << 1) ^ (v >> 31)) >>> 0);
  }

  varint64(lo, hi) {
    this.ensure(10);
    while (hi !== 0 || lo > 0x7f) {
      this.buf[this.pos++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    this.buf[this.pos++] = lo;
    return this;
  }

  uint64(value) {
    const v = BigInt.asUintN(64, BigInt(value));
    return this.varint64(Number(v & 0xffffffffn), Number(v >> 32n));
  }

  int64(value) {
    return this.uint64(value);
  }

  sint64(value) {
    const v = BigInt.asIntN(64, BigInt(value));
    return this.uint64((v << 1n) ^ (v >> 63n));
  }

  bool(value) {
    this.ensure(1);
    this.buf[this.pos++] = value ? 1 : 0;
    return this;
  }

  fixed32(value) {
    this.ensure(4);
    this.view.setUint32(this.pos, value >>> 0, true);
    this.pos += 4;
    return this;
  }

  sfixed32(value) {
    this.ensure(4);
    this.view.setInt32(this.pos, value | 0, true);
    this.pos += 4;
    return this;
  }

  float(value) {
    this.ensure(4);
    this.view.setFloat32(this.pos, value, true);
    this.pos += 4;
    return this;
  }

  double(value) {
    this.ensure(8);
    this.view.setFloat64(this.pos, value, true);
    this.pos += 8;
    return this;
  }

  fixed64(value) {
    this.ensure(8);
    this.view.setBigUint64(this.pos, BigInt.asUintN(64, BigInt(value)), true);
    this.pos += 8;
    return this;
  }

  sfixed64(value) {
    this.ensure(8);
    this.view.setBigInt64(this.pos, BigInt.asIntN(64, BigInt(value)), true);
    this.pos += 8;
    return this;
  }

  bytes(value) {
    this.uint32(value.length);
    return this.raw(value);
  }

  string(value) {
    return this.bytes(encoder.encode(value));
  }
}
exports.BinaryWriter = BinaryWriter;

class BinaryReader {
  constructor(bytes) {
    this.buf = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = 0;
    this.len = bytes.length;
    // Messages entered and not yet left; see codec.js.
    this.depth = 0;
  }

  fail(what) {
    return new WireError(`${what} at byte ${this.pos}`);
  }

  need(n) {
    if (this.pos + n > this.len) throw this.fail("premature end of input");
  }

  // [field number, wire type]
  tag() {
    const start = this.pos;
    const [lo, hi] = this.varint64();
    const no = hi === 0 ? lo >>> 3 : -1;
    const wireType = lo & 7;
    if (hi !== 0 || lo > 0xffffffff || no < 1 || no > 536870911 || wireType > 5) {
      this.pos = start;
      throw this.fail(`invalid tag (field ${no}, wire type ${wireType})`);
    }
    return [no, wireType];
  }

  // [low 32 bits, high 32 bits], both unsigned.
  varint64() {
    let lo = 0;
    let hi = 0;
    let b;
    for (let shift = 0; shift < 28; shift += 7) {
      this.need(1);
      b = this.buf[this.pos++];
      lo |= (b & 0x7f) << shift;
      if (b < 0x80) return [lo >>> 0, 0];
    }
    this.need(1);
    b = this.buf[this.pos++];
    lo |= (b & 0x0f) << 28;
    hi = (b & 0x7f) >> 4;
    if (b < 0x80) return [lo >>> 0, hi];
    for (let shift = 3; shift <= 31; shift += 7) {
      this.need(1);
      b = this.buf[this.pos++];
      hi |= (b & 0x7f) << shift;
      if (b < 0x80) return [lo >>> 0, hi >>> 0];
    }
    throw this.fail("varint longer than 10 bytes");
  }

  uint32() {
    return this.varint64()[0];
  }

  int32() {
    return this.varint64()[0] | 0;
  }

  sint32() {
    const v = this.varint64()[0];
    return (v >>> 1) ^ -(v & 1);
  }

  uint64() {
    const [lo, hi] = this.varint64();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  int64() {
    return BigInt.asIntN(64, this.uint64());
  }

  sint64() {
    const v = this.uint64();
    return (v >> 1n) ^ -(v & 1n);
  }

  bool() {
    const [lo, hi] = this.varint64();
    return lo !== 0 || hi !== 0;
  }

  fixed32() {
    this.need(4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  sfixed32() {
    this.need(4);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  float() {
    this.need(4);
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }

  double() {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  fixed64() {
    this.need(8);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return v;
  }

  sfixed64() {
    this.need(8);
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }

  // The end offset of a length-delimited value that starts here.
  delimitedEnd() {
    const n = this.uint32();
    if (this.pos + n > this.len) throw this.fail("length-delimited value runs past the end");
    return this.pos + n;
  }

  bytes() {
    const end = this.delimitedEnd();
    // A copy, never a view: a Buffer's slice would share the caller's memory.
    const out = new Uint8Array(this.buf.subarray(this.pos, end));
    this.pos = end;
    return out;
  }

  string(validate) {
    const end = this.delimitedEnd();
    const view = this.buf.subarray(this.pos, end);
    this.pos = end;
    if (!validate) return laxDecoder.decode(view);
    try {
      return strictDecoder.decode(view);
    } catch {
      throw this.fail("invalid UTF-8 in a string field");
    }
  }

  // Skips to the end of group `no`, whose start tag was just read; returns where its end tag starts.
  skipGroup(no) {
    for (;;) {
      if (this.pos >= this.len) throw this.fail(`group ${no} has no end tag`);
      const at = this.pos;
      const [n, w] = this.tag();
      if (w === WireType.EGROUP) {
        if (n !== no) throw this.fail(`group ${no} ends with the end tag of ${n}`);
        return at;
      }
      this.skip(n, w);
    }
  }

  // Skips the value of a field whose tag was just read; groups are skipped to their end tag.
  skip(no, wireType) {
    switch (wireType) {
      case WireType.VARINT:
        this.varint64();
        return;
      case WireType.I64:
        this.need(8);
        this.pos += 8;
        return;
      case WireType.LEN:
        this.pos = this.delimitedEnd();
        return;
      case WireType.I32:
        this.need(4);
        this.pos += 4;
        return;
      case WireType.SGROUP:
        this.skipGroup(no);
        return;
      default:
        throw this.fail(`unexpected end-group tag for field ${no}`);
    }
  }
}
exports.BinaryReader = BinaryReader;

// Varint-encodes a tag and a value into standalone bytes (unknown enum values moved aside).
function tagAndVarint(no, value) {
  const w = new BinaryWriter();
  w.tag(no, WireType.VARINT).int32(value);
  return w.finish();
}
exports.tagAndVarint = tagAndVarint;

function concatBytes(a, b) {
  if (a === undefined || a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
exports.concatBytes = concatBytes;

function utf8Length(s) {
  return encoder.encode(s).length;
}
exports.utf8Length = utf8Length;
"""#
}
