import type { Assessment, PatientStatus } from "@cryoreg/contract"
import { Eligibility, Protocol } from "@cryoreg/domain"
import { Effect } from "effect"
import type { PatientFile } from "./File.js"

/** The eligibility assessment of a patient with a screening (null before one is recorded). */
export const eligibilityOf = (file: PatientFile): Assessment | null =>
  file.screening === null
    ? null
    : Effect.runSync(
        Eligibility.assessPatient(
          file.screening.value,
          file.blocks.map((b) => b.value),
          Protocol.study
        ).pipe(Effect.orDie)
      )

/** How far the patient has come, from the records. */
export const statusOf = (file: PatientFile, eligibility: Assessment | null): PatientStatus => {
  const at = (t: string) => file.visits.some((v) => v.value.timepoint === t)
  if (file.procedure !== null) return at("month6") ? "month6" : at("month3") ? "month3" : "treated"
  if (eligibility === null) return "registered"
  return eligibility.verdict === "eligible" ? "eligible" : "screened"
}
