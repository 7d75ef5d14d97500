import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { freshDatabase } from "../test/support/postgres.js"
import { apiEnv } from "./Demo.js"
import { type Measured, parquetExportFigure } from "./Export.js"
import { fhirExportFigure } from "./FhirExport.js"
import { type Figure, login, summarize, timeGet } from "./Report.js"
import { type Encoded, rowsOf } from "./Rows.js"
import { type ServerProcess, startServerProcess } from "./Server.js"
import { postgresqlStore, type Store, sqliteStore } from "./Store.js"

const size = Number(process.env.CRYOREG_BENCH_PATIENTS ?? 100_000)
const runs = 3
// CRYOREG_BENCH_FHIR=0 leaves out the bulk FHIR export (about 17 resources a patient: the slowest figure).
const fhir = process.env.CRYOREG_BENCH_FHIR !== "0"
// CRYOREG_BENCH_REPORTS=0 leaves out the cold reports (for a run of the exports alone).
const reports = process.env.CRYOREG_BENCH_REPORTS !== "0"

// `size` patients replicating the calibrated 1,000-patient cohort (ids rewritten), over waw and pila.
const cohort = function* (base: ReadonlyArray<Encoded>) {
  for (let i = 0; i < size; i++) {
    const source = base[i % base.length]!
    const id = `${source.patient.centerId.toUpperCase()}-L${String(i).padStart(6, "0")}`
    yield rowsOf(source, id, { visits: true })
  }
}

// Cold reports: each run follows a bump of the data version, so the API cannot answer from its cache.
const coldReports = async (server: ServerProcess, store: Store | null, token: string) => {
  const times: Array<number> = []
  const cpu: Array<number> = []
  for (let r = 0; r < runs; r++) {
    if (store !== null) await store.bumpDataVersion()
    const cpu0 = server.cpuMs()
    const { ms, body } = await timeGet(`${server.url}/api/analysis/report`, token)
    cpu.push((server.cpuMs() - cpu0) * 1000)
    const n = (JSON.parse(body) as { n: number }).n
    if (n !== size) throw new Error(`the report counted ${n} patients, not ${size}`)
    times.push(ms)
  }
  return { ...summarize(times), cpu: summarize(cpu).median }
}

const loadInto = async (store: Store, base: ReadonlyArray<Encoded>) => {
  const t0 = performance.now()
  await store.insert(cohort(base))
  console.error(
    `  loaded ${size.toLocaleString("en")} patients in ${((performance.now() - t0) / 1000).toFixed(1)} s`
  )
}

/**
 * The report for `size` patients, cold, and the streamed Parquet export, on SQLite (with the bare baselines)
 * and on PostgreSQL.
 */
export const largeFigures = async (
  password: string,
  base: ReadonlyArray<Encoded>
): Promise<Array<Figure>> => {
  const env = apiEnv(password, false)
  const what = (db: string) =>
    `GET /api/analysis/report, ${size.toLocaleString("en")} patients, ${db}, cold (median of ${runs})`
  const dir = mkdtempSync(join(tmpdir(), "cryoreg-bench-large-"))
  const sqlite = await startServerProcess(["api", "sqlite", dir], env)
  const file = join(dir, "cryoreg.sqlite")
  const store = sqliteStore(file)
  let bare = { median: 0, cpu: 0 }
  let bareExport: Measured | null = null
  let bareFhir: Measured | null = null
  const figures: Array<Figure> = []
  const exportFigures: Array<Figure> = []
  try {
    await loadInto(store, base)
    const token = await login(sqlite.url, "admin", password)
    const bareServer = await startServerProcess(["bare", file])
    try {
      // The export first, on servers that have not yet held a 100,000-patient report (see BENCHMARKS.md).
      const exported = await parquetExportFigure("SQLite", sqlite, bareServer, token, size)
      exportFigures.push(exported.figure)
      bareExport = exported.bare
      if (fhir) {
        const bulk = await fhirExportFigure("SQLite", sqlite, bareServer, token, size)
        exportFigures.push(bulk.figure)
        bareFhir = bulk.bare
      }
      if (reports) {
        const b = await coldReports(bareServer, null, token)
        const a = await coldReports(sqlite, store, token)
        bare = b
        figures.push({
          what: what("SQLite"),
          api: a.median,
          baseline: b.median,
          unit: "ms",
          cpu: { api: a.cpu, baseline: b.cpu },
          target: { text: "< 2000 ms", met: a.median < 2000 }
        })
        console.error(`  SQLite best: API ${a.best.toFixed(0)} ms, bare ${b.best.toFixed(0)} ms`)
      }
    } finally {
      await bareServer.stop()
    }
  } finally {
    await store.close()
    await sqlite.stop()
    rmSync(dir, { recursive: true, force: true })
  }

  const database = await freshDatabase()
  try {
    const pg = await startServerProcess(["api", "postgresql", database.url], env)
    try {
      const pgStore = postgresqlStore(database.url)
      await loadInto(pgStore, base)
      const token = await login(pg.url, "admin", password)
      if (bareExport !== null)
        exportFigures.push((await parquetExportFigure("PostgreSQL", pg, bareExport, token, size)).figure)
      if (bareFhir !== null)
        exportFigures.push((await fhirExportFigure("PostgreSQL", pg, bareFhir, token, size)).figure)
      if (reports) {
        const a = await coldReports(pg, pgStore, token)
        figures.push({
          what: `${what("PostgreSQL")} (baseline: the bare SQLite route)`,
          api: a.median,
          baseline: bare.median,
          unit: "ms",
          cpu: { api: a.cpu, baseline: bare.cpu },
          target: { text: "< 2000 ms", met: a.median < 2000 }
        })
        console.error(`  PostgreSQL best: API ${a.best.toFixed(0)} ms`)
      }
    } finally {
      await pg.stop()
    }
  } finally {
    await database.drop()
  }
  return [...figures, ...exportFigures]
}
