import { both, cellText, type DocTable, meanSd, nPct, pct, type Report } from "./DocxCells.js"

/** Tables 6–10 in the paper's layout: the procedure, the adverse events and the subgroups. */
export const laterTables = (r: Report): Array<DocTable> => {
  const t8 = r.table8
  const t9 = r.table9
  const t10 = r.table10
  return [
    {
      title: "Table 6. Procedural characteristics and technical outcomes of cryoneurolysis.",
      head: ["Parameter", "Value"],
      rows: [
        ["Technical success rate, n (%)", nPct(r.table6.technicalSuccess)],
        ["Number of cryolesions (mean ± SD)", meanSd(both(r.table6.lesionsMean, r.table6.lesionsSd), 1)],
        [
          "Procedure duration, minutes (mean ± SD)",
          meanSd(both(r.table6.durationMinMean, r.table6.durationMinSd), 1)
        ],
        ["Technical failures, n (%)", nPct(r.table6.technicalFailures)]
      ],
      note: "Abbreviation: SD, standard deviation."
    },
    {
      title: "Table 7. Procedural safety profile and treatment-related adverse events.",
      head: ["Complication", "n (%)"],
      rows: [
        ["Local hematoma", nPct(r.table7.localHematoma)],
        ["Transient paresthesia", nPct(r.table7.transientParesthesia)],
        ["Procedural pain", nPct(r.table7.proceduralPain)],
        ["Temporary motor weakness", nPct(r.table7.temporaryMotorWeakness)],
        ["Infection", nPct(r.table7.infection)],
        ["Permanent neurological deficit", nPct(r.table7.permanentNeurologicalDeficit)]
      ],
      note: "Adverse events as recorded in the registry."
    },
    {
      title: "Table 8. Exploratory subgroup analysis of treatment outcomes according to sex.",
      head: [
        "Outcome",
        `Female (n = ${cellText(t8.female.n)})`,
        `Male (n = ${cellText(t8.male.n)})`,
        "P-value"
      ],
      rows: [
        [
          "Baseline NRS",
          meanSd(t8.female.baselineNrs, 1),
          meanSd(t8.male.baselineNrs, 1),
          cellText(t8.p.baselineNrs)
        ],
        [
          "NRS reduction (3 months)",
          meanSd(t8.female.reductionM3, 1),
          meanSd(t8.male.reductionM3, 1),
          cellText(t8.p.reductionM3)
        ],
        [
          "NRS reduction (6 months)",
          meanSd(t8.female.reductionM6, 1),
          meanSd(t8.male.reductionM6, 1),
          cellText(t8.p.reductionM6)
        ],
        [
          "Responder rate (6 months)",
          pct(t8.female.responderM6Pct),
          pct(t8.male.responderM6Pct),
          cellText(t8.p.responderM6)
        ]
      ],
      note: "Values are mean ± SD or percentage; P-values compare the groups (Welch t-test; chi-square for responder rates). Abbreviations: NRS, Numeric Rating Scale; SD, standard deviation."
    },
    {
      title: "Table 9. Exploratory subgroup analysis according to age group.",
      head: [
        "Outcome",
        `< 55 years (n = ${cellText(t9.under55.n)})`,
        `≥ 55 years (n = ${cellText(t9.atLeast55.n)})`,
        "P-value"
      ],
      rows: [
        [
          "Baseline NRS",
          meanSd(t9.under55.baselineNrs, 1),
          meanSd(t9.atLeast55.baselineNrs, 1),
          cellText(t9.p.baselineNrs)
        ],
        [
          "NRS reduction (6 months)",
          meanSd(t9.under55.reductionM6, 1),
          meanSd(t9.atLeast55.reductionM6, 1),
          cellText(t9.p.reductionM6)
        ],
        [
          "Responder rate (6 months)",
          pct(t9.under55.responderM6Pct),
          pct(t9.atLeast55.responderM6Pct),
          cellText(t9.p.responderM6)
        ]
      ],
      note: "Values are mean ± SD or percentage; P-values compare the groups. Subgroup analyses were exploratory and not adjusted for multiple comparisons. Abbreviations: NRS, Numeric Rating Scale; SD, standard deviation."
    },
    {
      title: "Table 10. Exploratory subgroup analysis according to baseline pain severity.",
      head: [
        "Outcome",
        `NRS 5-6 (n = ${cellText(t10.nrs5to6.n)})`,
        `NRS 7-8 (n = ${cellText(t10.nrs7to8.n)})`,
        `NRS 9-10 (n = ${cellText(t10.nrs9to10.n)})`,
        "P-value"
      ],
      rows: [
        [
          "Baseline NRS",
          ...([t10.nrs5to6, t10.nrs7to8, t10.nrs9to10] as const).map((g) => meanSd(g.baselineNrs, 1)),
          "—"
        ],
        [
          "Reduction at 6 months",
          ...([t10.nrs5to6, t10.nrs7to8, t10.nrs9to10] as const).map((g) => meanSd(g.reductionM6, 1)),
          cellText(t10.p.reductionM6)
        ],
        [
          "Responder rate",
          ...([t10.nrs5to6, t10.nrs7to8, t10.nrs9to10] as const).map((g) => pct(g.responderPct)),
          cellText(t10.p.responder)
        ]
      ],
      note: "Values are mean ± SD or percentage; P-values compare the groups (one-way ANOVA; chi-square for responder rates). Subgroup analyses were exploratory. Abbreviations: NRS, Numeric Rating Scale; SD, standard deviation."
    }
  ]
}
