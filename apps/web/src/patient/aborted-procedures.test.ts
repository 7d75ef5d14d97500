import type { AuditRecord } from "@cryoreg/contract"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { abortedProcedures, abortedText } from "./aborted-procedures"

afterEach(() => setLocale("en"))

const record = (entity: string, action: AuditRecord["action"], reason: string | null): AuditRecord => ({
  id: "1",
  at: "2026-12-07T13:03:00.000Z",
  userId: "u",
  username: "clinician-waw",
  action,
  entity,
  entityId: "prc-3878b5d13b7e2a64",
  patientId: "WAW-0003",
  centerId: "waw",
  before: null,
  after: null,
  reason,
  onBehalfOf: null,
  address: null,
  outcome: "ok",
  outcomeCode: null,
  attempt: null
})

describe("abortedProcedures", () => {
  it("finds the aborted live procedures in the history and words each with its time and reason, no id", () => {
    const history = [
      record("liveProcedure", "create", null),
      record("liveProcedure", "abort", "probe fault"),
      record("visit", "retract", "entered in error")
    ]
    const aborted = abortedProcedures(history)
    expect(aborted).toEqual([{ at: "2026-12-07T13:03:00.000Z", reason: "probe fault" }])
    setLocale("pl")
    const text = abortedText(aborted[0]!)
    expect(text).toMatch(/^Zabieg na żywo przerwany 07\.12\.2026, \d{2}:03 — powód: probe fault$/)
    expect(text).not.toContain("prc-")
  })
})
