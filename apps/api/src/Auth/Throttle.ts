import { SqlClient } from "@effect/sql"
import { Context, Effect } from "effect"
import { TooManyRequests } from "../Errors.js"
import { limits } from "../http/Security/Config.js"

/** Runs `effect` outside the request's transaction (its own statements, committed whatever the request does). */
export const outside = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.mapInputContext(
    effect,
    (context: Context.Context<R>) =>
      Context.omit(SqlClient.TransactionConnection)(context) as Context.Context<R>
  )

// The row counting every account's failures from one address.
const anyAccount = ""

/**
 * Sign-in throttling in the database, shared by every API process on it. Failures count per (exact user
 * name, address): after `loginFailuresPerAccount` of them each further attempt waits, 1 s, then 2 s, 4 s … up
 * to the window; another address is not affected, so an attacker cannot lock the real user out. One address
 * also waits after `loginFailuresPerAddress` failures over every account. An attempt is counted before its
 * (slow) password check, so parallel guesses are counted too; a success clears its account's count. Its
 * statements run outside the request's transaction: a refused password rolls that back, not the count.
 */
export class SignInThrottle extends Effect.Service<SignInThrottle>()("api/SignInThrottle", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const config = yield* limits
    const own = <A, E, R>(effect: Effect.Effect<A, E, R>) => outside(Effect.orDie(effect))

    // Counts one attempt of `account` from `address` if it may go now; else the seconds to wait.
    const take = (account: string, address: string, free: number) =>
      Effect.gen(function* () {
        const now = Date.now()
        const max = Math.max(1000, config.loginWindowMs)
        const delay = sql`CASE WHEN failures + 1 < ${free} THEN 0 WHEN delay_ms = 0 THEN 1000
          WHEN delay_ms * 2 > ${max} THEN ${max} ELSE delay_ms * 2 END`
        yield* sql`INSERT INTO signin_throttle ${sql.insert({ account, address, failures: 0, delay_ms: 0, last_at: now, next_at: 0 })}
          ON CONFLICT (account, address) DO NOTHING`
        // A count quiet for a whole window is forgotten; now and then every such row is removed, so names
        // and addresses tried once do not pile up.
        if (Math.random() < 0.01)
          yield* sql`DELETE FROM signin_throttle WHERE last_at <= ${now - config.loginWindowMs} AND next_at <= ${now}`
        yield* sql`UPDATE signin_throttle SET failures = 0, delay_ms = 0 WHERE account = ${account}
          AND address = ${address} AND last_at <= ${now - config.loginWindowMs} AND next_at <= ${now}`
        // While no wait is due, `next_at` stays 0: a parallel attempt that read the clock a moment earlier
        // must not find itself refused by its neighbour's "now".
        const counted = yield* sql<{ failures: number }>`UPDATE signin_throttle
          SET failures = failures + 1, last_at = ${now}, delay_ms = ${delay},
            next_at = CASE WHEN failures + 1 < ${free} THEN 0 ELSE ${now} + ${delay} END
          WHERE account = ${account} AND address = ${address} AND next_at <= ${now} RETURNING failures`
        if (counted.length > 0) return 0
        const rows = yield* sql<{ next_at: number | string }>`SELECT next_at FROM signin_throttle
          WHERE account = ${account} AND address = ${address}`
        return Math.max(1, Math.ceil((Number(rows[0]?.next_at ?? now) - now) / 1000))
      })

    const refund = (account: string, address: string) =>
      sql`UPDATE signin_throttle SET failures = failures - 1
        WHERE account = ${account} AND address = ${address} AND failures > 0`

    /** Counts an attempt of `account` from `address`, or fails with the seconds to wait. */
    const attempt = (account: string, address: string): Effect.Effect<void, TooManyRequests> =>
      own(
        Effect.gen(function* () {
          const perAddress = config.loginFailuresPerAddress
          const perAccount = config.loginFailuresPerAccount
          const addressWait = perAddress === 0 ? 0 : yield* take(anyAccount, address, perAddress)
          const accountWait =
            addressWait > 0 || perAccount === 0 ? 0 : yield* take(account, address, perAccount)
          if (accountWait > 0 && perAddress > 0) yield* refund(anyAccount, address)
          return Math.max(addressWait, accountWait)
        })
      ).pipe(
        Effect.flatMap((wait) =>
          wait === 0
            ? Effect.void
            : Effect.fail(
                new TooManyRequests({
                  message: `too many failed sign-ins from this address: retry in ${wait} s`,
                  retryAfter: wait
                })
              )
        )
      )

    /** A right password: the account's count from this address is cleared, the address's attempt taken back. */
    const succeeded = (account: string, address: string) =>
      own(
        Effect.zipRight(
          sql`DELETE FROM signin_throttle WHERE account = ${account} AND address = ${address}`,
          refund(anyAccount, address)
        )
      ).pipe(Effect.asVoid)

    /** Lifts every lock of an account, from every address (an administrator's act). */
    const unlock = (account: string) =>
      own(sql`DELETE FROM signin_throttle WHERE account = ${account}`).pipe(Effect.asVoid)

    return { attempt, succeeded, unlock } as const
  })
}) {}
