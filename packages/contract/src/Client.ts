/** The typed client. */

import { Effect, ParseResult, Schema } from "effect"
import * as Api from "./Api.js"
import { type Any, fillPath, type Input, type Success } from "./Endpoint.js"
import { type CurrentRecord, type Issue, Problem } from "./Problem.js"

/** The API answered with an error (or could not be reached: status 0). */
export class ApiError extends Error {
  override readonly name = "ApiError"
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly issues: ReadonlyArray<Issue> = [],
    /** The record as it now stands, when a correction made against an older version was refused (412). */
    readonly current: CurrentRecord | null = null,
    /** The whole problem body, with the error's own fields (read them with `Problems.field`). */
    readonly problem: Problem | null = null
  ) {
    super(message)
  }
}

/** Where the client sends requests and how it authenticates. */
export interface ClientOptions {
  /** Origin of the API, e.g. "http://127.0.0.1:8787"; "" for the same origin (the dashboard). */
  readonly baseUrl?: string
  /** Bearer token; without one the browser's session cookie is used. */
  readonly token?: string | (() => string | undefined)
  readonly fetch?: typeof fetch
}

/** What one call may add to its request: headers such as `If-Match` (they cannot replace the client's own). */
export interface CallOptions {
  readonly headers?: Readonly<Record<string, string>>
}

const decodeProblem = Schema.decodeUnknownOption(Problem)

const encodeQuery = (endpoint: Any, query: unknown): string => {
  const encoded = ParseResult.encodeSync(endpoint.query)(query ?? {}) as Record<string, string | undefined>
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(encoded)) if (v !== undefined) search.set(k, v)
  const text = search.toString()
  return text === "" ? "" : `?${text}`
}

/** Builds the URL of an endpoint for an input (for links: CSV downloads, the live stream). */
export const urlOf = <E extends Any>(
  endpoint: E,
  input: Pick<Input<E>, Extract<keyof Input<E>, "params" | "query">>,
  baseUrl = ""
): string => {
  const i = input as { params?: unknown; query?: unknown }
  const params = ParseResult.encodeSync(endpoint.params)(i.params ?? {})
  return `${baseUrl}${fillPath(endpoint.path, params)}${encodeQuery(endpoint, i.query)}`
}

/**
 * Calls one endpoint: encodes params, query and body with its schemas, and decodes the answer with
 * its success schema. Fails with an `ApiError` carrying the API's `{ error, message, issues }`.
 */
export const call = async <E extends Any>(
  options: ClientOptions,
  endpoint: E,
  input: Input<E>,
  callOptions: CallOptions = {}
): Promise<Success<E>> => {
  const i = input as { body?: unknown }
  const token = typeof options.token === "function" ? options.token() : options.token
  // x-cryoreg-csrf: the API refuses cookie-authenticated writes without it (another site cannot set it).
  const headers: Record<string, string> = {
    ...callOptions.headers,
    accept: "application/json",
    "x-cryoreg-csrf": "1"
  }
  if (token !== undefined) headers.authorization = `Bearer ${token}`
  let body: string | undefined
  if (endpoint.body !== null) {
    headers["content-type"] = "application/json"
    body = JSON.stringify(ParseResult.encodeSync(endpoint.body)(i.body))
  }
  const url = urlOf(endpoint, input, options.baseUrl ?? "")
  const response = await (options.fetch ?? fetch)(url, {
    method: endpoint.method,
    headers,
    credentials: "same-origin",
    ...(body === undefined ? {} : { body })
  }).catch((cause: unknown) => {
    throw new ApiError(0, "Unreachable", `The API cannot be reached: ${String(cause)}`)
  })
  if (!response.ok) {
    const problem = decodeProblem(await response.json().catch(() => null))
    if (problem._tag === "Some")
      throw new ApiError(
        response.status,
        problem.value.error,
        problem.value.message,
        problem.value.issues,
        problem.value.current ?? null,
        problem.value
      )
    throw new ApiError(
      response.status,
      "HttpError",
      `The API answered ${response.status} ${response.statusText}`
    )
  }
  if (endpoint.answer === "empty") return undefined as Success<E>
  const payload: unknown =
    endpoint.answer === "csv" || endpoint.answer === "xml"
      ? await response.text()
      : endpoint.answer === "docx" || endpoint.answer === "parquet"
        ? new Uint8Array(await response.arrayBuffer())
        : await response.json()
  return Effect.runPromise(Schema.decodeUnknown(endpoint.success)(payload)).catch((cause: unknown) => {
    throw new ApiError(
      response.status,
      "UnexpectedAnswer",
      `The API's answer is not understood: ${String(cause)}`
    )
  }) as Promise<Success<E>>
}

type Endpoints = typeof Api

/**
 * A typed client: one method per endpoint, e.g. `client.getPatient({ params: { id } })`, with headers of
 * one call as the second argument, e.g. `client.correctVisit(input, { headers: { "if-match": etag } })`.
 */
export type Client = {
  readonly [K in keyof Endpoints]: (
    input: Input<Endpoints[K]>,
    options?: CallOptions
  ) => Promise<Success<Endpoints[K]>>
}

/** Makes the typed client for an API origin and token. */
export const makeClient = (options: ClientOptions = {}): Client =>
  Object.fromEntries(
    Object.entries(Api).map(([name, endpoint]) => [
      name,
      (input: unknown, callOptions?: CallOptions) =>
        call(options, endpoint as Any, (input ?? {}) as never, callOptions)
    ])
  ) as Client
