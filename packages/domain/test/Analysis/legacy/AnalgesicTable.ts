import { Effect } from "effect"
import type { StudyColumns } from "../../../src/Analysis/Columns.js"
import { both } from "../../../src/Analysis/Coverage.js"
import { count, formatP, pct } from "../../../src/Analysis/Format.js"
import { round } from "../../../src/Analysis/Printed.js"
import type { StudyTables } from "../../../src/Analysis/Published.js"
import { chiSquareAsPublished, type LabelledTest, mcnemar } from "../../../src/Analysis/Tests.js"
import { where } from "./Responders.js"

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
    const row = (x: Uint8Array, name: string) =>
      Effect.gen(function* () {
        const [b, m3, m6] = [at(x, 0), at(x, 1), at(x, 2)]
        const [k0, k3, k6] = [count(b, seen[0]), count(m3, seen[1]), count(m6, seen[2])]
        const [pb, p6] = [where(b, paired6, paired), where(m6, paired6, paired)]
        const [q0, q6] = [count(pb), count(p6)]
        const label = `Table 5 ${name}: baseline vs 6 months`
        const chi = yield* chiSquareAsPublished(
          [
            [q0, paired - q0],
            [q6, paired - q6]
          ],
          label
        )
        tests[`table5.${name}.chiSquare`] = chi
        tests[`table5.${name}.mcnemar`] = yield* mcnemar(pb, p6, label)
        return {
          baseline: [k0, pct(k0, n0)] as const,
          m3: [k3, pct(k3, n3)] as const,
          m6: [k6, pct(k6, n6)] as const,
          // change of the share of users, in integers: (k6/n6 − k0/n0) / (k0/n0) = (k6·n0 − k0·n6) / (k0·n6)
          relReductionM6Pct: round((100 * (k6 * n0 - k0 * n6)) / (k0 * n6), 1),
          p: formatP(chi.p)
        }
      })
    const table5: StudyTables["table5"] = {
      nsaids: yield* row(c.nsaids, "nsaids"),
      opioids: yield* row(c.opioids, "opioids"),
      note: "combination analgesics are named as a category in Methods but not reported in Table 5"
    }
    const missed = c.n - count(both(paired6, seen[1]))
    return { table5, coverage: { baseline: n0, m3: n3, m6: n6, paired, leftOut: missed } }
  })
