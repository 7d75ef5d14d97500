import { all, Errors } from "@cryoreg/contract"
import { Validator } from "@seriousme/openapi-schema-validator"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Registry, startRegistry } from "../support/registry.js"

// Routes that are not API operations: the document itself, its reference page, and the fallbacks.
const undocumented = new Set([
  "/api/openapi.json",
  "/api/docs",
  "/api/docs/start.js",
  "/api/docs/:asset{swagger-ui\\.css|swagger-ui-bundle\\.js}",
  "/api/*",
  "/*"
])

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

  it("passes the OpenAPI 3.1 schema validator", async () => {
    const result = await new Validator().validate(
      structuredClone(document) as unknown as Parameters<Validator["validate"]>[0]
    )
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
  })

  it("lists each route's own errors under their statuses, not a guess for every write", () => {
    const responses = (path: string, method: string) =>
      (document.paths[path]![method] as unknown as { responses: Record<string, { description: string }> })
        .responses
    // A duplicate procedure is a 409 of the procedure's create; the center's create breaks no rule (no RuleViolation).
    expect(responses("/api/patients/{id}/procedure", "post")["409"]!.description).toContain("ProcedureExists")
    expect(responses("/api/centers", "post")["409"]!.description).toBe("AlreadyRecorded")
    expect(responses("/api/centers", "post")["422"]!.description).toBe("IllFormedText")
    // Only a correction can meet a changed record; only a route with a lookup answers 404.
    expect(Object.keys(responses("/api/patients/{id}/visits/{visitId}", "patch"))).toContain("412")
    expect(Object.keys(responses("/api/patients/{id}/visits", "post"))).not.toContain("412")
    expect(Object.keys(responses("/api/patients", "get"))).not.toContain("404")
    // Every status listed is one the contract gives one of the endpoint's errors.
    for (const endpoint of all) {
      const path = endpoint.path.replace(/:([A-Za-z]+)/g, "{$1}")
      const listed = Object.keys(responses(path, endpoint.method.toLowerCase())).filter((s) => s >= "400")
      const statuses = new Set(endpoint.errors.map((tag) => String(Errors.statusOf[tag])))
      expect(new Set(listed)).toEqual(statuses)
    }
  })

  it("serves its reference page and Swagger UI's files from this server", async () => {
    const page = await fetch(`${registry.url}/api/docs`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).not.toMatch(/<script>/)
    const start = await (await fetch(`${registry.url}/api/docs/start.js`)).text()
    expect(start).toContain("/api/openapi.json")
    expect(start).toContain("validatorUrl: null")
    const script = await fetch(`${registry.url}/api/docs/swagger-ui-bundle.js`)
    expect(script.status).toBe(200)
    expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000)
    expect((await fetch(`${registry.url}/api/docs/other.js`)).status).toBe(404)
  })
})
