import { mkdtempSync, rmSync } from "node:fs"
import { cpus, loadavg, tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import jStat from "jstat"
import * as ss from "simple-statistics"
import { pairedT, rmAnova, shapiroWilk } from "../src/index.js"
import { mixedModels } from "./mixed.js"
import { naivePairedT, naiveRmAnova } from "./naive.js"
import { measureR } from "./rReference.js"
import { formatMs, normals, repeatedMeasures, type Timing, time, toRows } from "./timing.js"
import { visitsWithDropout, writeVisitsCsv } from "./visits.js"

// `pnpm --filter @cryoreg/stats bench`: time per call (median after warm-up, and the best run) of
// the package's kernels against naive baselines and jstat / simple-statistics, and against GNU R
// measured in the same run on this machine (bench/r-reference.R through Rscript, before the package
// is timed); without Rscript the ratios to R are skipped.
const visits = { n107: visitsWithDropout(107, 107), n100000: visitsWithDropout(100_000, 100_000) }
const folder = mkdtempSync(join(tmpdir(), "cryoreg-bench-"))
writeVisitsCsv(folder, 107, visits.n107)
writeVisitsCsv(folder, 100_000, visits.n100000)
const r = measureR(folder)
rmSync(folder, { recursive: true, force: true })

const row = (name: string, t: Timing, extra: string) =>
  console.log(`${name.padEnd(44)} ${formatMs(t.median).padStart(9)} (best ${formatMs(t.best)})  ${extra}`)
const ratio = (slow: number, fast: number) => `${(slow / fast).toFixed(1)}×`
/** The same-run ratio to R's time for `key`, or nothing when R was not measured. */
const versusR = (key: string, t: Timing, target: number) => {
  const rTime = r?.ms.get(key)
  return rTime === undefined
    ? "R: —"
    : `R ${formatMs(rTime)} → ${ratio(rTime, t.median)} faster (best ${ratio(rTime, t.best)}; target ≥ ${target}×)`
}

console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, load ${loadavg()[0]!.toFixed(1)}; ${r === undefined ? "R not installed: ratios skipped" : `${r.version}, measured in this run`}\n`
)

const rmAnovaAt = (n: number, rKey: string) => {
  const k = 3
  const values = repeatedMeasures(n, k, 20240 + n)
  const rows = toRows(values, k)
  const runs = n >= 1_000_000 ? 11 : 31
  const flat = time(() => Effect.runSync(rmAnova({ values, columns: k })), runs)
  const nested = time(() => Effect.runSync(rmAnova(rows)), runs)
  const naive = time(() => naiveRmAnova(rows), n >= 1_000_000 ? 3 : 7, 1)
  const size = `${n.toLocaleString("en")} × ${k}`
  row(
    `rmAnova ${size}, flat Float64Array`,
    flat,
    `naive ${ratio(naive.median, flat.median)}, ${versusR(rKey, flat, 5)}`
  )
  row(`rmAnova ${size}, number[][]`, nested, `naive ${ratio(naive.median, nested.median)}`)
  row(
    "  naive long-format baseline (number[][])",
    naive,
    "jstat / simple-statistics: no repeated-measures ANOVA"
  )
}

rmAnovaAt(100_000, "rmAnova100000")
rmAnovaAt(1_000_000, "rmAnova1000000")

{
  const n = 1_000_000
  const a = normals(n, 7)
  const b = normals(n, 8).map((x, i) => x * 0.8 + a[i]! * 0.6 - 0.1)
  const aList = Array.from(a)
  const bList = Array.from(b)
  const typed = time(() => Effect.runSync(pairedT(a, b)), 31)
  const list = time(() => Effect.runSync(pairedT(aList, bList)), 31)
  const naive = time(() => naivePairedT(aList, bList), 11)
  const jstat = time(
    () =>
      jStat.ttest(
        0,
        aList.map((x, i) => x - bList[i]!),
        2
      ),
    11
  )
  const simple = time(
    () =>
      ss.tTest(
        aList.map((x, i) => x - bList[i]!),
        0
      ),
    11
  )
  const vs = (other: Timing, t: Timing) => ratio(other.median, t.median)
  row(
    "pairedT 1,000,000 pairs, Float64Array",
    typed,
    `naive ${vs(naive, typed)}, jstat ${vs(jstat, typed)}, simple-statistics ${vs(simple, typed)}, ${versusR("pairedT1e6", typed, 3)}`
  )
  row(
    "pairedT 1,000,000 pairs, number[]",
    list,
    `naive ${vs(naive, list)}, ${versusR("pairedT1e6", list, 3)}`
  )
  row("  naive map/reduce baseline", naive, "")
  row("  jstat ttest(0, a − b, 2)", jstat, "")
  row("  simple-statistics tTest(a − b, 0) (t, no p)", simple, "")
}

{
  const x = normals(5000, 11)
  const sw = time(() => Effect.runSync(shapiroWilk(x)), 401, 40)
  row(
    "shapiroWilk n = 5000",
    sw,
    `${versusR("shapiro5000", sw, 1)}; no naive baseline or jstat/simple-statistics equivalent`
  )
}

mixedModels(visits, row, versusR)
