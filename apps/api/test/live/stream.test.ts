import { Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import * as Database from "../../src/Database.js"
import { openStreamCount } from "../../src/LiveProcedures/Stream.js"
import { type RunningServer, startServer } from "../../src/server.js"
import { freshDatabase } from "../support/postgres.js"
import { tempDataDir } from "../support/server.js"
import { openStream, type SseMessage } from "./sse.js"
import { eligiblePatient, login, openProcedure, send, textbookPosts } from "./support.js"

const start = async (kind: "sqlite" | "postgresql") => {
  const pg = kind === "postgresql" ? await freshDatabase() : null
  const database = pg === null ? Database.sqlite(tempDataDir()) : Database.postgresql(Redacted.make(pg.url))
  const server = await startServer({ port: 0, host: "127.0.0.1", database })
  return { server, drop: async () => pg?.drop() }
}

const until = async (check: () => boolean, timeoutMs = 5000) => {
  const end = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out")
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe.each(["sqlite", "postgresql"] as const)("the stream of a live procedure (%s)", (kind) => {
  let server: RunningServer
  let drop: () => Promise<void>
  let clinician: string
  beforeAll(async () => {
    process.env.CRYOREG_STREAM_HEARTBEAT_SECONDS = "0.3"
    ;({ server, drop } = await start(kind))
    clinician = await login(server, "clinician-waw")
  })
  afterAll(async () => {
    await server?.close()
    await drop?.()
  })

  it("sends samples, events, cycle evaluations and deviations, and a client that reconnects misses nothing", async () => {
    const { id, deviceToken } = await openProcedure(
      server,
      clinician,
      await eligiblePatient(server, clinician)
    )
    const url = `${server.url}/api/procedures/${id}/stream`
    const posts = textbookPosts(["S1", "S2"])
    const first = await openStream(url, clinician)
    const clients = [first]
    try {
      expect(first.status).toBe(200)
      await send(server, deviceToken, id, posts.slice(0, 4))
      await first.waitFor(2)
      first.close()
      const early = first.messages.slice()
      await send(server, deviceToken, id, posts.slice(4))
      const whole = await openStream(url, clinician)
      const resumed = await openStream(url, clinician, { lastEventId: early.at(-1)!.id })
      clients.push(whole, resumed)
      await until(() => whole.messages.some((m) => m.data.includes('"ProcedureCompleted"')))
      await new Promise((r) => setTimeout(r, 300))
      const everything = whole.messages.slice()
      expect(everything.slice(0, early.length)).toEqual(early)
      const rest = everything.slice(early.length)
      await until(() => resumed.messages.length >= rest.length)
      expect(resumed.messages).toEqual(rest)
      const ids = everything.map((m) => Number(m.id))
      expect([...ids].sort((a, b) => a - b)).toEqual(ids)
      expect(new Set(ids).size).toBe(ids.length)
      const kinds = new Set(everything.map((m: SseMessage) => m.event))
      expect([...kinds].sort()).toEqual(["CycleEvaluated", "Deviation", "ProtocolEventStored", "Samples"])
      const samples = everything
        .filter((m) => m.event === "Samples")
        .flatMap((m) => JSON.parse(m.data).samples.map((s: { seq: number }) => s.seq))
      const posted = posts.flatMap((p) => (p.kind === "samples" ? p.samples.map((s) => s.seq) : []))
      expect(samples).toEqual(posted)
      const events = everything
        .filter((m) => m.event === "ProtocolEventStored")
        .map((m) => JSON.parse(m.data))
      expect(events.map((e) => e.index)).toEqual(events.map((_, i) => i))
      const evaluated = everything.filter((m) => m.event === "CycleEvaluated").map((m) => JSON.parse(m.data))
      expect(evaluated.map((e) => [e.lesion, e.cycle, e.evaluation.deviations.length])).toEqual([
        [0, 0, 0],
        [1, 0, 0]
      ])
      // Two lesions on one side: too few lesions, and L5 and S3 not covered.
      const deviations = everything.filter((m) => m.event === "Deviation").map((m) => JSON.parse(m.data))
      expect(deviations.map((d) => d.deviation.kind).sort()).toEqual([
        "level-not-covered",
        "level-not-covered",
        "too-few-lesions"
      ])
    } finally {
      for (const c of clients) c.close()
    }
  })

  it("resumes from ?lastEventId= too, and closes the stream when the client goes away", async () => {
    const { id, deviceToken } = await openProcedure(
      server,
      clinician,
      await eligiblePatient(server, clinician)
    )
    const url = `${server.url}/api/procedures/${id}/stream`
    const before = openStreamCount()
    const client = await openStream(url, clinician)
    const clients = [client]
    try {
      await send(server, deviceToken, id, textbookPosts(["S1"], { complete: false }).slice(0, 3))
      await until(() => client.messages.some((m) => m.data.includes('"FreezeEnded"')))
      const seen = client.messages.slice()
      const resumed = await openStream(url, clinician, { lastEventId: seen[0]!.id, viaQuery: true })
      clients.push(resumed)
      await until(() => resumed.messages.length >= seen.length - 1)
      expect(resumed.messages).toEqual(seen.slice(1))
      await until(() => openStreamCount() === before + 2)
    } finally {
      for (const c of clients) c.close()
    }
    await until(() => openStreamCount() === before)
  })

  it("sends heartbeats while nothing is stored", async () => {
    const { id } = await openProcedure(server, clinician, await eligiblePatient(server, clinician))
    const client = await openStream(`${server.url}/api/procedures/${id}/stream`, clinician)
    try {
      await until(() => client.comments.filter((c) => c === "heartbeat").length >= 2, 20_000)
      expect(client.messages).toEqual([])
    } finally {
      client.close()
    }
  })

  it("refuses a Last-Event-ID that is not a message id", async () => {
    const { id } = await openProcedure(server, clinician, await eligiblePatient(server, clinician))
    const client = await openStream(`${server.url}/api/procedures/${id}/stream`, clinician, {
      lastEventId: "yesterday"
    })
    expect(client.status).toBe(400)
    client.close()
  })
})
