import type * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import { type Cell, computed, fromEither, notComputed, refusal } from "./Cell.js"
import type { StudyColumns } from "./Columns.js"
import { both } from "./Coverage.js"
import { count, formatP, pct } from "./Format.js"
import { round } from "./Printed.js"
import { reason, who } from "./Reason.js"
import type { ReportTables } from "./ReportTables.js"
import { where } from "./Responders.js"
import { chiSquareAsPublished, type LabelledTest, labelledOrNot, mcnemar, notComputedTest } from "./Tests.js"

/** Column `t` (0 baseline, 1 and 2 for 3 and 6 months) of an n × 3 0/1 array. */
const at = (x: Uint8Array, t: number): Uint8Array => {
  const out = new Uint8Array(x.length / 3)
  for (let i = 0; i < out.length; i++) out[i] = x[i * 3 + t]!
  return out
}

/**
 * Table 5: users of a drug category among the patients with a visit at each time point (a missed visit
 * is not "no use"); the baseline vs 6-month tests (chi-square as published, McNemar) on the patients
 * with both visits.
 */
export const analgesicTable = (c: StudyColumns, tests: Record<string, LabelledTest>) =>
  Effect.gen(function* () {
    const seen = [at(c.attended, 0), at(c.attended, 1), at(c.attended, 2)] as const
    const paired6 = both(seen[0], seen[2])
    const [n0, n3, n6, paired] = [count(seen[0]), count(seen[1]), count(seen[2]), count(paired6)]
    const visit = ["baseline", "m3", "m6"] as const
    const share = (k: number, of: number, t: number): Cell<readonly [number, number]> =>
      of === 0 ? notComputed(reason("noVisit", { visit: visit[t]! })) : computed([k, pct(k, of)])
    const row = (x: Uint8Array, name: "nsaids" | "opioids") =>
      Effect.gen(function* () {
        const [b, m3, m6] = [at(x, 0), at(x, 1), at(x, 2)]
        const [k0, k3, k6] = [count(b, seen[0]), count(m3, seen[1]), count(m6, seen[2])]
        const [pb, p6] = [where(b, paired6, paired), where(m6, paired6, paired)]
        const [q0, q6] = [count(pb), count(p6)]
        const label = `Table 5 ${name}: baseline vs 6 months`
        const drug = name
        const both6 = who("visit", "baselineAndM6")
        const why = (e: Stats.StatsError) =>
          paired === 0
            ? reason("noPatient", { who: both6 })
            : q0 + q6 === 0
              ? reason("noneUsed", { n: paired, who: both6, drug })
              : q0 + q6 === 2 * paired
                ? reason("allUsed", { n: paired, who: both6, drug })
                : refusal("chiSquare", paired, both6)(e)
        const chi = yield* Effect.either(
          chiSquareAsPublished(
            [
              [q0, paired - q0],
              [q6, paired - q6]
            ],
            label
          )
        )
        tests[`table5.${name}.chiSquare`] = labelledOrNot(
          chi,
          label,
          "Pearson chi-square (as published)",
          ({ label: _, test: __, ...r }) => r,
          why
        )
        tests[`table5.${name}.mcnemar`] = yield* mcnemar(pb, p6, label).pipe(
          Effect.catchAll((e) =>
            Effect.succeed(notComputedTest(label, "McNemar (paired, continuity-corrected)", why(e)))
          )
        )
        return {
          baseline: share(k0, n0, 0),
          m3: share(k3, n3, 1),
          m6: share(k6, n6, 2),
          // change of the share of users, in integers: (k6/n6 − k0/n0) / (k0/n0) = (k6·n0 − k0·n6) / (k0·n6)
          relReductionM6Pct:
            n0 === 0 || n6 === 0
              ? notComputed(reason("noVisit", { visit: n0 === 0 ? "baseline" : "m6" }))
              : k0 === 0
                ? notComputed(reason("noBaselineUse", { drug }))
                : computed(round((100 * (k6 * n0 - k0 * n6)) / (k0 * n6), 1)),
          p: fromEither(chi, (r) => formatP(r.p), why)
        }
      })
    const table5: ReportTables["table5"] = {
      nsaids: yield* row(c.nsaids, "nsaids"),
      opioids: yield* row(c.opioids, "opioids"),
      note: "combination analgesics are named as a category in Methods but not reported in Table 5"
    }
    const missed = c.n - count(both(paired6, seen[1]))
    return { table5, coverage: { baseline: n0, m3: n3, m6: n6, paired, leftOut: missed } }
  })
