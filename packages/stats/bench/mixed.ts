import { Effect } from "effect"
import { longitudinalModels, mmrm, randomInterceptModel } from "../src/index.js"
import { type Timing, time } from "./timing.js"
import type { Visits } from "./visits.js"

type Row = (name: string, t: Timing, extra: string) => void
type VersusR = (key: string, t: Timing, target: number) => string

/**
 * MMRM (against nlme::gls, corSymm + varIdent) and the random-intercept model (against nlme::lme) on
 * the study's size and on 100,000 patients × 3 visits with 20 % of the visits missing; R fits the same CSV.
 */
export const mixedModels = (
  visits: { readonly n107: Visits; readonly n100000: Visits },
  row: Row,
  versusR: VersusR
) => {
  for (const [n, v] of [
    [107, visits.n107],
    [100_000, visits.n100000]
  ] as const) {
    const runs = n > 1000 ? 21 : 101
    const size = `${n.toLocaleString("en")} patients, ${v.y.length.toLocaleString("en")} visits`
    const fit = time(() => Effect.runSync(mmrm(v.y, v.subject, v.time)), runs, 5)
    row(`mmrm ${size}`, fit, versusR(`gls${n}`, fit, n > 1000 ? 10 : 1))
    const intercept = time(() => Effect.runSync(randomInterceptModel(v.y, v.subject, v.time)), runs, 5)
    row(`randomInterceptModel ${size}`, intercept, versusR(`lme${n}`, intercept, n > 1000 ? 10 : 1))
    const wide = new Float64Array(3 * n).fill(Number.NaN)
    for (let i = 0; i < v.y.length; i++) wide[(v.subject[i]! - 1) * 3 + v.time[i]!] = v.y[i]!
    const both = time(() => Effect.runSync(longitudinalModels({ values: wide, columns: 3 })), runs, 5)
    row(`  both, longitudinalModels on n × 3 with NaN`, both, "(what the study report calls)")
  }
}
