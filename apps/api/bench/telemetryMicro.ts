import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Layer, ManagedRuntime, Option } from "effect"
import { Auth } from "../src/Auth.js"
import { makeApp } from "../src/app.js"
import { bootstrap } from "../src/Bootstrap.js"
import { CurrentUser } from "../src/CurrentUser.js"
import * as Database from "../src/Database.js"
import { LiveProcedures } from "../src/LiveProcedures.js"
import { servicesLayer } from "../src/Services.js"
import { Today } from "../src/Today.js"
import { batchFrom, benchEnv, json, openProcedures } from "./telemetryLoad.js"

// The API's telemetry ingest in this process, without HTTP (the app's `request`): CPU per 50-sample batch of
// the app alone, steadier than over sockets, and a clean `node --cpu-prof` profile. With `handler` as third
// argument, the decoded batch goes straight to `LiveProcedures.postTelemetry` (no routing, token, parsing or
// decoding): what the ingest itself costs.
//   node --conditions=@cryoreg/source --import tsx bench/telemetryMicro.ts [batches] [devices] [http|handler]
const batches = Number(process.argv[2] ?? 4000)
const devices = Number(process.argv[3] ?? 10)
const mode = process.argv[4] ?? "http"
Object.assign(process.env, benchEnv)

const database = Database.sqlite(mkdtempSync(join(tmpdir(), "cryoreg-telemetry-micro-")))
const runtime = ManagedRuntime.make(
  servicesLayer.pipe(Layer.provideMerge(Today.Default), Layer.provideMerge(database), Layer.orDie)
)
await runtime.runPromise(bootstrap)
const app = makeApp(runtime)
const fetcher = async (url: string, init: RequestInit) => app.request(url, init)
const login = await json(
  "/api/auth/login",
  "POST",
  null,
  { username: "clinician-waw", password: benchEnv.CRYOREG_ADMIN_PASSWORD },
  fetcher
)
const targets = await openProcedures("", login.token as string, devices, fetcher)

const users = await Promise.all(
  targets.map((t) =>
    runtime.runPromise(
      Effect.map(
        Effect.flatMap(Auth, (a) => a.authenticate(t.token)),
        Option.getOrThrow
      )
    )
  )
)

const run = async (n: number) => {
  let left = n
  await Promise.all(
    targets.map(async (target, i) => {
      while (left-- > 0) {
        if (mode === "handler") {
          const batch = JSON.parse(batchFrom(target.next, 50))
          target.next += 50
          await runtime.runPromise(
            Effect.flatMap(LiveProcedures, (l) => l.postTelemetry(target.id, batch)).pipe(
              Effect.provideService(CurrentUser, users[i]!.user)
            )
          )
          continue
        }
        const response = await app.request(`/api/procedures/${target.id}/telemetry`, {
          method: "POST",
          headers: { authorization: `Bearer ${target.token}`, "content-type": "application/json" },
          body: batchFrom(target.next, 50)
        })
        target.next += 50
        if (response.status !== 200) throw new Error(`${response.status} ${await response.text()}`)
        await response.arrayBuffer()
      }
    })
  )
}

await run(Math.min(2000, batches)) // warm-up
for (let round = 0; round < 3; round++) {
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  await run(batches)
  const wall = performance.now() - t0
  const cpu = process.cpuUsage(cpu0)
  console.log(
    `${mode}: ${batches} batches from ${devices} devices: ${((cpu.user + cpu.system) / 1000 / batches).toFixed(3)} ms CPU a batch ` +
      `(system ${(cpu.system / 1000 / batches).toFixed(3)}), ${(wall / batches).toFixed(3)} ms wall a batch`
  )
}
await runtime.dispose()
