import type { AuditRecord } from "@cryoreg/contract"
import { render, screen } from "@solidjs/testing-library"
import { describe, expect, it } from "vitest"
import { changes, HistoryList } from "./history-list"

const record = (over: Partial<AuditRecord>): AuditRecord => ({
  id: "a1",
  at: "2026-11-30T10:00:00.000Z",
  userId: "u1",
  username: "clinician-waw",
  action: "create",
  entity: "visit",
  entityId: "v1",
  patientId: "WAW-0001",
  centerId: "waw",
  before: null,
  after: { nrs: 4 },
  reason: null,
  onBehalfOf: null,
  address: null,
  outcome: null,
  ...over
})

describe("<HistoryList />", () => {
  it("lists who changed what and why, with the corrected fields", () => {
    render(() => (
      <HistoryList
        records={[
          record({}),
          record({
            id: "a2",
            action: "correct",
            before: { nrs: 4, vasMm: 40 },
            after: { nrs: 5, vasMm: 40 },
            reason: "wrong sheet"
          })
        ]}
      />
    ))
    expect(screen.getAllByText(/clinician-waw/)).toHaveLength(2)
    expect(screen.getByText("Reason: “wrong sheet”")).toBeTruthy()
    expect(screen.getByText("NRS: 4 → 5")).toBeTruthy()
    expect(screen.queryByText(/vasMm/)).toBeNull()
  })

  it("says a retraction in words, with its reason", () => {
    render(() => (
      <HistoryList
        records={[
          record({
            action: "retract",
            entity: "adverseEvent",
            before: { type: "infection" },
            after: null,
            reason: "reported twice"
          })
        ]}
      />
    ))
    expect(screen.getByText(/retracted adverse event \(entered in error\)/)).toBeTruthy()
    expect(screen.getByText("Reason: “reported twice”")).toBeTruthy()
  })

  it("names the fields and their values in the clinic's words, never the code's", () => {
    expect(
      changes(
        {
          birthYear: 1968,
          timepoint: "month3",
          severity: "mild",
          serious: false,
          odiAnswers: [1, 2],
          nrs: 3
        },
        {
          birthYear: 1967,
          timepoint: "month6",
          severity: "moderate",
          serious: true,
          odiAnswers: [1, 3],
          nrs: 3
        }
      )
    ).toEqual([
      "Birth year: 1968 → 1967",
      "Time point: 3 months → 6 months",
      "Severity: mild → moderate",
      "Serious: no → yes",
      "ODI answers changed"
    ])
    expect(changes({ daysAfterProcedure: 90 }, { daysAfterProcedure: 92 })).toEqual([
      "Days after the procedure: 90 → 92"
    ])
  })

  it("finds no changes when the values are not records", () => {
    expect(changes(null, { nrs: 1 })).toEqual([])
    expect(changes({ a: 1 }, { a: 1, b: 2 })).toEqual(["b: — → 2"])
  })
})
