import { createReadStream } from "node:fs"
import { Readable } from "node:stream"
import { Api, type IssueCode, type IssueParams, Issues } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Context, Hono } from "hono"
import { Audit } from "../Audit.js"
import { InvalidRequest } from "../Errors.js"
import { Fhir } from "../Fhir.js"
import type { Runtime } from "../http/Route.js"
import { fhirImportRoute, fhirReportRoute } from "./ImportHttp.js"
import { fhirJson, mount } from "./Mount.js"
import { outcomeOf } from "./Outcome.js"

const fhir = <A, E, R>(f: (s: Fhir) => Effect.Effect<A, E, R>) => Effect.flatMap(Fhir, f)
const baseOf = (c: Context) => `${new URL(c.req.url).origin}/api/fhir`
const audited = (entityId: string) =>
  Effect.flatMap(Audit, (audit) => audit.append({ action: "export", entity: "export", entityId }))

const ndjsonFormats = new Set(["application/fhir+ndjson", "application/ndjson", "ndjson"])

/** The kick-off's checks (Bulk Data Access IG): `Prefer: respond-async`, an NDJSON output format, known types. */
const kickoffRequest = (c: Context) =>
  Effect.gen(function* () {
    const bad = (path: string, message: string, code: IssueCode, params: IssueParams = {}) =>
      Effect.fail(new InvalidRequest({ message, issues: [Issues.rule(code, [path], message, params)] }))
    if (!/respond-async/i.test(c.req.header("prefer") ?? ""))
      return yield* bad(
        "Prefer",
        "a bulk export answers asynchronously: send the header Prefer: respond-async",
        "oneOf",
        { allowed: ["respond-async"] }
      )
    const format = c.req.query("_outputFormat")
    if (format !== undefined && !ndjsonFormats.has(format))
      return yield* bad(
        "_outputFormat",
        `_outputFormat ${format} is not offered; use application/fhir+ndjson`,
        "oneOf",
        { allowed: [...ndjsonFormats] }
      )
    for (const name of Object.keys(c.req.queries()))
      if (name !== "_outputFormat" && name !== "_type")
        return yield* bad(
          name,
          `the parameter ${name} is not supported; the export takes _type and _outputFormat`,
          "unexpected"
        )
    const type = c.req.query("_type")
    return type === undefined ? null : new Set(type.split(",").map((t) => t.trim()))
  })

/**
 * `/api/fhir/*`: the import, a patient's `$everything` and the bulk export (kick-off, status, files, cancel);
 * and `/api/import/fhir`, the import answered as a report.
 */
export const fhirRoutes = (app: Hono, runtime: Runtime) => {
  fhirImportRoute(app, runtime)
  fhirReportRoute(app, runtime)
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
