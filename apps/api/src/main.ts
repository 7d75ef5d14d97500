import { Config, Effect } from "effect"
import * as AppConfig from "./AppConfig.js"
import * as Database from "./Database.js"
import { startServer } from "./server.js"

const config = Effect.runSync(
  Config.all({ port: AppConfig.port, host: AppConfig.host, webDir: AppConfig.webDir })
)

const server = await startServer({ ...config, database: Database.fromConfig })
console.log(`cryoreg is running: open ${server.url}`)

const shutdown = () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1)
  )
}
process.once("SIGINT", shutdown)
process.once("SIGTERM", shutdown)
