import { all, type Endpoint, type Role } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { type Account, dialects, type Registry, raw, startRegistry } from "../support/registry.js"

const roleOf: Record<Account, Role> = {
  admin: "admin",
  "coordinator-waw": "coordinator",
  "clinician-waw": "clinician",
  "clinician-pila": "clinician",
  statistician: "statistician"
}

interface Ids {
  readonly patient: string
  readonly block: string
  readonly visit: string
  readonly event: string
}

const noSet = "set-0000000000000000"

/** A valid request to every registry endpoint, aimed at a Warsaw patient's records. */
const requests = (ids: Ids): Record<string, { path: string; body?: unknown }> => {
  const p = `/api/patients/${ids.patient}`
  return {
    health: { path: "/api/health" },
    login: { path: "/api/auth/login", body: { username: "nobody", password: "x" } },
    logout: { path: "/api/auth/logout" },
    me: { path: "/api/auth/me" },
    changePassword: {
      path: "/api/auth/password",
      body: { currentPassword: "wrong", newPassword: "a-new-password-123" }
    },
    listCenters: { path: "/api/centers" },
    createCenter: { path: "/api/centers", body: { id: "krk", name: "Kraków Pain Clinic", city: "Kraków" } },
    listUsers: { path: "/api/users" },
    createUser: {
      path: "/api/users",
      body: {
        username: "new-user",
        displayName: "New",
        role: "clinician",
        centerId: "waw",
        password: "a-long-password-1"
      }
    },
    revokeSessions: { path: "/api/users/no-such-user/revoke-sessions" },
    unlockUser: { path: "/api/users/no-such-user/unlock" },
    listPatients: { path: "/api/patients" },
    createPatient: { path: "/api/patients", body: newPatient("WAW-7777") },
    nextPatientId: { path: "/api/patients/next-id?center=waw" },
    getPatient: { path: p },
    correctPatient: { path: p, body: { birthYear: 1960, reason: "attack" } },
    withdrawPatient: { path: `${p}/withdraw`, body: { reason: "attack" } },
    patientHistory: { path: `${p}/history` },
    createScreening: { path: `${p}/screening`, body: eligibleScreening },
    correctScreening: { path: `${p}/screening`, body: { baselineNrs: 9, reason: "attack" } },
    createBlock: { path: `${p}/blocks`, body: positiveBlock },
    correctBlock: { path: `${p}/blocks/${ids.block}`, body: { nrsAfter: 1, reason: "attack" } },
    createProcedure: { path: `${p}/procedure`, body: procedure },
    correctProcedure: { path: `${p}/procedure`, body: { durationMinutes: 99, reason: "attack" } },
    createVisit: { path: `${p}/visits`, body: visit("month3", 1, 90) },
    correctVisit: { path: `${p}/visits/${ids.visit}`, body: { nrs: 0, reason: "attack" } },
    createAdverseEvent: {
      path: `${p}/adverse-events`,
      body: {
        type: "local hematoma",
        severity: "mild",
        serious: false,
        onsetDays: 1,
        resolutionDays: 3,
        relatedToProcedure: true
      }
    },
    correctAdverseEvent: {
      path: `${p}/adverse-events/${ids.event}`,
      body: { severity: "severe", reason: "attack" }
    },
    retractVisit: { path: `${p}/visits/${ids.visit}/retract`, body: { reason: "attack" } },
    retractBlock: { path: `${p}/blocks/${ids.block}/retract`, body: { reason: "attack" } },
    retractAdverseEvent: { path: `${p}/adverse-events/${ids.event}/retract`, body: { reason: "attack" } },
    listAdverseEvents: { path: "/api/adverse-events" },
    listAudit: { path: "/api/audit" },
    report: { path: "/api/analysis/report" },
    comparison: { path: "/api/analysis/comparison" },
    reportCsv: { path: "/api/analysis/report.csv" },
    reportDocx: { path: "/api/analysis/report.docx" },
    cohort: { path: "/api/analysis/cohort" },
    exportVisits: { path: "/api/export/visits" },
    exportVisitsCsv: { path: "/api/export/visits.csv" },
    exportVisitsParquet: { path: "/api/export/visits.parquet" },
    listAnalysisSets: { path: "/api/analysis/sets" },
    createAnalysisSet: { path: "/api/analysis/sets", body: { name: "attack", selection: {} } },
    getAnalysisSet: { path: `/api/analysis/sets/${noSet}` },
    analysisSetRows: { path: `/api/analysis/sets/${noSet}/rows` },
    renameAnalysisSet: { path: `/api/analysis/sets/${noSet}`, body: { name: "attack" } },
    deleteAnalysisSet: { path: `/api/analysis/sets/${noSet}` },
    exportAudit: { path: "/api/audit/audit.csv" },
    updateProfile: { path: "/api/auth/me", body: { locale: "pl" } },
    renameCenter: { path: "/api/centers/waw", body: { name: "Warsaw Pain Clinic", city: "Warszawa" } },
    deactivateUser: { path: "/api/users/no-such-user/deactivate" },
    reactivateUser: { path: "/api/users/no-such-user/reactivate" },
    resetPassword: { path: "/api/users/no-such-user/reset-password" },
    tidyTemplate: { path: "/api/import/tidy/template/visits.csv" },
    importTidy: { path: "/api/import/tidy?dryRun=1" },
    redcapDictionary: { path: "/api/export/redcap/dictionary.csv" },
    redcapEvents: { path: "/api/export/redcap/events.csv" },
    redcapInstrumentEventMapping: { path: "/api/export/redcap/instrument-event-mapping.csv" },
    redcapRepeatingInstruments: { path: "/api/export/redcap/repeating-instruments.csv" },
    redcapRecords: { path: "/api/export/redcap/records.csv" },
    odmExport: { path: "/api/export/odm.xml" },
    importRedcap: { path: "/api/import/redcap?dryRun=1" },
    importFhir: { path: "/api/import/fhir?dryRun=1" }
  }
}

// The live-procedure routes have their own access suite (test/live), the FHIR routes theirs (test/Fhir).
const registryEndpoints = all.filter((e) => e.tag !== "Live procedures" && e.tag !== "FHIR")
const patientLevel = (e: Endpoint.Any) => e.path.startsWith("/api/patients/:id")

describe.each(dialects)("access to every registry route on %s", (kind) => {
  let registry: Registry
  let ids: Ids
  beforeAll(async () => {
    registry = await startRegistry(kind)
    const admin = registry.as.admin
    const events = await admin.listAdverseEvents({})
    const withEvent = events.items.find((e) => e.centerId === "waw")!
    const detail = await admin.getPatient({ params: { id: withEvent.patientId } })
    ids = {
      patient: detail.patient.id,
      block: detail.blocks[0]!.block.id,
      visit: detail.visits[0]!.visit.id,
      event: withEvent.id
    }
  })
  afterAll(() => registry?.close())

  it("has a request for every endpoint of the contract", () => {
    expect(registryEndpoints.map((e) => e.name).filter((n) => !(n in requests(ids)))).toEqual([])
  })

  it("answers 401 to every non-public route without a session, with a tampered token and with an unknown cookie", async () => {
    let tried = 0
    for (const e of registryEndpoints.filter((e) => e.roles !== "public")) {
      const req = requests(ids)[e.name]!
      const tampered = `${registry.tokens["clinician-waw"].slice(0, -2)}xx`
      // The forged cookie carries the CSRF header, so it is the session that is refused.
      const forged = { cookie: "cryoreg_session=forged", "x-cryoreg-csrf": "1" }
      for (const headers of [{}, { authorization: `Bearer ${tampered}` }, forged]) {
        const answer = await raw(registry, null, e.method, req.path, req.body, headers)
        expect(answer.status, `${e.method} ${e.path}`).toBe(401)
        expect(answer.json.error).toBe("Unauthorized")
        tried++
      }
    }
    expect(tried).toBeGreaterThan(60)
  })

  it("answers 403 to every role the route does not admit", async () => {
    let refused = 0
    for (const e of registryEndpoints.filter((e) => e.roles !== "public")) {
      const req = requests(ids)[e.name]!
      for (const account of Object.keys(roleOf) as Array<Account>) {
        if ((e.roles as ReadonlyArray<Role>).includes(roleOf[account])) continue
        const answer = await raw(registry, account, e.method, req.path, req.body)
        expect(answer.status, `${account} ${e.method} ${e.path}`).toBe(403)
        refused++
      }
    }
    // The statistician alone is refused every patient-level route.
    expect(refused).toBeGreaterThan(20)
  })

  it("answers a clinician of Piła 404 on every route to a Warsaw patient's records, exactly as for no patient", async () => {
    const before = await registry.as.admin.getPatient({ params: { id: Model.PatientId.make(ids.patient) } })
    for (const e of registryEndpoints.filter(patientLevel)) {
      const req = requests(ids)[e.name]!
      const other = await raw(registry, "clinician-pila", e.method, req.path, req.body)
      const none = await raw(
        registry,
        "clinician-pila",
        e.method,
        req.path.replace(ids.patient, "WAW-0000"),
        req.body
      )
      expect(other.status, `${e.method} ${e.path}`).toBe(404)
      expect(other.json).toEqual({
        ...none.json,
        message: none.json.message?.replace("WAW-0000", ids.patient)
      })
    }
    expect(await registry.as.admin.getPatient({ params: { id: Model.PatientId.make(ids.patient) } })).toEqual(
      before
    )
  })

  it("never lists, counts or exports another center's records to a center-bound user", async () => {
    const pila = registry.as["clinician-pila"]
    const patients = await pila.listPatients({ query: { limit: 500 } })
    expect(patients.items.length).toBeGreaterThan(0)
    expect(patients.items.every((p) => p.centerId === "pila")).toBe(true)
    expect((await pila.listPatients({ query: { center: Model.CenterId.make("waw") } })).items).toEqual([])
    expect((await pila.listPatients({ query: { q: "WAW" } })).items).toEqual([])
    expect((await pila.listPatients({ query: { q: "WAW" } })).total).toBe(0)
    expect((await pila.nextPatientId({ query: {} })).id).toMatch(/^PILA-/)
    expect((await pila.listCenters({})).items.map((c) => c.id)).toEqual(["pila"])
    expect((await pila.listAdverseEvents({})).items.every((e) => e.centerId === "pila")).toBe(true)
    expect((await pila.exportVisits({})).items.every((r) => r.center === "pila")).toBe(true)
    expect(await pila.exportVisitsCsv({})).not.toMatch(/\bwaw\b/)
    const overview = await pila.cohort({})
    const all = await registry.as.admin.cohort({})
    expect(overview.enrollment.every((e) => e.centerId === "pila")).toBe(true)
    expect(overview.funnel.treated).toBeLessThan(all.funnel.treated)
    const report = await pila.report({})
    expect(report.n).toBe(overview.funnel.treated)
    await expect(pila.createPatient({ body: newPatient("PILA-8888") })).rejects.toMatchObject({ status: 403 })
    // Another center's ids are refused for their form alone, before any lookup: whether the id is taken or not.
    for (const id of ["WAW-8888", ids.patient])
      await expect(pila.createPatient({ body: newPatient(id, "pila") })).rejects.toMatchObject({
        status: 422,
        error: "RuleViolation",
        issues: [{ path: ["id"] }]
      })
  })
})
