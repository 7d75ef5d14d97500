import { Endpoint, type ErrorTag, type Issue, Issues } from "@cryoreg/contract"
import {
  Cause,
  Effect,
  Context as EffectContext,
  Either,
  Exit,
  type ManagedRuntime,
  Option,
  ParseResult,
  type Schema
} from "effect"
import type { Context, Hono } from "hono"
import { getCookie } from "hono/cookie"
import { auditOutcome, auditRefusal } from "../Audit/Outcomes.js"
import { Auth } from "../Auth.js"
import { ClientAddress, CurrentUser, RequestSession, type Session } from "../CurrentUser.js"
import { EncodedJson } from "../EncodedJson.js"
import { problem } from "../Problem.js"
import { RowSecurity } from "../RowSecurity.js"
import type { Services } from "../Services.js"
import { fastDecoder, notFast } from "./FastDecode.js"
import { decodeUtf8, isJsonProblem, parseStrict } from "./Json.js"
import { client } from "./Security/Client.js"
import { statusOf } from "./Status.js"
import { respondStreamed, Streamed } from "./Streamed.js"

/** Name of the session cookie. */
export const sessionCookie = "cryoreg_session"

/** What a handler receives: the decoded path parameters, query and body. */
export interface Decoded<P, Q, B> {
  readonly params: P
  readonly query: Q
  readonly body: B
}

type Parts<E> =
  E extends Endpoint.Endpoint<string, infer P, infer Q, infer B, infer S, infer Err>
    ? { p: P; q: Q; b: B; s: S; e: Err }
    : never

/** The bearer token of a request: the Authorization header, else the session cookie. */
export const tokenOf = (c: Context): string | undefined => {
  const header = c.req.header("authorization")
  if (header !== undefined) return /^Bearer (.+)$/i.exec(header)?.[1]?.trim()
  return getCookie(c, sessionCookie)
}

// One issue a field (code, path, parameters, English sentence): the same as the dashboard's form check.
const issuesOf = (error: ParseResult.ParseIssue, where: string): Array<Issue> =>
  Issues.fromParseIssue(error).map((i) =>
    where === "body" ? i : { ...i, message: `${where}: ${i.message}` }
  )

/**
 * A decoder for one part of a request, made once per endpoint: every issue collected, unknown fields
 * refused. Synchronous (an `Either`): the Schemas of requests have no asynchronous parts. A valid input
 * takes the fast path (`FastDecode`: the same answer as the Schema's decode); the Schema's decode runs
 * when the fast path cannot vouch for it, and reports the issues.
 */
const decoder = <A, I>(schema: Schema.Schema<A, I>, where: string) => {
  const options = { errors: "all", onExcessProperty: "error" } as const
  const fast = fastDecoder(schema.ast, options)
  const parse = ParseResult.decodeUnknownEither(schema, options)
  return (value: unknown): Either.Either<A, Failure & { issues: Array<Issue> }> => {
    const quick = fast === null ? notFast : fast(value)
    if (quick !== notFast) return Either.right(quick as A)
    return Either.mapLeft(parse(value), (error): Failure & { issues: Array<Issue> } => {
      const issues = issuesOf(error, where)
      return { _tag: "InvalidRequest", message: Issues.summary(`invalid ${where}`, issues), issues }
    })
  }
}

const readJson = (c: Context) =>
  Effect.tryPromise({
    try: () => c.req.arrayBuffer(),
    catch: (): Failure => ({ _tag: "InvalidRequest", message: "the request body could not be read" })
  }).pipe(
    Effect.flatMap((bytes): Effect.Effect<unknown, Failure> => {
      const type = c.req.header("content-type") ?? ""
      if (!/^application\/json\b/i.test(type))
        return Effect.fail({
          _tag: "UnsupportedMediaType" as const,
          message: `send the body as application/json, not "${type || "nothing"}"`
        })
      const text = decodeUtf8(bytes)
      if (isJsonProblem(text)) return Effect.fail(text)
      const parsed = parseStrict(text)
      return isJsonProblem(parsed) ? Effect.fail(parsed) : Effect.succeed(parsed)
    })
  )

/** A JSON endpoint's answer given as CSV instead (e.g. an import's problems with `?format=csv`). */
export class CsvText {
  constructor(
    readonly text: string,
    readonly filename: string
  ) {}
}

/** The runtime of the services every handler can reach. */
export type Runtime = ManagedRuntime.ManagedRuntime<Services, never>

/** A tagged failure a handler may answer with (its status comes from the contract's `Errors.statusOf`). */
export interface Failure<Tag extends ErrorTag = ErrorTag> {
  readonly _tag: Tag
  readonly message: string
}

/**
 * Mounts endpoints on a Hono app: authenticate (401), check the role (403), decode params, query and
 * body with the endpoint's Schemas (400 with the issues), run the handler with the caller as
 * `CurrentUser`, encode the answer with the success Schema. Failures become problems by their tag.
 */
export const router = (app: Hono, runtime: Runtime) => ({
  mount: <E extends Endpoint.Any>(
    endpoint: E,
    handler: (
      input: Decoded<Parts<E>["p"], Parts<E>["q"], Parts<E>["b"]>,
      c: Context
    ) => Effect.Effect<
      Parts<E>["s"] | EncodedJson<Parts<E>["s"]> | CsvText | ReadableStream<Uint8Array> | Streamed,
      Failure<Parts<E>["e"]>,
      Services | CurrentUser | RequestSession
    >
  ) => {
    const decodeParams = decoder(endpoint.params, "path")
    const decodeQuery = decoder(endpoint.query, "query")
    const decodeBody = endpoint.body === null ? null : decoder(endpoint.body, "body")
    const encode = ParseResult.encodeSync(endpoint.success)
    const respond = (c: Context, exit: Exit.Exit<unknown, Failure>): Response => {
      if (Exit.isSuccess(exit)) {
        if (exit.value instanceof Streamed) return respondStreamed(c, exit.value)
        if (endpoint.answer === "empty") return c.body(null, 204)
        if (endpoint.answer === "csv" || endpoint.answer === "xml") {
          // the file's name is the path's last part as called (a `:file` parameter filled in)
          const last =
            c.req.path
              .split("/")
              .at(-1)
              ?.replace(/[^A-Za-z0-9._-]/g, "") ?? ""
          const name = last === "" ? `export.${endpoint.answer}` : last
          // A streamed file (a ReadableStream) is sent as it is written.
          const body = exit.value instanceof ReadableStream ? exit.value : String(exit.value)
          return c.body(body, 200, {
            "content-type":
              endpoint.answer === "csv" ? "text/csv; charset=utf-8" : "application/xml; charset=utf-8",
            "content-disposition": `attachment; filename="${name}"`
          })
        }
        if (endpoint.answer === "docx") {
          const name = endpoint.path.split("/").at(-1) ?? "report.docx"
          return c.body(exit.value as Uint8Array<ArrayBuffer>, 200, {
            "content-type": Endpoint.docxMediaType,
            "content-disposition": `attachment; filename="${name}"`
          })
        }
        if (exit.value instanceof CsvText)
          return c.body(exit.value.text, 200, {
            "content-type": "text/csv; charset=utf-8",
            "content-disposition": `attachment; filename="${exit.value.filename}"`
          })
        const status = endpoint.status === 204 ? 200 : endpoint.status
        if (exit.value instanceof EncodedJson)
          return c.body(exit.value.text, status, { "content-type": "application/json" })
        return c.json(exit.value as object, status)
      }
      const failure = Cause.failureOption(exit.cause)
      if (Option.isSome(failure) && statusOf(failure.value._tag) !== 500) return problem(c, failure.value)
      console.error(Cause.pretty(exit.cause))
      return problem(c, "InternalError", "The server failed to handle this request")
    }
    app.on(endpoint.method, endpoint.path, (c) => {
      const program = Effect.gen(function* () {
        let session: Session | null = null
        if (endpoint.roles !== "public") {
          const token = tokenOf(c)
          const auth = yield* Auth
          const found = token === undefined ? Option.none() : yield* auth.authenticate(token)
          const ended =
            token === undefined || Option.isSome(found) ? Option.none() : yield* auth.endedProcedure(token)
          // The device token of a procedure that ended is not a bad token: the device has nothing left to post.
          if (Option.isSome(ended))
            return yield* Effect.fail({
              _tag: "ProcedureEnded" as const,
              message: `procedure ${ended.value.id} has ended (${ended.value.mode}${ended.value.completed_at === null ? "" : ` at ${ended.value.completed_at}`}): its device tokens ended with it and there is nothing left to post`,
              procedureId: ended.value.id,
              ended: ended.value.mode,
              endedAt: ended.value.completed_at
            })
          if (Option.isNone(found))
            return yield* Effect.fail({
              _tag: "Unauthorized" as const,
              message: "sign in first: no valid session or bearer token"
            })
          session = found.value
          // A password the server chose (first start, reset) is changed before anything else is done (what is
          // open before it is the contract's `beforePasswordChange`).
          if (session.user.mustChangePassword && !endpoint.beforePasswordChange)
            return yield* Effect.fail({
              _tag: "PasswordChangeRequired" as const,
              message: "change your password first: it was set for you and is valid for this one change"
            })
          if (!Endpoint.allows(endpoint, session.user.role))
            return yield* Effect.fail({
              _tag: "Forbidden" as const,
              message: `the ${session.user.role} role may not use this part of the registry ("${endpoint.summary}")`,
              role: session.user.role
            }).pipe(Effect.tapError(auditRefusal(endpoint, session.user, c.req.param())))
        }
        const params = yield* decodeParams(c.req.param())
        const query = yield* decodeQuery(c.req.query())
        const body = decodeBody === null ? undefined : yield* decodeBody(yield* readJson(c))
        const run = handler({ params, query, body }, c)
        const value =
          session === null
            ? run
            : Effect.provide(
                Effect.flatMap(RowSecurity, (rls) => rls.scoped(run)),
                EffectContext.make(CurrentUser, session.user).pipe(EffectContext.add(RequestSession, session))
              )
        const answer = yield* (
          session === null
            ? value
            : auditOutcome(
                value as Effect.Effect<unknown, Failure, Services>,
                endpoint,
                session.user,
                c.req.param()
              )
        ) as Effect.Effect<unknown, Failure, Services>
        return answer instanceof EncodedJson ||
          answer instanceof CsvText ||
          answer instanceof ReadableStream ||
          answer instanceof Streamed
          ? answer
          : encode(answer)
      })
      // Started at once: a request that never waits (SQLite's statements are synchronous) is answered
      // without a Promise, the others when their fiber ends.
      const fiber = runtime.runFork(Effect.provideService(program, ClientAddress, client(c).address))
      const exit = fiber.unsafePoll()
      if (exit !== null) return respond(c, exit)
      return new Promise<Response>((resolve, reject) =>
        fiber.addObserver((exit) => {
          try {
            resolve(respond(c, exit))
          } catch (error) {
            reject(error) // to the app's onError, as a throw on the synchronous path is
          }
        })
      )
    })
  }
})
