import type { AuditRecord } from "@cryoreg/contract"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { auditCsv } from "./audit-csv"

afterEach(() => setLocale("en"))

const record = (extra: Partial<AuditRecord>): AuditRecord => ({
  id: "1",
  at: "2026-12-07T13:05:00Z",
  userId: "u1",
  username: "admin",
  action: "create",
  entity: "analysisSet",
  entityId: "set-1",
  patientId: null,
  centerId: null,
  before: null,
  after: { name: 'Interim, "frozen" 2026' },
  reason: null,
  onBehalfOf: null,
  address: null,
  outcome: "ok",
  outcomeCode: null,
  attempt: null,
  ...extra
})

describe("the audit trail's file", () => {
  it("is in Polish with the page's words, the time in Warsaw, cells apart by semicolons as a Polish spreadsheet splits them, a cell with one or with quotes quoted", () => {
    setLocale("pl")
    const text = auditCsv(
      [
        record({}),
        record({ id: "2", action: "login", entity: "user", entityId: "u7", after: null }),
        record({ id: "3", action: "correct", entity: "patient", entityId: "WAW-0003", patientId: "WAW-0003" })
      ],
      (id) => (id === "u7" ? "clinician-waw" : id)
    )
    expect(text.startsWith("\uFEFF")).toBe(true)
    expect(text.slice(1).split("\r\n")).toEqual([
      "Kiedy;Kto;Czynność;Wpis;Identyfikator pacjenta;Wynik",
      '07.12.2026 14:05;admin;utworzenie;"Zbiór analityczny „Interim, ""frozen"" 2026”";;wykonano',
      "07.12.2026 14:05;admin;logowanie;Konto clinician-waw;;wykonano",
      "07.12.2026 14:05;admin;korekta;Pacjent WAW-0003;WAW-0003;wykonano",
      ""
    ])
  })

  it("is in English when the user reads English, the date as English writes it", () => {
    const text = auditCsv([record({ action: "delete" })])
    expect(text.slice(1).split("\r\n")[1]).toBe(
      '7 Dec 2026 14:05,admin,deleted,"Analysis set “Interim, ""frozen"" 2026”",,done'
    )
  })

  it("quotes a Polish cell holding a semicolon, and leaves an English one holding a semicolon alone", () => {
    setLocale("pl")
    const named = record({ after: { name: "Okres 1; zamrożony" } })
    expect(auditCsv([named]).split("\r\n")[1]).toBe(
      '07.12.2026 14:05;admin;utworzenie;"Zbiór analityczny „Okres 1; zamrożony”";;wykonano'
    )
    setLocale("en")
    expect(auditCsv([named]).split("\r\n")[1]).toBe(
      "7 Dec 2026 14:05,admin,created,Analysis set “Okres 1; zamrożony”,,done"
    )
  })
})
