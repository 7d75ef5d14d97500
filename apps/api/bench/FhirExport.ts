import { lineCounter, type Measured, measureStreams, memoryTarget, memoryWords, readBody } from "./Export.js"
import { describeGrowth, type MemoryGrowth, measureMemory, worst } from "./MemoryGrowth.js"
import type { Figure } from "./Report.js"
import { summarize } from "./Report.js"
import type { ServerProcess } from "./Server.js"

const runs = 2

interface Manifest {
  readonly output: ReadonlyArray<{ readonly type: string; readonly url: string; readonly count: number }>
}

/** Kick-off, polling every 100 ms until the manifest: the manifest and the time it took (ms). */
const kickoffToManifest = async (server: ServerProcess, token: string) => {
  const headers = { authorization: `Bearer ${token}` }
  const t0 = performance.now()
  const kickoff = await fetch(`${server.url}/api/fhir/$export`, {
    headers: { ...headers, prefer: "respond-async", accept: "application/fhir+json" }
  })
  if (kickoff.status !== 202)
    throw new Error(`bulk export kick-off: ${kickoff.status} ${await kickoff.text()}`)
  const status = kickoff.headers.get("content-location")!
  for (;;) {
    await new Promise((r) => setTimeout(r, 100))
    const polled = await fetch(status, { headers })
    if (polled.status === 200)
      return { manifest: (await polled.json()) as Manifest, ms: performance.now() - t0 }
    if (polled.status !== 202) throw new Error(`bulk export status: ${polled.status} ${await polled.text()}`)
  }
}

/**
 * One bulk export of every center, measured from kick-off until the last of its NDJSON files is downloaded
 * (each file's lines checked against the manifest's count): resources, times and the server's memory growth.
 */
const bulkExport = async (server: ServerProcess, token: string) => {
  const { result, memory } = await measureMemory(server, async () => {
    const t0 = performance.now()
    const { manifest, ms: toManifest } = await kickoffToManifest(server, token)
    let resources = 0
    for (const file of manifest.output) {
      const lines = lineCounter()
      await readBody(file.url, token, lines)
      if (lines.rows() !== file.count)
        throw new Error(`${file.url}: ${lines.rows()} lines, the manifest says ${file.count}`)
      resources += file.count
    }
    return { resources, toManifest, ms: performance.now() - t0 }
  })
  return { ...result, memory }
}

/**
 * The bulk FHIR export ($export, every center) on `api`, from kick-off to its files downloaded, beside the
 * bare route writing the same resources as JSON lines: resources a second and the API's memory growth.
 */
export const fhirExportFigure = async (
  db: string,
  api: ServerProcess,
  bare: ServerProcess | Measured,
  token: string,
  patients: number
): Promise<{ figure: Figure; bare: Measured }> => {
  const rates: Array<number> = []
  const growths: Array<MemoryGrowth> = []
  let resources = 0
  for (let r = 0; r < runs; r++) {
    const got = await bulkExport(api, token)
    resources = got.resources
    rates.push(got.resources / (got.ms / 1000))
    growths.push(got.memory)
    console.error(
      `    ${db} FHIR bulk run ${r + 1}: manifest after ${(got.toManifest / 1000).toFixed(1)} s, files read after ` +
        `${(got.ms / 1000).toFixed(1)} s, ${(got.resources / (got.ms / 1000)).toFixed(0)} resources/s; ${describeGrowth(got.memory)}`
    )
  }
  const memory = worst(growths)
  const b =
    "url" in bare
      ? await measureStreams(
          "bare FHIR JSON lines",
          bare,
          `${bare.url}/bare/fhir.ndjson`,
          token,
          resources,
          lineCounter,
          runs
        )
      : bare
  const rate = summarize(rates).median
  console.error(`  ${db}: FHIR bulk ${rate.toFixed(0)} resources/s; bare ${b.rate.toFixed(0)}`)
  return {
    figure: {
      what:
        `GET /api/fhir/$export, kick-off to its files read, ${patients.toLocaleString("en")} patients (${resources.toLocaleString("en")} resources), ${db}, ` +
        `resources/s (slower of ${runs}); baseline: the bare route's JSON lines${"url" in bare ? "" : " on SQLite"}; ` +
        memoryWords(memory, b.memory),
      api: rate,
      baseline: b.rate,
      unit: "rows/s",
      target: memoryTarget(memory)
    },
    bare: b
  }
}
