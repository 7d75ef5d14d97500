import type { Analysis } from "@cryoreg/domain"
import {
  both,
  type Cell,
  cellText,
  change,
  type DocTable,
  meanSd,
  nOfPct,
  nPct,
  pct,
  pIs,
  printed,
  type Report,
  testP
} from "./DocxCells.js"
import { laterTables } from "./DocxLaterTables.js"

export { cellText, type DocTable, meanSdText } from "./DocxCells.js"

type Mmrm = Cell<Analysis.AllAvailableData>

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
  const mmrmUsed = (a: Mmrm) => printed(a, (x) => `${x.patients} patients, ${x.visits} visits`)
  const mean = (a: Mmrm, k: "baseline" | "m3" | "m6", d: number) => printed(a, (x) => cellText(x[k], d))
  const modelledOf = (a: Mmrm, k: "changeM3" | "changeM6", d: number) => printed(a, (x) => modelled(x[k], d))
  const timeP = (a: Mmrm) => printed(a, (x) => pIs(x.timeP))
  const responders = (k: "reduction50" | "reduction30" | "nrsAtMost2", label: string) => {
    const x = r.table4[k]
    return [label, nOfPct(x.m3), nOfPct(x.m6), cellText(x.p), testP(r, `table4.${k}.mcnemar`, formatP)]
  }
  const medication = (k: "nsaids" | "opioids", label: string) => {
    const x = r.table5[k]
    return [
      label,
      nPct(x.baseline),
      nPct(x.m3),
      nPct(x.m6),
      pct(x.relReductionM6Pct),
      cellText(x.p),
      testP(r, `table5.${k}.mcnemar`, formatP)
    ]
  }
  return [
    {
      title: "Table 1. Baseline demographic and clinical characteristics of the study cohort.",
      head: ["Characteristic", "Value"],
      rows: [
        ["Number of patients", cellText(r.cohort.n)],
        ["Female, n (%)", nPct(both(t1.female.n, t1.female.pct))],
        ["Male, n (%)", nPct(both(t1.male.n, t1.male.pct))],
        ["Age, years (mean ± SD)", meanSd(both(t1.ageMean, t1.ageSd), 1)],
        [
          "Age range, years",
          printed(both(t1.ageMin, t1.ageMax), ([a, b]) => `${cellText(a)}-${cellText(b)}`)
        ],
        ["Symptom duration, months (mean ± SD)", meanSd(both(t1.symptomMonthsMean, t1.symptomMonthsSd), 1)],
        ["Right-sided procedure, n (%)", nPct(both(t1.rightSide.n, t1.rightSide.pct))],
        ["Left-sided procedure, n (%)", nPct(both(t1.leftSide.n, t1.leftSide.pct))],
        ["Positive diagnostic block, n (%)", nPct(both(t1.positiveBlock.n, t1.positiveBlock.pct))],
        ["Baseline NRS (mean ± SD)", meanSd(both(t1.nrs.mean, t1.nrs.sd), 1)],
        ["Baseline VAS, mm (mean ± SD)", meanSd(both(t1.vas.mean, t1.vas.sd), 0)],
        ["Baseline ODI, % (mean ± SD)", meanSd(both(t1.odi.mean, t1.odi.sd), 0)]
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
        ["Baseline", meanSd(t2.nrs.baseline, 1), "—", meanSd(t2.vas.baseline, 0), "—", pw2[0]!],
        [
          "3 months",
          meanSd(t2.nrs.m3, 1),
          change(t2.nrs.changeM3, t2.nrs.changeM3Pct, 1),
          meanSd(t2.vas.m3, 0),
          change(t2.vas.changeM3, t2.vas.changeM3Pct, 0),
          pw2[1]!
        ],
        [
          "6 months",
          meanSd(t2.nrs.m6, 1),
          change(t2.nrs.changeM6, t2.nrs.changeM6Pct, 1),
          meanSd(t2.vas.m6, 0),
          change(t2.vas.changeM6, t2.vas.changeM6Pct, 0),
          pw2[2]!
        ],
        [
          "Baseline, all available data (MMRM)",
          mean(nrsAll, "baseline", 1),
          "—",
          mean(vasAll, "baseline", 0),
          "—",
          "—"
        ],
        [
          "3 months, all available data (MMRM)",
          mean(nrsAll, "m3", 1),
          modelledOf(nrsAll, "changeM3", 1),
          mean(vasAll, "m3", 0),
          modelledOf(vasAll, "changeM3", 0),
          `Effect of time (MMRM): NRS ${timeP(nrsAll)}`
        ],
        [
          "6 months, all available data (MMRM)",
          mean(nrsAll, "m6", 1),
          modelledOf(nrsAll, "changeM6", 1),
          mean(vasAll, "m6", 0),
          modelledOf(vasAll, "changeM6", 0),
          `Effect of time (MMRM): VAS ${timeP(vasAll)}`
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
        ["Baseline", meanSd(t3.odi.baseline, 0), "—", "—", pw3[0]!],
        ["3 months", meanSd(t3.odi.m3, 0), cellText(t3.odi.changeM3, 0), pct(t3.odi.relM3Pct), pw3[1]!],
        ["6 months", meanSd(t3.odi.m6, 0), cellText(t3.odi.changeM6, 0), pct(t3.odi.relM6Pct), pw3[2]!],
        ["Baseline, all available data (MMRM)", mean(odiAll, "baseline", 0), "—", "—", "—"],
        [
          "3 months, all available data (MMRM)",
          mean(odiAll, "m3", 0),
          modelledOf(odiAll, "changeM3", 0),
          "—",
          "—"
        ],
        [
          "6 months, all available data (MMRM)",
          mean(odiAll, "m6", 0),
          modelledOf(odiAll, "changeM6", 0),
          "—",
          `Effect of time (MMRM): ${timeP(odiAll)}`
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
    ...laterTables(r)
  ]
}
