import { type Eligibility, Model } from "@cryoreg/domain"
import type { Random } from "./random.js"
import { isoDay, pad } from "./records.js"

/** The criterion a screened candidate fails: an inclusion or an exclusion of the study. */
export type FailedCriterion = Eligibility.InclusionId | Model.ExclusionId

/** Where a candidate stands: found ineligible for one criterion, or eligible and awaiting the procedure. */
export type Outcome = { readonly failed: FailedCriterion } | "awaitingProcedure"

/** One untreated candidate to build: its index among all records, center, patient id and outcome. */
export interface Candidate {
  readonly index: number
  readonly centerId: Model.CenterId
  readonly patientId: string
  readonly outcome: Outcome
  /** Days after 1 January 2024 of the screening. */
  readonly screenedOnDay: number
}

const noExclusions: Model.ExclusionAnswers = {
  acuteOrProgressiveRadiculopathy: "no",
  nerveRootCompressionRequiringSurgery: "no",
  inflammatorySacroiliitis: "no",
  priorSijFusion: "no",
  coagulationDisorder: "no",
  activeInfection: "no",
  pregnancy: "no",
  severeSystemicDisease: "no"
}

// Screening values that meet every inclusion, then the one the candidate fails.
const screeningOf = (random: Random, c: Candidate, id: Model.PatientId) => {
  const months = 8 + random.int(60)
  const values = {
    painDurationMonths: months,
    baselineNrs: 5 + random.int(5),
    conservativeCareFailedMonths: Math.max(3, months - 3),
    imagingDone: true,
    exclusions: noExclusions
  }
  const failed = c.outcome === "awaitingProcedure" ? null : c.outcome.failed
  if (failed === "baselineNrs") values.baselineNrs = 2 + random.int(3)
  else if (failed === "painDuration") {
    values.painDurationMonths = 3 + random.int(3)
    values.conservativeCareFailedMonths = 3
  } else if (failed === "conservativeCareFailure") values.conservativeCareFailedMonths = 1 + random.int(2)
  else if (failed === "imaging") values.imagingDone = false
  else if (failed !== null && failed !== "positiveDiagnosticBlock")
    values.exclusions = { ...noExclusions, [failed]: "yes" }
  return Model.Screening.make({
    id: Model.ScreeningId.make(`SCR-${pad(c.index)}`),
    patientId: id,
    date: isoDay(c.screenedOnDay),
    ...values
  })
}

// A block only where the screening passed: positive for those awaiting, under 50 % relief for the negative ones.
const blocksOf = (random: Random, c: Candidate, screening: Model.Screening) => {
  const failed = c.outcome === "awaitingProcedure" ? null : c.outcome.failed
  if (failed !== null && failed !== "positiveDiagnosticBlock") return []
  const before = screening.baselineNrs
  const nrsAfter =
    failed === null ? random.int(Math.floor(before / 2) + 1) : before - random.int(Math.ceil(before / 2))
  return [
    Model.DiagnosticBlock.make({
      id: Model.DiagnosticBlockId.make(`BLK-${pad(c.index)}`),
      patientId: screening.patientId,
      date: isoDay(c.screenedOnDay + 14),
      agent: "lidocaine",
      concentrationPercent: 2,
      volumeMl: 1.5 + random.int(2) * 0.5,
      contrastConfirmed: true,
      nrsBefore: before,
      nrsAfter,
      minutesAfter: 30 + random.int(31)
    })
  ]
}

/** The record of an untreated candidate: screening, the block if one was done, no procedure, no visits. */
export const candidateRecord = (random: Random, c: Candidate): Model.PatientRecord => {
  const id = Model.PatientId.make(c.patientId)
  const pregnant = c.outcome !== "awaitingProcedure" && c.outcome.failed === "pregnancy"
  const sex = pregnant || random.int(2) === 0 ? "female" : "male"
  const age = pregnant ? 29 + random.int(12) : 29 + random.int(43)
  const screening = screeningOf(random, c, id)
  return Model.PatientRecord.make({
    patient: Model.Patient.make({
      id,
      sex,
      birthYear: Number(screening.date.slice(0, 4)) - age,
      centerId: c.centerId,
      treatedSide: random.int(2) === 0 ? "right" : "left"
    }),
    screening,
    blocks: blocksOf(random, c, screening),
    procedure: null,
    visits: [],
    adverseEvents: []
  })
}
