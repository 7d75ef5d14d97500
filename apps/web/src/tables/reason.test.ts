import { Analysis } from "@cryoreg/domain"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "../i18n"
import { notComputedText, wordReason } from "./reason"

const { reason, who } = Analysis.Reason
const all = who("nrs", "all")
const m6Pair = who("nrs", "baselineAndM6")
const visits = who("visit", "baselineAndM6")
const groups = [
  { group: "female", n: 13 },
  { group: "male", n: 17 }
] as const

/** One reason of every kind, with numbers that show whether the params reach the words. */
const samples: { readonly [C in Analysis.ReasonCode]: Analysis.NotComputedReason } = {
  noTreatedPatient: reason("noTreatedPatient", {}),
  noPatient: reason("noPatient", { who: who("vas", "m3") }),
  tooFew: reason("tooFew", { n: 23, who: all, test: "rmAnova" }),
  sameValues: reason("sameValues", { n: 23, who: all, test: "friedman" }),
  emptyCountTableRow: reason("emptyCountTableRow", { n: 23, who: visits, test: "chiSquare" }),
  notEstimable: reason("notEstimable", { n: 23, who: who("odi", "m3OrM6"), test: "mixedModel" }),
  cannotCompute: reason("cannotCompute", { n: 23, who: all, test: "wilcoxon" }),
  meanSdNeedsTwo: reason("meanSdNeedsTwo", { who: who("nrs", "m6") }),
  meanSdUndefined: reason("meanSdUndefined", { who: who("vas", "baseline") }),
  sdNeedsTwo: reason("sdNeedsTwo", { quantity: "lesions" }),
  summaryUndefined: reason("summaryUndefined", { quantity: "age", statistic: "sd" }),
  changeUndefined: reason("changeUndefined", { measure: "odi" }),
  statisticUndefined: reason("statisticUndefined", {}),
  mixedModelTooFew: reason("mixedModelTooFew", { n: 3, who: who("nrs", "m3OrM6"), needed: 5 }),
  mixedModelUndefined: reason("mixedModelUndefined", {}),
  noVisit: reason("noVisit", { visit: "m6" }),
  noneUsed: reason("noneUsed", { n: 23, who: visits, drug: "nsaids" }),
  allUsed: reason("allUsed", { n: 23, who: visits, drug: "opioids" }),
  noBaselineUse: reason("noBaselineUse", { drug: "opioids" }),
  noResponder: reason("noResponder", { n: 23, who: all, criterion: "reduction50" }),
  allResponders: reason("allResponders", { n: 23, who: all, criterion: "nrsAtMost2" }),
  sameValueEveryone: reason("sameValueEveryone", { who: who("nrs", "baseline"), test: "tTest" }),
  sameReductionEveryone: reason("sameReductionEveryone", { who: m6Pair, test: "oneWayAnova" }),
  needsTwoPerGroup: reason("needsTwoPerGroup", { who: m6Pair, groups, test: "tTest" }),
  needsEveryGroup: reason("needsEveryGroup", { who: m6Pair, groups, test: "chiSquare" }),
  needsEveryStratum: reason("needsEveryStratum", { who: m6Pair, groups, test: "oneWayAnova" }),
  noResponderM6: reason("noResponderM6", { n: 23, who: m6Pair }),
  allRespondersM6: reason("allRespondersM6", { n: 23, who: m6Pair }),
  undefinedForPatients: reason("undefinedForPatients", { n: 23, test: "chiSquare" })
}

/** English words of the domain's sentences that a Polish sentence must not carry. */
const englishWords = /\b(patient|patients|the|with|has|have|at|months|visit|test|undefined|needs|women|men)\b/

afterEach(() => setLocale("en"))

describe("why a cell was not computed, in the dashboard's words", () => {
  it("says in English what the API says, for every kind of reason", () => {
    setLocale("en")
    for (const [code, r] of Object.entries(samples))
      expect(wordReason(r), code).toBe(Analysis.describeReason(r))
    expect(wordReason(reason("noPatient", { who: m6Pair }, "female"))).toBe(
      "women: no patient has an NRS at both baseline and 6 months"
    )
  })

  it("says it in Polish for every kind of reason, with its numbers and no English word left", () => {
    setLocale("pl")
    for (const [code, r] of Object.entries(samples)) {
      const words = wordReason(r)
      expect(words.trim(), code).not.toBe("")
      expect(words, code).not.toMatch(/\{\{|\}\}|undefined/)
      expect(words, code).not.toMatch(englishWords)
      for (const n of JSON.stringify(r.params).match(/\d+/g) ?? [])
        if (n !== "3" && n !== "6") expect(words, code).toContain(n)
    }
  })

  it("words the params of a Polish sentence through the dictionaries", () => {
    setLocale("pl")
    expect(notComputedText(samples.tooFew)).toBe(
      "nie obliczono: tylko 23 pacjentów z pomiarem NRS na wizycie wyjściowej, po 3 i po 6 miesiącach: za mało do wykonania analizy wariancji z powtarzanymi pomiarami"
    )
    expect(wordReason(reason("meanSdNeedsTwo", { who: m6Pair }, "nrs9to10"))).toBe(
      "wyjściowe NRS 9–10: tylko 1 pacjent z pomiarem NRS na wizycie wyjściowej i po 6 miesiącach: do obliczenia średniej ± SD potrzeba co najmniej 2"
    )
    expect(wordReason(samples.needsTwoPerGroup)).toBe(
      "do wykonania testu t potrzeba co najmniej 2 pacjentów z pomiarem NRS na wizycie wyjściowej i po 6 miesiącach w każdej grupie (kobiety: 13, mężczyźni: 17)"
    )
    expect(wordReason(samples.noVisit)).toBe("żaden pacjent nie odbył wizyty po 6 miesiącach")
    expect(wordReason(samples.summaryUndefined)).toBe("wartość SD wieku jest nieokreślona")
  })
})
