import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type LoadOptions, load } from "./Load.js"
import { type Figure, login } from "./Report.js"
import { type Encoded, rowsOf } from "./Rows.js"
import { startServerProcess } from "./Server.js"
import { sqliteStore } from "./Store.js"

const seconds = Number(process.env.CRYOREG_BENCH_SECONDS ?? 5)
const writes = Number(process.env.CRYOREG_BENCH_WRITES ?? 2000)

// A request rate of the API and of the baseline, each warmed up for a second first, baseline first.
const pair = async (api: LoadOptions, bare: LoadOptions) => {
  const out = []
  for (const options of [bare, api]) {
    await load({ url: options.url, connections: options.connections, duration: 1, token: options.token })
    out.push(await load(options))
  }
  for (const r of out) if (r.failed > 0) throw new Error(`${r.failed} requests failed`)
  return { bare: out[0]!, api: out[1]! }
}

/**
 * The demo registry on SQLite (107 treated patients and the candidates): a patient read at 10 and
 * 100 connections, the cached report, and visit writes with their audit rows.
 */
export const demoFigures = async (password: string, base: ReadonlyArray<Encoded>): Promise<Array<Figure>> => {
  const dir = mkdtempSync(join(tmpdir(), "cryoreg-bench-"))
  const api = await startServerProcess(["api", "sqlite", dir], { CRYOREG_ADMIN_PASSWORD: password })
  const bare = await startServerProcess(["bare", join(dir, "cryoreg.sqlite")])
  const figures: Array<Figure> = []
  try {
    const clinician = await login(api.url, "clinician-waw", password)
    const statistician = await login(api.url, "statistician", password)
    for (const connections of [10, 100]) {
      const read = (url: string) => ({
        url: `${url}/api/patients/WAW-0001`,
        connections,
        duration: seconds,
        token: clinician
      })
      const { api: a, bare: b } = await pair(read(api.url), read(bare.url))
      figures.push({
        what: `GET /api/patients/:id, ${connections} connections`,
        api: a.perSecond,
        baseline: b.perSecond,
        unit: "req/s",
        target: { text: "≥ 0.5×", met: a.perSecond >= 0.5 * b.perSecond }
      })
    }
    const report = (url: string) => ({
      url: `${url}/api/analysis/report`,
      connections: 1,
      duration: seconds,
      token: statistician
    })
    const { api: a, bare: b } = await pair(report(api.url), report(bare.url))
    figures.push(
      {
        what: "GET /api/analysis/report, 107 patients, 1 connection: req/s",
        api: a.perSecond,
        baseline: b.perSecond,
        unit: "req/s"
      },
      {
        what: "… p50 latency (API cached between writes; baseline computes)",
        api: a.p50,
        baseline: b.p50,
        unit: "ms",
        target: { text: "p50 < 10 ms", met: a.p50 < 10 }
      }
    )

    // Treated patients with no 3-month visit yet, one per write, separate ones for each server.
    const store = sqliteStore(join(dir, "cryoreg.sqlite"))
    const waw = base.filter((r) => r.patient.centerId === "waw")
    const idOf = (set: string, i: number) => `WAW-${set}${String(i).padStart(5, "0")}`
    const awaiting = function* () {
      for (const set of ["A", "B"])
        for (let i = 0; i < writes + 1000; i++)
          yield rowsOf(waw[i % waw.length]!, idOf(set, i), { visits: false })
    }
    await store.insert(awaiting())
    await store.close()
    const visit = (i: number) =>
      JSON.stringify({
        ...waw[i % waw.length]!.visits.find((v) => v.timepoint === "month3")!,
        id: undefined,
        patientId: undefined
      })
    const write = (url: string, set: string): LoadOptions => ({
      url,
      connections: 10,
      amount: writes,
      method: "POST",
      token: clinician,
      next: (i) => ({ path: `/api/patients/${idOf(set, i)}/visits`, body: visit(i) })
    })
    // Warm-ups use the last 1000 patients of each set; the timed runs the first `writes`.
    const warm = (o: LoadOptions): LoadOptions => ({ ...o, amount: 500, next: (i) => o.next!(writes + i) })
    const wb = await load(warm(write(bare.url, "B"))).then(() => load(write(bare.url, "B")))
    const wa = await load(warm(write(api.url, "A"))).then(() => load(write(api.url, "A")))
    for (const r of [wa, wb]) if (r.failed > 0) throw new Error(`${r.failed} visit writes failed`)
    figures.push(
      {
        what: `POST /api/patients/:id/visits (+ audit row), 10 connections, ${writes} writes`,
        api: wa.perSecond,
        baseline: wb.perSecond,
        unit: "req/s"
      },
      { what: "… p50 latency of a visit write", api: wa.p50, baseline: wb.p50, unit: "ms" }
    )
  } finally {
    await api.stop()
    await bare.stop()
  }
  return figures
}
