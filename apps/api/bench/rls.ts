import autocannon from "autocannon"
import { freshDatabase } from "../test/support/postgres.js"
import { startServerProcess } from "./Server.js"

// pnpm --filter @cryoreg/api bench:rls — what PostgreSQL's row-level security costs a request, in the same run:
// the API as shipped (a transaction per request as cryoreg_app with the caller's scope) against the same API
// with it off, both processes on one fresh database with the demo cohort, variants interleaved.
const seconds = Number(process.env.CRYOREG_BENCH_SECONDS ?? 4)
const rounds = Number(process.env.CRYOREG_BENCH_ROUNDS ?? 3)
const password = "bench-rls-password"

const serve = (variant: "on" | "off", url: string) =>
  startServerProcess(
    [variant, url],
    { CRYOREG_ADMIN_PASSWORD: password, CRYOREG_DEMO: "1", CRYOREG_RATE_LIMIT: "0" },
    "rlsServe.ts"
  )

const db = await freshDatabase()
try {
  // The first start creates the accounts and loads the demo cohort; the second finds them.
  const on = await serve("on", db.url)
  const off = await serve("off", db.url)
  const login = async (url: string) => {
    const response = await fetch(`${url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "clinician-waw", password })
    })
    return ((await response.json()) as { token: string }).token
  }
  const servers = { on: { ...on, token: await login(on.url) }, off: { ...off, token: await login(off.url) } }
  const results: Record<"on" | "off", Array<{ perSecond: number; cpuUs: number }>> = { on: [], off: [] }
  for (let round = 0; round < rounds; round++) {
    for (const name of round % 2 === 0 ? (["on", "off"] as const) : (["off", "on"] as const)) {
      const s = servers[name]
      const cpu0 = s.cpuMs()
      const r = await autocannon({
        url: `${s.url}/api/patients/WAW-0001`,
        connections: 10,
        duration: seconds,
        headers: { authorization: `Bearer ${s.token}` }
      })
      if (r.non2xx + r.errors > 0) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`)
      results[name].push({
        perSecond: r.requests.total / r.duration,
        cpuUs: ((s.cpuMs() - cpu0) * 1000) / r.requests.total
      })
    }
  }
  const median = (xs: ReadonlyArray<number>) =>
    [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!
  const rate = (n: "on" | "off") => median(results[n].map((x) => x.perSecond))
  const cpu = (n: "on" | "off") => median(results[n].map((x) => x.cpuUs))
  console.log(`GET /api/patients/:id on PostgreSQL, 10 connections, medians of ${rounds} × ${seconds} s`)
  console.log(
    `  row-level security on (as shipped): ${rate("on").toFixed(0)} req/s, ${cpu("on").toFixed(0)} µs API CPU a request`
  )
  console.log(
    `  row-level security off:             ${rate("off").toFixed(0)} req/s, ${cpu("off").toFixed(0)} µs API CPU a request`
  )
  console.log(`  on ÷ off: ${(rate("on") / rate("off")).toFixed(2)} in requests/s`)
  await servers.on.stop()
  await servers.off.stop()
} finally {
  await db.drop()
}
