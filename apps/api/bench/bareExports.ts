import type Sqlite from "better-sqlite3"
import type { Hono } from "hono"
import { stream } from "hono/streaming"
import { visitRows } from "../src/Analysis/Export.js"
import { loadPatients } from "../src/Analysis/Load.js"
import { odiQuestionnaireResource } from "../src/Fhir/Clinical.js"
import { resourcesOf } from "../src/Fhir/Resources.js"
import type { AnalysisRecordRow, PatientRow } from "../src/Patients/Repo.js"
import { type VisitSourceRow, visitSourceSql, visitSources } from "./VisitSource.js"

/**
 * The exports' baselines on the bare server: the same rows as the API's streamed exports, read with
 * better-sqlite3 and written as JSON lines, a batch at a time, as the client reads them.
 */
export const bareExportRoutes = (
  app: Hono,
  db: Sqlite.Database,
  caller: (header: string | undefined) => unknown
) => {
  // The visit export's: the same rows as visits.parquet from the same cursor query.
  const visitSource = db.prepare<[], VisitSourceRow>(visitSourceSql)
  app.get("/bare/visits.ndjson", (c) => {
    if (caller(c.req.header("authorization")) === undefined) return c.json({ error: "Unauthorized" }, 401)
    return stream(c, async (out) => {
      let lines: Array<string> = []
      for (const p of visitSources(visitSource.iterate())) {
        for (const row of visitRows([p], null)) lines.push(JSON.stringify(row))
        if (lines.length >= 1000) {
          await out.write(`${lines.join("\n")}\n`)
          lines = []
        }
      }
      if (lines.length > 0) await out.write(`${lines.join("\n")}\n`)
    })
  })

  // The bulk FHIR export's: the same resources, 50 patients a page as the export reads them, as JSON lines.
  const page = db.prepare<[string], PatientRow>("SELECT * FROM patients WHERE id > ? ORDER BY id LIMIT 50")
  const records = db.prepare<[string, string], AnalysisRecordRow>(
    "SELECT kind, patient_id, data FROM clinical_records WHERE patient_id >= ? AND patient_id <= ? AND (state IS NULL OR state <> 'retracted') ORDER BY patient_id, created_at, id"
  )
  app.get("/bare/fhir.ndjson", (c) => {
    if (caller(c.req.header("authorization")) === undefined) return c.json({ error: "Unauthorized" }, 401)
    return stream(c, async (out) => {
      await out.write(`${JSON.stringify(odiQuestionnaireResource)}\n`)
      for (let after = ""; ; ) {
        const patients = page.all(after)
        if (patients.length === 0) return
        after = patients[patients.length - 1]!.id
        const lines: Array<string> = []
        for (const p of loadPatients(patients, records.all(patients[0]!.id, after)))
          for (const resource of resourcesOf(p, { pseudonymize: null })) lines.push(JSON.stringify(resource))
        await out.write(`${lines.join("\n")}\n`)
      }
    })
  })
}
