import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { startServerProcess } from "./Server.js"
import {
  benchEnv,
  type IngestResult,
  ingest,
  json,
  openProcedures,
  serveProcess,
  type Target
} from "./telemetryLoad.js"

// Short telemetry ingest runs for working on its speed (issue 9): the bare FULL route and the API, at
// `CRYOREG_BENCH_CONNECTIONS` (default 10) connections, `CRYOREG_BENCH_SECONDS` (default 4) s each, `rounds`
// times in turn. With `CRYOREG_BENCH_BASE=<apps/api of another checkout>` (a git worktree of the commit to
// compare with) that checkout's API runs in the same rounds, so load from elsewhere hits both alike. With
// `CRYOREG_BENCH_PROFILE=<dir>` the servers write CPU profiles there.
//   tsx --conditions=@cryoreg/source bench/telemetryQuick.ts [rounds]
const seconds = Number(process.env.CRYOREG_BENCH_SECONDS ?? 4)
const connections = Number(process.env.CRYOREG_BENCH_CONNECTIONS ?? 10)
const rounds = Number(process.argv[2] ?? 3)
const base = process.env.CRYOREG_BENCH_BASE

const benchDir = new URL(".", import.meta.url).pathname
const root = mkdtempSync(join(tmpdir(), "cryoreg-telemetry-quick-"))
const bare = await serveProcess("bare", join(root, "bare"), benchEnv, "full")
const servers = [{ name: "API", served: await serveProcess("api", join(root, "api"), benchEnv) }]
if (base !== undefined) {
  const script = relative(benchDir, join(base, "bench", "telemetryServe.ts"))
  const served = await startServerProcess(["api", join(root, "base"), "full"], benchEnv, script)
  servers.push({ name: "base", served })
}
const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
try {
  const runs = await Promise.all(
    servers.map(async ({ name, served }) => {
      const login = await json(`${served.url}/api/auth/login`, "POST", null, {
        username: "clinician-waw",
        password: benchEnv.CRYOREG_ADMIN_PASSWORD
      })
      const targets = await openProcedures(served.url, login.token as string, connections + 20)
      return { name, served, targets, results: [] as Array<IngestResult> }
    })
  )
  const bareTargets: Array<Target> = runs[0]!.targets.map((_, i) => ({
    id: `bare-${i}`,
    token: "none",
    next: 0
  }))
  for (const r of runs) await ingest(r.served.url, r.targets, connections, 2) // warm-up
  await ingest(bare.url, bareTargets, connections, 1)
  const bareResults: Array<IngestResult> = []
  const fmt = (x: number) => Math.round(x).toLocaleString("en-US")
  const show = (name: string, r: IngestResult) =>
    `${name} ${fmt(r.samplesPerSecond)}/s ${r.cpuPerBatch.toFixed(2)} ms CPU p99 ${r.p99}${r.failed > 0 ? ` FAILED ${r.failed}` : ""}`
  for (let i = 0; i < rounds; i++) {
    const b = await ingest(bare.url, bareTargets, connections, seconds, bare.cpuMs)
    bareResults.push(b)
    const line = [show("bare FULL", b)]
    // Every other round the other way round, so neither API always runs just after the bare route.
    for (const r of i % 2 === 0 ? runs : [...runs].reverse()) {
      const a = await ingest(r.served.url, r.targets, connections, seconds, r.served.cpuMs)
      r.results.push(a)
      line.push(`${show(r.name, a)} (×${(a.samplesPerSecond / b.samplesPerSecond).toFixed(2)})`)
    }
    console.log(`${connections} conn: ${line.join(" | ")}`)
  }
  const summary = runs.map(
    (r) =>
      `${r.name}: median ${median(r.results.map((a) => a.cpuPerBatch)).toFixed(2)} ms CPU a batch, ` +
      `median ×${median(r.results.map((a, i) => a.samplesPerSecond / bareResults[i]!.samplesPerSecond)).toFixed(2)} of bare FULL, ` +
      `median p99 ${median(r.results.map((a) => a.p99))} ms`
  )
  console.log(
    `median bare FULL ${median(bareResults.map((b) => b.cpuPerBatch)).toFixed(2)} ms CPU a batch; ${summary.join("; ")}`
  )
} finally {
  await Promise.all([bare.stop(), ...servers.map((s) => s.served.stop())])
}
