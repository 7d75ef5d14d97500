import { describe, expect, it } from "vitest"
import {
  decodeDeviation,
  decodeEvaluation,
  procedureRowOf,
  type StoredProcedureRow,
  streamKindOf
} from "../../src/LiveProcedures/Rows.js"

const stored: StoredProcedureRow = {
  id: "prc-1",
  patient_id: "WAW-0001",
  center_id: "waw",
  side: "bilateral",
  lesions_per_side: 6,
  device_serial: "SIM-1",
  operator: "dr A",
  date: "2026-12-01",
  mode: "live",
  created_by: "u-1",
  created_at: "2026-12-01T08:00:00.000Z",
  completed_at: null,
  record_id: null,
  next_event_index: 0,
  samples: 0,
  last_sample: null,
  clock: null,
  abort_reason: null
}

describe("live procedure rows as the repository reads them", () => {
  it("decodes the side, mode and date columns and keeps the others", () => {
    expect(procedureRowOf(stored)).toEqual(stored)
  })

  it("fails on a side, mode or date the registry does not know instead of passing it on", () => {
    expect(() => procedureRowOf({ ...stored, side: "both" })).toThrow(/side/)
    expect(() => procedureRowOf({ ...stored, mode: "paused" })).toThrow(/mode/)
    expect(() => procedureRowOf({ ...stored, date: "2026-02-30" })).toThrow(/date/)
  })

  it("decodes stored deviations, cycle evaluations and stream messages with their Schemas", () => {
    const deviation = {
      kind: "too-few-lesions",
      side: "left",
      lesion: null,
      message: "5 lesions on the left",
      params: { lesions: 5, min: 6, max: 7 }
    }
    expect(decodeDeviation(JSON.stringify(deviation))).toEqual(deviation)
    // one stored before deviations carried params, or of an unknown kind: judged again from the lesions
    const { params: _, ...old } = deviation
    expect(decodeDeviation(JSON.stringify(old))).toBeNull()
    expect(decodeDeviation(JSON.stringify({ ...deviation, kind: "too-cold" }))).toBeNull()
    expect(() => decodeEvaluation(JSON.stringify({ freezeSeconds: "120" }))).toThrow()
    expect(streamKindOf(JSON.stringify({ _tag: "Samples", samples: [] }))).toBe("Samples")
    expect(() => streamKindOf(JSON.stringify({ _tag: "Gossip" }))).toThrow()
  })
})
