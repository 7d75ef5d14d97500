import { Layer, Redacted } from "effect"
import * as Database from "../src/Database.js"
import * as RowSecurity from "../src/RowSecurity.js"
import { startServer } from "../src/server.js"

// rlsServe.ts <on|off> <url>: the API on PostgreSQL in its own process for bench/rls.ts; `off` runs every
// request as the connecting owner with no transaction or scope (the repositories' filters alone).
const [variant, url] = process.argv.slice(2)
const database = Database.postgresql(Redacted.make(url!))
const started = await startServer({
  port: 0,
  host: "127.0.0.1",
  database: variant === "off" ? Layer.merge(database, RowSecurity.none) : database
})
process.stdout.write(`${JSON.stringify({ url: started.url.replace("localhost", "127.0.0.1") })}\n`)
process.once("SIGTERM", () => {
  started.close().then(
    () => process.exit(0),
    () => process.exit(1)
  )
})
