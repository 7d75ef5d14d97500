import { all } from "@cryoreg/contract"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Registry, startRegistry } from "../support/registry.js"

// Routes that are not API operations: the document itself, its reference page, and the fallbacks.
const undocumented = new Set(["/api/openapi.json", "/api/docs", "/api/docs/scalar.js", "/api/*", "/*"])

describe("the OpenAPI document", () => {
  let registry: Registry
  let document: {
    openapi: string
    paths: Record<string, Record<string, { operationId: string; responses: object }>>
  }
  beforeAll(async () => {
    registry = await startRegistry("sqlite", { demo: false })
    document = await (await fetch(`${registry.url}/api/openapi.json`)).json()
  })
  afterAll(() => registry?.close())

  it("is OpenAPI 3.1 and documents every route the server answers", () => {
    expect(document.openapi).toBe("3.1.0")
    const served = registry.server.routes
      .filter((r) => r.method !== "ALL" && !undocumented.has(r.path))
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, "{$1}")}`)
    const documented = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)
    )
    expect(served.length).toBeGreaterThan(30)
    expect(served.filter((r) => !documented.includes(r))).toEqual([])
    expect(documented.filter((r) => !served.includes(r))).toEqual([])
  })

  it("has no reference that points nowhere", () => {
    const text = JSON.stringify(document)
    const schemas = (document as unknown as { components: { schemas: Record<string, object> } }).components
      .schemas
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!)
    expect(refs.length).toBeGreaterThan(10)
    expect(refs.filter((r) => !(r.startsWith("#/components/schemas/") && r.slice(21) in schemas))).toEqual([])
  })

  it("names each operation after its contract endpoint, with the request and answer schemas", () => {
    const ops = Object.values(document.paths).flatMap((p) => Object.values(p))
    expect(ops.map((o) => o.operationId).sort()).toEqual(all.map((e) => e.name).sort())
    const visit = document.paths["/api/patients/{id}/visits"]!.post as unknown as {
      requestBody: {
        content: {
          "application/json": {
            schema: { properties: Record<string, { minimum?: number; maximum?: number }> }
          }
        }
      }
      responses: Record<string, unknown>
    }
    const ref = (
      visit.requestBody.content["application/json"].schema.properties.nrs as unknown as { $ref: string }
    ).$ref
    expect(ref).toBe("#/components/schemas/Nrs")
    const nrs = (document as unknown as { components: { schemas: Record<string, object> } }).components
      .schemas.Nrs
    expect(JSON.stringify(nrs)).toMatch(/"minimum":0.*"maximum":10|"maximum":10.*"minimum":0/)
    expect(Object.keys(visit.responses)).toEqual(
      expect.arrayContaining(["201", "400", "401", "403", "404", "409"])
    )
  })

  it("has a readable reference page served without any CDN", async () => {
    const page = await fetch(`${registry.url}/api/docs`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain("/api/openapi.json")
    expect(html).toContain("/api/docs/scalar.js")
    expect(html).not.toMatch(/cdn\.jsdelivr|unpkg\.com/)
    const script = await fetch(`${registry.url}/api/docs/scalar.js`)
    expect(script.status).toBe(200)
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000)
  })
})
