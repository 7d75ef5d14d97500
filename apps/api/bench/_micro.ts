import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Api } from "@cryoreg/contract"
import { Effect, Layer, ManagedRuntime, ParseResult, Option } from "effect"
import * as Database from "../src/Database.js"
import { servicesLayer } from "../src/Services.js"
import { bootstrap } from "../src/Bootstrap.js"
import { Auth } from "../src/Auth.js"
import { PatientWrites } from "../src/Patients/Write.js"
import { PatientsRepo } from "../src/Patients/Repo.js"
import { detailOf } from "../src/Patients/Views.js"
import { decodeFile } from "../src/Patients/File.js"
import { CurrentUser } from "../src/CurrentUser.js"
process.env.CRYOREG_ADMIN_PASSWORD = "benchbenchbench1"
const dir = mkdtempSync(join(tmpdir(), "cryoreg-micro-"))
const rt = ManagedRuntime.make(servicesLayer.pipe(Layer.provideMerge(Database.sqlite(dir)), Layer.orDie))
await rt.runPromise(bootstrap)
const { token } = await rt.runPromise(Effect.flatMap(Auth, (a) => a.login("clinician-waw", "benchbenchbench1")))
const session = await rt.runPromise(Effect.flatMap(Auth, (a) => a.authenticate(token)))
const user = Option.getOrThrow(session).user
const time = async (name: string, f: () => Promise<unknown> | unknown, n = 2000) => {
  for (let i = 0; i < 200; i++) await f()
  const t0 = performance.now()
  for (let i = 0; i < n; i++) await f()
  console.log(name.padEnd(30), ((performance.now() - t0) / n * 1000).toFixed(1), "µs")
}
const withUser = <A>(e: Effect.Effect<A, any, any>) => rt.runPromise(Effect.provideService(e, CurrentUser, user) as any) as Promise<A>
await time("runPromise(void)", () => rt.runPromise(Effect.void))
await time("authenticate", () => rt.runPromise(Effect.flatMap(Auth, (a) => a.authenticate(token))))
await time("findPatient", () => withUser(Effect.flatMap(PatientsRepo, (r) => r.findPatient("WAW-0001"))))
await time("recordsOf", () => withUser(Effect.flatMap(PatientsRepo, (r) => r.recordsOf("WAW-0001"))))
const row = Option.getOrThrow(await withUser(Effect.flatMap(PatientsRepo, (r) => r.findPatient("WAW-0001"))))
const recs = await withUser(Effect.flatMap(PatientsRepo, (r) => r.recordsOf("WAW-0001")))
await time("decodeFile", () => decodeFile(row, recs))
const file = decodeFile(row, recs)
await time("detailOf", () => detailOf(file))
const detail = detailOf(file)
await time("encode PatientDetail", () => ParseResult.encodeSync(Api.getPatient.success)(detail))
const enc = ParseResult.encodeSync(Api.getPatient.success)(detail)
await time("JSON.stringify", () => JSON.stringify(enc))
await time("decode params", () => ParseResult.decodeUnknownSync(Api.getPatient.params as any, { errors: "all", onExcessProperty: "error" })({ id: "WAW-0001" }))
await time("decode query", () => ParseResult.decodeUnknownSync(Api.getPatient.query as any, { errors: "all", onExcessProperty: "error" })({}))
await time("writes.load", () => withUser(Effect.flatMap(PatientWrites, (w) => w.load("WAW-0001"))))
await rt.dispose()
