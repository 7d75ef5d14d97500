import type { CohortOverview } from "@cryoreg/contract"

type Row = CohortOverview["completeness"][number]

/** One row of the follow-up completeness table, its counts split so that they add up for a reader. */
export interface CompletenessCounts {
  /** Due but not in the registry: due − done. */
  readonly missing: number
  /** Of the missing, those whose window is still open (may still be recorded in time); null for baseline. */
  readonly open: number | null
  /** Of the missing, those whose window has closed; null for baseline, which has no window after the procedure. */
  readonly overdue: number | null
}

/**
 * The counts a coordinator reads beside "due" and "done": every due visit is done, still open or overdue
 * (due = done + open + overdue). A baseline visit is recorded before the procedure, so a treated patient
 * without one is missing data, neither open nor overdue.
 *
 * @example
 * completenessCounts({ timepoint: "baseline", due: 110, done: 108, overdue: 0 }) // { missing: 2, open: null, overdue: null }
 */
export const completenessCounts = (r: Row): CompletenessCounts => {
  const missing = Math.max(0, r.due - r.done)
  return r.timepoint === "baseline"
    ? { missing, open: null, overdue: null }
    : { missing, open: Math.max(0, missing - r.overdue), overdue: r.overdue }
}
