// The part of @grpc/grpc-js's declarations that generated service code and its users touch,
// with grpc-js's own names and shapes. grpc-js cannot be installed on the machines the tests
// run on; with the real package these declarations come from it instead.

interface Buffer extends Uint8Array {}

declare module "@grpc/grpc-js" {
  export class Metadata {
    add(key: string, value: string): void;
    get(key: string): (string | Buffer)[];
  }
  export interface CallOptions {
    deadline?: Date | number;
  }
  export interface ServiceError extends Error {
    code: number;
    details: string;
    metadata: Metadata;
  }
  export class ChannelCredentials {}
  export const credentials: { createInsecure(): ChannelCredentials };
  export interface ClientOptions {
    [key: string]: unknown;
  }
  export class Client {
    constructor(address: string, credentials: ChannelCredentials, options?: Partial<ClientOptions>);
    close(): void;
  }
  export interface ClientUnaryCall {
    cancel(): void;
  }
  export interface ClientReadableStream<ResponseType> {
    on(event: "data", listener: (response: ResponseType) => void): this;
    on(event: "error", listener: (error: ServiceError) => void): this;
    on(event: "end", listener: () => void): this;
    cancel(): void;
  }
  export interface ClientWritableStream<RequestType> {
    write(message: RequestType): boolean;
    end(): void;
  }
  export interface ClientDuplexStream<RequestType, ResponseType>
    extends ClientWritableStream<RequestType>, ClientReadableStream<ResponseType> {}

  export type Serialize<T> = (value: T) => Buffer;
  export type Deserialize<T> = (bytes: Buffer) => T;
  export interface MethodDefinition<RequestType, ResponseType> {
    path: string;
    requestStream: boolean;
    responseStream: boolean;
    requestSerialize: Serialize<RequestType>;
    responseSerialize: Serialize<ResponseType>;
    requestDeserialize: Deserialize<RequestType>;
    responseDeserialize: Deserialize<ResponseType>;
    originalName?: string;
  }
  export interface ServiceDefinition {
    [index: string]: MethodDefinition<any, any>;
  }

  export interface ServerUnaryCall<RequestType, ResponseType> {
    request: RequestType;
    metadata: Metadata;
  }
  export interface ServerReadableStream<RequestType, ResponseType> {
    on(event: "data", listener: (request: RequestType) => void): this;
    on(event: "end", listener: () => void): this;
  }
  export interface ServerWritableStream<RequestType, ResponseType> {
    request: RequestType;
    write(response: ResponseType): boolean;
    end(): void;
  }
  export interface ServerDuplexStream<RequestType, ResponseType>
    extends ServerReadableStream<RequestType, ResponseType> {
    write(response: ResponseType): boolean;
    end(): void;
  }
  export type sendUnaryData<ResponseType> = (error: ServiceError | null, value?: ResponseType | null) => void;
  export type handleUnaryCall<RequestType, ResponseType> =
    (call: ServerUnaryCall<RequestType, ResponseType>, callback: sendUnaryData<ResponseType>) => void;
  export type handleServerStreamingCall<RequestType, ResponseType> =
    (call: ServerWritableStream<RequestType, ResponseType>) => void;
  export type handleClientStreamingCall<RequestType, ResponseType> =
    (call: ServerReadableStream<RequestType, ResponseType>, callback: sendUnaryData<ResponseType>) => void;
  export type handleBidiStreamingCall<RequestType, ResponseType> =
    (call: ServerDuplexStream<RequestType, ResponseType>) => void;
  export type UntypedHandleCall =
    | handleUnaryCall<any, any>
    | handleServerStreamingCall<any, any>
    | handleClientStreamingCall<any, any>
    | handleBidiStreamingCall<any, any>;
  export interface UntypedServiceImplementation {
    [name: string]: UntypedHandleCall;
  }
  export class Server {
    addService(service: ServiceDefinition, implementation: UntypedServiceImplementation): void;
  }
  export interface ServiceClientConstructor {
    new (address: string, credentials: ChannelCredentials, options?: Partial<ClientOptions>): Client;
    service: ServiceDefinition;
  }
  export function makeGenericClientConstructor(
    methods: ServiceDefinition, serviceName: string, classOptions?: {}): ServiceClientConstructor;
}
