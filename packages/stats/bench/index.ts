import { cpus, loadavg } from "node:os"
import { Effect } from "effect"
import jStat from "jstat"
import * as ss from "simple-statistics"
import { pairedT, rmAnova } from "../src/index.js"
import { naivePairedT, naiveRmAnova } from "./naive.js"
import { formatMs, normals, repeatedMeasures, type Timing, time, toRows } from "./timing.js"

// `pnpm --filter @cryoreg/stats bench`: time per call (median after warm-up, and the best run) of
// the package's kernels against naive baselines and jstat / simple-statistics, and against GNU R
// 4.2.2 on this machine. R times: the lower of issue 3's figure and bench/r-reference.R here
// (rmAnova 1e5: 22 vs 33 ms; 1e6: 335 ms here; paired t.test: 29 vs 22 ms; shapiro.test: 240 vs 300 µs).
const rMs = { rmAnova1e5: 22, rmAnova1e6: 335, pairedT1e6: 22, shapiro5000: 0.24 }

const row = (name: string, t: Timing, extra: string) =>
  console.log(`${name.padEnd(44)} ${formatMs(t.median).padStart(9)} (best ${formatMs(t.best)})  ${extra}`)
const ratio = (slow: number, fast: number) => `${(slow / fast).toFixed(1)}×`
const versusR = (rTime: number, t: Timing, target: number) =>
  `R ${formatMs(rTime)} → ${ratio(rTime, t.median)} faster (best ${ratio(rTime, t.best)}; target ≥ ${target}×)`

console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, load ${loadavg()[0]!.toFixed(1)}\n`
)

const rmAnovaAt = (n: number, rTime: number) => {
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
    `naive ${ratio(naive.median, flat.median)}, ${versusR(rTime, flat, 5)}`
  )
  row(`rmAnova ${size}, number[][]`, nested, `naive ${ratio(naive.median, nested.median)}`)
  row(
    "  naive long-format baseline (number[][])",
    naive,
    "jstat / simple-statistics: no repeated-measures ANOVA"
  )
}

rmAnovaAt(100_000, rMs.rmAnova1e5)
rmAnovaAt(1_000_000, rMs.rmAnova1e6)

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
    `naive ${vs(naive, typed)}, jstat ${vs(jstat, typed)}, simple-statistics ${vs(simple, typed)}, ${versusR(rMs.pairedT1e6, typed, 3)}`
  )
  row(
    "pairedT 1,000,000 pairs, number[]",
    list,
    `naive ${vs(naive, list)}, ${versusR(rMs.pairedT1e6, list, 3)}`
  )
  row("  naive map/reduce baseline", naive, "")
  row("  jstat ttest(0, a − b, 2)", jstat, "")
  row("  simple-statistics tTest(a − b, 0) (t, no p)", simple, "")
}

// shapiroWilk belongs to another module; time it only if the package exports it.
const pkg: Record<string, unknown> = await import("../src/index.js")
const shapiroWilk = pkg.shapiroWilk as ((x: Float64Array) => Effect.Effect<unknown, unknown>) | undefined
if (typeof shapiroWilk === "function") {
  const x = normals(5000, 11)
  const sw = time(() => Effect.runSync(shapiroWilk(x)), 201, 20)
  row(
    "shapiroWilk n = 5000",
    sw,
    `${versusR(rMs.shapiro5000, sw, 1)}; no naive baseline or jstat/simple-statistics equivalent`
  )
} else {
  console.log("shapiroWilk is not exported yet: skipped")
}
