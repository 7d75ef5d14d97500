import { rmSync } from "node:fs"
import { join } from "node:path"
import { generateDemoRegistry } from "@cryoreg/cohort"
import { User } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import Sqlite from "better-sqlite3"
import { Effect, Layer, ManagedRuntime } from "effect"
import { bootstrap } from "../src/Bootstrap.js"
import { CurrentUser } from "../src/CurrentUser.js"
import * as Database from "../src/Database.js"
import { importTidy, tidyUploadOf } from "../src/Imports/Tidy.js"
import { RowSecurity } from "../src/RowSecurity.js"
import { servicesLayer } from "../src/Services.js"
import { Today } from "../src/Today.js"
import { tempDataDir } from "../test/support/server.js"
import type { Figure } from "./Report.js"

// A quick figure of the tidy import (issue 20) on SQLite: `n` patients of the demo cohort's shape (the
// treated Warsaw records, renumbered; each with its screening, block, procedure, 3 visits), as a
// coordinator, beside bare inserts of the same rows in one transaction (better-sqlite3, prepared).
// In `pnpm --filter @cryoreg/api bench` (`CRYOREG_BENCH_TIDY` patients, default 100,000; 0 leaves it out),
// or alone: `tsx --conditions=@cryoreg/source bench/tidyImport.ts 100000`.

/** The tidy import of `n` patients beside bare inserts of the same rows, in one run: figures (a) and (b), printed too. */
export const tidyImportFigure = async (n: number): Promise<ReadonlyArray<Figure>> => {
  const demoBefore = process.env.CRYOREG_DEMO
  process.env.CRYOREG_DEMO = "1"
  process.env.CRYOREG_ADMIN_PASSWORD ??= "bench-password-for-the-registry"
  const dir = tempDataDir()
  const runtime = ManagedRuntime.make(
    servicesLayer.pipe(
      Layer.provideMerge(Today.fixed("2026-12-07")),
      Layer.provideMerge(Database.sqlite(dir)),
      Layer.provideMerge(Layer.setTracerEnabled(false)),
      Layer.orDie
    )
  )
  await runtime.runPromise(bootstrap)
  if (demoBefore === undefined) delete process.env.CRYOREG_DEMO
  else process.env.CRYOREG_DEMO = demoBefore
  const treated = generateDemoRegistry({ seed: 1 }).treated.filter((r) => r.patient.centerId === "waw")
  const records = Array.from({ length: n }, (_, i) => treated[i % treated.length]!)
  let k = 0
  const upload = tidyUploadOf(records, () => `WAW-${String(100_000 + k++)}`)
  const user = User.make({
    id: "bench",
    username: "bench",
    displayName: "Bench",
    role: "coordinator",
    centerId: Model.CenterId.make("waw")
  })
  const run = (dryRun: boolean) =>
    runtime.runPromise(
      Effect.flatMap(RowSecurity, (rls) => rls.scoped(importTidy(upload, { dryRun }))).pipe(
        Effect.provideService(CurrentUser, user)
      )
    )
  // wall-clock seconds, this process's CPU seconds (user + system: steadier on a shared machine), and
  // the peaks of its heap (used) and resident set, sampled every 100 ms
  const time = async <A>(f: () => Promise<A>) => {
    const start = performance.now()
    const cpu = process.cpuUsage()
    let heap = 0
    let rss = 0
    const sample = () => {
      const m = process.memoryUsage()
      heap = Math.max(heap, m.heapUsed)
      rss = Math.max(rss, m.rss)
    }
    sample()
    const before = process.memoryUsage()
    const sampler = setInterval(sample, 100)
    const value = await f()
    clearInterval(sampler)
    sample()
    const used = process.cpuUsage(cpu)
    return {
      value,
      seconds: (performance.now() - start) / 1000,
      cpu: (used.user + used.system) / 1e6,
      heap: heap / 1e6,
      rss: rss / 1e6,
      heapBefore: before.heapUsed / 1e6,
      rssBefore: before.rss / 1e6
    }
  }
  const dry = await time(() => run(true))
  const real = await time(() => run(false))
  if (!real.value.stored) throw new Error(JSON.stringify(real.value.problems.slice(0, 5)))
  const c = real.value.counts
  const rows = Object.values(c).reduce((s, x) => s + x.added, 0)
  const importId = real.value.importId!

  // The same rows, read back, deleted and inserted bare in one transaction (prepared INSERTs, same tables
  // and indexes, synchronous = FULL): (b) the patient and record rows; (a) every row the import stored —
  // those, their audit rows, the study rows and the import's own row.
  const db = new Sqlite(join(dir, "cryoreg.sqlite"))
  db.pragma("synchronous = FULL")
  const ours = {
    patients: "id >= 'WAW-100000'",
    clinical_records: "patient_id >= 'WAW-100000'",
    audit_log: `reason LIKE 'import ${importId} %'`,
    study_rows: "patient_id >= 'WAW-100000'",
    imports: `id = '${importId}'`
  } as const
  type Table = keyof typeof ours
  const stored = Object.fromEntries(
    (Object.keys(ours) as Array<Table>).map((t) => [
      t,
      db.prepare(`SELECT * FROM ${t} WHERE ${ours[t]}`).all() as Array<Record<string, unknown>>
    ])
  ) as Record<Table, Array<Record<string, unknown>>>
  const all = Object.values(stored).reduce((s, t) => s + t.length, 0)
  const bareInserts = async (tables: ReadonlyArray<Table>) => {
    db.exec(
      (Object.keys(ours) as Array<Table>)
        .reverse()
        .map((t) => `DELETE FROM ${t} WHERE ${ours[t]};`)
        .join("")
    )
    const inserts = tables.map((t) => {
      const keys = Object.keys(stored[t][0]!)
      const insert = db.prepare(
        `INSERT INTO ${t} (${keys.join(",")}) VALUES (${keys.map((k) => `@${k}`).join(",")})`
      )
      return { rows: stored[t], insert }
    })
    return time(async () =>
      db.transaction(() => {
        for (const { rows, insert } of inserts) for (const row of rows) insert.run(row)
      })()
    )
  }
  const bareB = await bareInserts(["patients", "clinical_records"])
  const bareA = await bareInserts(["patients", "clinical_records", "audit_log", "study_rows", "imports"])
  db.close()
  await runtime.dispose()
  rmSync(dir, { recursive: true, force: true })
  const perSecond = (count: number, seconds: number) => Math.round(count / seconds).toLocaleString("en")
  const mb = (t: { heap: number; rss: number; heapBefore: number; rssBefore: number }) =>
    `heap ${t.heapBefore.toFixed(0)} MB before, ${t.heap.toFixed(0)} MB at most; RSS ${t.rssBefore.toFixed(0)} → ${t.rss.toFixed(0)} MB at most`
  console.error(
    `tidy import of ${n.toLocaleString("en")} patients: ${rows.toLocaleString("en")} patient and record rows (visits ${c.visits.added.toLocaleString("en")}); ${all.toLocaleString("en")} rows stored in all (with audit, study and import rows)`
  )
  console.error(
    `  dry run   ${dry.seconds.toFixed(1)} s, CPU ${dry.cpu.toFixed(1)} s; ${mb(dry)} (parse, check)`
  )
  console.error(
    `  import    ${real.seconds.toFixed(1)} s, CPU ${real.cpu.toFixed(1)} s: ${perSecond(all, real.seconds)} rows/s of all rows, ${perSecond(rows, real.seconds)} rows/s of patient and record rows; ${mb(real)} (parse, check, store, audit, study rows)`
  )
  console.error(
    `  bare (a)  ${bareA.seconds.toFixed(2)} s, CPU ${bareA.cpu.toFixed(2)} s: ${perSecond(all, bareA.seconds)} rows/s (every row the import stored, prepared INSERTs, one transaction)`
  )
  console.error(
    `  bare (b)  ${bareB.seconds.toFixed(2)} s, CPU ${bareB.cpu.toFixed(2)} s: ${perSecond(rows, bareB.seconds)} rows/s (the patient and record rows only, prepared INSERTs, one transaction)`
  )
  const ratio = (bare: number, own: number) => (bare / own).toFixed(3)
  console.error(
    `  import ÷ bare (a) every stored row: ${ratio(bareA.seconds, real.seconds)} wall-clock, ${ratio(bareA.cpu, real.cpu)} CPU;` +
      ` import ÷ bare (b) patient and record rows only: ${ratio(bareB.seconds, real.seconds)} wall-clock, ${ratio(bareB.cpu, real.cpu)} CPU (target ≥ 0.33)`
  )
  const figure = (label: string, count: number, bare: { seconds: number; cpu: number }): Figure => ({
    what: `tidy import (POST /api/import/tidy's core: parse, check, store, audit), ${n.toLocaleString("en")} patients, SQLite, ${label} (${count.toLocaleString("en")} rows), against bare prepared INSERTs of the same rows in one transaction; CPU per patient`,
    api: count / real.seconds,
    baseline: count / bare.seconds,
    unit: "rows/s",
    cpu: { api: (real.cpu * 1e6) / n, baseline: (bare.cpu * 1e6) / n },
    target: { text: "≥ 0.33× the bare inserts", met: bare.seconds / real.seconds >= 1 / 3 }
  })
  return [
    figure("(a) every row it stores: patients, records, audit, study and import rows", all, bareA),
    figure("(b) the patient and record rows only", rows, bareB)
  ]
}

if (import.meta.url === `file://${process.argv[1]}`) await tidyImportFigure(Number(process.argv[2] ?? 10_000))
