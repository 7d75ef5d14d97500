import { timeStream } from "./Export.js"
import type { Figure } from "./Report.js"
import { summarize } from "./Report.js"
import type { ServerProcess } from "./Server.js"

const mb = (bytes: number) => bytes / 1024 / 1024
const runs = 2

interface Manifest {
  readonly output: ReadonlyArray<{ readonly type: string; readonly url: string; readonly count: number }>
}

/** One bulk export of every center: kick-off, polling until the manifest; its time, resources and memory growth. */
const bulkExport = async (server: ServerProcess, token: string) => {
  const headers = { authorization: `Bearer ${token}` }
  const before = server.rssBytes()
  server.resetPeak()
  let sampled = before
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, server.rssBytes())
  }, 10)
  const t0 = performance.now()
  const kickoff = await fetch(`${server.url}/api/fhir/$export`, {
    headers: { ...headers, prefer: "respond-async", accept: "application/fhir+json" }
  })
  if (kickoff.status !== 202)
    throw new Error(`bulk export kick-off: ${kickoff.status} ${await kickoff.text()}`)
  const status = kickoff.headers.get("content-location")!
  let manifest: Manifest | null = null
  while (manifest === null) {
    await new Promise((r) => setTimeout(r, 100))
    const polled = await fetch(status, { headers })
    if (polled.status === 200) manifest = (await polled.json()) as Manifest
    else if (polled.status !== 202)
      throw new Error(`bulk export status: ${polled.status} ${await polled.text()}`)
  }
  const ms = performance.now() - t0
  clearInterval(sampler)
  const peak = Math.max(sampled, server.peakBytes(), server.rssBytes())
  const resources = manifest.output.reduce((n, o) => n + o.count, 0)
  return { ms, resources, growth: peak - before }
}

const lines = (body: Buffer) => {
  let n = 0
  for (const byte of body) if (byte === 10) n++
  return n
}

/**
 * The bulk FHIR export ($export, every center) on `api`, from kick-off to its manifest, beside the bare
 * route writing the same resources as JSON lines: resources a second and the API's memory growth.
 */
export const fhirExportFigure = async (
  db: string,
  api: ServerProcess,
  bare: ServerProcess | { readonly rate: number; readonly growth: number },
  token: string,
  patients: number
): Promise<{ figure: Figure; bare: { rate: number; growth: number } }> => {
  const rates: Array<number> = []
  let growth = 0
  let resources = 0
  for (let r = 0; r < runs; r++) {
    const got = await bulkExport(api, token)
    resources = got.resources
    rates.push(got.resources / (got.ms / 1000))
    growth = Math.max(growth, got.growth)
  }
  let b = "url" in bare ? { rate: 0, growth: 0 } : bare
  if ("url" in bare) {
    const bareRates: Array<number> = []
    for (let r = 0; r < runs; r++) {
      const got = await timeStream(bare, `${bare.url}/bare/fhir.ndjson`, token)
      const n = lines(got.body)
      if (n !== resources) throw new Error(`the bare FHIR route wrote ${n} resources, the API ${resources}`)
      bareRates.push(n / (got.ms / 1000))
      b = { rate: 0, growth: Math.max(b.growth, got.growth) }
    }
    b = { rate: summarize(bareRates).best, growth: b.growth }
  }
  const rate = summarize(rates).best
  console.error(
    `  ${db}: FHIR bulk ${rate.toFixed(0)} resources/s, +${mb(growth).toFixed(1)} MB; bare ${b.rate.toFixed(0)}`
  )
  return {
    figure: {
      what:
        `GET /api/fhir/$export to its manifest, ${patients.toLocaleString("en")} patients (${resources.toLocaleString("en")} resources), ${db}, ` +
        `resources/s (best of ${runs}); baseline: the bare route's JSON lines${"url" in bare ? "" : " on SQLite"}; ` +
        `API memory growth ${mb(growth).toFixed(0)} MB (bare ${mb(b.growth).toFixed(0)} MB)`,
      api: rate,
      baseline: b.rate,
      unit: "rows/s",
      target: { text: "memory growth < 100 MB", met: mb(growth) < 100 }
    },
    bare: b
  }
}
