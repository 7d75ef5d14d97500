import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Database from "../src/Database.js"
import { type RunningServer, startServer } from "../src/server.js"
import { freshDatabase } from "./support/postgres.js"
import { startSqliteServer, tempDataDir } from "./support/server.js"

const packageVersion = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version

describe("GET /api/health on an embedded SQLite file", () => {
  const dataDir = join(tempDataDir(), "nested", "data")
  let server: RunningServer
  beforeAll(async () => {
    server = await startSqliteServer(dataDir)
  })
  afterAll(() => server.close())

  it("answers 200 with the version, database kind and uptime", async () => {
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body).toMatchObject({
      status: "ok",
      version: packageVersion,
      database: { kind: "sqlite", ok: true }
    })
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0)
  })

  it("creates the data folder and the SQLite file on first run", () => {
    expect(existsSync(join(dataDir, "cryoreg.sqlite"))).toBe(true)
  })

  it("answers unknown API routes with a 404 problem body", async () => {
    const response = await fetch(`${server.url}/api/no-such-route`)
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ error: "NoSuchRoute" })
  })

  it("starts again on the same file without re-running migrations", async () => {
    await server.close()
    server = await startSqliteServer(dataDir)
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
  })
})

describe("the built dashboard", () => {
  const webDir = join(tempDataDir(), "web")
  let server: RunningServer
  beforeAll(async () => {
    mkdirSync(webDir, { recursive: true })
    writeFileSync(join(webDir, "index.html"), "<!doctype html><title>cryoreg test page</title>")
    server = await startSqliteServer(tempDataDir(), webDir)
  })
  afterAll(() => server.close())

  it("is served at / and at any client-side route", async () => {
    for (const path of ["/", "/patients/17"]) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain("cryoreg test page")
    }
  })
})

describe("GET /api/health on PostgreSQL", () => {
  let server: RunningServer
  let database: Awaited<ReturnType<typeof freshDatabase>>
  beforeAll(async () => {
    database = await freshDatabase()
    server = await startServer({
      port: 0,
      host: "127.0.0.1",
      database: Database.postgresql(Redacted.make(database.url))
    })
  })
  afterAll(async () => {
    await server?.close()
    await database?.drop()
  })

  it("reports the postgresql database as reachable", async () => {
    const response = await fetch(`${server.url}/api/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ database: { kind: "postgresql", ok: true } })
  })
})
