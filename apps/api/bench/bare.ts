import { createHash, randomBytes } from "node:crypto"
import { Analysis, Model, Protocol } from "@cryoreg/domain"
import { serve } from "@hono/node-server"
import Sqlite from "better-sqlite3"
import { Effect } from "effect"
import { Hono } from "hono"
import { bareExportRoutes } from "./bareExports.js"

// The baseline: the same reads and writes as the API, written the shortest way with Hono and
// better-sqlite3 (prepared statements, no Effect, no Schema decoding, no derived views).
const trusted = { disableValidation: true } as const

interface Caller {
  readonly id: string
  readonly username: string
  readonly role: string
  readonly center_id: string | null
}
interface Row {
  readonly kind: string
  readonly patient_id: string
  readonly data: string
}

/** Starts the bare Hono + better-sqlite3 server on 127.0.0.1 over the API's SQLite file. */
export const startBare = async (filename: string) => {
  const db = new Sqlite(filename)
  db.pragma("journal_mode = WAL")
  db.pragma("synchronous = FULL")
  const session = db.prepare<[string, string], Caller>(
    "SELECT u.id, u.username, u.role, u.center_id FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ?"
  )
  const patient = db.prepare<[{ id: string; center: string | null }], { data: string; center_id: string }>(
    "SELECT data, center_id FROM patients WHERE id = @id AND (@center IS NULL OR center_id = @center)"
  )
  const records = db.prepare<[string], Row>(
    "SELECT kind, patient_id, data FROM clinical_records WHERE patient_id = ? ORDER BY created_at, id"
  )
  const studyRows = db.prepare<[], { data: string }>("SELECT data FROM study_rows ORDER BY patient_id")
  const putStudyRow = db.prepare(
    "INSERT INTO study_rows (patient_id, center_id, data) VALUES (?, ?, ?) ON CONFLICT (patient_id) DO UPDATE SET data = excluded.data"
  )
  const insertRecord = db.prepare(
    "INSERT INTO clinical_records (id, kind, patient_id, center_id, slot, state, data, created_at, updated_at) VALUES (?, 'visit', ?, ?, ?, NULL, ?, ?, ?)"
  )
  const insertAudit = db.prepare(
    "INSERT INTO audit_log (at, user_id, username, action, entity, entity_id, patient_id, center_id, after_value) VALUES (?, ?, ?, 'create', 'visit', ?, ?, ?, ?)"
  )
  const setStatus = db.prepare("UPDATE patients SET status = ?, updated_at = ? WHERE id = ?")
  const bump = db.prepare(
    "UPDATE registry_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'data_version'"
  )

  const caller = (header: string | undefined) => {
    const token = header?.replace(/^Bearer /i, "")
    if (token === undefined) return undefined
    const hash = createHash("sha256").update(token).digest("hex")
    return session.get(hash, new Date().toISOString())
  }
  const scope = (user: Caller) =>
    user.role === "admin" || user.role === "statistician" ? null : user.center_id

  const app = new Hono()
  app.get("/api/patients/:id", (c) => {
    const user = caller(c.req.header("authorization"))
    if (user === undefined) return c.json({ error: "Unauthorized" }, 401)
    const row = patient.get({ id: c.req.param("id"), center: scope(user) })
    if (row === undefined) return c.json({ error: "NotFound" }, 404)
    const rows = records.all(c.req.param("id"))
    return c.json({ patient: JSON.parse(row.data), records: rows.map((r) => JSON.parse(r.data)) })
  })

  // The same read as the API's report: the study rows of every treated patient, in patient order.
  app.get("/api/analysis/report", (c) => {
    if (caller(c.req.header("authorization")) === undefined) return c.json({ error: "Unauthorized" }, 401)
    const rows = studyRows.all()
    const rowAt = (i: number) => JSON.parse(rows[i]!.data) as Analysis.StudyRow
    const report = Effect.runSync(Analysis.studyReportOfRows({ n: rows.length, rowAt }, Protocol.study))
    return c.json({ n: rows.length, report })
  })

  app.post("/api/patients/:id/visits", async (c) => {
    const user = caller(c.req.header("authorization"))
    if (user === undefined) return c.json({ error: "Unauthorized" }, 401)
    const id = c.req.param("id")
    const body = await c.req.json()
    const row = patient.get({ id, center: scope(user) })
    if (row === undefined) return c.json({ error: "NotFound" }, 404)
    const existing = records.all(id).map((r) => ({ kind: r.kind, value: JSON.parse(r.data) }))
    if (!existing.some((r) => r.kind === "procedure")) return c.json({ error: "StepOutOfOrder" }, 409)
    if (existing.some((r) => r.kind === "visit" && r.value.timepoint === body.timepoint))
      return c.json({ error: "AlreadyRecorded" }, 409)
    const visit = { id: `vis-${randomBytes(8).toString("hex")}`, patientId: id, ...body }
    const data = JSON.stringify(visit)
    const now = new Date().toISOString()
    // The patient's study row, as the API keeps it with each write.
    const all = [...existing, { kind: "visit", value: visit }]
    const of = (kind: string) => all.filter((r) => r.kind === kind).map((r) => r.value)
    const study = Analysis.studyRowOf(
      new Model.PatientRecord(
        {
          patient: new Model.Patient(JSON.parse(row.data), trusted),
          screening: new Model.Screening(of("screening")[0], trusted),
          blocks: of("block").map((b) => new Model.DiagnosticBlock(b, trusted)),
          procedure: new Model.Procedure(of("procedure")[0], trusted),
          visits: of("visit").map((v) => new Model.FollowUpVisit(v, trusted)),
          adverseEvents: of("adverseEvent").map((e) => new Model.AdverseEvent(e, trusted))
        },
        trusted
      )
    )
    db.transaction(() => {
      insertRecord.run(visit.id, id, row.center_id, body.timepoint, data, now, now)
      insertAudit.run(now, user.id, user.username, visit.id, id, row.center_id, data)
      setStatus.run(body.timepoint === "month6" ? "month6" : "month3", now, id)
      putStudyRow.run(id, row.center_id, JSON.stringify(study))
      bump.run()
    })()
    return c.json({ visit }, 201)
  })

  bareExportRoutes(app, db, caller)

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s))
  })
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      db.close()
    }
  }
}
