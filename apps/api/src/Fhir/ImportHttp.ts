import { Api, type ImportReport, problemsCsv } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import { CsvText, type Failure, type Runtime, router } from "../http/Route.js"
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

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

/**
 * `POST /api/import/fhir`: the same import of a Bundle, answered as the import's report (each problem with
 * its rule, code and parameters, for the dashboard to word) or, with `format=csv`, its problems as CSV.
 */
export const fhirReportRoute = (app: Hono, runtime: Runtime) =>
  router(app, runtime).mount(Api.importFhir, ({ query }, c) =>
    Effect.gen(function* () {
      const type = c.req.header("content-type") ?? ""
      if (!/^application\/(fhir\+)?json\b/i.test(type))
        return yield* Effect.fail({
          _tag: "UnsupportedMediaType" as const,
          message: `send the Bundle as application/fhir+json, not "${type || "nothing"}"`
        })
      const bytes = new Uint8Array(yield* Effect.promise(() => c.req.arrayBuffer()))
      const dryRun = query.dryRun === "1" || query.dryRun === "true"
      // the file's own name, for the report to name it as the user chose it (`filename*` when not ASCII)
      const disposition = c.req.header("content-disposition") ?? ""
      const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1]
      const plain = /filename="?([^";]+)"?/.exec(disposition)?.[1]
      const name = encoded === undefined ? plain : safeDecode(encoded)
      const report = yield* importBundle(bytes, {
        dryRun,
        ...(name === undefined || name.trim() === "" ? {} : { name }),
        ...(query.center === undefined ? {} : { center: query.center })
      })
      return query.format === "csv"
        ? new CsvText(problemsCsv(report.problems), "import-problems.csv")
        : report
    })
  )
