import { expect } from "vitest"
import { send } from "../support.js"
import type { DeviceWorker } from "./Telemetry.js"
import type { VisitWorker } from "./Visits.js"

interface AuditRow {
  action: string
  entity: string
  entityId: string
  reason: string | null
  after: { nrs?: number; timepoint?: string; mode?: string } | null
}

/**
 * After a restart: every acknowledged visit write of the worker is stored and audited; every stored visit
 * has its create row and its current values are those of its latest audit row (no change without its row,
 * no row without its change); no row comes from a refused write. Answers the acknowledged writes checked.
 */
export const verifyVisits = async (url: string, token: string, worker: VisitWorker): Promise<number> => {
  const headers = { authorization: `Bearer ${token}` }
  let checked = 0
  for (const patient of worker.patients) {
    const record = await send(url, "GET", `/api/patients/${patient}`, { headers })
    const history = await send(url, "GET", `/api/patients/${patient}/history`, { headers })
    expect(record.status).toBe(200)
    const visits: Array<{ visit: { id: string; timepoint: string; nrs: number } }> = record.json.visits
    const rows = (history.json.items as Array<AuditRow>).filter((r) => r.entity === "visit")
    const writes = worker.log.filter((w) => w.patient === patient)
    for (const { visit } of visits) {
      const own = rows.filter((r) => r.entityId === visit.id)
      expect(own[0]?.action, `visit ${visit.id} has its create row`).toBe("create")
      expect(own.slice(1).every((r) => r.action === "correct")).toBe(true)
      expect(own.at(-1)?.after?.nrs, `visit ${visit.id} holds its latest audited value`).toBe(visit.nrs)
      // Its latest correction is the last acknowledged one, or a later one cut by a kill.
      const lastAcked = writes.findLastIndex(
        (w) => w.kind === "correct" && w.timepoint === visit.timepoint && w.outcome === "acked"
      )
      const latest = own.filter((r) => r.action === "correct").at(-1)
      if (lastAcked >= 0)
        expect(writes.findIndex((w) => w.reason === latest?.reason)).toBeGreaterThanOrEqual(lastAcked)
    }
    for (const row of rows) expect(visits.some((v) => v.visit.id === row.entityId)).toBe(true)
    expect(new Set(visits.map((v) => v.visit.timepoint)).size).toBe(visits.length)
    for (const w of writes.filter((w) => w.outcome === "acked")) {
      if (w.kind === "create") {
        const stored = visits.find((v) => v.visit.timepoint === w.timepoint)
        const created = rows.find((r) => r.action === "create" && r.entityId === stored?.visit.id)
        expect(created?.after?.nrs, `acknowledged create ${patient} ${w.timepoint}`).toBe(w.nrs)
      } else {
        const row = rows.find((r) => r.reason === w.reason)
        expect(row?.after?.nrs, `acknowledged correction "${w.reason}"`).toBe(w.nrs)
      }
      checked++
    }
    // A correction's row is there only for a write that was acknowledged or cut by a kill, never refused.
    const sent = new Map(writes.map((w) => [w.reason, w.outcome]))
    for (const row of rows.filter((r) => r.action === "correct"))
      expect(sent.get(row.reason)).toMatch(/acked|unknown/)
    worker.learn(patient, visits)
  }
  return checked
}

/**
 * After a restart: every acknowledged post of the device is stored, each samples batch is stored whole or
 * not at all, nothing past the post in flight is stored, and the procedure's counters match its samples.
 */
export const verifyDevice = async (url: string, token: string, device: DeviceWorker): Promise<number> => {
  const headers = { authorization: `Bearer ${token}` }
  const state = await send(url, "GET", `/api/procedures/${device.procedure}`, { headers })
  const series = await send(url, "GET", `/api/procedures/${device.procedure}/telemetry`, { headers })
  expect(state.status).toBe(200)
  const stored = new Set<number>(series.json.samples.map((s: { seq: number }) => s.seq))
  expect(stored.size).toBe(series.json.total)
  expect(state.json.samples).toBe(stored.size)
  expect(state.json.lastSeq).toBe(stored.size === 0 ? null : Math.max(...stored))
  let checked = 0
  let events = 0
  device.posts.forEach((post, i) => {
    const seqs = device.seqsOf(i)
    const expected = i < device.acked ? "all" : i === device.inFlight ? "either" : "none"
    if (seqs !== null) {
      const present = seqs.filter((s) => stored.has(s)).length
      if (expected === "all") expect(present, `acknowledged batch ${i}`).toBe(seqs.length)
      else if (expected === "none") expect(present, `batch ${i} was never sent`).toBe(0)
      else expect([0, seqs.length], `batch ${i} in flight: whole or nothing`).toContain(present)
    } else if (post.kind === "events" && i < device.acked) events = post.firstIndex + post.events.length
    if (i < device.acked) checked++
  })
  expect(state.json.nextEventIndex).toBeGreaterThanOrEqual(events)
  return checked
}

/** An acknowledged completion left its audit row and the patient's procedure record. */
export const verifyCompletion = async (url: string, token: string, device: DeviceWorker, patient: string) => {
  if (device.acked < device.posts.length) return 0
  const headers = { authorization: `Bearer ${token}` }
  const audit = await send(url, "GET", `/api/audit?entity=liveProcedure&entityId=${device.procedure}`, {
    headers
  })
  expect(audit.json.items.some((r: AuditRow) => r.action === "event" && r.after?.mode === "completed")).toBe(
    true
  )
  const record = await send(url, "GET", `/api/patients/${patient}`, { headers })
  expect(record.json.procedure?.mode).toBe("completed")
  return 1
}
