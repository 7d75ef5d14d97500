import type { ReportResponse } from "@cryoreg/contract"
import type { Analysis } from "@cryoreg/domain"
import { t } from "../i18n"
import { ciOf } from "../outcomes/summary"
import { wordReason } from "../tables/reason"

type Report = ReportResponse["report"]

/** One subgroup's NRS reduction at 6 months, with its 95 % CI. */
export interface ForestRow {
  readonly family: string
  readonly group: string
  readonly n: number
  readonly mean: number
  readonly sd: number
  readonly lo: number
  readonly hi: number
}

/** A family of subgroups and the p-value of the between-group test of the reduction at 6 months. */
export interface ForestFamily {
  readonly family: string
  readonly p: number | string
  readonly test: string
}

type Cell<A> = Analysis.Cell.Cell<A>

/** A subgroup's row when its reduction at 6 months was computed; none otherwise. */
const row = (
  family: string,
  group: string,
  s: { n: Cell<number>; reductionM6: Cell<readonly [number, number]> }
): Array<ForestRow> => {
  if (s.n._tag === "NotComputed" || s.reductionM6._tag === "NotComputed") return []
  const [mean, sd] = s.reductionM6.value
  const n = s.n.value
  return [{ family, group, n, mean, sd, ...ciOf(n, mean, sd) }]
}

/** The forest plot's rows from Tables 8–10 (by sex, by age group, by baseline severity), those computed. */
export const forestRows = (r: Report): Array<ForestRow> => {
  const sex = t("analysis.subgroups.family.sex")
  const age = t("analysis.subgroups.family.age")
  const severity = t("analysis.subgroups.family.baselineNrs")
  return [
    ...row(sex, t("analysis.subgroups.group.female"), r.table8.female),
    ...row(sex, t("analysis.subgroups.group.male"), r.table8.male),
    ...row(age, t("analysis.subgroups.group.under55"), r.table9.under55),
    ...row(age, t("analysis.subgroups.group.atLeast55"), r.table9.atLeast55),
    ...row(severity, "NRS 5–6", r.table10.nrs5to6),
    ...row(severity, "NRS 7–8", r.table10.nrs7to8),
    ...row(severity, "NRS 9–10", r.table10.nrs9to10)
  ]
}

const pOf = (cell: Report["table8"]["p"]["reductionM6"]): number | string =>
  cell._tag === "Computed"
    ? cell.value
    : t("analysis.subgroups.notComputed", { reason: wordReason(cell.why) })

/** The between-group tests of the reduction at 6 months, as the paper reports them. */
export const forestTests = (r: Report): Array<ForestFamily> => [
  {
    family: t("analysis.subgroups.family.sex"),
    p: pOf(r.table8.p.reductionM6),
    test: t("analysis.subgroups.welch")
  },
  {
    family: t("analysis.subgroups.family.age"),
    p: pOf(r.table9.p.reductionM6),
    test: t("analysis.subgroups.welch")
  },
  {
    family: t("analysis.subgroups.family.baselineNrs"),
    p: pOf(r.table10.p.reductionM6),
    test: t("analysis.subgroups.anova")
  }
]
