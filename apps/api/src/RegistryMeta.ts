import { SqlClient } from "@effect/sql"
import { Effect } from "effect"

/** Key-value facts about this registry: whether it holds the demo cohort, the pseudonym secret, … */
export class RegistryMeta extends Effect.Service<RegistryMeta>()("api/RegistryMeta", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient
    const get = (key: string) =>
      sql<{ value: string }>`SELECT value FROM registry_meta WHERE key = ${key}`.pipe(
        Effect.map((rows) => rows[0]?.value),
        Effect.orDie
      )
    const set = (key: string, value: string) =>
      sql`DELETE FROM registry_meta WHERE key = ${key}`.pipe(
        Effect.zipRight(sql`INSERT INTO registry_meta (key, value) VALUES (${key}, ${value})`),
        Effect.asVoid,
        Effect.orDie
      )
    /** The value of `key`, set to `make()` first when absent (the first process to start wins). */
    const getOrSet = (key: string, make: () => string) =>
      Effect.gen(function* () {
        const found = yield* get(key)
        if (found !== undefined) return found
        yield* sql`INSERT INTO registry_meta (key, value) SELECT ${key}, ${make()} WHERE NOT EXISTS (SELECT 1 FROM registry_meta WHERE key = ${key})`.pipe(
          Effect.orDie
        )
        return (yield* get(key)) ?? ""
      })
    const isDemo = Effect.map(get("demo"), (v) => v === "1")
    return { get, set, getOrSet, isDemo } as const
  })
}) {}
