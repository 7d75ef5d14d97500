/** The demo registry: the study cohort over two centers, ineligible candidates and a waiting list. */

import { Model, PatientIds } from "@cryoreg/domain"
import { type Candidate, candidateRecord, type FailedCriterion } from "./internal/candidates.js"
import type { Miss } from "./internal/generate.js"
import * as Random from "./internal/random.js"
import { calibrated } from "./StudyCohort.js"

export type { FailedCriterion } from "./internal/candidates.js"

/** A candidate screened and found ineligible, with the one criterion that failed. */
export interface IneligibleCandidate {
  readonly record: Model.PatientRecord
  readonly failedCriterion: FailedCriterion
}

/** A two-center registry as a clinic would hold it: treated patients, ineligible candidates, a waiting list. */
export interface DemoRegistry {
  readonly centers: ReadonlyArray<Model.Center>
  /** Every record: the treated patients, then the ineligible candidates, then those awaiting the procedure. */
  readonly records: ReadonlyArray<Model.PatientRecord>
  /** The calibrated study cohort (107 patients): the only records the study tables count. */
  readonly treated: ReadonlyArray<Model.PatientRecord>
  readonly ineligible: ReadonlyArray<IneligibleCandidate>
  /** Eligible (screening met, positive diagnostic block) with no procedure and no follow-up visit yet. */
  readonly awaitingProcedure: ReadonlyArray<Model.PatientRecord>
  /** The cells of the paper's tables the calibration could not meet (see `generateStudyCohort`). */
  readonly calibrationMisses: ReadonlyArray<Miss>
}

/**
 * The study's two centers: Neurolocus Pain Management Centre (Warszawa) and Pain Medicine Centre (Piła). The
 * names are those the paper gives; the cities are written in Polish, as a Polish center's record has them.
 */
export const demoCenters: ReadonlyArray<Model.Center> = [
  Model.Center.make({
    id: Model.CenterId.make("waw"),
    name: "Neurolocus Pain Management Centre",
    city: "Warszawa"
  }),
  Model.Center.make({ id: Model.CenterId.make("pila"), name: "Pain Medicine Centre", city: "Piła" })
]

// Demo figures, not the paper's (it reports only the 107 treated): each failed criterion at least
// once, the block and the baseline NRS most often, as in a pain clinic's screening.
const ineligibleFor: ReadonlyArray<FailedCriterion> = [
  "baselineNrs",
  "positiveDiagnosticBlock",
  "painDuration",
  "inflammatorySacroiliitis",
  "positiveDiagnosticBlock",
  "conservativeCareFailure",
  "acuteOrProgressiveRadiculopathy",
  "baselineNrs",
  "positiveDiagnosticBlock",
  "priorSijFusion",
  "nerveRootCompressionRequiringSurgery",
  "painDuration",
  "coagulationDisorder",
  "pregnancy",
  "positiveDiagnosticBlock",
  "severeSystemicDisease",
  "activeInfection",
  "baselineNrs"
]
const awaitingCount = 6

/**
 * The demo registry for a seed: the 107 treated patients of `generateStudyCohort` over the centers
 * `waw` and `pila` (ids `WAW-0001`, `PILA-0001`, …; otherwise the same records), 18 candidates found
 * ineligible, each for one stated criterion, and 6 eligible patients awaiting their procedure.
 *
 * @example
 * const { treated, ineligible, awaitingProcedure } = generateDemoRegistry({ seed: 1 }) // 107, 18, 6
 */
export const generateDemoRegistry = (options: { readonly seed?: number } = {}): DemoRegistry => {
  const seed = options.seed ?? 1
  const numbered = new Map<string, number>()
  const nextId = (centerId: string) => {
    const k = (numbered.get(centerId) ?? 0) + 1
    numbered.set(centerId, k)
    return PatientIds.numbered(centerId, k)
  }
  const cohort = calibrated(seed, 107, (_, centerId) => nextId(centerId))
  const random = Random.make(seed ^ 0xdec0)
  const outcomes = [
    ...ineligibleFor.map((failed) => ({ failed })),
    ...Array.from({ length: awaitingCount }, () => "awaitingProcedure" as const)
  ]
  const candidates = outcomes.map((outcome, k): Candidate => {
    const centerId = demoCenters[k % 2]!.id
    const awaiting = outcome === "awaitingProcedure"
    return {
      index: cohort.records.length + k,
      centerId,
      patientId: nextId(centerId),
      outcome,
      // ineligible candidates over the study's two years; the waiting list screened after the last procedure
      screenedOnDay: awaiting ? 720 + random.int(60) : random.int(730)
    }
  })
  const built = candidates.map((c) => candidateRecord(random, c))
  const ineligible = built.slice(0, ineligibleFor.length).map((record, k) => ({
    record,
    failedCriterion: ineligibleFor[k]!
  }))
  const awaitingProcedure = built.slice(ineligibleFor.length)
  return {
    centers: demoCenters,
    records: [...cohort.records, ...built],
    treated: cohort.records,
    ineligible,
    awaitingProcedure,
    calibrationMisses: cohort.misses
  }
}
