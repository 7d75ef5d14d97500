import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"

/** The PostgreSQL server the tests use (trust auth on these machines). */
export const adminUrl = process.env.CRYOREG_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test"

const admin = <A, E>(effect: Effect.Effect<A, E, PgClient.PgClient>) =>
  Effect.runPromise(
    effect.pipe(Effect.provide(PgClient.layer({ url: Redacted.make(adminUrl) }).pipe(Layer.orDie)))
  )

/** Creates an empty database for one test file and returns its URL and a function that drops it. */
export const freshDatabase = async (): Promise<{ url: string; drop: () => Promise<void> }> => {
  const name = `cryoreg_test_${process.pid}_${Date.now()}`
  await admin(Effect.flatMap(PgClient.PgClient, (sql) => sql.unsafe(`CREATE DATABASE ${name}`)))
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      await admin(
        Effect.flatMap(PgClient.PgClient, (sql) => sql.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
      )
    }
  }
}
