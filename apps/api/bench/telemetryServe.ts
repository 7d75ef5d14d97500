import { mkdirSync } from "node:fs"
import { join } from "node:path"
import { serve } from "@hono/node-server"
import Sqlite from "better-sqlite3"
import { Hono } from "hono"
import * as Database from "../src/Database.js"
import { startServer } from "../src/server.js"

// The server of the telemetry benchmark, in its own process so autocannon never shares its event loop:
//   telemetryServe.ts api <dataDir> | bare <dataDir> full|normal
// Prints one JSON line { url } once listening; exits on SIGTERM.

interface Sample {
  readonly t: number
  readonly tipTemperatureC: number
  readonly pressureBar: number
  readonly seq: number
}

/**
 * The baseline: a bare Hono route that inserts the posted samples into better-sqlite3 in one transaction,
 * the same table as the API, in WAL with `synchronous` FULL (the API's durability: a commit per request, each
 * waiting for the disk) or NORMAL (no wait: what the inserts alone cost), with no token, no decoding, no
 * access check and no idempotency check.
 */
const startBare = async (dataDir: string, synchronous: string) => {
  mkdirSync(dataDir, { recursive: true })
  const db = new Sqlite(join(dataDir, "bare.sqlite"))
  db.pragma("journal_mode = WAL")
  db.pragma(`synchronous = ${synchronous === "normal" ? "NORMAL" : "FULL"}`)
  db.exec(`CREATE TABLE IF NOT EXISTS live_telemetry (
    procedure_id TEXT NOT NULL, seq BIGINT NOT NULL, t REAL NOT NULL, tip_c REAL NOT NULL,
    pressure_bar REAL NOT NULL, PRIMARY KEY (procedure_id, seq))`)
  const insert = db.prepare("INSERT INTO live_telemetry VALUES (?, ?, ?, ?, ?)")
  const insertAll = db.transaction((id: string, samples: ReadonlyArray<Sample>) => {
    for (const s of samples) insert.run(id, s.seq, s.t, s.tipTemperatureC, s.pressureBar)
  })
  const app = new Hono()
  app.post("/api/procedures/:id/telemetry", async (c) => {
    const body = (await c.req.json()) as { samples: ReadonlyArray<Sample> }
    insertAll(c.req.param("id"), body.samples)
    return c.json({ received: body.samples.length })
  })
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s))
  })
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      db.close()
    }
  }
}

const [kind, dataDir, synchronous] = process.argv.slice(2)
const started =
  kind === "bare"
    ? await startBare(dataDir!, synchronous ?? "full")
    : await startServer({ port: 0, host: "127.0.0.1", database: Database.sqlite(dataDir!) })

process.stdout.write(`${JSON.stringify({ url: started.url.replace("localhost", "127.0.0.1") })}\n`)
process.once("SIGTERM", () => {
  started.close().then(
    () => process.exit(0),
    () => process.exit(1)
  )
})
