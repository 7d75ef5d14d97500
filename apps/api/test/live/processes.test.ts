import { type ChildProcess, spawn } from "node:child_process"
import { createServer } from "node:net"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { RunningServer } from "../../src/server.js"
import { freshDatabase } from "../support/postgres.js"
import { openStream } from "./sse.js"
import { eligiblePatient, login, openProcedure, send, textbookPosts } from "./support.js"

const apiDir = fileURLToPath(new URL("../..", import.meta.url))
const password = "two-processes-test-password"

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0))
    })
  })

/** A real API process (`tsx src/main.ts`) on PostgreSQL; resolves once it listens. */
const spawnApi = async (databaseUrl: string) => {
  const port = await freePort()
  const child = spawn("node_modules/.bin/tsx", ["--conditions=@cryoreg/source", "src/main.ts"], {
    cwd: apiDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      CRYOREG_ADMIN_PASSWORD: password,
      CRYOREG_DEMO: "1"
    },
    stdio: ["ignore", "pipe", "pipe"]
  })
  let output = ""
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start:\n${output}`)), 50_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes("cryoreg is running")) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on("data", read)
    child.stderr?.on("data", read)
    child.once("exit", (code) => reject(new Error(`API exited with ${code}:\n${output}`)))
  })
  // The helpers read only the URL and the first-start password of a server.
  const server = {
    url: `http://127.0.0.1:${port}`,
    bootstrapped: { accounts: [], generatedPassword: password, demoPatients: 0 }
  } as unknown as RunningServer
  return { child, server }
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once("exit", () => resolve())
    child.kill("SIGTERM")
  })

describe("two API processes on one PostgreSQL database", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>
  const processes: Array<Awaited<ReturnType<typeof spawnApi>>> = []
  beforeAll(async () => {
    database = await freshDatabase()
    // One after the other: the first runs the migrations and creates the accounts.
    processes.push(await spawnApi(database.url))
    processes.push(await spawnApi(database.url))
  }, 120_000)
  afterAll(async () => {
    await Promise.all(processes.map((p) => stop(p.child)))
    await database?.drop()
  })

  it("delivers what is stored through one process to a stream on the other", async () => {
    const [a, b] = processes.map((p) => p.server) as [RunningServer, RunningServer]
    const onA = await login(a, "clinician-waw")
    const onB = await login(b, "clinician-waw")
    const { id, deviceToken } = await openProcedure(a, onA, await eligiblePatient(a, onA))
    const stream = await openStream(`${b.url}/api/procedures/${id}/stream`, onB)
    try {
      expect(stream.status).toBe(200)
      const posts = textbookPosts(["S1"], { complete: false }).slice(0, 2)
      const started = Date.now()
      await send(a, deviceToken, id, posts)
      await stream.waitFor(4, 5000)
      // Delivered by NOTIFY, not by the heartbeat's poll (15 s).
      expect(Date.now() - started).toBeLessThan(5000)
      const events = stream.messages.filter((m) => m.event === "ProtocolEventStored")
      expect(events.map((m) => JSON.parse(m.data).event._tag)).toEqual([
        "ProbePositioned",
        "StimulationTested",
        "FreezeStarted"
      ])
      const samples = stream.messages.find((m) => m.event === "Samples")
      expect(JSON.parse(samples!.data).samples).toHaveLength(
        posts[1]!.kind === "samples" ? posts[1]!.samples.length : -1
      )
      const state = await fetch(`${b.url}/api/procedures/${id}`, {
        headers: { authorization: `Bearer ${onB}` }
      })
      expect(await state.json()).toMatchObject({ phase: "Freezing", nextEventIndex: 3 })
    } finally {
      stream.close()
    }
  })
})
