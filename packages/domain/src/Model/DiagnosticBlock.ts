import { Schema } from "effect"
import { DiagnosticBlockId, PatientId } from "./Ids.js"
import { LocalAnesthetic } from "./LocalAnesthetic.js"
import { allowed } from "./Message.js"
import { CalendarDate, Millilitres, Nrs } from "./Scales.js"

/** One fluoroscopy-guided intra-articular SIJ injection and the pain it left 30–60 minutes later. */
export const BlockInjection = Schema.Struct({
  date: CalendarDate,
  agent: LocalAnesthetic,
  /** Concentration of the agent, % (the study: lidocaine 2 %). */
  concentrationPercent: Schema.Number.pipe(
    Schema.between(0.1, 10, { message: allowed("concentration is a percentage from 0.1 to 10") })
  ),
  /** Injected volume of anesthetic, ml (the study: 1.5–2.0 ml). */
  volumeMl: Millilitres,
  /** Intra-articular spread confirmed with nonionic contrast before the anesthetic. */
  contrastConfirmed: Schema.Boolean,
  /** NRS immediately before the injection. */
  nrsBefore: Nrs,
  /** NRS when reassessed after the injection. */
  nrsAfter: Nrs,
  /** Minutes between injection and the `nrsAfter` assessment (the study: 30–60). */
  minutesAfter: Schema.Number.pipe(
    Schema.between(0, 1440, {
      message: allowed("minutes after the injection is a number from 0 to 1440"),
      arbitrary: () => (fc) => fc.integer({ min: 0, max: 120 })
    })
  ),
  /** How long the relief lasted, hours, when recorded (needed to read comparative blocks). */
  reliefDurationHours: Schema.optional(
    Schema.Number.pipe(
      Schema.between(0, 720, { message: allowed("relief duration is a number of hours from 0 to 720") })
    )
  )
})
export type BlockInjection = typeof BlockInjection.Type

/** A diagnostic SIJ block; `comparative` is an optional second block with a long-acting agent. */
export class DiagnosticBlock extends Schema.Class<DiagnosticBlock>("DiagnosticBlock")({
  id: DiagnosticBlockId,
  patientId: PatientId,
  ...BlockInjection.fields,
  comparative: Schema.optional(BlockInjection)
}) {}
