import { cpSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import autocannon from "autocannon"
import { tokenBuckets } from "../src/http/Security/Buckets.js"
import { type ServerProcess, startServerProcess } from "./Server.js"

// pnpm --filter @cryoreg/api bench:trust — what the edge and durability cost, in the same run: the API with
// the per-token rate limiter off and on (raised so it never refuses: the bookkeeping alone), with the JSON
// request log, and visit corrections with synchronous = FULL against NORMAL. Each variant its own process.
const seconds = Number(process.env.CRYOREG_BENCH_SECONDS ?? 4)
const rounds = Number(process.env.CRYOREG_BENCH_ROUNDS ?? 3)
const password = "bench-trust-password"

type Server = ServerProcess

const serve = (variant: string, dataDir: string, env: Record<string, string>): Promise<Server> =>
  startServerProcess(
    [variant, dataDir],
    { CRYOREG_ADMIN_PASSWORD: password, CRYOREG_DEMO: "1", ...env },
    "trustServe.ts"
  )

// biome-ignore lint/suspicious/noExplicitAny: two answers read field by field below.
const json = async (url: string, init: RequestInit = {}): Promise<any> => (await fetch(url, init)).json()

interface Rate {
  readonly perSecond: number
  /** Server CPU per request, µs. */
  readonly cpuUs: number
}

const rate = async (
  server: Server,
  path: string,
  token: string,
  options: { method?: "PATCH"; body?: string; duration?: number } = {}
): Promise<Rate> => {
  const cpu0 = server.cpuMs()
  const result = await autocannon({
    url: `${server.url}${path}`,
    connections: 10,
    duration: options.duration ?? seconds,
    method: options.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(options.body === undefined ? {} : { body: options.body })
  })
  if (result.non2xx + result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx, ${result.errors} errors`)
  const n = result.requests.total
  return { perSecond: n / result.duration, cpuUs: ((server.cpuMs() - cpu0) * 1000) / n }
}

const median = (xs: ReadonlyArray<number>) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!

// One demo registry, copied for every variant (the first start loads the cohort once).
const seed = mkdtempSync(join(tmpdir(), "cryoreg-bench-trust-"))
await (await serve("full", seed, {})).stop()
const variants = {
  "limiter off": { variant: "full", env: { CRYOREG_RATE_LIMIT: "0" } },
  "limiter on": {
    variant: "full",
    env: { CRYOREG_RATE_LIMIT: "1000000000", CRYOREG_RATE_BURST: "1000000000" }
  },
  "limiter on + request log": {
    variant: "log",
    env: { CRYOREG_RATE_LIMIT: "1000000000", CRYOREG_RATE_BURST: "1000000000" }
  },
  "synchronous = NORMAL": { variant: "normal", env: { CRYOREG_RATE_LIMIT: "0" } }
} as const
const servers: Record<string, Server & { token: string; visit: string }> = {}
for (const [name, v] of Object.entries(variants)) {
  const dir = mkdtempSync(join(tmpdir(), "cryoreg-bench-trust-"))
  cpSync(seed, dir, { recursive: true })
  const s = await serve(v.variant, dir, v.env)
  const login = await json(`${s.url}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "clinician-waw", password })
  })
  const record = await json(`${s.url}/api/patients/WAW-0001`, {
    headers: { authorization: `Bearer ${login.token}` }
  })
  const visit = record.visits.find((v: { visit: { timepoint: string } }) => v.visit.timepoint === "month3")
    .visit.id
  servers[name] = { ...s, token: login.token, visit }
}

const reads: Record<string, Array<Rate>> = {}
const writes: Record<string, Array<Rate>> = {}
const correction = JSON.stringify({ nrs: 3, reason: "benchmark correction" })
const readers = ["limiter off", "limiter on", "limiter on + request log"]
const writers = ["limiter off", "synchronous = NORMAL"]
const read = (name: string, duration?: number) => {
  const s = servers[name]!
  return rate(s, "/api/patients/WAW-0001", s.token, duration === undefined ? {} : { duration })
}
const write = (name: string, duration?: number) => {
  const s = servers[name]!
  const path = `/api/patients/WAW-0001/visits/${s.visit}`
  return rate(s, path, s.token, {
    method: "PATCH",
    body: correction,
    ...(duration === undefined ? {} : { duration })
  })
}
for (const name of readers) await read(name, 1)
for (const name of writers) await write(name, 1)
for (let round = 0; round < rounds; round++) {
  // A different order each round, so no variant always runs first or last.
  for (const name of [...readers.slice(round % 3), ...readers.slice(0, round % 3)])
    reads[name] = [...(reads[name] ?? []), await read(name)]
  for (const name of round % 2 === 0 ? writers : [...writers].reverse())
    writes[name] = [...(writes[name] ?? []), await write(name)]
}
for (const s of Object.values(servers)) await s.stop()
rmSync(seed, { recursive: true, force: true })

const row = (name: string, xs: ReadonlyArray<Rate>, base: ReadonlyArray<Rate>) => {
  const r = median(xs.map((x) => x.perSecond))
  const c = median(xs.map((x) => x.cpuUs))
  const r0 = median(base.map((x) => x.perSecond))
  const c0 = median(base.map((x) => x.cpuUs))
  return `| ${name} | ${r.toFixed(0)} | ${(r / r0).toFixed(2)} | ${c.toFixed(0)} µs | ${(c / c0).toFixed(2)} |`
}
const header = (what: string, base: string) =>
  `| ${what} | req/s | ÷ ${base} | server CPU per request | ÷ ${base} |\n| --- | ---: | ---: | ---: | ---: |`
console.log(
  header(`GET /api/patients/:id, 10 connections, medians of ${rounds} × ${seconds} s`, "limiter off")
)
for (const name of readers) console.log(row(name, reads[name]!, reads["limiter off"]!))
console.log(`\n${header("PATCH …/visits/:visitId (+ audit row), 10 connections", "FULL")}`)
console.log(row("synchronous = FULL (as shipped)", writes["limiter off"]!, writes["limiter off"]!))
console.log(row("synchronous = NORMAL", writes["synchronous = NORMAL"]!, writes["limiter off"]!))
// The limiter's own work, away from the network and the load of the machine: one take() per request.
const buckets = tokenBuckets(1e9, 1e9)
const keys = Array.from({ length: 1000 }, (_, i) => `${i}`.padStart(43, "t"))
for (let i = 0; i < 100_000; i++) buckets.take(keys[i % 1000]!)
const t0 = performance.now()
for (let i = 0; i < 2_000_000; i++) buckets.take(keys[i % 1000]!)
const takeNs = ((performance.now() - t0) * 1e6) / 2_000_000
const apiUs = median(reads["limiter off"]!.map((x) => x.cpuUs))
console.log(
  `\nThe limiter's bookkeeping: ${takeNs.toFixed(0)} ns per request (1,000 tokens), ` +
    `${((takeNs / 1000 / apiUs) * 100).toFixed(3)} % of the API's ${apiUs.toFixed(0)} µs of CPU per patient read.`
)
console.log(`\nNode ${process.version}, ${rounds} interleaved rounds.`)
