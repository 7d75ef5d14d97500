import { Schema } from "effect"
import { decimalsOf, type PrintedDecimals } from "./Printed.js"
import { Published } from "./Published.js"

/** `published-tables.json` verbatim: Tables 1–10 of Gogol et al. 2026 as printed, rounding the paper's. */
export const json = `{
  "source": "cryoneurolysis-sij-study.txt (Tables 1-10 and Methods), transcribed as published. Values are as printed; rounding is the paper's.",
  "cohort": { "n": 107, "centers": ["Warsaw", "Pila"], "followUpMonths": [0, 3, 6], "lostToFollowUp": 0 },
  "protocol": {
    "inclusion": {
      "painDurationMonthsMin": 6,
      "baselineNrsMin": 5,
      "conservativeFailureMonthsMin": 3,
      "diagnosticBlockReliefPctMin": 50
    },
    "exclusion": [
      "acute or progressive radiculopathy",
      "imaging-confirmed nerve root compression requiring surgery",
      "inflammatory sacroiliitis",
      "prior SIJ fusion",
      "coagulation disorder precluding intervention",
      "active infection",
      "pregnancy",
      "severe systemic disease interfering with treatment or follow-up"
    ],
    "diagnosticBlock": { "agent": "lidocaine 2%", "volumeMl": [1.5, 2.0], "assessAfterMinutes": [30, 60], "contrastConfirmed": true, "needleGauge": 22 },
    "cryo": {
      "device": "Cryoflex A13 (CO2, Joule-Thomson)",
      "targetTempC": -78, "freezeSeconds": 120, "thaw": "passive", "repeatedFreezeThaw": true,
      "levels": ["L5", "S1", "S2", "S3"], "lesionsPerSideTypical": [6, 7],
      "motorStimulation": { "frequencyHz": 2, "maxVoltage": 2, "rule": "freeze only if no motor response up to 2 V" }
    }
  },
  "table1": {
    "female": { "n": 56, "pct": 52.3 }, "male": { "n": 51, "pct": 47.7 },
    "ageMean": 53.8, "ageSd": 9.6, "ageMin": 29, "ageMax": 71,
    "symptomMonthsMean": 18.6, "symptomMonthsSd": 7.9,
    "rightSide": { "n": 58, "pct": 54.2 }, "leftSide": { "n": 49, "pct": 45.8 },
    "positiveBlock": { "n": 107, "pct": 100 },
    "nrs": { "mean": 7.4, "sd": 1.1 }, "vas": { "mean": 74, "sd": 12 }, "odi": { "mean": 42, "sd": 9 }
  },
  "table2": {
    "nrs": { "baseline": [7.4, 1.1], "m3": [3.6, 1.5], "m6": [4.2, 1.7], "changeM3": -3.8, "changeM3Pct": -51.4, "changeM6": -3.2, "changeM6Pct": -43.2 },
    "vas": { "baseline": [74, 12], "m3": [38, 15], "m6": [45, 17], "changeM3": -36, "changeM3Pct": -48.6, "changeM6": -29, "changeM6Pct": -39.2 },
    "pairwise": { "baseline_m3": "<0.001", "baseline_m6": "<0.001", "m3_m6": 0.021 },
    "rmAnovaTime": "<0.001", "cohensD_nrs_m3": 2.9
  },
  "table3": {
    "odi": { "baseline": [42, 9], "m3": [24, 10], "m6": [28, 11], "changeM3": -18, "relM3Pct": 42.9, "changeM6": -14, "relM6Pct": 33.3 },
    "pairwise": { "baseline_m3": "<0.001", "baseline_m6": "<0.001", "m3_m6": 0.034 },
    "rmAnovaTime": "<0.001"
  },
  "table4": {
    "reduction50": { "m3": [64, 107, 59.8], "m6": [52, 107, 48.6], "p": 0.041 },
    "reduction30": { "m3": [81, 107, 75.7], "m6": [68, 107, 63.6], "p": 0.032 },
    "nrsAtMost2": { "m3": [20, 107, 18.7], "m6": [13, 107, 12.1], "p": 0.18 }
  },
  "table5": {
    "nsaids": { "baseline": [94, 87.9], "m3": [41, 38.3], "m6": [50, 46.7], "relReductionM6Pct": -46.8, "p": "<0.001" },
    "opioids": { "baseline": [63, 58.9], "m3": [26, 24.3], "m6": [39, 36.4], "relReductionM6Pct": -38.1, "p": 0.002 },
    "note": "combination analgesics are named as a category in Methods but not reported in Table 5"
  },
  "table6": { "technicalSuccess": [107, 100], "lesionsMean": 6.4, "lesionsSd": 0.8, "durationMinMean": 32.5, "durationMinSd": 8.7, "technicalFailures": [0, 0] },
  "table7": {
    "localHematoma": [3, 2.8], "transientParesthesia": [7, 6.5], "proceduralPain": [12, 11.2],
    "temporaryMotorWeakness": [2, 1.9], "infection": [0, 0], "permanentNeurologicalDeficit": [0, 0]
  },
  "table8": {
    "female": { "n": 56, "baselineNrs": [7.5, 1.1], "reductionM3": [-3.9, 1.4], "reductionM6": [-3.3, 1.7], "responderM6Pct": 50.0 },
    "male": { "n": 51, "baselineNrs": [7.3, 1.0], "reductionM3": [-3.7, 1.6], "reductionM6": [-3.1, 1.6], "responderM6Pct": 47.1 },
    "p": { "baselineNrs": 0.38, "reductionM3": 0.52, "reductionM6": 0.61, "responderM6": 0.76 }
  },
  "table9": {
    "under55": { "n": 58, "baselineNrs": [7.3, 1.1], "reductionM6": [-3.5, 1.6], "responderM6Pct": 53.4 },
    "atLeast55": { "n": 49, "baselineNrs": [7.5, 1.0], "reductionM6": [-2.9, 1.7], "responderM6Pct": 42.9 },
    "p": { "baselineNrs": 0.41, "reductionM6": 0.048, "responderM6": 0.039 }
  },
  "table10": {
    "nrs5to6": { "n": 28, "baselineNrs": [5.8, 0.4], "reductionM6": [-2.5, 1.2], "responderPct": 42.9 },
    "nrs7to8": { "n": 52, "baselineNrs": [7.4, 0.5], "reductionM6": [-3.3, 1.6], "responderPct": 50.0 },
    "nrs9to10": { "n": 27, "baselineNrs": [9.1, 0.6], "reductionM6": [-4.1, 1.9], "responderPct": 51.9 },
    "p": { "reductionM6": 0.012, "responder": 0.44 }
  }
}`

/** The published tables, decoded from `json`. */
export const study: Published = Schema.decodeUnknownSync(Published)(JSON.parse(json))

/** Printed decimals of every number cell of `json`, by path (`table8.male.baselineNrs[1]` → 1). */
export const decimals: PrintedDecimals = decimalsOf(json)
