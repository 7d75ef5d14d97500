import { LiveProcedureMode, ProtocolEvent, StreamMessage } from "@cryoreg/contract"
import { FreezeProtocol, Model } from "@cryoreg/domain"
import { Option, Schema } from "effect"

/**
 * The live procedure tables' rows as the repository reads them: the narrow columns (side, mode, date) and
 * the JSON ones (events, cycle evaluations, deviations) decoded with the contract's and the domain's
 * Schemas, so a value the registry does not know is a defect where it is read, not a cast passed on.
 */

/** A `live_procedures` row as SQL returns it. */
export interface StoredProcedureRow {
  readonly id: string
  readonly patient_id: string
  readonly center_id: string
  readonly side: string
  readonly lesions_per_side: number
  readonly device_serial: string
  readonly operator: string
  readonly date: string
  readonly mode: string
  readonly created_by: string
  readonly created_at: string
  readonly completed_at: string | null
  readonly record_id: string | null
  readonly next_event_index: number
  readonly samples: number
  /** The JSON of the latest stored sample. */
  readonly last_sample: string | null
  /** The latest device time. */
  readonly clock: number | null
  readonly abort_reason: string | null
}

const Narrow = Schema.Struct({ side: Model.TreatedSide, mode: LiveProcedureMode, date: Model.CalendarDate })
const decodeNarrow = Schema.decodeUnknownSync(Narrow)

/** A live procedure row with its side, mode and date decoded. */
export interface ProcedureRow extends Omit<StoredProcedureRow, keyof typeof Narrow.fields> {
  readonly side: Model.TreatedSide
  readonly mode: LiveProcedureMode
  readonly date: Model.CalendarDate
}

/** Decodes a stored row's narrow columns; a side, mode or date the registry does not know fails. */
export const procedureRowOf = (row: StoredProcedureRow): ProcedureRow => ({ ...row, ...decodeNarrow(row) })

/** A stored protocol event (`live_events.data`). */
export const decodeEvent = Schema.decodeUnknownSync(Schema.parseJson(ProtocolEvent))

/** A stored cycle evaluation (`live_cycles.evaluation`). */
export const decodeEvaluation = Schema.decodeUnknownSync(Schema.parseJson(FreezeProtocol.CycleEvaluation))

const decodeDeviationOption = Schema.decodeUnknownOption(Schema.parseJson(FreezeProtocol.SummaryDeviation))

/**
 * A stored deviation (`live_deviations.data`), or null for one stored before deviations carried `params`
 * (such a procedure's deviations are judged again from its lesions: `Replay.rejudgedDeviations`).
 */
export const decodeDeviation = (data: string): FreezeProtocol.SummaryDeviation | null =>
  Option.getOrNull(decodeDeviationOption(data))

const StreamKind = Schema.Union(...StreamMessage.members.map((m) => Schema.Struct({ _tag: m.fields._tag })))
const decodeKind = Schema.decodeUnknownSync(Schema.parseJson(StreamKind))

/** The SSE `event:` name of a stored stream message (`live_stream.data`): its `_tag`. */
export const streamKindOf = (data: string): StreamMessage["_tag"] => decodeKind(data)._tag
