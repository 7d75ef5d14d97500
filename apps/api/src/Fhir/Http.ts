import { createReadStream } from "node:fs"
import { Readable } from "node:stream"
import { Api, type Endpoint } from "@cryoreg/contract"
import { Cause, Effect, Exit, Fiber, Option } from "effect"
import type { Context, Hono } from "hono"
import { Audit } from "../Audit.js"
import { Auth } from "../Auth.js"
import { CurrentUser, RequestSession } from "../CurrentUser.js"
import { InvalidRequest } from "../Errors.js"
import { Fhir } from "../Fhir.js"
import { type Failure, type Runtime, tokenOf } from "../http/Route.js"
import { RowSecurity } from "../RowSecurity.js"
import type { Services } from "../Services.js"
import type { FhirImportReport } from "./Import.js"
import { outcomeOf } from "./Outcome.js"

const fhirJson = "application/fhir+json"
const running = new Set<Fiber.RuntimeFiber<void>>()

/** Interrupts the bulk exports this process is running (at shutdown; their jobs stay "in progress"). */
export const closeExports = (runtime: Runtime) =>
  Promise.all([...running].map((f) => runtime.runPromise(Fiber.interrupt(f)))).then(() => undefined)

/** A route's answer, and what to start once the request's transaction is committed. */
interface Answer {
  readonly response: Response
  readonly after?: Effect.Effect<void, never, Services>
}

type Handler = (
  c: Context
) => Effect.Effect<Response | Answer, Failure, Services | CurrentUser | RequestSession>

/**
 * Mounts a FHIR route: authenticate (401), check the role (403), run the handler as the caller under the
 * database's row security; a failure is answered as an OperationOutcome with the status of its tag.
 */
const mount = (app: Hono, runtime: Runtime, endpoint: Endpoint.Any, handler: Handler) =>
  app.on(endpoint.method, endpoint.path, async (c) => {
    const program = Effect.gen(function* () {
      const token = tokenOf(c)
      const found = token === undefined ? Option.none() : yield* (yield* Auth).authenticate(token)
      if (Option.isNone(found))
        return yield* Effect.fail<Failure>({
          _tag: "Unauthorized",
          message: "sign in first: no valid session or bearer token"
        })
      const session = found.value
      if (endpoint.roles === "public" || !endpoint.roles.includes(session.user.role))
        return yield* Effect.fail<Failure>({
          _tag: "Forbidden",
          message: `the ${session.user.role} role may not ${endpoint.summary.toLowerCase()}`
        })
      return yield* Effect.flatMap(RowSecurity, (rls) => rls.scoped(handler(c))).pipe(
        Effect.provideService(CurrentUser, session.user),
        Effect.provideService(RequestSession, session)
      )
    })
    const exit = await runtime.runPromiseExit(program)
    if (Exit.isSuccess(exit)) {
      if (exit.value instanceof Response) return exit.value
      if (exit.value.after !== undefined) {
        const fiber = runtime.runFork(exit.value.after)
        running.add(fiber)
        fiber.addObserver(() => running.delete(fiber))
      }
      return exit.value.response
    }
    const failure = Cause.failureOption(exit.cause)
    if (Option.isSome(failure)) {
      const { status, body } = outcomeOf(failure.value as Failure)
      if (status !== 500) return c.body(JSON.stringify(body), status, { "content-type": fhirJson })
    }
    console.error(Cause.pretty(exit.cause))
    const { body } = outcomeOf({ _tag: "InternalError", message: "The server failed to handle this request" })
    return c.body(JSON.stringify(body), 500, { "content-type": fhirJson })
  })

const fhir = <A, E, R>(f: (s: Fhir) => Effect.Effect<A, E, R>) => Effect.flatMap(Fhir, f)
const baseOf = (c: Context) => `${new URL(c.req.url).origin}/api/fhir`
const audited = (entityId: string) =>
  Effect.flatMap(Audit, (audit) => audit.append({ action: "export", entity: "export", entityId }))

const ndjsonFormats = new Set(["application/fhir+ndjson", "application/ndjson", "ndjson"])

/** The kick-off's checks (Bulk Data Access IG): `Prefer: respond-async`, an NDJSON output format, known types. */
const kickoffRequest = (c: Context) =>
  Effect.gen(function* () {
    const bad = (path: string, message: string) =>
      Effect.fail(new InvalidRequest({ message, issues: [{ path: [path], message }] }))
    if (!/respond-async/i.test(c.req.header("prefer") ?? ""))
      return yield* bad(
        "Prefer",
        "a bulk export answers asynchronously: send the header Prefer: respond-async"
      )
    const format = c.req.query("_outputFormat")
    if (format !== undefined && !ndjsonFormats.has(format))
      return yield* bad(
        "_outputFormat",
        `_outputFormat ${format} is not offered; use application/fhir+ndjson`
      )
    for (const name of Object.keys(c.req.queries()))
      if (name !== "_outputFormat" && name !== "_type")
        return yield* bad(
          name,
          `the parameter ${name} is not supported; the export takes _type and _outputFormat`
        )
    const type = c.req.query("_type")
    return type === undefined ? null : new Set(type.split(",").map((t) => t.trim()))
  })

/** `/api/fhir/*`: a patient's `$everything` and the bulk export (kick-off, status, files, cancel). */
export const fhirRoutes = (app: Hono, runtime: Runtime) => {
  fhirImportRoute(app, runtime)
  mount(app, runtime, Api.fhirEverything, (c) =>
    Effect.gen(function* () {
      const id = c.req.param("id") ?? ""
      const bundle = yield* fhir((f) => f.everything(id, baseOf(c)))
      yield* audited(`${Api.fhirEverything.path.replace(":id", id)}`)
      return c.body(JSON.stringify(bundle), 200, { "content-type": fhirJson })
    })
  )
  const kickoff = (c: Context, group: string | null) =>
    Effect.gen(function* () {
      const types = yield* kickoffRequest(c)
      const id = yield* fhir((f) => f.kickoff(group, c.req.url, types))
      yield* audited(group === null ? Api.fhirExport.path : `/api/fhir/Group/${group}/$export`)
      return {
        response: c.body(null, 202, { "content-location": `${baseOf(c)}/$export-status/${id}` }),
        // started once this request's transaction is committed, so the job reads its own row
        after: fhir((f) => f.run(id, types))
      }
    })
  mount(app, runtime, Api.fhirExport, (c) => kickoff(c, null))
  mount(app, runtime, Api.fhirGroupExport, (c) => kickoff(c, c.req.param("center") ?? ""))
  mount(app, runtime, Api.fhirExportStatus, (c) =>
    Effect.map(
      fhir((f) => f.status(c.req.param("job") ?? "", baseOf(c))),
      (status) => {
        if (status._tag === "InProgress")
          return c.body(null, 202, { "x-progress": status.progress, "retry-after": "1" })
        if (status._tag === "Failed") {
          const { body } = outcomeOf({ _tag: "InternalError", message: status.message })
          return c.body(JSON.stringify(body), 500, { "content-type": fhirJson })
        }
        return c.json(status.manifest, 200, { expires: new Date(Date.now() + 24 * 3600_000).toUTCString() })
      }
    )
  )
  mount(app, runtime, Api.fhirExportCancel, (c) =>
    Effect.as(
      fhir((f) => f.cancel(c.req.param("job") ?? "")),
      c.body(null, 202)
    )
  )
  mount(app, runtime, Api.fhirExportFile, (c) =>
    Effect.map(
      fhir((f) => f.file(c.req.param("job") ?? "", c.req.param("file") ?? "")),
      (path) =>
        c.body(Readable.toWeb(createReadStream(path)) as ReadableStream, 200, {
          "content-type": "application/fhir+ndjson"
        })
    )
  )
}

/** The import's report as an OperationOutcome: every problem an error issue, else what was (or would be) stored. */
const importOutcome = (report: FhirImportReport) => {
  if (report.problems.length > 0)
    return {
      status: 422 as const,
      body: {
        resourceType: "OperationOutcome",
        issue: report.problems.map((p) => ({
          severity: "error",
          code:
            p.rule === "layout of the file"
              ? "structure"
              : p.rule === "value allowed in this field"
                ? "value"
                : "business-rule",
          diagnostics: `${p.row === null ? "" : `entry ${p.row}: `}${p.message} (rule: ${p.rule})`,
          ...(p.column === null ? {} : { expression: [p.column] })
        }))
      }
    }
  const what = `${report.added.patients} patients and ${report.added.records} records; ${report.unchanged} patients already stored unchanged`
  return {
    status: 200 as const,
    body: {
      resourceType: "OperationOutcome",
      issue: [
        {
          severity: "information",
          code: "informational",
          diagnostics: `${report.dryRun ? "dry run, nothing stored: would add" : "stored"} ${what} (file sha-256 ${report.fileHash})`
        }
      ]
    }
  }
}

/** `POST /api/fhir`: a transaction or collection Bundle into the caller's center. */
export const fhirImportRoute = (app: Hono, runtime: Runtime) =>
  mount(app, runtime, Api.fhirImport, (c) =>
    Effect.gen(function* () {
      const type = c.req.header("content-type") ?? ""
      if (!/^application\/(fhir\+)?json\b/i.test(type))
        return yield* Effect.fail<Failure>({
          _tag: "UnsupportedMediaType",
          message: `send the Bundle as application/fhir+json, not "${type || "nothing"}"`
        })
      const dryRun = ["1", "true"].includes(c.req.query("dryRun") ?? "")
      const bytes = new Uint8Array(yield* Effect.promise(() => c.req.arrayBuffer()))
      const report = yield* fhir((f) => f.importBundle(bytes, { dryRun }))
      const { status, body } = importOutcome(report)
      return c.body(JSON.stringify(body), status, { "content-type": fhirJson })
    })
  )
