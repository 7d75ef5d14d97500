import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { benchEnv, ingest, json, openProcedures, serveProcess, type Target } from "./telemetryLoad.js"
import { streamLatency } from "./telemetryStream.js"

// Telemetry ingest and stream latency (issue 9, "Speed"): `pnpm --filter @cryoreg/api bench:telemetry`.
// Against a bare Hono + better-sqlite3 route in the same run; every server in its own process.
const seconds = Number(process.env.CRYOREG_BENCH_SECONDS ?? 8)
const env = benchEnv
const password = env.CRYOREG_ADMIN_PASSWORD

const root = mkdtempSync(join(tmpdir(), "cryoreg-telemetry-bench-"))
const bare = await serveProcess("bare", join(root, "bare"), env, "full")
const bareNormal = await serveProcess("bare", join(root, "bare-normal"), env, "normal")
const api = await serveProcess("api", join(root, "api"), env)
try {
  const login = await json(`${api.url}/api/auth/login`, "POST", null, { username: "clinician-waw", password })
  const clinician = login.token as string
  // More procedures than connections: a connection autocannon re-opens takes a fresh one (sequence numbers stay in order).
  const targets = await openProcedures(api.url, clinician, 161)
  const bareTargets: Array<Target> = targets.map((_, i) => ({ id: `bare-${i}`, token: "none", next: 0 }))
  const normalTargets: Array<Target> = targets.map((_, i) => ({ id: `bare-${i}`, token: "none", next: 0 }))
  const streamTarget = targets.pop()!
  const fmt = (x: number) => Math.round(x).toLocaleString("en-US")
  console.log(`telemetry ingest, 50-sample batches, ${seconds} s a run (samples/s, latency ms)`)
  for (const connections of [10, 100]) {
    await ingest(api.url, targets, connections, 1) // warm-up
    const b = await ingest(bare.url, bareTargets, connections, seconds, bare.cpuMs)
    const n = await ingest(bareNormal.url, normalTargets, connections, seconds, bareNormal.cpuMs)
    const a = await ingest(api.url, targets, connections, seconds, api.cpuMs)
    const line = (name: string, r: typeof a) =>
      `  ${name}: ${fmt(r.samplesPerSecond)} samples/s, p50 ${r.p50} ms, p99 ${r.p99} ms, failed ${r.failed}, server CPU ${r.cpuPerBatch.toFixed(2)} ms a batch`
    console.log(`${connections} connections`)
    console.log(line("bare route, synchronous=FULL (the API's durability)", b))
    console.log(line("bare route, synchronous=NORMAL (no commit waits for the disk)", n))
    console.log(line("API (token, decoding, access check, idempotency, FreezeProtocol order)", a))
    console.log(
      `  API / bare FULL ${(a.samplesPerSecond / b.samplesPerSecond).toFixed(2)}, API / bare NORMAL ${(a.samplesPerSecond / n.samplesPerSecond).toFixed(2)} (target ≥ 0.33)` +
        (connections === 100 ? `; API p99 ${a.p99} ms (target < 50)` : "") +
        `; CPU a batch API / bare NORMAL ${(a.cpuPerBatch / n.cpuPerBatch).toFixed(1)}×`
    )
  }
  const idle = await streamLatency(api.url, streamTarget, clinician, 300)
  console.log(
    `stream latency, POST start → subscriber has the sample, 300 batches: p50 ${idle.p50.toFixed(1)} ms, p99 ${idle.p99.toFixed(1)} ms, max ${idle.max.toFixed(1)} ms (target p99 < 50)`
  )
  const [loaded] = await Promise.all([
    streamLatency(api.url, streamTarget, clinician, 200),
    ingest(api.url, targets.slice(0, 10), 10, 4)
  ])
  console.log(
    `the same while 10 connections ingest: p50 ${loaded.p50.toFixed(1)} ms, p99 ${loaded.p99.toFixed(1)} ms, max ${loaded.max.toFixed(1)} ms`
  )
} finally {
  await Promise.all([bare.stop(), bareNormal.stop(), api.stop()])
}
