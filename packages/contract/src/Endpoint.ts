/** Endpoint descriptors. */

import { Schema } from "effect"
import type { Role } from "./Auth.js"
import type * as Errors from "./Errors.js"

/** HTTP methods the API uses. */
export type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE"

/**
 * What an endpoint answers with: a JSON body, CSV text, XML text, a Word document, an Apache Parquet file
 * (streamed), a Server-Sent Events stream, or nothing.
 */
export type Answer = "json" | "csv" | "xml" | "docx" | "parquet" | "sse" | "empty"

/** The media type of a Word document (`answer: "docx"`). */
export const docxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

/** The media type of an Apache Parquet file (`answer: "parquet"`). */
export const parquetMediaType = "application/vnd.apache.parquet"

/** A schema without services, decoded from what travels on the wire (its encoded side is JSON). */
// biome-ignore lint/suspicious/noExplicitAny: a schema's encoded type is invariant; any lets every JSON encoding in.
export type Wire<A> = Schema.Schema<A, any, never>

/** An object with no fields. */
export type Empty = Record<string, never>

/** No path parameters, no query, no body. */
export const None = Schema.Struct({})
export type None = typeof None

/**
 * One route of the API as data: the server decodes with these schemas, the OpenAPI document is
 * generated from them, and the typed client encodes with them. `roles` lists who may call it
 * (center scoping comes on top, in the repositories).
 */
export interface Endpoint<Name extends string, P, Q, B, S, Err extends Errors.ErrorTag = never> {
  readonly name: Name
  readonly method: Method
  readonly path: string
  readonly tag: string
  readonly summary: string
  readonly description?: string
  readonly roles: ReadonlyArray<Role> | "public"
  /**
   * Open to a signed-in user whose password the server chose (first start, a reset) before they change it:
   * who they are, their language, their own center's name, signing out and the change itself. Every other
   * endpoint answers `PasswordChangeRequired` until then.
   */
  readonly beforePasswordChange: boolean
  readonly params: Wire<P>
  readonly query: Wire<Q>
  readonly body: Wire<B> | null
  readonly success: Wire<S>
  readonly status: 200 | 201 | 204
  readonly answer: Answer
  /** A body that is a file rather than JSON (`csv`: the route reads `text/csv` itself). */
  readonly upload?: "csv"
  /**
   * Every error tag it can answer with (each has its status in `Errors.statusOf`): its own, the ones every
   * endpoint may answer (`Errors.common`) and, unless public, the session's (`Errors.signedIn`).
   */
  readonly errors: ReadonlyArray<Err>
}

interface Spec<P, Q, B, S, Err extends Errors.ErrorTag> {
  readonly path: string
  readonly tag: string
  readonly summary: string
  readonly description?: string
  readonly roles: ReadonlyArray<Role> | "public"
  readonly beforePasswordChange?: true
  readonly params?: Wire<P>
  readonly query?: Wire<Q>
  readonly body?: Wire<B>
  readonly success?: Wire<S>
  readonly status?: 200 | 201 | 204
  readonly answer?: Answer
  readonly upload?: "csv"
  /** The errors of its own it can answer with (a lookup that can miss: NotFound; a rule: RuleViolation …). */
  readonly errors?: ReadonlyArray<Err>
}

type Always = (typeof Errors.common)[number]
type SignedIn = (typeof Errors.signedIn)[number]

// What the route can really answer: a body's errors only with a body, CSRF only on writes, …
const errorsOf = (
  method: Method,
  spec: {
    readonly errors?: ReadonlyArray<Errors.ErrorTag>
    readonly params?: unknown
    readonly query?: unknown
    readonly body?: unknown
    readonly roles: ReadonlyArray<Role> | "public"
    readonly beforePasswordChange?: true
  }
) => {
  const write = method !== "GET"
  const decodes = spec.params !== undefined || spec.query !== undefined || spec.body !== undefined
  const tags: Array<Errors.ErrorTag> = [
    ...(spec.errors ?? []),
    ...(decodes ? (["InvalidRequest"] as const) : []),
    ...(spec.body === undefined ? [] : (["MalformedJson", "IllFormedText", "UnsupportedMediaType"] as const)),
    ...(write ? (["PayloadTooLarge"] as const) : []),
    ...(spec.roles === "public"
      ? []
      : (["Unauthorized", "ProcedureEnded", "Forbidden", "TooManyRequests"] as const)),
    ...(spec.roles === "public" || spec.beforePasswordChange === true
      ? []
      : (["PasswordChangeRequired"] as const)),
    ...(spec.roles !== "public" && write ? (["CsrfRejected"] as const) : []),
    "InternalError"
  ]
  return [...new Set(tags)]
}

const make =
  (method: Method) =>
  <
    const Name extends string,
    P = Empty,
    Q = Empty,
    B = undefined,
    S = void,
    const Err extends Errors.ErrorTag = never,
    Roles extends ReadonlyArray<Role> | "public" = ReadonlyArray<Role>
  >(
    name: Name,
    spec: Spec<P, Q, B, S, Err> & { readonly roles: Roles }
  ): Endpoint<Name, P, Q, B, S, Err | Always | (Roles extends "public" ? never : SignedIn)> => ({
    name,
    method,
    path: spec.path,
    tag: spec.tag,
    summary: spec.summary,
    ...(spec.description === undefined ? {} : { description: spec.description }),
    roles: spec.roles,
    beforePasswordChange: spec.beforePasswordChange === true,
    params: (spec.params ?? None) as unknown as Wire<P>,
    query: (spec.query ?? None) as unknown as Wire<Q>,
    body: (spec.body ?? null) as Wire<B> | null,
    success: (spec.success ?? Schema.Void) as unknown as Wire<S>,
    status: spec.status ?? (method === "POST" ? 201 : spec.success === undefined ? 204 : 200),
    answer: spec.answer ?? (spec.success === undefined ? "empty" : "json"),
    ...(spec.upload === undefined ? {} : { upload: spec.upload }),
    errors: errorsOf(method, spec) as ReadonlyArray<
      Err | Always | (Roles extends "public" ? never : SignedIn)
    >
  })

/** A GET endpoint. */
export const get = make("GET")
/** A POST endpoint (201 unless `status` says otherwise). */
export const post = make("POST")
/** A PATCH endpoint: a correction of a stored record. */
export const patch = make("PATCH")
/** A PUT endpoint. */
export const put = make("PUT")
/** A DELETE endpoint. */
export const del = make("DELETE")

/** Any endpoint (schemas are invariant in their types, so a list of endpoints needs `any`). */
// biome-ignore lint/suspicious/noExplicitAny: see above.
export type Any = Endpoint<string, any, any, any, any, Errors.ErrorTag>

/** Whether a signed-in user of `role` may call the endpoint (its `roles`, from the access policy). */
export const allows = (endpoint: { readonly roles: ReadonlyArray<Role> | "public" }, role: Role): boolean =>
  endpoint.roles === "public" || endpoint.roles.includes(role)

/** The path with its `:name` parameters replaced by the (URL-encoded) values. */
export const fillPath = (path: string, params: Readonly<Record<string, string>>): string =>
  path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ""))

/** The input a caller gives an endpoint: its params, query and body, each only where the endpoint has them. */
export type Input<E> =
  E extends Endpoint<string, infer P, infer Q, infer B, infer _S, infer _Err>
    ? (Empty extends P ? { readonly params?: P } : { readonly params: P }) &
        (Empty extends Q ? { readonly query?: Q } : { readonly query: Q }) &
        ([B] extends [undefined] ? unknown : { readonly body: B })
    : never

/** The decoded answer of an endpoint. */
export type Success<E> =
  E extends Endpoint<string, infer _P, infer _Q, infer _B, infer S, infer _Err> ? S : never

/** The error tags an endpoint can answer with. */
export type ErrorOf<E> =
  E extends Endpoint<string, infer _P, infer _Q, infer _B, infer _S, infer Err> ? Err : never
