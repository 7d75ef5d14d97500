/** The exit code of a run a signal ended: 128 + the signal's number. */
export const exitCodeOf = (signal: NodeJS.Signals): 130 | 143 => (signal === "SIGINT" ? 130 : 143)

/** What a command holds while it listens for SIGINT and SIGTERM. */
export interface Interrupts {
  /** Aborted by the first signal, its reason the signal's name. */
  readonly signal: AbortSignal
  /** The line that says how to resume, once there is something to resume. */
  resumeHint: string | null
  /** Stops listening. */
  readonly dispose: () => void
}

/**
 * Listens for SIGINT (Ctrl-C) and SIGTERM: the first aborts `signal` so the run stops taking steps and sends
 * what it holds. The same signal again within a second is the same one delivered twice (pnpm passes on the
 * SIGTERM its process group got); a later one ends the process at once, with the resume hint if there is one
 * (a procedure being opened when the first came is still opened, so that its resume line can be printed).
 */
export const listenForInterrupts = (): Interrupts => {
  const stop = new AbortController()
  let firstAt = 0
  const interrupts: Interrupts = {
    signal: stop.signal,
    resumeHint: null,
    dispose: () => {
      process.off("SIGINT", onSignal)
      process.off("SIGTERM", onSignal)
    }
  }
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted && Date.now() - firstAt < 1000) return
    if (stop.signal.aborted) {
      if (interrupts.resumeHint !== null)
        process.stderr.write(`device-sim: stopped (${signal}); ${interrupts.resumeHint}\n`)
      process.exit(exitCodeOf(signal))
    }
    firstAt = Date.now()
    stop.abort(signal)
  }
  process.on("SIGINT", onSignal)
  process.on("SIGTERM", onSignal)
  return interrupts
}
