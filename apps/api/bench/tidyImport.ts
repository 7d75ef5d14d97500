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

/** The tidy import of `n` patients beside bare inserts of the same rows, in one run (printed as it goes). */
export const tidyImportFigure = async (n: number): Promise<Figure> => {
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
  // wall-clock seconds, and this process's CPU seconds (user + system): steadier on a shared machine
  const time = async <A>(f: () => Promise<A>) => {
    const start = performance.now()
    const cpu = process.cpuUsage()
    const value = await f()
    const used = process.cpuUsage(cpu)
    return { value, seconds: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 }
  }
  const dry = await time(() => run(true))
  const real = await time(() => run(false))
  if (!real.value.stored) throw new Error(JSON.stringify(real.value.problems.slice(0, 5)))
  const c = real.value.counts
  const rows = Object.values(c).reduce((s, x) => s + x.added, 0)

  // The same rows, inserted bare into a copy of the empty schema in one transaction.
  const db = new Sqlite(join(dir, "cryoreg.sqlite"))
  db.pragma("synchronous = FULL")
  const patients = db.prepare("SELECT * FROM patients WHERE id >= 'WAW-100000'").all() as Array<
    Record<string, unknown>
  >
  const recs = db.prepare("SELECT * FROM clinical_records WHERE patient_id >= 'WAW-100000'").all() as Array<
    Record<string, unknown>
  >
  db.exec("DELETE FROM study_rows; DELETE FROM audit_log WHERE patient_id >= 'WAW-100000'")
  db.exec(
    "DELETE FROM clinical_records WHERE patient_id >= 'WAW-100000'; DELETE FROM patients WHERE id >= 'WAW-100000'"
  )
  const insertPatient = db.prepare(
    `INSERT INTO patients (${Object.keys(patients[0]!).join(",")}) VALUES (${Object.keys(patients[0]!)
      .map((k) => `@${k}`)
      .join(",")})`
  )
  const insertRecord = db.prepare(
    `INSERT INTO clinical_records (${Object.keys(recs[0]!).join(",")}) VALUES (${Object.keys(recs[0]!)
      .map((k) => `@${k}`)
      .join(",")})`
  )
  const bare = await time(async () =>
    db.transaction(() => {
      for (const p of patients) insertPatient.run(p)
      for (const r of recs) insertRecord.run(r)
    })()
  )
  db.close()
  await runtime.dispose()
  rmSync(dir, { recursive: true, force: true })
  const rate = (seconds: number) => Math.round(rows / seconds).toLocaleString("en")
  console.error(
    `tidy import of ${n.toLocaleString("en")} patients (${rows.toLocaleString("en")} patients and records; visits ${c.visits.added.toLocaleString("en")}):`
  )
  console.error(`  dry run   ${dry.seconds.toFixed(1)} s  ${rate(dry.seconds)} rows/s`)
  console.error(
    `  import    ${real.seconds.toFixed(1)} s  ${rate(real.seconds)} rows/s (parse, check, store, audit, study rows)`
  )
  console.error(
    `  bare      ${bare.seconds.toFixed(1)} s  ${rate(bare.seconds)} rows/s (the same patient and record rows, prepared INSERTs, one transaction)`
  )
  console.error(`  import / bare: ${(bare.seconds / real.seconds).toFixed(2)} wall-clock`)
  console.error(
    `  CPU seconds: dry run ${dry.cpu.toFixed(1)}, import ${real.cpu.toFixed(1)}, bare ${bare.cpu.toFixed(1)}; import / bare by CPU ${(bare.cpu / real.cpu).toFixed(2)}`
  )
  return {
    what: `tidy import (POST /api/import/tidy's core: parse, check, store, audit), ${n.toLocaleString("en")} patients (${rows.toLocaleString("en")} patient and record rows), SQLite, against bare prepared INSERTs of the same rows in one transaction`,
    api: rows / real.seconds,
    baseline: rows / bare.seconds,
    unit: "rows/s",
    target: { text: "≥ 0.33× the bare inserts", met: bare.seconds / real.seconds >= 1 / 3 }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await tidyImportFigure(Number(process.argv[2] ?? 10_000))
