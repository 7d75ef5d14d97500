import type * as Stats from "@cryoreg/stats"
import { Effect } from "effect"
import type { Protocol } from "../Protocol.js"
import { type Cell, computed, fromEither, notComputed, refusal } from "./Cell.js"
import type { StudyColumns } from "./Columns.js"
import { both, measuredAt } from "./Coverage.js"
import { count, formatP, pct } from "./Format.js"
import type { NotComputedReason } from "./Reason.js"
import { type Criterion, reason, who } from "./Reason.js"
import type { ReportTables } from "./ReportTables.js"
import { chiSquareAsPublished, type LabelledTest, labelledOrNot, mcnemar, notComputedTest } from "./Tests.js"

/** Per-patient responder flags at 3 and 6 months, by the protocol's criteria (≥ 50 %, ≥ 30 %, NRS ≤ 2). */
export interface ResponderFlags {
  readonly reduction50: readonly [Uint8Array, Uint8Array]
  readonly reduction30: readonly [Uint8Array, Uint8Array]
  readonly nrsAtMost2: readonly [Uint8Array, Uint8Array]
  /** 1 for the patients with an NRS at baseline and at 3 (6) months: a flag is 0 elsewhere, not "no". */
  readonly measured: readonly [Uint8Array, Uint8Array]
}

/** Classifies every patient at 3 and 6 months, in one pass. */
export const responders = (c: StudyColumns, protocol: Protocol): ResponderFlags => {
  const [first, second] = [
    protocol.responders.nrsReductionPercent[0] ?? 50,
    protocol.responders.nrsReductionPercent[1] ?? 30
  ]
  const atMost = protocol.responders.nrsAtMost
  const [r50m3, r50m6, r30m3, r30m6, lowM3, lowM6] = Array.from({ length: 6 }, () => new Uint8Array(c.n))
  const reduced = (b: number, m: number, threshold: number) =>
    b > 0 && (100 * (b - m)) / b >= threshold - 1e-9
  for (let i = 0; i < c.n; i++) {
    const [b, m3, m6] = [c.nrs[i * 3]!, c.nrs[i * 3 + 1]!, c.nrs[i * 3 + 2]!]
    r50m3![i] = reduced(b, m3, first) ? 1 : 0
    r50m6![i] = reduced(b, m6, first) ? 1 : 0
    r30m3![i] = reduced(b, m3, second) ? 1 : 0
    r30m6![i] = reduced(b, m6, second) ? 1 : 0
    lowM3![i] = m3 <= atMost ? 1 : 0
    lowM6![i] = m6 <= atMost ? 1 : 0
  }
  return {
    reduction50: [r50m3!, r50m6!],
    reduction30: [r30m3!, r30m6!],
    nrsAtMost2: [lowM3!, lowM6!],
    measured: [measuredAt(c.nrs, 0, 1), measuredAt(c.nrs, 0, 2)]
  }
}

/** The entries of `x` where `mask` is 1; `x` itself when the mask keeps everyone. */
export const where = (x: Uint8Array, mask: Uint8Array, kept: number): Uint8Array =>
  kept === mask.length ? x : x.filter((_, i) => mask[i] === 1)

/** Why a 3- vs 6-month chi-square of paired responders is undefined. */
const chiRefusal = (
  kept: number,
  responders: number,
  criterion: Criterion,
  e: Stats.StatsError
): NotComputedReason => {
  const all = who("nrs", "all")
  if (kept === 0) return reason("noPatient", { who: all })
  if (responders === 0) return reason("noResponder", { n: kept, who: all, criterion })
  if (responders === 2 * kept) return reason("allResponders", { n: kept, who: all, criterion })
  return refusal("chiSquare", kept, all)(e)
}

/** A share of responders `[k, of, %]` among the patients measured at baseline and at `months`. */
const share = (k: number, of: number, months: number): Cell<readonly [number, number, number]> =>
  of === 0
    ? notComputed(reason("noPatient", { who: who("nrs", months === 3 ? "baselineAndM3" : "baselineAndM6") }))
    : computed([k, of, pct(k, of)])

/**
 * Table 4: each cell counts the responders among the patients measured at baseline and at that time
 * point; the 3- vs 6-month tests (chi-square as published, McNemar) use the patients measured at all three.
 */
export const responderTable = (flags: ResponderFlags, tests: Record<string, LabelledTest>) =>
  Effect.gen(function* () {
    const [at3, at6] = flags.measured
    const paired = both(at3, at6)
    const [n3, n6, kept] = [count(at3), count(at6), count(paired)]
    const table: Record<string, ReportTables["table4"]["reduction50"]> = {}
    for (const k of ["reduction50", "reduction30", "nrsAtMost2"] as const) {
      const [m3, m6] = [where(flags[k][0], paired, kept), where(flags[k][1], paired, kept)]
      const [k3, k6] = [count(flags[k][0], at3), count(flags[k][1], at6)]
      const [p3, p6] = [count(m3), count(m6)]
      const label = `Table 4 ${k}: 3 vs 6 months`
      const chi = yield* Effect.either(
        chiSquareAsPublished(
          [
            [p3, kept - p3],
            [p6, kept - p6]
          ],
          label
        )
      )
      const why = (e: Stats.StatsError) => chiRefusal(kept, p3 + p6, k, e)
      tests[`table4.${k}.chiSquare`] = labelledOrNot(
        chi,
        label,
        "Pearson chi-square (as published)",
        ({ label: _, test: __, ...r }) => r,
        why
      )
      tests[`table4.${k}.mcnemar`] = yield* mcnemar(m3, m6, label).pipe(
        Effect.catchAll((e) =>
          Effect.succeed(notComputedTest(label, "McNemar (paired, continuity-corrected)", why(e)))
        )
      )
      table[k] = { m3: share(k3, n3, 3), m6: share(k6, n6, 6), p: fromEither(chi, (r) => formatP(r.p), why) }
    }
    const n = at3.length
    return {
      table4: table as ReportTables["table4"],
      coverage: { m3: n3, m6: n6, paired: kept, leftOut: n - kept }
    }
  })
