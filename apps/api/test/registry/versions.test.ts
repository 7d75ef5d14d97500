import type { ApiError, Client, PatientDetail } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"
import { infection, treatedPatient } from "../support/treated.js"

/** A treated Warsaw patient with one record of every kind. */
const treated = (api: Client, id: string) => treatedPatient(api, id, { adverseEvents: [infection] })

/** Each kind of record: its id in a patient's file, the path of its correction, and two corrections. */
const kinds = (d: PatientDetail) => {
  const p = `/api/patients/${d.patient.id}`
  return [
    { kind: "patient", id: d.patient.id, path: p, first: { birthYear: 1969 }, second: { birthYear: 1970 } },
    {
      kind: "screening",
      id: d.screening!.screening.id,
      path: `${p}/screening`,
      first: { baselineNrs: 8 },
      second: { baselineNrs: 6 }
    },
    {
      kind: "block",
      id: d.blocks[0]!.block.id,
      path: `${p}/blocks/${d.blocks[0]!.block.id}`,
      first: { nrsAfter: 2 },
      second: { nrsAfter: 4 }
    },
    {
      kind: "procedure",
      id: d.procedure!.procedure.id,
      path: `${p}/procedure`,
      first: { operator: "Dr B. Kowalska" },
      second: { operator: "Dr C. Wiśniewski" }
    },
    {
      kind: "visit",
      id: d.visits[0]!.visit.id,
      path: `${p}/visits/${d.visits[0]!.visit.id}`,
      first: { nrs: 5 },
      second: { nrs: 4 }
    },
    {
      kind: "adverse event",
      id: d.adverseEvents[0]!.id,
      path: `${p}/adverse-events/${d.adverseEvents[0]!.id}`,
      first: { severity: "mild" },
      second: { severity: "severe" }
    }
  ] as const
}

describe.each(dialects)("record versions and If-Match, on %s", (dialect) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(dialect)
  })
  afterAll(() => registry?.close())

  it("refuses a stale correction of each kind of record with 412 and the current record; nothing stored", async () => {
    const id = await treated(registry.as["clinician-waw"], "WAW-9701")
    // Two colleagues open the same file.
    const opened = await registry.as["clinician-waw"].getPatient({ params: { id } })
    const alsoOpened = await registry.as["coordinator-waw"].getPatient({ params: { id } })
    expect(alsoOpened.versions).toEqual(opened.versions)
    for (const record of kinds(opened)) {
      const loaded = opened.versions[record.id]!
      expect(loaded, record.kind).toMatch(/^[\w-]{22}$/)
      const first = await raw(
        registry,
        "clinician-waw",
        "PATCH",
        record.path,
        { ...record.first, reason: "checked against the source" },
        { "if-match": `"${loaded}"` }
      )
      expect(first.status, `${record.kind}: ${first.text}`).toBe(200)
      const now = (await registry.as["clinician-waw"].getPatient({ params: { id } })).versions[record.id]!
      expect(now, record.kind).not.toBe(loaded)
      expect(first.headers.get("etag"), record.kind).toBe(`"${now}"`)
      const historyBefore = (await registry.as.admin.patientHistory({ params: { id } })).items.length
      const fileBefore = await registry.as.admin.getPatient({ params: { id } })
      // The colleague's form was loaded before the first correction.
      const stale = await raw(
        registry,
        "coordinator-waw",
        "PATCH",
        record.path,
        { ...record.second, reason: "typo" },
        { "if-match": `"${alsoOpened.versions[record.id]}"` }
      )
      expect(stale.status, record.kind).toBe(412)
      expect(stale.json.error).toBe("RecordChanged")
      expect(stale.json.message).toMatch(/a colleague changed .* since you opened it/)
      expect((stale.json as { current?: unknown }).current).toMatchObject({
        version: now,
        record: record.first
      })
      expect(await registry.as.admin.getPatient({ params: { id } })).toEqual(fileBefore)
      expect((await registry.as.admin.patientHistory({ params: { id } })).items).toHaveLength(historyBefore)
    }
  })

  it("the typed client sends If-Match and reads the current record from the refusal", async () => {
    const id = await treated(registry.as["clinician-waw"], "WAW-9702")
    const opened = await registry.as["clinician-waw"].getPatient({ params: { id } })
    const visitId = opened.visits[0]!.visit.id
    const ifMatch = { headers: { "if-match": `"${opened.versions[visitId]}"` } }
    await registry.as["clinician-waw"].correctVisit(
      { params: { id, visitId }, body: { nrs: 4, reason: "NRS read again" } },
      ifMatch
    )
    const refused = (await registry.as["coordinator-waw"]
      .correctVisit({ params: { id, visitId }, body: { nrs: 6, reason: "typo" } }, ifMatch)
      .catch((e: unknown) => e)) as ApiError
    expect(refused.status).toBe(412)
    expect(refused.current?.record).toMatchObject({ nrs: 4 })
  })

  it("accepts a correction without If-Match (API clients), with a weak tag, a list or *", async () => {
    const id = await treated(registry.as["clinician-waw"], "WAW-9703")
    const opened = await registry.as["clinician-waw"].getPatient({ params: { id } })
    const path = `/api/patients/${id}/screening`
    const without = await raw(registry, "clinician-waw", "PATCH", path, { baselineNrs: 8, reason: "a" })
    expect(without.status).toBe(200)
    const now = () => registry.as["clinician-waw"].getPatient({ params: { id } })
    const screeningId = opened.screening!.screening.id
    const weak = await raw(
      registry,
      "clinician-waw",
      "PATCH",
      path,
      { baselineNrs: 7, reason: "b" },
      { "if-match": `W/"${(await now()).versions[screeningId]}"` }
    )
    expect(weak.status).toBe(200)
    const list = await raw(
      registry,
      "clinician-waw",
      "PATCH",
      path,
      { baselineNrs: 6, reason: "c" },
      { "if-match": `"old", "${(await now()).versions[screeningId]}"` }
    )
    expect(list.status).toBe(200)
    const any = await raw(
      registry,
      "clinician-waw",
      "PATCH",
      path,
      { baselineNrs: 9, reason: "d" },
      { "if-match": "*" }
    )
    expect(any.status).toBe(200)
  })

  it("documents If-Match and 412 on every correction in the OpenAPI document", async () => {
    const doc = (await (await fetch(`${registry.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { parameters: Array<{ name: string }>; responses: object }>>
    }
    // every correction of a patient's record (a center's or one's own profile has no versions)
    const patches = Object.entries(doc.paths).flatMap(([path, ops]) =>
      ops.patch === undefined || !path.startsWith("/api/patients/") ? [] : [ops.patch]
    )
    expect(patches.length).toBeGreaterThanOrEqual(6)
    for (const op of patches) {
      expect(op.parameters.map((p) => p.name)).toContain("If-Match")
      expect(Object.keys(op.responses)).toContain("412")
    }
  })
})
