import { existsSync, readdirSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, type Registry, raw, startRegistry } from "../support/registry.js"
import { download, kickoff, pollUntilDone } from "./support.js"

const exportDir = join(tmpdir(), `cryoreg-fhir-test-${process.pid}`)
process.env.CRYOREG_EXPORT_DIR = exportDir

describe.each(dialects)("FHIR bulk export on %s", (kind) => {
  let registry: Registry
  beforeAll(async () => {
    registry = await startRegistry(kind)
  }, 120_000)
  afterAll(() => registry?.close())

  it("kicks off with 202 and Content-Location, reports progress, then answers the manifest", async () => {
    const status = await kickoff(registry, "admin")
    expect(status).toMatch(/\/api\/fhir\/\$export-status\/exp-[0-9a-f]+$/)
    const { answer } = await pollUntilDone(registry, "admin", status)
    expect(answer.status).toBe(200)
    const manifest = answer.json as unknown as {
      transactionTime: string
      request: string
      requiresAccessToken: boolean
      output: Array<{ type: string; url: string; count: number }>
      error: Array<unknown>
    }
    expect(manifest.requiresAccessToken).toBe(true)
    expect(manifest.request).toMatch(/\/api\/fhir\/\$export$/)
    expect(Date.parse(manifest.transactionTime)).not.toBeNaN()
    expect(manifest.error).toEqual([])
    expect(manifest.output.map((o) => o.type)).toEqual(
      expect.arrayContaining([
        "Patient",
        "Procedure",
        "Device",
        "Observation",
        "QuestionnaireResponse",
        "Questionnaire",
        "AdverseEvent",
        "MedicationStatement",
        "Encounter"
      ])
    )
    const files = await download(registry, "admin", manifest)
    const patients = await registry.as.admin.listPatients({ query: { limit: 500, withdrawn: "include" } })
    expect(files.Patient!.length).toBe(patients.total)
    for (const o of manifest.output) expect(files[o.type]!.length, o.type).toBe(o.count)
    expect(files.Patient!.every((p) => p.resourceType === "Patient" && !("name" in p))).toBe(true)
  })

  it("exports only the clinician's own center, and refuses a Group of another center", async () => {
    const status = await kickoff(registry, "clinician-pila")
    const { answer } = await pollUntilDone(registry, "clinician-pila", status)
    const files = await download(registry, "clinician-pila", answer.json as never)
    const ids = files.Patient!.map((p) => (p.identifier as Array<{ value: string }>)[0]!.value)
    expect(ids.length).toBeGreaterThan(0)
    expect(ids.every((id) => id.startsWith("PILA-"))).toBe(true)
    expect(JSON.stringify(files)).not.toMatch(/WAW-/)
    const own = await kickoff(registry, "clinician-pila", "/api/fhir/Group/pila/$export")
    expect((await pollUntilDone(registry, "clinician-pila", own)).answer.status).toBe(200)
    const other = await raw(registry, "clinician-pila", "GET", "/api/fhir/Group/waw/$export", undefined, {
      prefer: "respond-async"
    })
    expect(other.status).toBe(403)
    expect((other.json as unknown as { resourceType: string }).resourceType).toBe("OperationOutcome")
    // the admin's group export of Warsaw holds Warsaw only
    const waw = await kickoff(registry, "admin", "/api/fhir/Group/waw/$export")
    const wawFiles = await download(
      registry,
      "admin",
      (await pollUntilDone(registry, "admin", waw)).answer.json as never
    )
    expect(wawFiles.Patient!.every((p) => JSON.stringify(p.identifier).includes("WAW-"))).toBe(true)
  })

  it("gives the statistician every center under pseudonyms only", async () => {
    const status = await kickoff(registry, "statistician")
    const { answer } = await pollUntilDone(registry, "statistician", status)
    const files = await download(registry, "statistician", answer.json as never)
    const text = JSON.stringify(files)
    expect(text).not.toMatch(/WAW-|PILA-/)
    expect(files.Patient!.every((p) => String(p.id).startsWith("P-"))).toBe(true)
    expect(files.Procedure!.every((p) => !("performer" in p))).toBe(true)
  })

  it("lets only the job's owner poll, download or cancel it", async () => {
    const status = await kickoff(registry, "clinician-waw")
    const { answer } = await pollUntilDone(registry, "clinician-waw", status)
    const manifest = answer.json as unknown as { output: Array<{ url: string }> }
    const path = new URL(status).pathname
    expect((await raw(registry, "coordinator-waw", "GET", path)).status).toBe(404)
    expect((await raw(registry, "admin", "GET", new URL(manifest.output[0]!.url).pathname)).status).toBe(404)
    expect((await raw(registry, "admin", "DELETE", path)).status).toBe(404)
    expect((await raw(registry, null, "GET", path)).status).toBe(401)
    expect(
      (await raw(registry, "clinician-waw", "GET", new URL(manifest.output[0]!.url).pathname)).status
    ).toBe(200)
  })

  it("cancels with DELETE: 202, the files removed, the status then unknown", async () => {
    const status = await kickoff(registry, "admin")
    const job = status.split("/").at(-1)!
    const path = new URL(status).pathname
    const cancelled = await raw(registry, "admin", "DELETE", path)
    expect(cancelled.status).toBe(202)
    expect((await raw(registry, "admin", "GET", path)).status).toBe(404)
    expect((await raw(registry, "admin", "DELETE", path)).status).toBe(404)
    // the running job stops at its next page and removes what it wrote
    for (let i = 0; i < 100 && existsSync(join(exportDir, job)); i++)
      await new Promise((r) => setTimeout(r, 50))
    expect(existsSync(join(exportDir, job))).toBe(false)
    // a complete export's files go too
    const done = await kickoff(registry, "admin")
    const { answer } = await pollUntilDone(registry, "admin", done)
    const file = new URL((answer.json as unknown as { output: Array<{ url: string }> }).output[0]!.url)
      .pathname
    expect(readdirSync(join(exportDir, done.split("/").at(-1)!)).length).toBeGreaterThan(0)
    expect((await raw(registry, "admin", "DELETE", new URL(done).pathname)).status).toBe(202)
    expect((await raw(registry, "admin", "GET", file)).status).toBe(404)
    expect(existsSync(join(exportDir, done.split("/").at(-1)!))).toBe(false)
  })

  it("refuses a kick-off without Prefer: respond-async, an unknown type or parameter, in words", async () => {
    const noPrefer = await raw(registry, "admin", "GET", "/api/fhir/$export")
    expect(noPrefer.status).toBe(400)
    expect(noPrefer.text).toMatch(/Prefer: respond-async/)
    const badType = await raw(registry, "admin", "GET", "/api/fhir/$export?_type=Claim", undefined, {
      prefer: "respond-async"
    })
    expect(badType.status).toBe(400)
    expect(badType.text).toMatch(/Claim is not an exported resource type/)
    const since = await raw(registry, "admin", "GET", "/api/fhir/$export?_since=2026-01-01", undefined, {
      prefer: "respond-async"
    })
    expect(since.status).toBe(400)
    expect(since.text).toMatch(/_since is not supported/)
  })

  it("exports only the types asked with _type", async () => {
    const status = await kickoff(registry, "admin", "/api/fhir/$export?_type=Patient,Device")
    const { answer } = await pollUntilDone(registry, "admin", status)
    expect((answer.json as unknown as { output: Array<{ type: string }> }).output.map((o) => o.type)).toEqual(
      ["Device", "Patient"]
    )
  })
})
