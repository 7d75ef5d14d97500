import { createHash } from "node:crypto"
import type { AnalysisSetId, AnalysisSetRow } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { dialects, type Registry, raw, refusal, startRegistry } from "../support/registry.js"

const pid = (id: string) => Model.PatientId.make(id)

// The canonical form as apps/api/README.md documents it, written again here from the documentation alone.
const sorted = (v: unknown): string =>
  v === null || typeof v !== "object"
    ? JSON.stringify(v)
    : Array.isArray(v)
      ? `[${v.map(sorted).join(",")}]`
      : `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${sorted((v as Record<string, unknown>)[k])}`)
          .join(",")}}`
const documentedHash = (rows: ReadonlyArray<AnalysisSetRow>) =>
  createHash("sha256")
    .update(
      [...rows]
        .sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : 1))
        .map((r) => sorted({ pseudonym: r.pseudonym, row: r.row }))
        .join("\n")
    )
    .digest("hex")

describe.each(dialects)("frozen analysis sets on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  }, 120_000)
  afterAll(() => registry?.close())

  it("makes the demo registry's 107 study patients a set at first start, verified by its hash", async () => {
    const { items } = await registry.as.statistician.listAnalysisSets({})
    expect(items.map((s) => [s.name, s.n, s.demo, s.centerId, s.createdBy])).toEqual([
      ["Study cohort (demo)", 107, true, null, "system"]
    ])
    const demo = items[0]!
    expect(demo.sha256).toMatch(/^[0-9a-f]{64}$/)
    const detail = await registry.as.statistician.getAnalysisSet({ params: { id: demo.id } })
    expect(detail).toMatchObject({ verified: true, recomputedSha256: demo.sha256 })
    const live = await registry.as.statistician.report({})
    const frozen = await registry.as.statistician.report({ query: { set: demo.id } })
    expect(frozen).toEqual(live)
    // A set of two centers is not a center's: the clinicians do not see it.
    expect((await registry.as["clinician-waw"].listAnalysisSets({})).items).toEqual([])
    expect((await refusal(registry.as["clinician-waw"].report({ query: { set: demo.id } }))).status).toBe(404)
  })

  it("keeps a set's report, comparison and exports after corrections and new patients; its hash recomputes from its rows", async () => {
    const stat = registry.as.statistician
    // The registry now, before the set is made; the set's report is first asked for after the changes
    // below, so no answer kept from before them can stand in for its frozen rows.
    const [report, comparison] = await Promise.all([stat.report({}), stat.comparison({})])
    const set = await stat.createAnalysisSet({ body: { name: "Submission 1", selection: {} } })
    expect(set).toMatchObject({
      name: "Submission 1",
      n: 107,
      demo: false,
      centerId: null,
      createdBy: "statistician"
    })
    const q = { query: { set: set.id } }
    const [visits, csv] = await Promise.all([stat.exportVisits(q), stat.exportVisitsCsv(q)])
    expect(visits.items).toHaveLength(107 * 3)

    // A correction of a treated Warsaw patient's 6-month NRS, and a new treated patient.
    const api = registry.as["clinician-waw"]
    const { items } = await api.listPatients({ query: { status: "month6", limit: 1 } })
    const patient = await api.getPatient({ params: { id: items[0]!.id } })
    const m6 = patient.visits.find((v) => v.visit.timepoint === "month6")!.visit
    await api.correctVisit({
      params: { id: patient.patient.id, visitId: m6.id },
      body: { nrs: m6.nrs === 0 ? 9 : 0, reason: "transcription error" }
    })
    const id = pid("WAW-9300")
    await api.createPatient({ body: newPatient(id) })
    await api.createScreening({ params: { id }, body: eligibleScreening })
    await api.createBlock({ params: { id }, body: positiveBlock })
    await api.createProcedure({ params: { id }, body: procedure })
    for (const [t, nrs, d] of [
      ["baseline", 7, -2],
      ["month3", 3, 90],
      ["month6", 2, 182]
    ] as const)
      await api.createVisit({ params: { id }, body: visit(t, nrs, d) })

    const live = await stat.report({})
    expect(live.n).toBe(108)
    expect(live.report).not.toEqual(report.report)
    expect(await stat.report(q)).toEqual(report)
    expect(await stat.comparison(q)).toEqual(comparison)
    expect(await stat.exportVisits(q)).toEqual(visits)
    expect(await stat.exportVisitsCsv(q)).toEqual(csv)
    const overview = await stat.cohort(q)
    expect(overview.funnel.treated).toBe(107)

    const rows = await stat.analysisSetRows({ params: { id: set.id } })
    expect(rows.items).toHaveLength(107)
    expect(documentedHash(rows.items)).toBe(set.sha256)
    expect(await stat.getAnalysisSet({ params: { id: set.id } })).toMatchObject({ verified: true })
  })

  it("shows the statistician pseudonymized rows only, the clinical roles the patients' ids", async () => {
    const [demo] = (await registry.as.statistician.listAnalysisSets({})).items.filter((s) => s.demo)
    const stat = await raw(registry, "statistician", "GET", `/api/analysis/sets/${demo!.id}/rows`)
    expect(stat.text).not.toMatch(/WAW-|PILA-|patientId/)
    const items = (stat.json as unknown as { items: Array<{ pseudonym: string }> }).items
    expect(items.every((r) => /^P-[0-9a-f]{12}$/.test(r.pseudonym))).toBe(true)
    const csv = await raw(registry, "statistician", "GET", `/api/export/visits.csv?set=${demo!.id}`)
    expect(csv.status).toBe(200)
    expect(csv.text).not.toMatch(/WAW-|PILA-/)
    const admin = await registry.as.admin.analysisSetRows({ params: { id: demo!.id } })
    expect(admin.items.every((r) => r.patientId !== undefined)).toBe(true)
  })

  it("lets a clinician see and make only sets of their own center's patients", async () => {
    const waw = registry.as["clinician-waw"]
    const set = await waw.createAnalysisSet({ body: { name: "Warsaw so far", selection: {} } })
    expect(set.centerId).toBe("waw")
    const rows = await waw.analysisSetRows({ params: { id: set.id } })
    expect(rows.items.every((r) => r.centerId === "waw" && r.patientId?.startsWith("WAW-"))).toBe(true)
    expect((await waw.report({ query: { set: set.id } })).n).toBe(set.n)

    const foreign = await refusal(
      waw.createAnalysisSet({ body: { name: "Piła", selection: { centers: [Model.CenterId.make("pila")] } } })
    )
    expect(foreign.status).toBe(403)
    const named = await refusal(
      waw.createAnalysisSet({
        body: { name: "Piła", selection: { patientIds: [pid("WAW-0001"), pid("PILA-0001")] } }
      })
    )
    expect(named.status).toBe(422)
    expect(named.issues).toEqual([
      {
        code: "unknown",
        path: ["selection", "patientIds", 1],
        params: { value: "PILA-0001" },
        message: "PILA-0001 is not a treated, not withdrawn patient you may see"
      }
    ])

    const pila = registry.as["clinician-pila"]
    expect((await pila.listAnalysisSets({})).items.map((s) => s.id)).not.toContain(set.id)
    for (const call of [
      () => pila.getAnalysisSet({ params: { id: set.id } }),
      () => pila.report({ query: { set: set.id } }),
      () => pila.exportVisits({ query: { set: set.id } }),
      () => pila.renameAnalysisSet({ params: { id: set.id }, body: { name: "mine" } }),
      () => pila.deleteAnalysisSet({ params: { id: set.id } })
    ])
      expect((await refusal(call())).status).toBe(404)
    // The statistician sees every set, the clinician's included.
    expect((await registry.as.statistician.listAnalysisSets({})).items.map((s) => s.id)).toContain(set.id)
  })

  it("refuses a selection in words and stores nothing", async () => {
    const stat = registry.as.statistician
    const before = (await stat.listAnalysisSets({})).items.length
    const reversed = await refusal(
      stat.createAnalysisSet({
        body: { name: "x", selection: { treatedFrom: "2026-06-01", treatedTo: "2026-01-01" } }
      })
    )
    expect(reversed.status).toBe(422)
    expect(reversed.issues[0]?.path).toEqual(["selection", "treatedTo"])
    const empty = await refusal(
      stat.createAnalysisSet({ body: { name: "x", selection: { statuses: ["eligible"] } } })
    )
    expect(empty.status).toBe(422)
    expect(empty.message).toMatch(/a set is never empty/)
    const unnamed = await raw(registry, "statistician", "POST", "/api/analysis/sets", {
      name: " ",
      selection: {}
    })
    expect(unnamed.status).toBe(400)
    expect(unnamed.json.issues?.[0]?.path).toEqual(["name"])
    // The statistician names patients by their pseudonyms (never by their ids, which they do not see).
    const [demo] = (await stat.listAnalysisSets({})).items.filter((s) => s.demo)
    const pseudonyms = (await stat.analysisSetRows({ params: { id: demo!.id } })).items
      .slice(0, 3)
      .map((r) => r.pseudonym)
    const byId = await refusal(
      stat.createAnalysisSet({ body: { name: "x", selection: { patientIds: [pid("WAW-0001")] } } })
    )
    expect(byId.issues[0]?.path).toEqual(["selection", "patientIds", 0])
    const trimmed = await raw(registry, "statistician", "POST", "/api/analysis/sets", {
      name: "  Submission 2  ",
      selection: { patientIds: pseudonyms }
    })
    expect(trimmed.status).toBe(201)
    expect(trimmed.json).toMatchObject({ name: "Submission 2", n: 3 })
    const rows = await stat.analysisSetRows({
      params: { id: (trimmed.json as unknown as { id: AnalysisSetId }).id }
    })
    expect(rows.items.map((r) => r.pseudonym).sort()).toEqual([...pseudonyms].sort())
    expect((await stat.listAnalysisSets({})).items).toHaveLength(before + 1)
  })

  it("selects by center and treatment dates, renames without touching the rows, deletes; all audited", async () => {
    const stat = registry.as.statistician
    const set = await stat.createAnalysisSet({
      body: {
        name: "Piła 2025",
        selection: { centers: [Model.CenterId.make("pila")], treatedTo: "2025-12-31" }
      }
    })
    const rows = await registry.as.admin.analysisSetRows({ params: { id: set.id } })
    expect(rows.items.length).toBe(set.n)
    expect(rows.items.every((r) => r.centerId === "pila")).toBe(true)
    const renamed = await stat.renameAnalysisSet({
      params: { id: set.id },
      body: { name: "Piła, treated in 2025" }
    })
    expect(renamed).toEqual({ ...set, name: "Piła, treated in 2025" })
    expect(await stat.getAnalysisSet({ params: { id: set.id } })).toMatchObject({
      sha256: set.sha256,
      verified: true
    })
    await stat.deleteAnalysisSet({ params: { id: set.id } })
    expect((await refusal(stat.getAnalysisSet({ params: { id: set.id } }))).status).toBe(404)
    const audit = await registry.as.admin.listAudit({ query: { entity: "analysisSet", entityId: set.id } })
    expect(audit.items.map((a) => [a.action, a.username, a.before, a.after]).sort()).toEqual(
      [
        [
          "create",
          "statistician",
          null,
          { name: "Piła 2025", selection: set.selection, n: set.n, sha256: set.sha256 }
        ],
        ["correct", "statistician", { name: "Piła 2025" }, { name: "Piła, treated in 2025" }],
        ["delete", "statistician", { name: "Piła, treated in 2025", n: set.n, sha256: set.sha256 }, null]
      ].sort()
    )
    const unknown = "set-0000000000000000" as AnalysisSetId
    expect((await refusal(stat.report({ query: { set: unknown } }))).status).toBe(404)
  })
})
