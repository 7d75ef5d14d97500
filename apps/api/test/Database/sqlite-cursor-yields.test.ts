import { rmSync } from "node:fs"
import { join } from "node:path"
import { makeClient } from "@cryoreg/contract"
import Sqlite from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { password } from "../support/registry.js"
import { tempDataDir } from "../support/server.js"
import { type ApiProcess, spawnApi } from "../trust/process.js"

// The demo registry's 107 patients, copied this many times (ids suffixed): ≈ 30,000 visit rows to export.
const copies = 100

/** Copies every patient and clinical record `copies` times under new ids, straight into the SQLite file. */
const multiply = (file: string) => {
  const db = new Sqlite(file)
  try {
    const columns = (table: string) =>
      (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name)
    const copy = (table: string, renamed: ReadonlyArray<string>) => {
      const names = columns(table)
      const values = names.map((c) => (renamed.includes(c) ? `${c} || '-C' || n.i` : c))
      return db.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${copies})
         INSERT INTO ${table} (${names.join(", ")}) SELECT ${values.join(", ")} FROM ${table}, n`
      )
    }
    db.transaction(() => {
      copy("patients", ["id"]).run()
      copy("clinical_records", ["id", "patient_id"]).run()
    })()
  } finally {
    db.close()
  }
}

// The API in a process of its own (this test is its client), so that only its event loop is measured.
describe("an export read from an SQLite cursor", () => {
  const dataDir = tempDataDir()
  let api: ApiProcess
  let token: string
  beforeAll(async () => {
    api = await spawnApi({ dataDir }, { CRYOREG_DEMO: "1" })
    multiply(join(dataDir, "cryoreg.sqlite"))
    token = (await makeClient({ baseUrl: api.url }).login({ body: { username: "admin", password } })).token
  }, 120_000)
  afterAll(async () => {
    await api?.kill()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it("lets the server answer another request while it streams", async () => {
    const headers = { authorization: `Bearer ${token}` }
    const response = await fetch(`${api.url}/api/export/visits.parquet`, { headers })
    expect(response.status).toBe(200)
    // The export has begun (its headers are here); another request now, while the client reads the file.
    let received = 0
    let receivedAtAnswer: number | null = null
    const other = fetch(`${api.url}/api/health`).then(async (r) => {
      receivedAtAnswer = received
      return r.status
    })
    for await (const chunk of response.body!) received += chunk.length
    expect(await other).toBe(200)
    // Without a turn of the server's event loop between the cursor's batches the health check is answered
    // only once the whole file is written: the client then holds all of it.
    expect(received).toBeGreaterThan(20_000)
    expect(receivedAtAnswer).not.toBeNull()
    expect(receivedAtAnswer!).toBeLessThan(received / 2)
  }, 120_000)
})
