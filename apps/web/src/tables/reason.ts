import type { Analysis } from "@cryoreg/domain"
import { num, t } from "../i18n"

type Reason = Analysis.NotComputedReason
type Params = Partial<{
  who: Analysis.Reason.Who
  test: Analysis.Reason.TestName
  n: number
  needed: number
  quantity: Analysis.Reason.Quantity
  statistic: "mean" | "sd"
  measure: Analysis.Reason.Measure
  visit: "baseline" | "m3" | "m6"
  drug: Analysis.Reason.DrugCategory
  criterion: Analysis.Reason.Criterion
  groups: ReadonlyArray<Analysis.Reason.GroupSize>
}>

/** The patients a figure needs, in the chosen language ("an NRS at 6 months", "pomiarem NRS po 6 miesiącach"). */
export const wordWho = (w: Analysis.Reason.Who): string =>
  t(`tables.reason.who.${w.measure}`, {
    at: t(`tables.reason.at.${w.at}`),
    visit: t(`tables.reason.visits.${w.at}`)
  })

const group = (g: Analysis.Reason.Subgroup) => t(`tables.reason.group.${g}`)

/** Every param of a reason in words: enums through the dictionary, numbers with `num`. */
const worded = (p: Params): Record<string, string> => {
  const n = p.n ?? 0
  return {
    who: p.who === undefined ? "" : wordWho(p.who),
    test: p.test === undefined ? "" : t(`tables.reason.test.${p.test}`),
    n: num(n),
    needed: num(p.needed ?? 0),
    patientsHave: t("tables.reason.patientsHave", { n }),
    thePatients: t("tables.reason.thePatients", { n }),
    quantity: p.quantity === undefined ? "" : t(`tables.reason.quantity.${p.quantity}`),
    statistic: p.statistic === undefined ? "" : t(`tables.reason.statistic.${p.statistic}`),
    measure: p.measure === undefined ? "" : t(`tables.reason.measure.${p.measure}`),
    visit: p.visit === undefined ? "" : t(`tables.reason.visit.${p.visit}`),
    drug: p.drug === undefined ? "" : t(`tables.reason.drug.${p.drug}`),
    criterion: p.criterion === undefined ? "" : t(`tables.reason.criterion.${p.criterion}`),
    groups: (p.groups ?? [])
      .map((g) => t("tables.reason.groupSize", { group: group(g.group), n: num(g.n) }))
      .join(", ")
  }
}

/**
 * Why a cell was not computed, in the chosen language, from the domain's code and params:
 * `{ code: "noPatient", params: { who: { measure: "nrs", at: "m6" } } }` → "brak pacjentów z pomiarem NRS po 6 miesiącach".
 */
export const wordReason = (r: Reason): string => {
  const sentence = t(`tables.reason.code.${r.code}`, worded(r.params as Params))
  return r.group === undefined
    ? sentence
    : t("tables.reason.inGroup", { group: group(r.group), reason: sentence })
}

/** "not computed: <why>" in the chosen language, for a cell with the domain's reason. */
export const notComputedText = (why: Reason | null | undefined): string =>
  t("tables.notComputed", { reason: why == null ? "" : wordReason(why) })
