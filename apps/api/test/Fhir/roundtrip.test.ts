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
  const ordered = [...names.keys()].sort((a, b) => b.length - a.length)
  return Object.values(files)
    .flat()
    .map((r) => ordered.reduce((text, id) => text.split(id).join(names.get(id)!), JSON.stringify(r)))
    .sort()
}

const hash = (text: string) => {
  let h = 0
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0
  return (h >>> 0).toString(16)
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
    const bundle = asBundle(exported, "collection")
    const before = await tableCounts(target)
    const dry = await raw(target, "admin", "POST", "/api/fhir?dryRun=1", bundle)
    expect(dry.status, dry.text.slice(0, 2000)).toBe(200)
    expect(dry.text).toMatch(/dry run, nothing stored: would add \d+ patients/)
    expect(await tableCounts(target)).toEqual(before)

    const stored = await raw(target, "admin", "POST", "/api/fhir", bundle)
    expect(stored.status, stored.text.slice(0, 2000)).toBe(200)
    const again = await exportAll(target)
    expect(idsAside(again)).toEqual(idsAside(exported))

    const counts = await tableCounts(target)
    const twice = await raw(target, "admin", "POST", "/api/fhir", asBundle(again, "transaction"))
    expect(twice.status, twice.text.slice(0, 2000)).toBe(200)
    expect(twice.text).toMatch(/stored 0 patients and 0 records/)
    expect(await tableCounts(target)).toEqual(counts)
  })
})
