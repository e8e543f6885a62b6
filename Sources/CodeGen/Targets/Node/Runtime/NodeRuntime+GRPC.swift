extension NodeRuntime {
    /// `_protopkg/grpc.js`: grpc-js service definitions and the client factory.
    static let grpc = #"""
"use strict";
// Service definitions in the shape @grpc/grpc-js takes (Server.addService,
// makeGenericClientConstructor); grpc-js itself is the application's, passed in, never required.
Object.defineProperty(exports, "__esModule", { value: true });

// grpc-js writes what a serializer returns with Buffer methods.
function toBuffer(bytes) {
  return typeof Buffer === "function" ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
}

// methods: [name, lowerCamelName, request type, response type, client streaming, server streaming]
function serviceDefinition(serviceName, methods) {
  const definition = {};
  for (const [name, originalName, input, output, requestStream, responseStream] of methods) {
    definition[name] = Object.freeze({
      path: `/${serviceName}/${name}`,
      requestStream,
      responseStream,
      requestSerialize: (value) => toBuffer(input.encode(value)),
      requestDeserialize: (bytes) => input.decode(bytes),
      responseSerialize: (value) => toBuffer(output.encode(value)),
      responseDeserialize: (bytes) => output.decode(bytes),
      originalName,
    });
  }
  return Object.freeze(definition);
}
exports.serviceDefinition = serviceDefinition;

function makeClient(definition, serviceName, makeGenericClientConstructor) {
  if (typeof makeGenericClientConstructor !== "function") {
    throw new TypeError(`to make a ${serviceName} client, pass require("@grpc/grpc-js").makeGenericClientConstructor`);
  }
  return makeGenericClientConstructor(definition, serviceName, {});
}
exports.makeClient = makeClient;
"""#
}
