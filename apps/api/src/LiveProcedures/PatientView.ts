import type { OpenLiveProcedure } from "@cryoreg/contract"
import type { FreezeProtocol } from "@cryoreg/domain"
import { Model } from "@cryoreg/domain"
import { Effect, Option } from "effect"
import { replay, storedDeviations } from "./Replay.js"
import type { LiveRepo } from "./Repo.js"
import { decodeEvent } from "./Rows.js"

/** What the patient's record shows of live procedures: the open one, or a completed one's deviations. */
export interface PatientLive {
  readonly open: OpenLiveProcedure | null
  /** A completed live procedure's deviations, judged on its telemetry as the live page shows them. */
  readonly deviations: ReadonlyArray<FreezeProtocol.SummaryDeviation> | null
}

/** No live procedure. */
export const noLive: PatientLive = { open: null, deviations: null }

/** The patient's live procedure as the record shows it (an aborted one is in the history only). */
export const patientLive = (repo: LiveRepo, patientId: string) =>
  Effect.gen(function* () {
    const found = yield* repo.currentOfPatient(patientId)
    if (Option.isNone(found)) return noLive
    const row = found.value
    if (row.mode === "completed") {
      // null when stored before deviations carried `params`: the record's own summary is shown then
      return { open: null, deviations: storedDeviations(yield* repo.deviations(row.id)) }
    }
    const events = yield* repo.events(row.id)
    const state = yield* replay(
      row,
      events.map((e) => decodeEvent(e.data))
    )
    return {
      open: {
        id: Model.ProcedureId.make(row.id),
        side: row.side,
        lesionsPerSide: Number(row.lesions_per_side),
        phase: state._tag,
        lesions: state.lesions.length,
        startedAt: row.created_at
      },
      deviations: null
    } satisfies PatientLive
  })
