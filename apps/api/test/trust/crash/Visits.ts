import { visit } from "../../support/inputs.js"
import { send } from "../support.js"

/** How a write ended: answered 2xx, refused, or cut by a kill (it may or may not have been committed). */
export type Outcome = "acked" | "refused" | "unknown"

/** One visit write as the client sent it; `reason` is unique per correction, so its audit row is found. */
export interface VisitWrite {
  readonly patient: string
  readonly kind: "create" | "correct"
  readonly timepoint: "baseline" | "month3" | "month6"
  readonly nrs: number
  readonly reason: string | null
  outcome: Outcome
}

const timepoints = ["baseline", "month3", "month6"] as const
const days = { baseline: -3, month3: 92, month6: 181 }

/** The visits of the patients a worker owns: what the server has, as far as the worker knows. */
export class VisitWorker {
  readonly log: Array<VisitWrite> = []
  /** Visit id per patient and time point; "unknown" after a create cut by a kill. */
  readonly visits = new Map<string, Map<string, string>>()
  private n = 0
  /**
   * The NRS a visit may hold, per patient and time point: the last acknowledged write's and those of the
   * writes cut by a kill since. A correction picks another value: one that changes nothing is refused.
   */
  private readonly possible = new Map<string, Set<number>>()

  constructor(
    readonly name: string,
    readonly patients: ReadonlyArray<string>
  ) {
    for (const p of patients) this.visits.set(p, new Map())
  }

  /** Learns a patient's visits from the server (after a restart, for creates cut by the kill). */
  learn(patient: string, stored: ReadonlyArray<{ visit: { id: string; timepoint: string } }>) {
    this.visits.set(patient, new Map(stored.map((v) => [v.visit.timepoint, v.visit.id])))
  }

  /** Writes until `stop()` is true or the server goes away. */
  async run(url: string, token: string, stop: () => boolean) {
    const headers = { authorization: `Bearer ${token}` }
    while (!stop()) {
      const patient = this.patients[Math.floor(Math.random() * this.patients.length)]!
      const known = this.visits.get(patient)!
      const missing = timepoints.find((t) => !known.has(t))
      const timepoint = missing ?? timepoints[Math.floor(Math.random() * 3)]!
      const key = `${patient} ${timepoint}`
      const held = this.possible.get(key) ?? new Set<number>()
      const free = Array.from({ length: 11 }, (_, n) => n).filter((n) => !held.has(n))
      const nrs = free[Math.floor(Math.random() * free.length)] ?? 0
      const write: VisitWrite =
        missing === undefined
          ? {
              patient,
              kind: "correct",
              timepoint,
              nrs,
              reason: `${this.name} #${++this.n}`,
              outcome: "unknown"
            }
          : { patient, kind: "create", timepoint, nrs, reason: null, outcome: "unknown" }
      this.log.push(write)
      try {
        const answer =
          write.kind === "create"
            ? await send(url, "POST", `/api/patients/${patient}/visits`, {
                headers,
                body: visit(timepoint, nrs, days[timepoint])
              })
            : await send(url, "PATCH", `/api/patients/${patient}/visits/${known.get(timepoint)}`, {
                headers,
                body: { nrs, reason: write.reason }
              })
        write.outcome = answer.status >= 200 && answer.status < 300 ? "acked" : "refused"
        if (write.outcome === "refused") throw new Error(`refused: ${answer.status} ${answer.text}`)
        this.possible.set(key, new Set([nrs]))
        if (write.kind === "create") known.set(timepoint, answer.json.visit.id)
      } catch (error) {
        if (write.outcome === "refused") throw error
        this.possible.set(key, held.add(nrs))
        return // the server was killed: this write's fate is learnt after the restart
      }
    }
  }
}
