import { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { Effect, Either } from "effect"
import type { SimulationOptions } from "../../src/procedure/Simulation.js"
import { simulateProcedure } from "../../src/procedure/Simulation.js"
import type { Step } from "../../src/procedure/Steps.js"

/** Every step of a simulated procedure. */
export const stepsOf = (options: SimulationOptions): ReadonlyArray<Step> =>
  Array.from(simulateProcedure(options))

/** The steps as the domain's events: protocol events, and each sample as a Telemetry event, in device order. */
export const domainEvents = (steps: ReadonlyArray<Step>): Array<FreezeProtocol.Event> =>
  steps.flatMap((s): Array<FreezeProtocol.Event> => {
    if (s.kind === "event") return [s.event]
    return s.sample === null ? [] : [{ _tag: "Telemetry", sample: s.sample }]
  })

/** Runs the events through `FreezeProtocol.applyAll` under the study protocol. */
export const replay = (events: Iterable<FreezeProtocol.Event>) =>
  Effect.runSync(Effect.either(FreezeProtocol.applyAll(events, Protocol.study)))

/** The final state of a replay that must succeed. */
export const replayOk = (events: Iterable<FreezeProtocol.Event>): FreezeProtocol.State => {
  const result = replay(events)
  if (Either.isLeft(result)) throw new Error(`refused: ${result.left._tag}: ${result.left.message}`)
  return result.right
}
