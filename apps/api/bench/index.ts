import { randomBytes } from "node:crypto"
import { generateStudyCohort } from "@cryoreg/cohort"
import { demoFigures } from "./Demo.js"
import { largeFigures } from "./Large.js"
import { table } from "./Report.js"
import { encodeAll } from "./Rows.js"
import { tidyImportFigure } from "./tidyImport.js"

// pnpm --filter @cryoreg/api bench: the registry API against a bare Hono + better-sqlite3 route doing
// the same read or write, in the same run; servers in child processes, autocannon here, all on 127.0.0.1.
const password = randomBytes(12).toString("base64url")
const t0 = performance.now()
console.error("generating the calibrated 1,000-patient cohort (seed 1) …")
const base = encodeAll(generateStudyCohort({ seed: 1, n: 1000 }).records)
console.error("demo registry on SQLite: patient reads, the 107-patient report, visit writes …")
// CRYOREG_BENCH_DEMO=0 skips the demo registry's figures (for a run of the large cohort alone).
const demo = process.env.CRYOREG_BENCH_DEMO === "0" ? [] : await demoFigures(password, base)
console.error(table(demo))
console.error("100,000 patients on SQLite and PostgreSQL …")
const large = process.env.CRYOREG_BENCH_PATIENTS === "0" ? [] : await largeFigures(password, base)
// CRYOREG_BENCH_TIDY: patients of the tidy import (default 100,000; 0 leaves it out), in this process.
const tidyPatients = Number(process.env.CRYOREG_BENCH_TIDY ?? 100_000)
console.error(`tidy import of ${tidyPatients.toLocaleString("en")} patients on SQLite …`)
const tidy = tidyPatients === 0 ? [] : await tidyImportFigure(tidyPatients)
console.log(table([...demo, ...large, ...tidy]))
console.log(`\nNode ${process.version}, ${((performance.now() - t0) / 1000).toFixed(0)} s in all.`)
