import { createWriteStream } from "node:fs"
import { SqlClient } from "@effect/sql"
import { Effect, Layer } from "effect"
import * as Database from "../src/Database.js"
import { startServer } from "../src/server.js"

// trustServe.ts <full|normal|log> <dataDir>: the API in its own process for bench/trust.ts.
//   full: as shipped (synchronous = FULL); normal: synchronous = NORMAL; log: + the JSON request log.
const [variant, dataDir] = process.argv.slice(2)

const relaxed = Layer.effectDiscard(
  Effect.flatMap(SqlClient.SqlClient, (sql) => sql`PRAGMA synchronous = NORMAL`).pipe(Effect.orDie)
)
const database =
  variant === "normal" ? Layer.provideMerge(relaxed, Database.sqlite(dataDir!)) : Database.sqlite(dataDir!)
const sink = createWriteStream("/dev/null")

const started = await startServer({
  port: 0,
  host: "127.0.0.1",
  database,
  requestLog: variant === "log" ? (line) => sink.write(`${line}\n`) : undefined
})
process.stdout.write(`${JSON.stringify({ url: started.url.replace("localhost", "127.0.0.1") })}\n`)
process.once("SIGTERM", () => {
  started.close().then(
    () => process.exit(0),
    () => process.exit(1)
  )
})
