import { all, endpointOfRequest, patientOfRoute, requestKey } from "@cryoreg/contract"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { attemptWords, auditRecordName } from "./audit-record-words"

afterEach(() => setLocale("en"))

const row = (entity: string, entityId: string, after: unknown, extra: object = {}) => ({
  entity,
  entityId,
  after,
  before: null,
  attempt: null,
  patientId: null,
  username: "coordinator-waw",
  ...extra
})

describe("auditRecordName", () => {
  it("words a refused request as what was tried, with the patient, never the HTTP verb or route", () => {
    setLocale("pl")
    const refused = row("request", "POST /api/patients/:id/screening", null, {
      attempt: endpointOfRequest("POST /api/patients/:id/screening")?.name ?? null,
      patientId: "WAW-0003"
    })
    expect(auditRecordName(refused)).toBe("Próba zapisu kwalifikacji pacjenta WAW-0003")
    setLocale("en")
    expect(auditRecordName(refused)).toBe("Attempt to record the screening of patient WAW-0003")
  })

  it("names the study's records as the history does, never by their id", () => {
    setLocale("pl")
    expect(auditRecordName(row("screening", "scr-36eefba72e33622e", { date: "2026-03-12" }))).toBe(
      "Kwalifikacja z 12.03.2026"
    )
    expect(auditRecordName(row("visit", "vis-0123456789abcdef", { timepoint: "month3" }))).toBe(
      "Wizyta po 3 miesiącach"
    )
    // a visit by its date too, as the other records, when the record has it
    expect(
      auditRecordName(row("visit", "vis-0123456789abcdef", { timepoint: "month3", date: "2026-06-12" }))
    ).toBe("Wizyta po 3 miesiącach z 12.06.2026")
    expect(auditRecordName(row("liveProcedure", "prc-3878b5d13b7e2a64", { side: "left" }))).toBe(
      "Zabieg na żywo"
    )
    expect(auditRecordName(row("analysisSet", "set-1", { name: "Kohorta" }))).toBe(
      "Zbiór analityczny „Kohorta”"
    )
    expect(
      auditRecordName(row("analysisSet", "set-2", { name: "Study cohort (demo)" }, { username: "system" }))
    ).toBe("Zbiór analityczny „Kohorta badania (demo)”")
    expect(auditRecordName(row("export", "/api/export/visits.csv", null))).toBe("Eksport visits.csv")
    expect(auditRecordName(row("user", "usr-1", null), () => "clinician-waw")).toBe("Konto clinician-waw")
    // a probe's account by what it is, never its user name device.prc-…
    const probe = {
      role: "device",
      username: "device.prc-7a52b34ce9f39ef2",
      procedureId: "prc-7a52b34ce9f39ef2"
    }
    expect(auditRecordName(row("user", "usr-2", probe), () => probe.username)).toBe(
      "Konto sondy zabiegu na żywo"
    )
    expect(auditRecordName(row("user", "usr-2", probe, { patientId: "WAW-0064" }))).toBe(
      "Konto sondy zabiegu na żywo pacjenta WAW-0064"
    )
    setLocale("en")
    expect(auditRecordName(row("user", "usr-2", probe))).toBe("The probe account of a live procedure")
    setLocale("pl")
    // one style: the patient and the center with a capital, as the study's records
    expect(auditRecordName(row("patient", "WAW-0066", null))).toBe("Pacjent WAW-0066")
    expect(auditRecordName(row("center", "krk", null))).toBe("Ośrodek krk")
  })

  it("has words for what every write of the API tries, naming the patient its route names", () => {
    const writes = all.filter((e) => e.method !== "GET")
    expect(writes.length).toBeGreaterThan(30)
    for (const locale of ["en", "pl"] as const) {
      setLocale(locale)
      for (const e of writes) {
        const patientId = patientOfRoute(e, { id: "WAW-0042" })
        const words = attemptWords({ attempt: endpointOfRequest(requestKey(e))?.name ?? null, patientId })
        expect(words, `${locale} ${e.name}`).toBeDefined()
        expect(words, `${locale} ${e.name}`).not.toMatch(/\{\{|undefined|\/api|POST|PATCH|PUT|DELETE/)
        if (patientId !== null) expect(words, `${locale} ${e.name}`).toContain("WAW-0042")
      }
    }
  })
})
