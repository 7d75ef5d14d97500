import type { Analysis } from "@cryoreg/domain"
import { num, t } from "../i18n"

type F = Analysis.Findings.FindingDetail
type P<C extends Analysis.FindingCode> = Analysis.Findings.FindingParams<C>
type Variant = Analysis.Findings.VariantRange

/** A number as the domain's English prints it (integers whole, others with `digits` decimals), in the chosen language. */
const fx = (x: number, digits = 2): string => (Number.isInteger(x) ? num(x) : num(x, digits))

/** A p-value: "<0.001" below 0.001, else three decimals. */
const pText = (p: number): string => (p < 0.001 ? t("tables.finding.below", { p: num(0.001) }) : fx(p, 3))

/** A p-value as the paper prints it. */
const printedP = (p: number | "<0.001"): string =>
  p === "<0.001" ? t("tables.finding.below", { p: num(0.001) }) : num(p)

const list = (xs: ReadonlyArray<number>): string => xs.map((x) => num(x)).join(t("tables.finding.or"))

const group = (g: Analysis.Findings.FindingGroup): string =>
  typeof g === "string"
    ? t(`tables.finding.group.${g}`)
    : t("tables.finding.stratum", { lo: num(g.lo), hi: num(g.hi) })

const subject = (s: Analysis.Findings.ScaleSubject): string => {
  const at = t(`tables.finding.at.${s.at}`)
  const head =
    s.quantity === "age"
      ? t("tables.finding.subject.age")
      : s.quantity === "nrsReduction"
        ? t("tables.finding.subject.nrsReduction", { at })
        : t(`tables.finding.subject.${s.at === "baseline" ? "baseline" : "later"}`, {
            scale: t(`tables.finding.scale.${s.quantity}`),
            at
          })
  return s.group === undefined
    ? head
    : t("tables.finding.subject.inGroup", { subject: head, group: group(s.group) })
}

const scale = (p: P<"scaleMeanImpossible">) => ({
  what: t("tables.finding.scaleWhat", {
    subject: subject(p.subject),
    mean: fx(p.mean, 1),
    sd: fx(p.sd, 1),
    n: num(p.n),
    lo: num(p.min * p.step),
    hi: num(p.max * p.step),
    steps: p.step === 1 ? "" : t("tables.finding.inSteps", { step: num(p.step) })
  }),
  n: num(p.n),
  mean: num(p.mean)
})

const lesions = (p: P<"lesionsTypical">) => {
  const range = { min: num(p.min), max: num(p.max) }
  return {
    ...range,
    lesions: t("tables.finding.lesions", { mean: fx(p.mean, 1), sd: fx(p.sd, 1), n: num(p.n) }),
    stated: t("tables.finding.stated", range)
  }
}

const lesionsOutside = (p: P<"lesionsOutsideTypical">) => {
  const l = lesions(p)
  return {
    ...l,
    bound:
      p.sdMax === null
        ? t("tables.finding.noMean", { ...l, mean: num(p.mean) })
        : t("tables.finding.sdAtMost", { ...l, sdMax: fx(p.sdMax) }),
    howMany:
      p.fewest === null
        ? ""
        : t("tables.finding.howMany", {
            ...l,
            fewest: num(p.fewest),
            n: num(p.n),
            below: num(p.min - 1),
            above: num(p.max + 1)
          })
  }
}

const percent = (p: P<"percentNotPrinted"> | P<"percentAsPrinted">) => ({
  row:
    p.row.at === undefined
      ? t("tables.finding.percentRow", { table: num(p.row.table), row: t(`tables.finding.row.${p.row.row}`) })
      : t("tables.finding.percentRowAt", {
          table: num(p.row.table),
          row: t(`tables.finding.row.${p.row.row}`),
          at: t(`tables.finding.rowAt.${p.row.at}`)
        }),
  count: num(p.count),
  n: num(p.n),
  printed: num(p.printed),
  computed: "computed" in p ? num(p.computed) : ""
})

const subgroup = (p: { by: Analysis.Findings.Partition; n?: number; pct?: number }) => ({
  by: t(`tables.finding.respondersBy.${p.by}`),
  n: num(p.n),
  pct: num(p.pct)
})

const source = (s: Analysis.Findings.SourceInterval): string => {
  const n = s.name
  const name =
    n.kind === "printed" || n.kind === "percent"
      ? t(`tables.finding.source.${n.kind}`, { value: num(n.value) })
      : n.kind === "combined" || n.kind === "pooled"
        ? t(`tables.finding.source.${n.kind}`, { by: t(`tables.finding.partition.${n.by}`) })
        : t(`tables.finding.source.${n.kind}`)
  return t("tables.finding.interval", { source: name, lo: fx(s.lo), hi: fx(s.hi) })
}

const sources = (p: P<"sourcesAgree">) => ({
  quantity: t(`tables.finding.quantity.${p.quantity}`),
  a: source(p.a),
  b: source(p.b)
})

const pSubject = (s: Analysis.Findings.PSubject): string => {
  switch (s.of) {
    case "meanBySubgroup":
      return t("tables.finding.p.meanBySubgroup", {
        table: num(s.by === "sex" ? 8 : 9),
        field: t(`tables.finding.field.${s.field}`),
        by: t(`tables.finding.by.${s.by}`)
      })
    case "respondersOverTime":
      return t("tables.finding.p.respondersOverTime", { criterion: t(`tables.finding.row.${s.criterion}`) })
    case "drugOverTime":
      return t("tables.finding.p.drugOverTime", { drug: t(`tables.finding.row.${s.drug}`) })
    case "respondersBySubgroup":
      return t("tables.finding.p.respondersBySubgroup", { by: t(`tables.finding.respondersBetween.${s.by}`) })
    case "reductionByStratum":
      return t("tables.finding.p.reductionByStratum")
  }
}

const pValue = (p: P<"pReproducible">) => ({
  subject: pSubject(p.subject),
  printed: printedP(p.printed),
  lo: fx(p.lo, 3),
  hi: fx(p.hi, 3)
})

const variantKeys = {
  "with continuity correction": "corrected",
  "without correction": "uncorrected",
  exact: "exact"
} as const

const split = (s: { onlyFirst: number; onlySecond: number }) =>
  t("tables.finding.split", { first: num(s.onlyFirst), second: num(s.onlySecond) })

const variant = (v: Variant, printed: string): string => {
  const range = t("tables.finding.variantRange", {
    variant: t(`tables.finding.variant.${variantKeys[v.variant]}`),
    lo: pText(v.lo),
    hi: pText(v.hi)
  })
  if (v.hits.length > 0)
    return t("tables.finding.hits", {
      range,
      printed,
      splits: v.hits.map(split).join(t("tables.finding.orSplit"))
    })
  if (v.steps === null) return t("tables.finding.never", { range, printed })
  const { below, above } = v.steps
  return t("tables.finding.steps", {
    range,
    printed,
    belowP: pText(below.p),
    below: split(below),
    aboveP: pText(above.p),
    above: split(above)
  })
}

const paired = (p: P<"pairedPossible">) => {
  const printed = printedP(p.printed)
  return {
    printed,
    paired: t("tables.finding.paired", {
      criterion: t(`tables.finding.criterion.${p.criterion}`),
      first: num(p.first),
      second: num(p.second),
      n: num(p.n),
      fewest: num(p.fewestChanged),
      most: num(p.mostChanged),
      variants: p.variants.map((v) => variant(v, printed)).join(t("tables.finding.nextVariant"))
    })
  }
}

/** Every kind of finding's params in words: numbers with `num`, subjects through the dictionary. */
const words: { readonly [C in Analysis.FindingCode]: (p: P<C>) => Record<string, string> } = {
  scaleMeanImpossible: scale,
  scaleSdWithin: (p) => ({ ...scale(p), lo: fx(p.lo), hi: fx(p.hi) }),
  scaleSdImpossible: (p) => ({ ...scale(p), lo: fx(p.lo), hi: fx(p.hi) }),
  lesionsTypical: lesions,
  lesionsOutsideTypical: lesionsOutside,
  percentAsPrinted: percent,
  percentNotPrinted: percent,
  subgroupPercentCounts: (p) => ({ ...subgroup(p), counts: list(p.counts) }),
  subgroupPercentNoCount: subgroup,
  subgroupCountsAddUp: (p) => ({ ...subgroup(p), overall: num(p.overall) }),
  subgroupCountsNever: (p) => ({ ...subgroup(p), overall: num(p.overall), sums: list(p.sums) }),
  sourcesAgree: sources,
  sourcesDisagree: sources,
  pReproducible: pValue,
  pNotReproducible: pValue,
  pairedPossible: paired,
  pairedImpossible: paired
}

/**
 * A consistency finding in the chosen language, from the domain's code and params:
 * `{ code: "subgroupCountsAddUp", params: { by: "sex", overall: 52 } }` →
 * "Tabela 8, odpowiedź na leczenie po 6 miesiącach wg płci: liczebności podgrup sumują się do 52 …".
 */
export const wordFinding = (f: F): string =>
  t(`tables.finding.code.${f.code}`, (words[f.code] as (p: F["params"]) => Record<string, string>)(f.params))
