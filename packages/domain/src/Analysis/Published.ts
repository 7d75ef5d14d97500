import { Schema } from "effect"

/** A p-value as the paper prints it: a number, or the string "<0.001". */
export const PValue = Schema.Union(Schema.Number, Schema.Literal("<0.001"))
export type PValue = typeof PValue.Type

/** `[mean, sd]` as printed. */
export const MeanSd = Schema.Tuple(Schema.Number, Schema.Number)
/** `[n, percent]` as printed. */
export const CountPercent = Schema.Tuple(Schema.Number, Schema.Number)
/** `[n, of, percent]` as printed (Table 4). */
export const CountOfPercent = Schema.Tuple(Schema.Number, Schema.Number, Schema.Number)
const NPct = Schema.Struct({ n: Schema.Number, pct: Schema.Number })

const PainOverTime = Schema.Struct({
  baseline: MeanSd,
  m3: MeanSd,
  m6: MeanSd,
  changeM3: Schema.Number,
  changeM3Pct: Schema.Number,
  changeM6: Schema.Number,
  changeM6Pct: Schema.Number
})
const Pairwise = Schema.Struct({ baseline_m3: PValue, baseline_m6: PValue, m3_m6: PValue })
const Responders = Schema.Struct({ m3: CountOfPercent, m6: CountOfPercent, p: PValue })
const Medication = Schema.Struct({
  baseline: CountPercent,
  m3: CountPercent,
  m6: CountPercent,
  relReductionM6Pct: Schema.Number,
  p: PValue
})
const Subgroup = Schema.Struct({ n: Schema.Number, baselineNrs: MeanSd, reductionM6: MeanSd })

/** Tables 1–10 in the layout of `published-tables.json`; a study report uses the same layout. */
export const StudyTables = Schema.Struct({
  table1: Schema.Struct({
    female: NPct,
    male: NPct,
    ageMean: Schema.Number,
    ageSd: Schema.Number,
    ageMin: Schema.Number,
    ageMax: Schema.Number,
    symptomMonthsMean: Schema.Number,
    symptomMonthsSd: Schema.Number,
    rightSide: NPct,
    leftSide: NPct,
    positiveBlock: NPct,
    nrs: Schema.Struct({ mean: Schema.Number, sd: Schema.Number }),
    vas: Schema.Struct({ mean: Schema.Number, sd: Schema.Number }),
    odi: Schema.Struct({ mean: Schema.Number, sd: Schema.Number })
  }),
  table2: Schema.Struct({
    nrs: PainOverTime,
    vas: PainOverTime,
    pairwise: Pairwise,
    rmAnovaTime: PValue,
    cohensD_nrs_m3: Schema.Number
  }),
  table3: Schema.Struct({
    odi: Schema.Struct({
      baseline: MeanSd,
      m3: MeanSd,
      m6: MeanSd,
      changeM3: Schema.Number,
      relM3Pct: Schema.Number,
      changeM6: Schema.Number,
      relM6Pct: Schema.Number
    }),
    pairwise: Pairwise,
    rmAnovaTime: PValue
  }),
  table4: Schema.Struct({ reduction50: Responders, reduction30: Responders, nrsAtMost2: Responders }),
  table5: Schema.Struct({ nsaids: Medication, opioids: Medication, note: Schema.String }),
  table6: Schema.Struct({
    technicalSuccess: CountPercent,
    lesionsMean: Schema.Number,
    lesionsSd: Schema.Number,
    durationMinMean: Schema.Number,
    durationMinSd: Schema.Number,
    technicalFailures: CountPercent
  }),
  table7: Schema.Struct({
    localHematoma: CountPercent,
    transientParesthesia: CountPercent,
    proceduralPain: CountPercent,
    temporaryMotorWeakness: CountPercent,
    infection: CountPercent,
    permanentNeurologicalDeficit: CountPercent
  }),
  table8: Schema.Struct({
    female: Schema.Struct({ ...Subgroup.fields, reductionM3: MeanSd, responderM6Pct: Schema.Number }),
    male: Schema.Struct({ ...Subgroup.fields, reductionM3: MeanSd, responderM6Pct: Schema.Number }),
    p: Schema.Struct({
      baselineNrs: PValue,
      reductionM3: PValue,
      reductionM6: PValue,
      responderM6: PValue
    })
  }),
  table9: Schema.Struct({
    under55: Schema.Struct({ ...Subgroup.fields, responderM6Pct: Schema.Number }),
    atLeast55: Schema.Struct({ ...Subgroup.fields, responderM6Pct: Schema.Number }),
    p: Schema.Struct({ baselineNrs: PValue, reductionM6: PValue, responderM6: PValue })
  }),
  table10: Schema.Struct({
    nrs5to6: Schema.Struct({ ...Subgroup.fields, responderPct: Schema.Number }),
    nrs7to8: Schema.Struct({ ...Subgroup.fields, responderPct: Schema.Number }),
    nrs9to10: Schema.Struct({ ...Subgroup.fields, responderPct: Schema.Number }),
    p: Schema.Struct({ reductionM6: PValue, responder: PValue })
  })
})
export type StudyTables = typeof StudyTables.Type

/** The published tables with the cohort size they describe. */
export const Published = Schema.Struct({ cohort: Schema.Struct({ n: Schema.Number }), ...StudyTables.fields })
export type Published = typeof Published.Type
