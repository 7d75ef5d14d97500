import type { Assessment, PatientStatus } from "@cryoreg/contract"
import { Eligibility, Protocol } from "@cryoreg/domain"
import { Effect, Exit } from "effect"
import type { PatientFile } from "./File.js"

// A file is never changed in place (a write makes a new one), so the assessment of the same screening
// with the same blocks is kept: an import asks it for the procedure's check and again for the status.
const assessed = new WeakMap<object, { blocks: PatientFile["blocks"]; assessment: Assessment }>()

/** The eligibility assessment of a patient with a screening (null before one is recorded). */
export const eligibilityOf = (file: PatientFile): Assessment | null => {
  if (file.screening === null) return null
  const kept = assessed.get(file.screening)
  if (kept !== undefined && kept.blocks === file.blocks) return kept.assessment
  const assessing = Eligibility.assessPatient(
    file.screening.value,
    file.blocks.map((b) => b.value),
    Protocol.study
  )
  // read off when decided (`Effect.succeed`), without a fiber: an import assesses every patient it adds
  const assessment =
    Exit.isExit(assessing) && Exit.isSuccess(assessing)
      ? (assessing as Exit.Success<Assessment, never>).value
      : Effect.runSync(assessing.pipe(Effect.orDie))
  assessed.set(file.screening, { blocks: file.blocks, assessment })
  return assessment
}

/** How far the patient has come, from the records. */
export const statusOf = (file: PatientFile, eligibility: Assessment | null): PatientStatus => {
  const at = (t: string) => file.visits.some((v) => v.value.timepoint === t)
  if (file.procedure !== null) return at("month6") ? "month6" : at("month3") ? "month3" : "treated"
  if (eligibility === null) return "registered"
  return eligibility.verdict === "eligible" ? "eligible" : "screened"
}
