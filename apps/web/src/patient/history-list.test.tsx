import type { AuditRecord } from "@cryoreg/contract"
import { render, screen } from "@solidjs/testing-library"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { changes, entryText, HistoryList, reasonText } from "./history-list"

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
  outcomeCode: null,
  attempt: null,
  ...over
})

const visit3 = {
  timepoint: "month3",
  date: "2026-09-01",
  nrs: 5,
  vasMm: 40,
  odiAnswers: [1, 2],
  analgesics: { drugs: ["ibuprofen"], nsaids: true }
}

afterEach(() => setLocale("en"))

describe("<HistoryList />", () => {
  it("names the visit, the corrected fields in the forms' labels and the reason, in one sentence", () => {
    render(() => (
      <HistoryList
        records={[
          record({ after: visit3 }),
          record({
            id: "a2",
            action: "correct",
            before: visit3,
            after: { ...visit3, nrs: 4, vasMm: 35 },
            reason: "wrong sheet"
          })
        ]}
      />
    ))
    expect(screen.getAllByText(/clinician-waw/)).toHaveLength(2)
    expect(screen.getByText("3-month visit of 1 Sep 2026 recorded")).toBeTruthy()
    // the reason on its own line, labelled, not glued after the list of changes
    expect(screen.getByText("3-month visit of 1 Sep 2026 corrected: NRS: 5 → 4; VAS: 40 → 35")).toBeTruthy()
    const reason = screen.getByText("Reason: wrong sheet")
    expect(reason.className).toBe("history-reason")
    expect(screen.getAllByText("30 Nov 2026, 11:00")).toHaveLength(2)
    expect(screen.queryByText(/vasMm|correct visit/)).toBeNull()
  })

  it("says the same correction in Polish, with Polish dates and decimal commas", () => {
    setLocale("pl")
    const corrected = record({
      action: "correct",
      entity: "diagnosticBlock",
      before: { date: "2026-08-03", volumeMl: 1.5, agent: "lidocaine" },
      after: { date: "2026-08-04", volumeMl: 2.5, agent: "bupivacaine" },
      reason: "pomyłka w karcie"
    })
    expect(entryText(corrected)).toBe(
      "Blokada diagnostyczna z 04.08.2026 poprawiona: Data blokady: 03.08.2026 → 04.08.2026; Objętość (ml): 1,5 → 2,5; Środek znieczulający miejscowo: lidokaina → bupiwakaina"
    )
    expect(reasonText(corrected)).toBe("Powód: pomyłka w karcie")
    expect(
      entryText(record({ action: "correct", before: visit3, after: { ...visit3, nrs: 4 }, reason: "powód" }))
    ).toBe("Wizyta po 3 miesiącach z 01.09.2026 poprawiona: NRS: 5 → 4")
  })

  it("names a retracted adverse event by its type and onset date", () => {
    render(() => (
      <HistoryList
        procedureDate="2026-06-10"
        records={[
          record({
            action: "retract",
            entity: "adverseEvent",
            before: { type: "local hematoma", onsetDays: 2, severity: "mild" },
            after: null,
            reason: "reported twice"
          })
        ]}
      />
    ))
    expect(
      screen.getByText(
        "Adverse event “local hematoma” with onset on 12 Jun 2026 retracted (entered in error)"
      )
    ).toBeTruthy()
    expect(screen.getByText("Reason: reported twice")).toBeTruthy()
  })

  it("says the live procedure's events and the device's writes on behalf of a clinician", () => {
    const live = (over: Partial<AuditRecord>) => entryText(record({ entity: "liveProcedure", ...over }))
    expect(live({ after: { deviceSerial: "CF-A13-0042", side: "right" } })).toBe(
      "Live procedure started with device CF-A13-0042, side: right"
    )
    expect(live({ action: "abort", after: { mode: "aborted" }, reason: "probe cable damaged" })).toBe(
      "Live procedure aborted"
    )
    expect(live({ action: "event", after: { mode: "completed", lesions: 7 } })).toBe(
      "Live procedure completed (7 lesions); the procedure is recorded"
    )
    render(() => (
      <HistoryList
        records={[
          record({
            entity: "procedure",
            username: "device-cf-a13",
            onBehalfOf: "clinician-waw",
            after: { date: "2026-06-10", side: "right" }
          })
        ]}
      />
    ))
    expect(screen.getByText("device-cf-a13 on behalf of clinician-waw")).toBeTruthy()
    expect(screen.getByText("Procedure of 10 Jun 2026 recorded")).toBeTruthy()
  })

  it("in Polish, names whom a device wrote for after a colon: no case ending a name cannot take", () => {
    setLocale("pl")
    render(() => (
      <HistoryList
        records={[record({ entity: "procedure", username: "device-cf-a13", onBehalfOf: "Anna Nowak" })]}
      />
    ))
    expect(screen.getByText("device-cf-a13 (w imieniu: Anna Nowak)")).toBeTruthy()
  })

  it("names the fields and their values in the clinic's words, never the code's", () => {
    expect(
      changes(
        "adverseEvent",
        { severity: "mild", serious: false, type: "infection", onsetDays: 1.5 },
        { severity: "moderate", serious: true, type: "bleeding", onsetDays: 2 }
      )
    ).toEqual([
      "Severity: mild → moderate",
      "Serious adverse event: no → yes",
      "Type: infection → bleeding",
      "Onset (days after the procedure): 1.5 → 2"
    ])
    expect(
      changes("patient", { sex: "female", treatedSide: "left" }, { sex: "male", treatedSide: "bilateral" })
    ).toEqual(["Sex: female → male", "Treated side: left → both sides"])
    expect(
      changes(
        "visit",
        { analgesics: { drugs: ["ibuprofen", "tramadol"], nsaids: true, opioidContaining: true } },
        { analgesics: { drugs: [], combinationAnalgesics: true } }
      )
    ).toEqual(["Analgesics: ibuprofen — NSAID, tramadol — opioid → Combination analgesics (drug not named)"])
    expect(
      changes(
        "screening",
        { exclusions: { pregnancy: "unknown", activeInfection: "no" } },
        { exclusions: { pregnancy: "no", activeInfection: "no" } }
      )
    ).toEqual(["Exclusion criteria — Pregnancy: unknown → no"])
  })

  it("finds no changes when the values are not records, and leaves out what no form shows", () => {
    expect(changes("visit", null, { nrs: 1 })).toEqual([])
    expect(changes("visit", { id: "v1", nrs: 1 }, { id: "v2", nrs: 1 })).toEqual([])
  })

  it("names each changed lesion of a procedure by its place, level and side, and what changed in it", () => {
    const lesion = (level: string, start: number) => ({
      side: "right",
      level,
      stimulation: { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null },
      freezeCycles: [
        {
          startedAt: start,
          endedAt: start + 120,
          thawCompletedAt: null,
          targetTemperatureC: -78,
          reachedTemperatureC: -78
        }
      ]
    })
    const before = { date: "2026-03-16", lesions: [lesion("L5", 0), lesion("S1", 180), lesion("S1", 360)] }
    const third = lesion("S2", 360)
    const after = {
      date: "2026-03-16",
      lesions: [
        lesion("L5", 0),
        lesion("S1", 180),
        {
          ...third,
          stimulation: { ...third.stimulation, voltagesTried: [0.5, 1, 2] },
          freezeCycles: [{ ...third.freezeCycles[0]!, endedAt: 490.5 }]
        },
        lesion("S2", 540)
      ]
    }
    const corrected = record({
      action: "correct",
      entity: "procedure",
      before,
      after,
      reason: "chart: lesion 3 at S2, a fourth lesion"
    })
    expect(entryText(corrected)).toBe(
      "Procedure of 16 Mar 2026 corrected: Lesion 3 (S2 right) — Level: S1 → S2; " +
        "Lesion 3 (S2 right) — Voltages tried (V): 0.5, 1, 1.5, 2 → 0.5, 1, 2; " +
        "Lesion 3 (S2 right) — Freeze-thaw cycle 1, Freeze end: 8:00 → 8:10.5; " +
        "Lesion 4 (S2 right) added"
    )
    expect(reasonText(corrected)).toBe("Reason: chart: lesion 3 at S2, a fourth lesion")
    setLocale("pl")
    expect(entryText(corrected)).toBe(
      "Zabieg z 16.03.2026 poprawiony: Lezja 3 (S2, strona prawa) — Poziom: S1 → S2; " +
        "Lezja 3 (S2, strona prawa) — Sprawdzone napięcia (V): 0,5; 1; 1,5; 2 → 0,5; 1; 2; " +
        "Lezja 3 (S2, strona prawa) — Cykl zamrażania i rozmrażania 1, Koniec zamrażania: 8:00 → 8:10.5; " +
        "Lezja 4 (S2, strona prawa) dodana"
    )
    // one lesion fewer, and a lesion whose only change is a value no form shows
    const removed = changes("procedure", after, {
      ...after,
      lesions: [
        {
          ...after.lesions[0]!,
          freezeCycles: [{ ...after.lesions[0]!.freezeCycles[0]!, targetTemperatureC: -80 }]
        },
        ...after.lesions.slice(1, 3)
      ]
    })
    expect(removed).toEqual([
      "Lezja 1 (L5, strona prawa) — Cykl zamrażania i rozmrażania 1, Temperatura docelowa (°C): −78 → −80",
      "Lezja 4 (S2, strona prawa) usunięta"
    ])
  })
})
