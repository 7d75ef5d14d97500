import { join } from "node:path"
import { makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import Sqlite from "better-sqlite3"
import { afterAll, describe, expect, it } from "vitest"
import { openProcedure, sevenLevels, textbookPosts } from "../live/support.js"
import { eligibleScreening, newPatient, positiveBlock, procedure } from "../support/inputs.js"
import { freshDatabase } from "../support/postgres.js"
import { dialects, password } from "../support/registry.js"
import { tempDataDir } from "../support/server.js"
import { batches, DeviceWorker } from "./crash/Telemetry.js"
import { verifyCompletion, verifyDevice, verifyVisits } from "./crash/Verify.js"
import { VisitWorker } from "./crash/Visits.js"
import { type ApiProcess, type Store, spawnApi } from "./process.js"

const kills = 5
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const signIn = async (url: string) =>
  (await makeClient({ baseUrl: url }).login({ body: { username: "admin", password } })).token

// Patients through screening, block (and a procedure for the visit writers), as the admin.
const prepare = async (url: string, token: string) => {
  const api = makeClient({ baseUrl: url, token })
  await api.createCenter({ body: { id: Model.CenterId.make("waw"), name: "Warsaw", city: "Warsaw" } })
  const patient = async (id: string, treated: boolean) => {
    const pid = Model.PatientId.make(id)
    await api.createPatient({ body: newPatient(id) })
    await api.createScreening({ params: { id: pid }, body: eligibleScreening })
    await api.createBlock({ params: { id: pid }, body: positiveBlock })
    if (treated) await api.createProcedure({ params: { id: pid }, body: procedure })
    return id
  }
  const treated = await Promise.all(Array.from({ length: 9 }, (_, i) => patient(`WAW-${1100 + i}`, true)))
  const live = await Promise.all(Array.from({ length: 3 }, (_, i) => patient(`WAW-${1200 + i}`, false)))
  const server = { url } as Parameters<typeof openProcedure>[0]
  const devices = await Promise.all(
    live.map(async (p) => {
      const { id, deviceToken } = await openProcedure(server, token, p)
      return {
        patient: p,
        worker: new DeviceWorker(id, deviceToken, batches(textbookPosts(sevenLevels), 40))
      }
    })
  )
  const visitors = [0, 1, 2].map((w) => new VisitWorker(`worker ${w}`, treated.slice(w * 3, w * 3 + 3)))
  return { visitors, devices }
}

describe.each(dialects)("crash safety on %s: SIGKILL during visit writes and telemetry ingest", (kind) => {
  let api: ApiProcess | undefined
  let drop: (() => Promise<void>) | undefined
  afterAll(async () => {
    await api?.kill()
    await drop?.()
  })

  it(`keeps every acknowledged write, whole and audited, across ${kills} kills`, {
    timeout: 90_000
  }, async () => {
    let store: Store
    if (kind === "postgresql") {
      const db = await freshDatabase()
      drop = db.drop
      store = { databaseUrl: db.url }
    } else store = { dataDir: tempDataDir() }
    api = await spawnApi(store, { CRYOREG_REQUEST_LOG: "0" })
    let token = await signIn(api.url)
    const { visitors, devices } = await prepare(api.url, token)
    const acknowledged = () =>
      visitors.reduce((n, v) => n + v.log.filter((w) => w.outcome === "acked").length, 0) +
      devices.reduce((n, d) => n + d.worker.acked, 0)
    let checked = 0
    let cut = 0
    for (let round = 0; round < kills; round++) {
      let stopped = false
      const running = [
        ...visitors.map((v) => v.run(api!.url, token, () => stopped)),
        ...devices.map((d) => d.worker.run(api!.url, () => stopped))
      ]
      // Kill at a random moment once this round's writes are flowing (a fresh process answers slowly at first).
      const before = acknowledged()
      for (let waited = 0; acknowledged() < before + 4 && waited < 15_000; waited += 20) await sleep(20)
      await sleep(Math.random() * 700)
      await api.kill("SIGKILL")
      stopped = true
      await Promise.all(running)
      cut += devices.filter((d) => d.worker.inFlight !== null).length
      api = await spawnApi(store, { CRYOREG_REQUEST_LOG: "0" })
      token = await signIn(api.url)
      checked = 0
      for (const v of visitors) checked += await verifyVisits(api.url, token, v)
      for (const d of devices) {
        checked += await verifyDevice(api.url, token, d.worker)
        checked += await verifyCompletion(api.url, token, d.worker, d.patient)
        d.worker.inFlight = null
      }
      if ("dataDir" in store) {
        const db = new Sqlite(join(store.dataDir, "cryoreg.sqlite"), { readonly: true })
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok")
        expect(db.pragma("foreign_key_check")).toEqual([])
        db.close()
      }
    }
    cut += visitors.reduce((n, v) => n + v.log.filter((w) => w.outcome === "unknown").length, 0)
    const visitWrites = visitors.reduce((n, v) => n + v.log.filter((w) => w.outcome === "acked").length, 0)
    const posts = devices.reduce((n, d) => n + d.worker.acked, 0)
    console.log(
      `crash safety (${kind}): ${kills} SIGKILLs survived; ${checked} acknowledged writes checked after the last ` +
        `restart (${visitWrites} visit writes, ${posts} telemetry and event posts); ${cut} writes were cut by a kill`
    )
    expect(visitWrites).toBeGreaterThan(kills)
    expect(posts).toBeGreaterThan(kills)
  })
})
