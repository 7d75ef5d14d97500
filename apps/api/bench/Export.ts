import { parquetMetadata } from "hyparquet"
import { describeGrowth, type MemoryGrowth, measureMemory, worst } from "./MemoryGrowth.js"
import type { Figure } from "./Report.js"
import { summarize } from "./Report.js"
import type { ServerProcess } from "./Server.js"

const runs = 3
const mb = (bytes: number) => bytes / 1024 / 1024

/** What a client makes of a body it reads as it comes: a count of rows, from the chunks or at the end. */
export interface Reader {
  readonly chunk: (bytes: Uint8Array) => void
  readonly rows: () => number
}

/** Counts newline-terminated lines without keeping the body. */
export const lineCounter = (): Reader => {
  let n = 0
  return {
    chunk: (bytes) => {
      for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++
    },
    rows: () => n
  }
}

/** Keeps the (small) Parquet body and reads `num_rows` from its footer with hyparquet. */
const parquetReader = (): Reader => {
  const chunks: Array<Uint8Array> = []
  return {
    chunk: (bytes) => void chunks.push(bytes),
    rows: () => Number(parquetMetadata(new Uint8Array(Buffer.concat(chunks)).buffer).num_rows)
  }
}

/** Reads one streamed GET to its end: its time (ms) and bytes, the reader holding what it counted. */
export const readBody = async (url: string, token: string, reader: Reader) => {
  const t0 = performance.now()
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`)
  let bytes = 0
  for await (const chunk of response.body!) {
    bytes += chunk.length
    reader.chunk(chunk)
  }
  return { ms: performance.now() - t0, bytes }
}

/** One streamed GET, measured: its time, its rows, and the server's memory growth (MemoryGrowth.ts). */
export const timeStream = async (server: ServerProcess, url: string, token: string, reader: Reader) => {
  const { result, memory } = await measureMemory(server, () => readBody(url, token, reader))
  return { ...result, rows: reader.rows(), memory }
}

/** `runs` exports: the median rate in rows a second and the worst memory growth, checking the row count. */
export const measureStreams = async (
  label: string,
  server: ServerProcess,
  url: string,
  token: string,
  rows: number,
  reader: () => Reader,
  times = runs
) => {
  const rates: Array<number> = []
  const growths: Array<MemoryGrowth> = []
  for (let r = 0; r < times; r++) {
    const got = await timeStream(server, url, token, reader())
    if (got.rows !== rows) throw new Error(`${url} answered ${got.rows} rows, not ${rows}`)
    rates.push(rows / (got.ms / 1000))
    growths.push(got.memory)
    console.error(
      `    ${label} run ${r + 1}: ${(got.ms / 1000).toFixed(1)} s, ${(rows / (got.ms / 1000)).toFixed(0)} rows/s, ` +
        `${mb(got.bytes).toFixed(1)} MB; ${describeGrowth(got.memory)}`
    )
  }
  return { rate: summarize(rates).median, memory: worst(growths) }
}

/** A measured route's median rate and worst memory growth, kept to be the baseline of a later figure. */
export interface Measured {
  readonly rate: number
  readonly memory: MemoryGrowth
}

/** The figure's memory words: the API's peak and retained growth, and the baseline route's peak. */
export const memoryWords = (api: MemoryGrowth, bare: MemoryGrowth) =>
  `API memory growth peak RSS ${mb(api.peakRss).toFixed(0)} MB / heap+external ${mb(api.peakJs).toFixed(0)} MB, ` +
  `retained after gc() ${mb(api.retainedJs).toFixed(0)} MB heap+external (bare route: peak RSS ${mb(bare.peakRss).toFixed(0)} MB)`

/** Target: both peaks of the API's growth under 100 MB. */
export const memoryTarget = (api: MemoryGrowth) => ({
  text: "peak memory growth < 100 MB",
  met: mb(api.peakRss) < 100 && mb(api.peakJs) < 100
})

/**
 * GET /api/export/visits.parquet on `api` beside the bare route writing the same rows as JSON lines, both
 * streamed from a cursor: rows a second (median of 3) and the API process's memory growth (target < 100 MB).
 */
export const parquetExportFigure = async (
  db: string,
  api: ServerProcess,
  bare: ServerProcess | Measured,
  token: string,
  patients: number
): Promise<{ figure: Figure; bare: Measured }> => {
  const rows = patients * 3
  const a = await measureStreams(
    `${db} parquet`,
    api,
    `${api.url}/api/export/visits.parquet`,
    token,
    rows,
    parquetReader
  )
  const b =
    "url" in bare
      ? await measureStreams(
          "bare JSON lines",
          bare,
          `${bare.url}/bare/visits.ndjson`,
          token,
          rows,
          lineCounter
        )
      : bare
  const what =
    `GET /api/export/visits.parquet, ${patients.toLocaleString("en")} patients (${rows.toLocaleString("en")} visits), ${db}, ` +
    `rows/s (median of ${runs}); baseline: the bare route's JSON lines${"url" in bare ? "" : " on SQLite"}; ` +
    memoryWords(a.memory, b.memory)
  console.error(`  ${db}: parquet ${a.rate.toFixed(0)} rows/s, bare ${b.rate.toFixed(0)} rows/s`)
  return {
    figure: {
      what,
      api: a.rate,
      baseline: b.rate,
      unit: "rows/s",
      target: memoryTarget(a.memory)
    },
    bare: b
  }
}
