import { parquetMetadata } from "hyparquet"
import type { Figure } from "./Report.js"
import { summarize } from "./Report.js"
import type { ServerProcess } from "./Server.js"

const runs = 3
const mb = (bytes: number) => bytes / 1024 / 1024

/** One streamed GET: its time, its body, and how far the server's resident memory rose above where it was. */
export const timeStream = async (server: ServerProcess, url: string, token: string) => {
  const before = server.rssBytes()
  server.resetPeak()
  // Sampled too, in case the peak cannot be reset (not the owner of the process).
  let sampled = before
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, server.rssBytes())
  }, 10)
  const t0 = performance.now()
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`)
  const chunks: Array<Uint8Array> = []
  for await (const chunk of response.body!) chunks.push(chunk)
  const ms = performance.now() - t0
  clearInterval(sampler)
  const peak = Math.max(sampled, server.peakBytes(), server.rssBytes())
  return { ms, body: Buffer.concat(chunks), growth: peak - before }
}

const parquetRows = (body: Buffer) => Number(parquetMetadata(new Uint8Array(body).buffer).num_rows)
const ndjsonRows = (body: Buffer) => {
  let n = 0
  for (const byte of body) if (byte === 10) n++
  return n
}

/** `runs` exports: the median rate in rows a second and the largest memory growth, checking the row count. */
const measure = async (
  server: ServerProcess,
  url: string,
  token: string,
  rows: number,
  count: (body: Buffer) => number
) => {
  const rates: Array<number> = []
  let growth = 0
  for (let r = 0; r < runs; r++) {
    const got = await timeStream(server, url, token)
    const n = count(got.body)
    if (n !== rows) throw new Error(`${url} answered ${n} rows, not ${rows}`)
    rates.push(rows / (got.ms / 1000))
    growth = Math.max(growth, got.growth)
  }
  return { rate: summarize(rates).median, growth }
}

/**
 * GET /api/export/visits.parquet on `api` beside the bare route writing the same rows as JSON lines, both
 * streamed from a cursor: rows a second (median of 3) and the API process's memory growth (target < 100 MB).
 */
export const parquetExportFigure = async (
  db: string,
  api: ServerProcess,
  bare: ServerProcess | { readonly rate: number; readonly growth: number },
  token: string,
  patients: number
): Promise<{ figure: Figure; bare: { rate: number; growth: number } }> => {
  const rows = patients * 3
  const a = await measure(api, `${api.url}/api/export/visits.parquet`, token, rows, parquetRows)
  const b =
    "url" in bare ? await measure(bare, `${bare.url}/bare/visits.ndjson`, token, rows, ndjsonRows) : bare
  const what =
    `GET /api/export/visits.parquet, ${patients.toLocaleString("en")} patients (${rows.toLocaleString("en")} visits), ${db}, ` +
    `rows/s (median of ${runs}); baseline: the bare route's JSON lines${"url" in bare ? "" : " on SQLite"}; ` +
    `API memory growth ${mb(a.growth).toFixed(0)} MB (bare ${mb(b.growth).toFixed(0)} MB)`
  console.error(
    `  ${db}: parquet ${a.rate.toFixed(0)} rows/s, +${mb(a.growth).toFixed(1)} MB; bare ${b.rate.toFixed(0)} rows/s`
  )
  return {
    figure: {
      what,
      api: a.rate,
      baseline: b.rate,
      unit: "rows/s",
      target: { text: "memory growth < 100 MB", met: mb(a.growth) < 100 }
    },
    bare: b
  }
}
