import { Redacted } from "effect"
import * as Database from "../src/Database.js"
import { startServer } from "../src/server.js"
import { startBare } from "./bare.js"
import { serveMemoryProbe } from "./MemoryProbe.js"

// A server in its own process, so autocannon never shares its event loop:
//   serve.ts api sqlite <dataDir> | api postgresql <url> | bare <sqliteFile>
// Prints one JSON line { url } once listening; exits on SIGTERM.
const [kind, dialect, where] = process.argv.slice(2)

const started =
  kind === "bare"
    ? await startBare(dialect!)
    : await startServer({
        port: 0,
        host: "127.0.0.1",
        database:
          dialect === "postgresql" ? Database.postgresql(Redacted.make(where!)) : Database.sqlite(where!)
      })

serveMemoryProbe()
process.stdout.write(`${JSON.stringify({ url: started.url.replace("localhost", "127.0.0.1") })}\n`)
process.once("SIGTERM", () => {
  started.close().then(
    () => process.exit(0),
    () => process.exit(1)
  )
})
