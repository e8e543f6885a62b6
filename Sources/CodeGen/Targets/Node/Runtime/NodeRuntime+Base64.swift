extension NodeRuntime {
    /// `_protopkg/base64.js`: Base64 for bytes fields in JSON.
    static let base64 = #"""
"use strict";
// Base64 for bytes fields: written in the standard alphabet with padding; read in the standard
// or the URL-safe alphabet, padded or not, as the JSON mapping allows.
Object.defineProperty(exports, "__esModule", { value: true });

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
DECODE["-".charCodeAt(0)] = 62;
DECODE["_".charCodeAt(0)] = 63;

function encode(bytes) {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + "==";
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + "=";
  }
  return out;
}
exports.encode = encode;

function decode(text) {
  let s = text;
  while (s.endsWith("=")) s = s.slice(0, -1);
  if (s.length % 4 === 1 || text.length - s.length > 2) throw invalid(text);
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? DECODE[c] : -1;
    if (v < 0) throw invalid(text);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  return out;
}
exports.decode = decode;

function invalid(text) {
  const { JsonError } = require("./json.js");
  return new JsonError(`invalid base64 "${text.length > 40 ? text.slice(0, 40) + "..." : text}"`);
}
"""#
}
