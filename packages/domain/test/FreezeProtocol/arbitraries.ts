import { FastCheck as fc } from "effect"
import { FreezeProtocol, type Protocol } from "../../src/index.js"

type Event = FreezeProtocol.Event
type Untimed = { readonly make: (t: number, seq: number) => Event }

const volts = fc.constantFrom(0.5, 1, 1.5, 2, 2.5, 3, 3.5)
const fixed = (event: Event): Untimed => ({ make: () => event })
const timed = (f: (t: number) => Event): Untimed => ({ make: (t) => f(t) })

const positioned = fc
  .record({
    side: fc.constantFrom("left" as const, "right" as const),
    level: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("S1" as const, "S2" as const, "S3" as const) },
      fc.constantFrom(...FreezeProtocol.SpinalLevel.literals)
    )
  })
  .map(({ side, level }) => fixed({ _tag: "ProbePositioned", side, level }))
const stimulation = ({ frequencyHz, maxVoltage }: { frequencyHz: number; maxVoltage: number }) =>
  fc
    .record({
      frequencyHz: fc.oneof(
        { weight: 4, arbitrary: fc.constant(frequencyHz) },
        fc.constantFrom(0.5, 1, 2, 5, 10)
      ),
      voltagesTried: fc.oneof(
        { weight: 3, arbitrary: fc.constant([maxVoltage / 4, maxVoltage / 2, maxVoltage]) },
        fc.array(volts, { maxLength: 5 })
      ),
      motorResponseAtVoltage: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, volts)
    })
    .map((test) => fixed({ _tag: "StimulationTested", ...test }))
const telemetry = fc
  .record({ tip: fc.integer({ min: -90, max: 37 }), bar: fc.integer({ min: 0, max: 60 }) })
  .map(
    ({ tip, bar }): Untimed => ({
      make: (t, seq) => ({ _tag: "Telemetry", sample: { t, tipTemperatureC: tip, pressureBar: bar, seq } })
    })
  )
const freezeStarted = timed((t) => ({ _tag: "FreezeStarted", t }))
const freezeEnded = timed((t) => ({ _tag: "FreezeEnded", t }))
const thawCompleted = timed((t) => ({ _tag: "ThawCompleted", t }))
const lesionCompleted = fixed({ _tag: "LesionCompleted" })
const procedureCompleted = fixed({ _tag: "ProcedureCompleted" })

type Stimulation = Parameters<typeof stimulation>[0]

/** Any single event, for noise. */
const anyStep = (p: Stimulation): fc.Arbitrary<Untimed> =>
  fc.oneof(
    positioned,
    stimulation(p),
    telemetry,
    fc.constantFrom(freezeStarted, freezeEnded, thawCompleted, lesionCompleted, procedureCompleted)
  )

const cycle = fc
  .tuple(fc.array(telemetry, { maxLength: 4 }), fc.array(telemetry, { maxLength: 2 }))
  .map(([cold, warm]) => [freezeStarted, ...cold, freezeEnded, ...warm, thawCompleted])
const lesion = (p: Stimulation) =>
  fc
    .tuple(
      positioned,
      fc.array(stimulation(p), { minLength: 1, maxLength: 2 }),
      fc.array(cycle, { minLength: 1, maxLength: 3 })
    )
    .map(([p, tests, cycles]) => [p, ...tests, ...cycles.flat(), lesionCompleted])
const noise = (p: Stimulation) =>
  fc.array(fc.record({ at: fc.nat(), op: fc.constantFrom("insert", "delete", "swap"), step: anyStep(p) }), {
    maxLength: 3
  })
const forward = (max: number) =>
  fc.oneof({ weight: 30, arbitrary: fc.integer({ min: 1, max }) }, fc.integer({ min: -20, max: 0 }))

/**
 * Plausible event sequences under `protocol`: lesions scripted in the usual order with random stimulation tests and cycles,
 * then a few random insertions, deletions and swaps, with times and sequence numbers that mostly move
 * forward but sometimes go back: deep runs into the state machine that also break it in every way.
 */
export const plausibleEvents = (protocol: Protocol.Protocol): fc.Arbitrary<ReadonlyArray<Event>> =>
  fc
    .tuple(
      fc.array(lesion(protocol.cryo.stimulation), { maxLength: 5 }),
      fc.boolean(),
      noise(protocol.cryo.stimulation)
    )
    .chain(([lesions, complete, ops]) => {
      const steps: Array<Untimed> = [...lesions.flat(), ...(complete ? [procedureCompleted] : [])]
      for (const { at, op, step } of ops) {
        const i = steps.length === 0 ? 0 : at % steps.length
        if (op === "insert") steps.splice(i, 0, step)
        else if (op === "delete") steps.splice(i, 1)
        else if (i + 1 < steps.length) steps.splice(i, 2, steps[i + 1]!, steps[i]!)
      }
      return fc
        .array(fc.tuple(forward(60), forward(3)), { minLength: steps.length, maxLength: steps.length })
        .map((moves) => {
          let t = 0
          let seq = 0
          return steps.map((step, i) => {
            const [dt, dseq] = moves[i]!
            t = Math.max(0, t + dt)
            seq = Math.max(0, seq + dseq)
            return step.make(t, seq)
          })
        })
    })
