import type { Analysis } from "@cryoreg/domain"

type Report = Analysis.StudyReport

/** One of Tables 1–10 as the document prints it: a title, a header row, body rows and a footnote. */
export interface DocTable {
  readonly title: string
  readonly head: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  readonly note: string
}

/** A value of the report as it may come: a number, a printed p ("<0.001"), missing, or not computed. */
export type ReportValue =
  | number
  | string
  | null
  | undefined
  | { readonly _tag: "NotComputed"; readonly reason: string }
  | { readonly _tag: "Computed"; readonly value: number | string }

/**
 * The text of one value of the report in a table cell: a number at `decimals`, a p-value as printed
 * ("< 0.001"), "—" when absent, and "not computed (why)" when the report could not compute it.
 */
export const cellText = (v: ReportValue, decimals?: number): string => {
  if (v === null || v === undefined) return "—"
  if (typeof v === "object")
    return v._tag === "Computed" ? cellText(v.value, decimals) : `not computed (${v.reason})`
  if (typeof v === "string") return v.startsWith("<") ? `< ${v.slice(1)}` : v
  if (!Number.isFinite(v)) return "—"
  return decimals === undefined ? String(v) : v.toFixed(decimals)
}

const isNumber = (v: ReportValue): v is number => typeof v === "number"

/** "7.4 ± 1.1". */
export const meanSdText = (m: ReportValue, sd: ReportValue, d: number) =>
  isNumber(m) && isNumber(sd) ? `${cellText(m, d)} ± ${cellText(sd, d)}` : cellText(isNumber(m) ? sd : m, d)

/** "56 (52.3%)". */
const nPct = (n: ReportValue, pct: ReportValue) => `${cellText(n)} (${cellText(pct, 1)}%)`
/** "P < 0.001" or "P = 0.021". */
const pIs = (p: ReportValue) => {
  const t = cellText(p)
  return t.startsWith("<") || t.startsWith("not") ? `P ${t}` : `P = ${t}`
}
const change = (v: ReportValue, pct: ReportValue, d: number) => `${cellText(v, d)} (${cellText(pct, 1)}%)`
const testP = (r: Report, key: string, p: (x: number) => string | number) => {
  const t = r.tests[key]
  return t === undefined || t.p === null ? "—" : cellText(p(t.p))
}

/** Tables 1–10 in the paper's layout, each cell from the report through `cellText`. */
export const docTables = (r: Report, formatP: (p: number) => string | number): Array<DocTable> => {
  const t1 = r.table1
  const t2 = r.table2
  const t3 = r.table3
  const pairwise = (p: Report["table2"]["pairwise"]) => [
    "—",
    `Baseline vs 3 months: ${pIs(p.baseline_m3)}`,
    `Baseline vs 6 months: ${pIs(p.baseline_m6)}; 3 vs 6 months: ${pIs(p.m3_m6)}`
  ]
  const pw2 = pairwise(t2.pairwise)
  const pw3 = pairwise(t3.pairwise)
  const modelled = (c: Analysis.ModelledChange, d: number) =>
    `${cellText(c.estimate, d)} (95% CI ${cellText(c.ciLow, d)} to ${cellText(c.ciHigh, d)}), ${pIs(c.p)}`
  const { nrs: nrsAll, vas: vasAll } = t2.allAvailableData
  const odiAll = t3.allAvailableData.odi
  const mmrmUsed = (a: Analysis.AllAvailableData) => `${a.patients} patients, ${a.visits} visits`
  const responders = (k: "reduction50" | "reduction30" | "nrsAtMost2", label: string) => {
    const x = r.table4[k]
    const cell = (v: readonly [number, number, number]) =>
      `${cellText(v[0])}/${cellText(v[1])} (${cellText(v[2], 1)}%)`
    return [label, cell(x.m3), cell(x.m6), cellText(x.p), testP(r, `table4.${k}.mcnemar`, formatP)]
  }
  const medication = (k: "nsaids" | "opioids", label: string) => {
    const x = r.table5[k]
    return [
      label,
      nPct(x.baseline[0], x.baseline[1]),
      nPct(x.m3[0], x.m3[1]),
      nPct(x.m6[0], x.m6[1]),
      `${cellText(x.relReductionM6Pct, 1)}%`,
      cellText(x.p),
      testP(r, `table5.${k}.mcnemar`, formatP)
    ]
  }
  const t8 = r.table8
  const t9 = r.table9
  const t10 = r.table10
  return [
    {
      title: "Table 1. Baseline demographic and clinical characteristics of the study cohort.",
      head: ["Characteristic", "Value"],
      rows: [
        ["Number of patients", cellText(r.cohort.n)],
        ["Female, n (%)", nPct(t1.female.n, t1.female.pct)],
        ["Male, n (%)", nPct(t1.male.n, t1.male.pct)],
        ["Age, years (mean ± SD)", meanSdText(t1.ageMean, t1.ageSd, 1)],
        ["Age range, years", `${cellText(t1.ageMin)}-${cellText(t1.ageMax)}`],
        ["Symptom duration, months (mean ± SD)", meanSdText(t1.symptomMonthsMean, t1.symptomMonthsSd, 1)],
        ["Right-sided procedure, n (%)", nPct(t1.rightSide.n, t1.rightSide.pct)],
        ["Left-sided procedure, n (%)", nPct(t1.leftSide.n, t1.leftSide.pct)],
        ["Positive diagnostic block, n (%)", nPct(t1.positiveBlock.n, t1.positiveBlock.pct)],
        ["Baseline NRS (mean ± SD)", meanSdText(t1.nrs.mean, t1.nrs.sd, 1)],
        ["Baseline VAS, mm (mean ± SD)", meanSdText(t1.vas.mean, t1.vas.sd, 0)],
        ["Baseline ODI, % (mean ± SD)", meanSdText(t1.odi.mean, t1.odi.sd, 0)]
      ],
      note: "Abbreviations: NRS, Numeric Rating Scale; ODI, Oswestry Disability Index; SD, standard deviation; VAS, Visual Analog Scale."
    },
    {
      title: "Table 2. Changes in pain intensity outcomes after sacroiliac joint cryoneurolysis.",
      head: [
        "Time point",
        "NRS (mean ± SD)",
        "Change from baseline",
        "VAS (mm, mean ± SD)",
        "Change from baseline",
        "Bonferroni-adjusted pairwise comparisons"
      ],
      rows: [
        ["Baseline", meanSdText(...t2.nrs.baseline, 1), "—", meanSdText(...t2.vas.baseline, 0), "—", pw2[0]!],
        [
          "3 months",
          meanSdText(...t2.nrs.m3, 1),
          change(t2.nrs.changeM3, t2.nrs.changeM3Pct, 1),
          meanSdText(...t2.vas.m3, 0),
          change(t2.vas.changeM3, t2.vas.changeM3Pct, 0),
          pw2[1]!
        ],
        [
          "6 months",
          meanSdText(...t2.nrs.m6, 1),
          change(t2.nrs.changeM6, t2.nrs.changeM6Pct, 1),
          meanSdText(...t2.vas.m6, 0),
          change(t2.vas.changeM6, t2.vas.changeM6Pct, 0),
          pw2[2]!
        ],
        [
          "Baseline, all available data (MMRM)",
          cellText(nrsAll.baseline, 1),
          "—",
          cellText(vasAll.baseline, 0),
          "—",
          "—"
        ],
        [
          "3 months, all available data (MMRM)",
          cellText(nrsAll.m3, 1),
          modelled(nrsAll.changeM3, 1),
          cellText(vasAll.m3, 0),
          modelled(vasAll.changeM3, 0),
          `Effect of time (MMRM): NRS ${pIs(nrsAll.timeP)}`
        ],
        [
          "6 months, all available data (MMRM)",
          cellText(nrsAll.m6, 1),
          modelled(nrsAll.changeM6, 1),
          cellText(vasAll.m6, 0),
          modelled(vasAll.changeM6, 0),
          `Effect of time (MMRM): VAS ${pIs(vasAll.timeP)}`
        ]
      ],
      note:
        `Repeated-measures ANOVA, effect of time: NRS ${pIs(t2.rmAnovaTime)}, VAS ${pIs(testP(r, "vas.rmAnova", formatP))}. ` +
        `Cohen's d for the NRS reduction at 3 months: ${cellText(t2.cohensD_nrs_m3, 1)}. Percentage change is relative to baseline. ` +
        `MMRM rows: mixed model for repeated measures on all available data (NRS ${mmrmUsed(nrsAll)}; VAS ${mmrmUsed(vasAll)}), estimated means and changes with 95% CI. ` +
        "Abbreviations: NRS, Numeric Rating Scale; SD, standard deviation; VAS, Visual Analog Scale."
    },
    {
      title:
        "Table 3. Changes in functional disability outcomes assessed using the Oswestry Disability Index.",
      head: [
        "Time point",
        "ODI (% mean ± SD)",
        "Change from baseline",
        "Relative improvement",
        "Bonferroni-adjusted pairwise comparisons"
      ],
      rows: [
        ["Baseline", meanSdText(...t3.odi.baseline, 0), "—", "—", pw3[0]!],
        [
          "3 months",
          meanSdText(...t3.odi.m3, 0),
          cellText(t3.odi.changeM3, 0),
          `${cellText(t3.odi.relM3Pct, 1)}%`,
          pw3[1]!
        ],
        [
          "6 months",
          meanSdText(...t3.odi.m6, 0),
          cellText(t3.odi.changeM6, 0),
          `${cellText(t3.odi.relM6Pct, 1)}%`,
          pw3[2]!
        ],
        ["Baseline, all available data (MMRM)", cellText(odiAll.baseline, 0), "—", "—", "—"],
        [
          "3 months, all available data (MMRM)",
          cellText(odiAll.m3, 0),
          modelled(odiAll.changeM3, 0),
          "—",
          "—"
        ],
        [
          "6 months, all available data (MMRM)",
          cellText(odiAll.m6, 0),
          modelled(odiAll.changeM6, 0),
          "—",
          `Effect of time (MMRM): ${pIs(odiAll.timeP)}`
        ]
      ],
      note:
        `Repeated-measures ANOVA, effect of time on ODI: ${pIs(t3.rmAnovaTime)}. Relative improvement is the percentage reduction from baseline. ` +
        `MMRM rows: all available data (${mmrmUsed(odiAll)}). Abbreviations: ODI, Oswestry Disability Index; SD, standard deviation.`
    },
    {
      title: "Table 4. Responder analysis according to degree of pain reduction.",
      head: ["Outcome", "3 Months", "6 Months", "P-value*", "P-value, paired (McNemar)"],
      rows: [
        responders("reduction50", "≥ 50% pain reduction"),
        responders("reduction30", "≥ 30% pain reduction"),
        responders("nrsAtMost2", "NRS ≤ 2")
      ],
      note: "Values are number/total number (%). * Comparison between the 3- and 6-month assessments with the chi-square test, as published; beside it McNemar's test with continuity correction on the same patients. Abbreviation: NRS, Numeric Rating Scale."
    },
    {
      title: "Table 5. Changes in analgesic medication use during follow-up.",
      head: [
        "Medication type",
        "Baseline",
        "3 Months",
        "6 Months",
        "Relative reduction (6 months)",
        "P-value*",
        "P-value, paired (McNemar)"
      ],
      rows: [medication("nsaids", "NSAIDs"), medication("opioids", "Opioid-containing analgesics")],
      note: "Values are the number (%) of patients using each medication category. * Baseline vs 6 months with the chi-square test, as published; beside it McNemar's test on the same patients. Abbreviation: NSAIDs, nonsteroidal anti-inflammatory drugs."
    },
    {
      title: "Table 6. Procedural characteristics and technical outcomes of cryoneurolysis.",
      head: ["Parameter", "Value"],
      rows: [
        ["Technical success rate, n (%)", nPct(...r.table6.technicalSuccess)],
        ["Number of cryolesions (mean ± SD)", meanSdText(r.table6.lesionsMean, r.table6.lesionsSd, 1)],
        [
          "Procedure duration, minutes (mean ± SD)",
          meanSdText(r.table6.durationMinMean, r.table6.durationMinSd, 1)
        ],
        ["Technical failures, n (%)", nPct(...r.table6.technicalFailures)]
      ],
      note: "Abbreviation: SD, standard deviation."
    },
    {
      title: "Table 7. Procedural safety profile and treatment-related adverse events.",
      head: ["Complication", "n (%)"],
      rows: [
        ["Local hematoma", nPct(...r.table7.localHematoma)],
        ["Transient paresthesia", nPct(...r.table7.transientParesthesia)],
        ["Procedural pain", nPct(...r.table7.proceduralPain)],
        ["Temporary motor weakness", nPct(...r.table7.temporaryMotorWeakness)],
        ["Infection", nPct(...r.table7.infection)],
        ["Permanent neurological deficit", nPct(...r.table7.permanentNeurologicalDeficit)]
      ],
      note: "Adverse events as recorded in the registry."
    },
    {
      title: "Table 8. Exploratory subgroup analysis of treatment outcomes according to sex.",
      head: ["Outcome", `Female (n = ${t8.female.n})`, `Male (n = ${t8.male.n})`, "P-value"],
      rows: [
        [
          "Baseline NRS",
          meanSdText(...t8.female.baselineNrs, 1),
          meanSdText(...t8.male.baselineNrs, 1),
          cellText(t8.p.baselineNrs)
        ],
        [
          "NRS reduction (3 months)",
          meanSdText(...t8.female.reductionM3, 1),
          meanSdText(...t8.male.reductionM3, 1),
          cellText(t8.p.reductionM3)
        ],
        [
          "NRS reduction (6 months)",
          meanSdText(...t8.female.reductionM6, 1),
          meanSdText(...t8.male.reductionM6, 1),
          cellText(t8.p.reductionM6)
        ],
        [
          "Responder rate (6 months)",
          `${cellText(t8.female.responderM6Pct, 1)}%`,
          `${cellText(t8.male.responderM6Pct, 1)}%`,
          cellText(t8.p.responderM6)
        ]
      ],
      note: "Values are mean ± SD or percentage; P-values compare the groups (Welch t-test; chi-square for responder rates). Abbreviations: NRS, Numeric Rating Scale; SD, standard deviation."
    },
    {
      title: "Table 9. Exploratory subgroup analysis according to age group.",
      head: ["Outcome", `< 55 years (n = ${t9.under55.n})`, `≥ 55 years (n = ${t9.atLeast55.n})`, "P-value"],
      rows: [
        [
          "Baseline NRS",
          meanSdText(...t9.under55.baselineNrs, 1),
          meanSdText(...t9.atLeast55.baselineNrs, 1),
          cellText(t9.p.baselineNrs)
        ],
        [
          "NRS reduction (6 months)",
          meanSdText(...t9.under55.reductionM6, 1),
          meanSdText(...t9.atLeast55.reductionM6, 1),
          cellText(t9.p.reductionM6)
        ],
        [
          "Responder rate (6 months)",
          `${cellText(t9.under55.responderM6Pct, 1)}%`,
          `${cellText(t9.atLeast55.responderM6Pct, 1)}%`,
          cellText(t9.p.responderM6)
        ]
      ],
      note: "Values are mean ± SD or percentage; P-values compare the groups. Subgroup analyses were exploratory and not adjusted for multiple comparisons. Abbreviations: NRS, Numeric Rating Scale; SD, standard deviation."
    },
    {
      title: "Table 10. Exploratory subgroup analysis according to baseline pain severity.",
      head: [
        "Outcome",
        `NRS 5-6 (n = ${t10.nrs5to6.n})`,
        `NRS 7-8 (n = ${t10.nrs7to8.n})`,
        `NRS 9-10 (n = ${t10.nrs9to10.n})`,
        "P-value"
      ],
      rows: [
        [
          "Baseline NRS",
          ...([t10.nrs5to6, t10.nrs7to8, t10.nrs9to10] as const).map((g) => meanSdText(...g.baselineNrs, 1)),
          "—"
        ],
        [
          "Reduction at 6 months",
          ...([t10.nrs5to6, t10.nrs7to8, t10.nrs9to10] as const).map((g) => meanSdText(...g.reductionM6, 1)),
          cellText(t10.p.reductionM6)
        ],
        [
          "Responder rate",
          ...([t10.nrs5to6, t10.nrs7to8, t10.nrs9to10] as const).map(
            (g) => `${cellText(g.responderPct, 1)}%`
          ),
          cellText(t10.p.responder)
        ]
      ],
      note: "Values are mean ± SD or percentage; P-values compare the groups (one-way ANOVA; chi-square for responder rates). Subgroup analyses were exploratory. Abbreviations: NRS, Numeric Rating Scale; SD, standard deviation."
    }
  ]
}
