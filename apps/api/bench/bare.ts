import { createHash, randomBytes } from "node:crypto"
import { Analysis, Model, Protocol } from "@cryoreg/domain"
import { serve } from "@hono/node-server"
import Sqlite from "better-sqlite3"
import { Effect } from "effect"
import { Hono } from "hono"

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
  const allPatients = db.prepare<[], { id: string; data: string; withdrawn_at: string | null }>(
    "SELECT id, data, withdrawn_at FROM patients ORDER BY id"
  )
  const allRecords = db.prepare<[], Row>("SELECT kind, patient_id, data FROM clinical_records")
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

  app.get("/api/analysis/report", (c) => {
    if (caller(c.req.header("authorization")) === undefined) return c.json({ error: "Unauthorized" }, 401)
    const byId = new Map<
      string,
      { patient: object; withdrawn: boolean; kinds: Record<string, Array<object>> }
    >()
    for (const p of allPatients.all())
      byId.set(p.id, { patient: JSON.parse(p.data), withdrawn: p.withdrawn_at !== null, kinds: {} })
    for (const r of allRecords.all()) {
      const p = byId.get(r.patient_id)
      if (p === undefined) continue
      const list = p.kinds[r.kind] ?? []
      p.kinds[r.kind] = list
      list.push(JSON.parse(r.data))
    }
    const treated: Array<Model.PatientRecord> = []
    for (const p of byId.values()) {
      const { screening, procedure, block = [], visit = [], adverseEvent = [] } = p.kinds
      if (p.withdrawn || screening === undefined || procedure === undefined) continue
      treated.push(
        new Model.PatientRecord(
          {
            patient: new Model.Patient(p.patient as Model.Patient, trusted),
            screening: new Model.Screening(screening[0] as Model.Screening, trusted),
            blocks: block.map((b) => new Model.DiagnosticBlock(b as Model.DiagnosticBlock, trusted)),
            procedure: new Model.Procedure(procedure[0] as Model.Procedure, trusted),
            visits: visit.map((v) => new Model.FollowUpVisit(v as Model.FollowUpVisit, trusted)),
            adverseEvents: adverseEvent.map((e) => new Model.AdverseEvent(e as Model.AdverseEvent, trusted))
          },
          trusted
        )
      )
    }
    const report = Effect.runSync(Analysis.studyReport(treated, Protocol.study))
    return c.json({ n: treated.length, report })
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
    db.transaction(() => {
      insertRecord.run(visit.id, id, row.center_id, body.timepoint, data, now, now)
      insertAudit.run(now, user.id, user.username, visit.id, id, row.center_id, data)
      setStatus.run(body.timepoint === "month6" ? "month6" : "month3", now, id)
      bump.run()
    })()
    return c.json({ visit }, 201)
  })

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
