import type { EventsAccepted } from "@cryoreg/contract"
import type { OutboxStats } from "./Outbox.js"
import type { Step, Tick, Where } from "./Steps.js"

/** Receives a run's steps and retries and shows them. */
export interface Progress {
  readonly onStep: (step: Step, outbox: OutboxStats) => void
  readonly onRetry: (error: unknown, attempt: number, waitMs: number) => void
  /** The API's answer to an event batch: the deviations it found are shown. */
  readonly onEvents: (answer: EventsAccepted) => void
  /** Clears a status line left on the terminal. */
  readonly close: () => void
}

const eventLabel: Record<string, string> = {
  ProbePositioned: "probe positioned",
  StimulationTested: "stimulation tested",
  FreezeStarted: "freeze started",
  FreezeEnded: "freeze ended, passive thaw",
  ThawCompleted: "thaw completed",
  LesionCompleted: "lesion completed",
  ProcedureCompleted: "procedure completed"
}

const place = (w: Where) => (w.side === null ? "" : ` ${w.level} ${w.side}`)

/** "lesion 3/7 S1 right · cycle 1/1 freezing · tip -78.4 °C · ice ball 3.1 mm · 57.3 bar". */
export const statusLine = (tick: Tick, outbox: OutboxStats): string => {
  const w = tick.where
  const tip =
    tick.sample === null ? "tip   —   " : `tip ${tick.sample.tipTemperatureC.toFixed(1).padStart(6)} °C`
  return [
    `t ${tick.t.toFixed(0).padStart(5)} s`,
    `lesion ${w.lesion}/${w.lesions}${place(w)}`,
    `cycle ${w.cycle}/${w.cycles} ${w.activity}`,
    tip,
    `ice ball ${tick.probe.iceBallRadiusMm.toFixed(1)} mm`,
    `${(tick.sample?.pressureBar ?? 0).toFixed(1).padStart(4)} bar`,
    `queued ${outbox.queued}`
  ].join(" · ")
}

const retryText = (error: unknown, attempt: number, waitMs: number) =>
  `API not answering (${error instanceof Error ? error.message : String(error)}); retry ${attempt} in ${waitMs} ms`

/** Text for people: a line per protocol event; a status line (rewritten in place on a terminal). */
export const textProgress = (write: (text: string) => void, terminal: boolean): Progress => {
  let shown = false
  let lastStatus = Number.NEGATIVE_INFINITY
  let lastDrawn = 0
  const clear = () => {
    if (shown) write("\r\x1b[K")
    shown = false
  }
  return {
    onStep: (step, outbox) => {
      if (step.kind === "event") {
        clear()
        const detail =
          step.event._tag === "StimulationTested"
            ? step.event.motorResponseAtVoltage === null
              ? `: no motor response up to ${Math.max(...step.event.voltagesTried)} V at ${step.event.frequencyHz} Hz`
              : `: motor response at ${step.event.motorResponseAtVoltage} V, repositioning`
            : ""
        const w = step.where
        write(
          `${step.t.toFixed(1).padStart(7)} s  lesion ${w.lesion}/${w.lesions}${place(w)}: ${eventLabel[step.event._tag]}${detail}\n`
        )
        return
      }
      if (terminal) {
        if (Date.now() - lastDrawn < 100) return
        lastDrawn = Date.now()
        write(`\r\x1b[K${statusLine(step, outbox)}`)
        shown = true
      } else if (step.t - lastStatus >= 30) {
        lastStatus = step.t
        write(`${statusLine(step, outbox)}\n`)
      }
    },
    onRetry: (error, attempt, waitMs) => {
      clear()
      write(`${retryText(error, attempt, waitMs)}\n`)
    },
    onEvents: (answer) => {
      if (answer.deviations.length === 0) return
      clear()
      for (const d of answer.deviations) write(`          deviation (${d.kind}): ${d.message}\n`)
    },
    close: clear
  }
}

/** One JSON object a line: protocol events (numbered from `firstEventIndex`), a status each device second, retries. */
export const jsonProgress = (write: (text: string) => void, firstEventIndex = 0): Progress => {
  let eventIndex = firstEventIndex
  let lastStatus = Number.NEGATIVE_INFINITY
  const line = (value: unknown) => write(`${JSON.stringify(value)}\n`)
  return {
    onStep: (step, outbox) => {
      const { lesion, lesions, cycle, activity } = step.where
      if (step.kind === "event") {
        line({ type: "event", t: step.t, index: eventIndex++, lesion, lesions, cycle, event: step.event })
      } else if (step.t - lastStatus >= 1) {
        lastStatus = step.t
        line({
          type: "status",
          t: step.t,
          lesion,
          lesions,
          cycle,
          activity,
          tipTemperatureC: step.sample?.tipTemperatureC ?? null,
          pressureBar: step.sample?.pressureBar ?? null,
          iceBallRadiusMm: Math.round(step.probe.iceBallRadiusMm * 100) / 100,
          queued: outbox.queued
        })
      }
    },
    onRetry: (error, attempt, waitMs) =>
      line({ type: "retry", attempt, waitMs, error: error instanceof Error ? error.message : String(error) }),
    onEvents: (answer) => {
      for (const deviation of answer.deviations) line({ type: "deviation", deviation })
    },
    close: () => {}
  }
}
