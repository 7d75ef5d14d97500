import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tableCounts } from "../support/database.js"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"
import { download, kickoff, pollUntilDone } from "./support.js"

type Json = Record<string, unknown>

const exportAll = async (registry: Registry) => {
  const status = await kickoff(registry, "admin")
  return download(registry, "admin", (await pollUntilDone(registry, "admin", status)).answer.json as never)
}

const recordIdSystem = "https://cryoreg.org/fhir/sid/record-id"

/**
 * The export with the registry's record ids replaced by names made of what the records are (the patient,
 * the kind, the time point or date): two registries give the same names to the same records.
 */
const idsAside = (files: Record<string, Array<Json>>): Array<string> => {
  const names = new Map<string, string>()
  for (const r of Object.values(files).flat()) {
    const identifiers = [r.identifier].flat() as Array<{ system: string; value: string } | undefined>
    const id = identifiers.find((i) => i?.system === recordIdSystem)?.value
    if (id === undefined) continue
    const subject = (r.subject as { reference: string }).reference
    const what = JSON.stringify([
      r.resourceType,
      subject,
      r.performedDateTime,
      r.effectiveDateTime,
      r.extension,
      r.type,
      r.event
    ])
    names.set(id, `rec-${hash(what)}`)
  }
  // one pass over each resource (a loop over every id would hold the event loop, and the servers, for seconds)
  const recordIds = /\b(?:scr|blk|prc|vis|ae)-[0-9a-f]{16}\b/g
  return Object.values(files)
    .flat()
    .map((r) => JSON.stringify(r).replace(recordIds, (id) => names.get(id) ?? id))
    .sort()
}

const hash = (text: string) => {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0
  return (h >>> 0).toString(16)
}

/** The resources of one center's patients (and the Questionnaire). */
const ofCenter = (files: Record<string, Array<Json>>, center: string) => {
  const prefix = `${center.toUpperCase()}-`
  const mine = (r: Json) =>
    r.resourceType === "Questionnaire" ||
    String(r.id).startsWith(prefix) ||
    JSON.stringify((r as { subject?: unknown }).subject ?? "").includes(`Patient/${prefix}`) ||
    (r.resourceType === "Device" &&
      files.Procedure!.some(
        (p) => `${p.id}-probe` === r.id && JSON.stringify(p.subject).includes(`Patient/${prefix}`)
      ))
  return Object.fromEntries(Object.entries(files).map(([type, list]) => [type, list.filter(mine)]))
}

const asBundle = (files: Record<string, Array<Json>>, type: "collection" | "transaction") => ({
  resourceType: "Bundle",
  type,
  entry: Object.values(files)
    .flat()
    .map((resource) => ({
      fullUrl: `urn:cryoreg:${resource.resourceType}/${resource.id}`,
      resource,
      ...(type === "transaction" ? { request: { method: "POST", url: resource.resourceType } } : {})
    }))
})

describe.each(dialects)("FHIR round trip on %s", (kind) => {
  let source: Registry
  let target: Registry
  let exported: Record<string, Array<Json>>
  beforeAll(async () => {
    source = await startRegistry(kind)
    target = await startRegistry(kind, { demo: false })
    for (const center of [
      { id: "waw", name: "Warsaw", city: "Warsaw" },
      { id: "pila", name: "Piła", city: "Piła" }
    ])
      await raw(target, "admin", "POST", "/api/centers", center)
    exported = await exportAll(source)
  }, 180_000)
  afterAll(async () => {
    await source?.close()
    await target?.close()
  })

  it("export → import into an empty registry → export is equal, ids aside; the same Bundle again changes nothing", async () => {
    // one center per import: the Warsaw and the Piła patients with their resources
    const bundles = ["waw", "pila"].map((center) => asBundle(ofCenter(exported, center), "collection"))
    const before = await tableCounts(target)
    const dry = await raw(target, "admin", "POST", "/api/fhir?dryRun=1", bundles[0])
    expect(dry.status, dry.text.slice(0, 2000)).toBe(200)
    expect(dry.text).toMatch(
      /dry run, nothing stored: would add \d+ patients and \d+ records into center waw/
    )
    expect(await tableCounts(target)).toEqual(before)

    for (const bundle of bundles) {
      const stored = await raw(target, "admin", "POST", "/api/fhir", bundle)
      expect(stored.status, stored.text.slice(0, 2000)).toBe(200)
    }
    const again = await exportAll(target)
    expect(idsAside(again)).toEqual(idsAside(exported))

    const counts = await tableCounts(target)
    const twice = await raw(
      target,
      "admin",
      "POST",
      "/api/fhir?center=pila",
      asBundle(ofCenter(again, "pila"), "transaction")
    )
    expect(twice.status, twice.text.slice(0, 2000)).toBe(200)
    expect(twice.text).toMatch(
      /stored 0 patients and 0 records into center pila; \d+ patients and \d+ records already stored unchanged/
    )
    // the import's own row aside (it records that the file came again), nothing changed
    const { imports: _, audit_log: __, ...after } = await tableCounts(target)
    const { imports: ___, audit_log: ____, ...expected } = counts
    expect(after).toEqual(expected)
  })
})
