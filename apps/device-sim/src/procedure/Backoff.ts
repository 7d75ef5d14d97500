import { isRetryable } from "./Transport.js"

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

/** Where retries wait and what they report. */
export interface RetryOptions {
  readonly backoff?: Backoff
  readonly sleep?: (ms: number) => Promise<void>
  readonly now?: () => number
  readonly onRetry?: (error: unknown, attempt: number, waitMs: number) => void
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Runs `attempt` until it succeeds, waiting with backoff after each failure that can pass (`isRetryable`);
 * any other failure, or no success within `giveUpAfterMs`, fails.
 */
export const retrying = async <A>(attempt: () => Promise<A>, options: RetryOptions = {}): Promise<A> => {
  const backoff = options.backoff ?? defaultBackoff
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const since = now()
  for (let n = 1; ; n++) {
    try {
      return await attempt()
    } catch (error) {
      if (!isRetryable(error)) throw error
      if (now() - since > backoff.giveUpAfterMs) {
        throw new Error(
          `no answer from the API for ${Math.round((now() - since) / 1000)} s: ${errorText(error)}`
        )
      }
      const wait = delayMs(backoff, n)
      options.onRetry?.(error, n, wait)
      await sleep(wait)
    }
  }
}
