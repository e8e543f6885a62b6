extension NodeRuntime {
    /// `_protopkg/index.js`: The runtime's entry point for generated modules.
    static let index = #"""
"use strict";
// The runtime that protopkg generates into every package of generated code; generated modules
// are its only intended users.
Object.defineProperty(exports, "__esModule", { value: true });

const types = require("./types.js");
const wire = require("./wire.js");
const json = require("./json.js");
const grpc = require("./grpc.js");

exports.messageType = types.messageType;
exports.enumType = types.enumType;
exports.lookup = types.lookup;
exports.ScalarType = types.ScalarType;
exports.BinaryReader = wire.BinaryReader;
exports.BinaryWriter = wire.BinaryWriter;
exports.WireError = wire.WireError;
exports.JsonError = json.JsonError;
exports.serviceDefinition = grpc.serviceDefinition;
exports.makeClient = grpc.makeClient;
exports.bytes = (base64) => require("./base64.js").decode(base64);
"""#
}
