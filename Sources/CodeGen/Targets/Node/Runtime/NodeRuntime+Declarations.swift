extension NodeRuntime {
    /// `_protopkg/index.d.ts`: The runtime's public types: MessageType, JSON options, PartialMessage.
    static let declarations = #"""
// Types of the runtime that protopkg generates into every package of generated code.

/** Any value JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export interface JsonReadOptions {
  /** Skip fields (and enum value names) the schema does not know instead of failing. */
  ignoreUnknownFields?: boolean;
}

export interface JsonWriteOptions {
  /** Print fields without presence (proto3 scalars, repeated fields, maps) even when empty. */
  alwaysPrintFieldsWithNoPresence?: boolean;
  /** Print enum values as numbers instead of names. */
  enumsAsIntegers?: boolean;
  /** Use the .proto field names instead of their lowerCamelCase JSON names. */
  useProtoFieldName?: boolean;
}

type Scalar = string | number | bigint | boolean | Uint8Array;

/** A message with any field left out, at any depth; `create` fills in the rest. */
export type PartialMessage<T> = { [K in keyof T]?: PartialField<T[K]> };
type PartialField<F> =
  F extends Scalar | undefined ? F :
  F extends Map<infer K, infer V> ? Map<K, PartialField<V>> :
  F extends (infer E)[] ? PartialField<E>[] :
  F extends { $case: string } ? { [K in keyof F]: K extends "$case" ? F[K] : PartialField<F[K]> } :
  F extends object ? PartialMessage<F> : F;

/** The default of every singular scalar and enum field outside oneofs: what an unset field means. */
export type Defaults<T> = {
  readonly [K in keyof T as K extends "$unknown" ? never : NonNullable<T[K]> extends Scalar ? K : never]-?: NonNullable<T[K]>;
};

/** What every generated message type offers. */
export interface MessageType<T extends object> {
  /** The message's full name, `acme.billing.v1.Invoice`. */
  readonly typeName: string;
  /** A new message: `init`'s fields copied, every other field at its default. */
  create(init?: PartialMessage<T>): T;
  /** The binary encoding. */
  encode(message: PartialMessage<T>): Uint8Array;
  /** Reads the binary encoding; fields the schema does not know are kept in `$unknown`. */
  decode(bytes: Uint8Array): T;
  /** Reads the proto3 JSON mapping (an already parsed value). */
  fromJSON(json: JsonValue, options?: JsonReadOptions): T;
  /** The proto3 JSON mapping, ready for JSON.stringify. */
  toJSON(message: PartialMessage<T>, options?: JsonWriteOptions): JsonValue;
  /** Field defaults, proto2 and editions `[default = ...]` included. */
  readonly defaults: Defaults<T>;
}

/** The wire format's errors: malformed input, or a required field missing. */
export declare class WireError extends Error {}
/** JSON that does not fit the message. */
export declare class JsonError extends Error {}
"""#
}
