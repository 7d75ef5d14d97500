/** How the outbox waits between attempts: exponential from `initialMs`, capped at `maxMs`, and when to give up. */
export interface Backoff {
  readonly initialMs: number
  readonly maxMs: number
  readonly factor: number
  /** Give up when the API has not answered for this long (real time), ms. */
  readonly giveUpAfterMs: number
}

/** 100 ms, doubling up to 2 s; give up after two minutes without an answer. */
export const defaultBackoff: Backoff = { initialMs: 100, maxMs: 2000, factor: 2, giveUpAfterMs: 120_000 }

/** The wait before attempt `attempt` (1 after the first failure), ms. */
export const delayMs = (backoff: Backoff, attempt: number): number =>
  Math.min(backoff.maxMs, backoff.initialMs * backoff.factor ** Math.max(0, attempt - 1))
