import { Cause, Config, Effect, Option, Runtime } from "effect"
import * as AppConfig from "./AppConfig.js"
import * as Database from "./Database.js"
import * as Security from "./http/Security/Config.js"
import { startServer } from "./server.js"

const config = Effect.runSync(
  Config.all({
    port: AppConfig.port,
    host: AppConfig.host,
    webDir: AppConfig.webDir,
    requestLog: Security.requestLog
  })
)

const server = await startServer({
  ...config,
  database: Database.fromConfig,
  requestLog: config.requestLog ? (line) => process.stdout.write(`${line}\n`) : undefined
}).catch((error: unknown) => {
  // A refused configuration is one line (the first start's password); anything else keeps its trace.
  const refused = Runtime.isFiberFailure(error)
    ? Cause.failureOption(error[Runtime.FiberFailureCauseId])
    : Option.none()
  if (Option.isNone(refused)) throw error
  console.error(`cryoreg cannot start: ${(refused.value as { message: string }).message}`)
  process.exit(2)
})
const { accounts, generatedPassword, demoPatients } = server.bootstrapped
if (accounts.length > 0) {
  console.log(`First start: created the accounts ${accounts.join(", ")}.`)
  console.log(
    generatedPassword === null
      ? "Their password is CRYOREG_ADMIN_PASSWORD."
      : `Their initial password (shown only this once): ${generatedPassword}`
  )
}
if (demoPatients > 0)
  console.log(`Loaded the synthetic demo cohort: ${demoPatients} patients over the centers waw and pila.`)
console.log(
  `cryoreg is running: open ${server.url} (sign in as admin${accounts.length > 1 ? ", coordinator-waw, clinician-waw, clinician-pila or statistician" : ""})`
)

// `pnpm start` execs node (see the root package.json), so Ctrl-C and SIGTERM reach this process and
// nothing in between reports the ended script as failed.
const shutdown = (signal: NodeJS.Signals) => {
  server.close().then(
    () => {
      console.log(`cryoreg stopped (${signal}): every request answered, the database closed.`)
      process.exit(0)
    },
    (error: unknown) => {
      console.error(`cryoreg did not stop cleanly (${signal}): ${String(error)}`)
      process.exit(1)
    }
  )
}
process.once("SIGINT", shutdown)
process.once("SIGTERM", shutdown)
