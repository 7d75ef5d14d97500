import { Api, type ImportReport } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import type { Failure, Runtime } from "../http/Route.js"
import { importBundle } from "./Import.js"
import { fhirJson, mount } from "./Mount.js"

/** The import's report as an OperationOutcome: every problem an error issue, else what was (or would be) stored. */
const importOutcome = (report: ImportReport) => {
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
              : p.rule === "value allowed in this column"
                ? "value"
                : "business-rule",
          diagnostics: `${p.row === null ? "" : `entry ${p.row}: `}${p.message} (rule: ${p.rule})`,
          ...(p.column === null ? {} : { expression: [p.column] })
        }))
      }
    }
  const c = report.counts
  const records = [c.screenings, c.blocks, c.procedures, c.visits, c.adverseEvents]
  const added = records.reduce((n, k) => n + k.added, 0)
  const unchanged = records.reduce((n, k) => n + k.unchanged, 0)
  const what = `${c.patients.added} patients and ${added} records into center ${report.centerId}; ${c.patients.unchanged} patients and ${unchanged} records already stored unchanged`
  return {
    status: 200 as const,
    body: {
      resourceType: "OperationOutcome",
      issue: [
        {
          severity: "information",
          code: "informational",
          diagnostics: `${report.dryRun ? "dry run, nothing stored: would add" : "stored"} ${what} (file sha-256 ${report.fileHash}${report.importId === null ? "" : `, import ${report.importId}`})`
        }
      ]
    }
  }
}

/** `POST /api/fhir`: a transaction or collection Bundle into the caller's center (`?center=` for an admin). */
export const fhirImportRoute = (app: Hono, runtime: Runtime) =>
  mount(app, runtime, Api.fhirImport, (c) =>
    Effect.gen(function* () {
      const type = c.req.header("content-type") ?? ""
      if (!/^application\/(fhir\+)?json\b/i.test(type))
        return yield* Effect.fail<Failure>({
          _tag: "UnsupportedMediaType" as const,
          message: `send the Bundle as application/fhir+json, not "${type || "nothing"}"`
        })
      const dryRun = ["1", "true"].includes(c.req.query("dryRun") ?? "")
      const bytes = new Uint8Array(yield* Effect.promise(() => c.req.arrayBuffer()))
      const center = c.req.query("center")
      const report = yield* importBundle(bytes, { dryRun, ...(center === undefined ? {} : { center }) })
      const { status, body } = importOutcome(report)
      return c.body(JSON.stringify(body), status, { "content-type": fhirJson })
    })
  )
