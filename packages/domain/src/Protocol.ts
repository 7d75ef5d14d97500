/** The study protocol as data: `Protocol.study` holds the published values. */

import { Schema } from "effect"
import { LocalAnesthetic } from "./Model/LocalAnesthetic.js"

/** A closed interval of numbers, `min ≤ x ≤ max`. */
export const Range = Schema.Struct({ min: Schema.Number, max: Schema.Number }).pipe(
  Schema.filter((r) => r.min <= r.max || `min (${r.min}) must not exceed max (${r.max})`)
)
export type Range = typeof Range.Type

/** The spinal levels whose lateral branches are lesioned. */
export const Level = Schema.Literal("L5", "S1", "S2", "S3")
export type Level = typeof Level.Type

/** Inclusion thresholds of the study (Methods, Patient Population). */
export const Inclusion = Schema.Struct({
  painDurationMonthsMin: Schema.NonNegative,
  baselineNrsMin: Schema.Number.pipe(Schema.between(0, 10)),
  conservativeFailureMonthsMin: Schema.NonNegative,
  diagnosticBlockReliefPercentMin: Schema.Number.pipe(Schema.between(0, 100)),
  imagingRequired: Schema.Boolean
})

/** How the diagnostic SIJ block is done and read (Methods, Diagnostic Confirmation). */
export const DiagnosticBlockProtocol = Schema.Struct({
  agent: LocalAnesthetic,
  /** Concentration of the agent, % (the study: 2 %). */
  concentrationPercent: Schema.Positive,
  volumeMl: Range,
  assessAfterMinutes: Range,
  contrastRequired: Schema.Boolean,
  /** When set, a second, comparative block with a long-acting agent is required as well. */
  comparativeBlockRequired: Schema.Boolean
})

/** Motor stimulation before any freeze: no motor response up to `maxVoltage` at `frequencyHz`. */
export const StimulationProtocol = Schema.Struct({
  frequencyHz: Schema.Positive,
  maxVoltage: Schema.Positive
})

/** The cryoneurolysis procedure (Methods, Cryoneurolysis Equipment and Procedural Technique). */
export const CryoProtocol = Schema.Struct({
  device: Schema.String,
  /** Tip temperature a freeze aims at, °C. */
  targetTemperatureC: Schema.Number,
  /** A sample counts as "at target" when tip ≤ target + this tolerance, °C. */
  targetToleranceC: Schema.NonNegative,
  /** Intended freeze duration, seconds, and how far a cycle may stray from it. */
  freezeSeconds: Schema.Positive,
  freezeSecondsTolerance: Schema.NonNegative,
  /** Freeze-thaw cycles per lesion. */
  freezeCyclesPerLesion: Range,
  /** Tip temperature at which passive thaw counts as complete, °C. */
  thawCompleteTemperatureC: Schema.Number,
  /** Longest allowed gap between telemetry samples during a freeze, seconds. */
  maxSensorGapSeconds: Schema.Positive,
  levels: Schema.Array(Level),
  lesionsPerSide: Range,
  stimulation: StimulationProtocol
})

/** Follow-up visit windows, in days after the procedure (baseline: days before or on it). */
export const VisitWindows = Schema.Struct({
  baseline: Range,
  month3: Range,
  month6: Range
})

/** Responder definitions used by the outcomes analysis. */
export const ResponderCriteria = Schema.Struct({
  nrsReductionPercent: Schema.Array(Schema.Number.pipe(Schema.between(0, 100))),
  nrsAtMost: Schema.Number.pipe(Schema.between(0, 10)),
  /** ODI minimal clinically important difference, in percentage points. */
  odiMcidPoints: Schema.NonNegative
})

/** A registry protocol: the study's parameters, which a center may run stricter or looser. */
export class Protocol extends Schema.Class<Protocol>("Protocol")({
  name: Schema.String,
  inclusion: Inclusion,
  diagnosticBlock: DiagnosticBlockProtocol,
  cryo: CryoProtocol,
  visitWindows: VisitWindows,
  responders: ResponderCriteria
}) {}

/** The protocol of the published study (Gogol et al. 2026), with its stated values as defaults. */
export const study: Protocol = Protocol.make({
  name: "SIJ lateral-branch cryoneurolysis (Gogol et al. 2026)",
  inclusion: {
    painDurationMonthsMin: 6,
    baselineNrsMin: 5,
    conservativeFailureMonthsMin: 3,
    diagnosticBlockReliefPercentMin: 50,
    imagingRequired: true
  },
  diagnosticBlock: {
    agent: "lidocaine",
    concentrationPercent: 2,
    volumeMl: { min: 1.5, max: 2 },
    assessAfterMinutes: { min: 30, max: 60 },
    contrastRequired: true,
    comparativeBlockRequired: false
  },
  cryo: {
    device: "Cryoflex A13 (CO2, Joule-Thomson)",
    targetTemperatureC: -78,
    targetToleranceC: 5,
    freezeSeconds: 120,
    freezeSecondsTolerance: 10,
    freezeCyclesPerLesion: { min: 1, max: 3 },
    thawCompleteTemperatureC: 0,
    maxSensorGapSeconds: 2,
    levels: ["L5", "S1", "S2", "S3"],
    lesionsPerSide: { min: 6, max: 7 },
    stimulation: { frequencyHz: 2, maxVoltage: 2 }
  },
  visitWindows: {
    baseline: { min: -90, max: 0 },
    month3: { min: 75, max: 105 },
    month6: { min: 165, max: 210 }
  },
  responders: { nrsReductionPercent: [50, 30], nrsAtMost: 2, odiMcidPoints: 10 }
})
