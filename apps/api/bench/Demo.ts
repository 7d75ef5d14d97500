import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type LoadOptions, type LoadResult, load } from "./Load.js"
import { type Figure, login, summarize, timeGet } from "./Report.js"
import { type Encoded, rowsOf } from "./Rows.js"
import { type ServerProcess, startServerProcess } from "./Server.js"
import { sqliteStore } from "./Store.js"

const seconds = Number(process.env.CRYOREG_BENCH_SECONDS ?? 5)
const writes = Number(process.env.CRYOREG_BENCH_WRITES ?? 2000)

type Run = (server: ServerProcess) => LoadOptions

/** The API's environment in the bench: the per-token rate limit stays on, raised above any rate measured. */
export const apiEnv = (password: string, demo = true) => ({
  CRYOREG_ADMIN_PASSWORD: password,
  CRYOREG_DEMO: demo ? "1" : "0",
  CRYOREG_RATE_LIMIT: "1000000",
  CRYOREG_RATE_BURST: "1000000"
})

// The baseline, then the API, each warmed up for 2 s (or 500 requests) before its timed run.
const pair = async (api: ServerProcess, bare: ServerProcess, run: Run, warm: Run) => {
  const out: Array<LoadResult> = []
  for (const server of [bare, api]) {
    await load(warm(server))
    out.push(await load(run(server)))
  }
  for (const r of out) if (r.failed > 0) throw new Error(`${r.failed} requests failed`)
  return { bare: out[0]!, api: out[1]! }
}
const rates = (what: string, r: { api: LoadResult; bare: LoadResult }): Figure => ({
  what,
  api: r.api.perSecond,
  baseline: r.bare.perSecond,
  unit: "req/s",
  cpu: { api: r.api.cpuPerRequest, baseline: r.bare.cpuPerRequest }
})

// Time to the last byte of `n` GETs one after another (autocannon's latencies are whole ms).
const latencies = async (url: string, token: string, n = 300) => {
  for (let i = 0; i < 50; i++) await timeGet(url, token)
  const times: Array<number> = []
  for (let i = 0; i < n; i++) times.push((await timeGet(url, token)).ms)
  return summarize(times).median
}

/**
 * The demo registry on SQLite (107 treated patients and the candidates): a patient read at 10 and
 * 100 connections, the cached report, and visit writes with their audit rows.
 */
export const demoFigures = async (password: string, base: ReadonlyArray<Encoded>): Promise<Array<Figure>> => {
  const dir = mkdtempSync(join(tmpdir(), "cryoreg-bench-"))
  const api = await startServerProcess(["api", "sqlite", dir], apiEnv(password))
  const bare = await startServerProcess(["bare", join(dir, "cryoreg.sqlite")])
  const figures: Array<Figure> = []
  try {
    const clinician = await login(api.url, "clinician-waw", password)
    const statistician = await login(api.url, "statistician", password)
    for (const connections of [10, 100]) {
      const read = (duration: number) => (s: ServerProcess) => ({
        url: `${s.url}/api/patients/WAW-0001`,
        connections,
        duration,
        token: clinician,
        cpuMs: s.cpuMs
      })
      const r = await pair(api, bare, read(seconds), read(2))
      const f = rates(`GET /api/patients/:id, ${connections} connections`, r)
      figures.push({ ...f, target: { text: "≥ 0.5×", met: f.api >= 0.5 * f.baseline! } })
    }
    const report = (duration: number) => (s: ServerProcess) => ({
      url: `${s.url}/api/analysis/report`,
      connections: 1,
      duration,
      token: statistician,
      cpuMs: s.cpuMs
    })
    figures.push(
      rates(
        "GET /api/analysis/report, 107 patients, 1 connection",
        await pair(api, bare, report(seconds), report(2))
      )
    )
    const p50 = await latencies(`${api.url}/api/analysis/report`, statistician)
    const bareP50 = await latencies(`${bare.url}/api/analysis/report`, statistician, 50)
    figures.push({
      what: "… p50 time to last byte, one request at a time (API: cached between writes; baseline: computed)",
      api: p50,
      baseline: bareP50,
      unit: "ms",
      target: { text: "p50 < 10 ms", met: p50 < 10 }
    })

    // Treated patients with no 3-month visit yet, one per write: set A for the API, B for the baseline.
    const store = sqliteStore(join(dir, "cryoreg.sqlite"))
    const waw = base.filter((r) => r.patient.centerId === "waw")
    const idOf = (s: ServerProcess, i: number) => `WAW-${s === api ? "A" : "B"}${String(i).padStart(5, "0")}`
    await store.insert(
      (function* () {
        for (const s of [api, bare])
          for (let i = 0; i < writes + 500; i++)
            yield rowsOf(waw[i % waw.length]!, idOf(s, i), { visits: false })
      })()
    )
    await store.close()
    const { id: _, patientId: __, ...month3 } = waw[0]!.visits.find((v) => v.timepoint === "month3")!
    const body = JSON.stringify(month3)
    // The timed run writes to the first `writes` patients of a set, its warm-up to the 500 after them.
    const write = (amount: number, from: number) => (s: ServerProcess) => ({
      url: s.url,
      connections: 10,
      amount,
      method: "POST" as const,
      token: clinician,
      cpuMs: s.cpuMs,
      next: (i: number) => ({ path: `/api/patients/${idOf(s, from + i)}/visits`, body })
    })
    const w = await pair(api, bare, write(writes, 0), write(500, writes))
    figures.push(rates(`POST /api/patients/:id/visits (+ audit row), 10 connections, ${writes} writes`, w), {
      what: "… p50 latency of a visit write (autocannon)",
      api: w.api.p50,
      baseline: w.bare.p50,
      unit: "ms"
    })
  } finally {
    await api.stop()
    await bare.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  return figures
}
