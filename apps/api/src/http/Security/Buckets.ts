/** The time source of the limiters (milliseconds), replaceable in tests. */
export type Clock = () => number

const prune = <V>(map: Map<string, V>, stale: (v: V) => boolean) => {
  if (map.size < 20_000) return
  for (const [key, value] of map) if (stale(value)) map.delete(key)
}

/**
 * A token bucket per key: `rate` a second on average, `burst` at once. `take` answers 0 when the request
 * may go, otherwise the seconds until it may (for `Retry-After`).
 */
export const tokenBuckets = (rate: number, burst: number, clock: Clock = Date.now) => {
  const buckets = new Map<string, { tokens: number; at: number }>()
  const take = (key: string): number => {
    const now = clock()
    const bucket = buckets.get(key) ?? { tokens: burst, at: now }
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate)
    bucket.at = now
    if (!buckets.has(key)) {
      prune(buckets, (b) => b.tokens + ((now - b.at) / 1000) * rate >= burst)
      buckets.set(key, bucket)
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return 0
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / rate))
  }
  return { take } as const
}

/**
 * Failures per key in a sliding window: after `max` failures within `windowMs` the key is refused until the
 * oldest of them leaves the window. `blocked` answers 0 or the seconds to wait.
 */
export const failureWindow = (max: number, windowMs: number, clock: Clock = Date.now) => {
  const failures = new Map<string, Array<number>>()
  const recent = (key: string, now: number) => {
    const kept = (failures.get(key) ?? []).filter((t) => t > now - windowMs)
    if (kept.length === 0) failures.delete(key)
    else failures.set(key, kept)
    return kept
  }
  const blocked = (key: string): number => {
    const now = clock()
    const kept = recent(key, now)
    if (kept.length < max) return 0
    return Math.max(1, Math.ceil((kept[kept.length - max]! + windowMs - now) / 1000))
  }
  const fail = (key: string) => {
    const now = clock()
    prune(failures, (ts) => ts.every((t) => t <= now - windowMs))
    failures.set(key, [...recent(key, now), now].slice(-max))
  }
  const reset = (key: string) => void failures.delete(key)
  /** Takes back the latest failure of `key` (an attempt counted ahead that succeeded). */
  const refund = (key: string) => void failures.get(key)?.pop()
  return { blocked, fail, reset, refund } as const
}
