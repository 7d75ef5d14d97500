import {
  type BlockView,
  type PatientDetail,
  PatientSummary,
  type ProcedureView,
  type VisitView
} from "@cryoreg/contract"
import { DiagnosticBlock, FreezeProtocol, type Model, Odi, Protocol, StudyCalendar } from "@cryoreg/domain"
import { Effect, Option, Schema } from "effect"
import { noLive, type PatientLive } from "../LiveProcedures/PatientView.js"
import type { PatientFile, Stored } from "./File.js"
import { eligibilityOf, statusOf } from "./Status.js"
import { versionOf } from "./Versions.js"

/** A block with its evaluation (a block with no pain before it was refused on write). */
export const blockView = (block: Model.DiagnosticBlock): BlockView => ({
  block,
  evaluation: Effect.runSync(DiagnosticBlock.evaluate(block, Protocol.study).pipe(Effect.orDie))
})

/**
 * A procedure with its summary against the protocol. A completed live procedure's deviations are the ones
 * the domain judged on its telemetry (`liveDeviations`), the list its live page shows.
 */
export const procedureView = (
  stored: Stored<Model.Procedure>,
  liveDeviations: ReadonlyArray<FreezeProtocol.SummaryDeviation> | null = null
): ProcedureView => {
  const summary = FreezeProtocol.summarize(stored.value, Protocol.study)
  const completed = stored.row.state === "completed"
  return {
    procedure: stored.value,
    summary: completed && liveDeviations !== null ? { ...summary, deviations: liveDeviations } : summary,
    mode: completed ? "completed" : "recorded"
  }
}

/** A visit with its ODI score, its days after the procedure (from the dates) and whether it is in its window. */
export const visitView = (visit: Model.FollowUpVisit, procedureDate: string | null): VisitView => ({
  visit,
  odi: Option.getOrNull(Effect.runSync(Effect.option(Odi.score(visit.odiAnswers)))),
  daysAfterProcedure: StudyCalendar.daysAfterProcedure(visit, procedureDate),
  inWindow: StudyCalendar.inVisitWindow(visit, procedureDate, Protocol.study)
})

/** The whole record of a patient as the API shows it, with its live procedure when there is one. */
export const detailOf = (file: PatientFile, live: PatientLive = noLive): PatientDetail => {
  const eligibility = eligibilityOf(file)
  return {
    patient: file.patient,
    status: statusOf(file, eligibility),
    withdrawal:
      file.row.withdrawn_at === null
        ? null
        : { at: file.row.withdrawn_at, reason: file.row.withdrawal_reason ?? "" },
    screening:
      file.screening === null || eligibility === null
        ? null
        : { screening: file.screening.value, eligibility },
    blocks: file.blocks.map((b) => blockView(b.value)),
    procedure: file.procedure === null ? null : procedureView(file.procedure, live.deviations),
    liveProcedure: live.open,
    visits: file.visits.map((v) => visitView(v.value, file.procedure?.value.date ?? null)),
    adverseEvents: file.adverseEvents.map((e) => e.value),
    versions: Object.fromEntries(
      [
        file.row,
        ...[file.screening, ...file.blocks, file.procedure, ...file.visits, ...file.adverseEvents].flatMap(
          (r) => (r === null ? [] : [r.row])
        )
      ].map((row) => [row.id, versionOf(row)])
    )
  }
}

// the status and verdict columns, decoded with the contract's Schemas (an unknown value fails here)
const decodeStatus = Schema.decodeUnknownSync(PatientSummary.fields.status)
const decodeVerdict = Schema.decodeUnknownSync(PatientSummary.fields.verdict)

/** A patient as lists show it. */
export const summaryOf = (row: PatientFile["row"], patient: Model.Patient): PatientSummary => ({
  id: patient.id,
  centerId: patient.centerId,
  sex: patient.sex,
  birthYear: patient.birthYear,
  treatedSide: patient.treatedSide,
  status: decodeStatus(row.status),
  verdict: decodeVerdict(row.verdict),
  withdrawn: row.withdrawn_at !== null,
  updatedAt: row.updated_at
})
