import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { type Role, User } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, ManagedRuntime, Option, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Audit } from "../../src/Audit.js"
import { CurrentUser } from "../../src/CurrentUser.js"
import * as Sqlite from "../../src/Database/Sqlite.js"
import { eligiblePatient, openProcedure, send, sevenLevels, textbookPosts } from "../live/support.js"
import { execute } from "../support/database.js"
import { dialects, type Registry, startRegistry } from "../support/registry.js"
import { type Entry, repositories, type Targets, waw } from "./table.js"

// Every repository method, called as a clinician of Warsaw (center A) on a registry holding Warsaw's and
// Piła's (B) patients, straight on the database as its owner: no row-level security behind the
// repositories here, so the application's own center filter is the only wall the test sees.

const user = (role: Role, center: string | null) =>
  new User({
    id: `scope-${role}`,
    username: `scope-${role}`,
    displayName: role,
    role,
    centerId: center === null ? null : Model.CenterId.make(center)
  })
const clinicianOfWarsaw = user("clinician", "waw")
const admin = user("admin", null)

/** Piła's center id or one of its patient ids, in a result as JSON. */
const ofPila = /"pila"|PILA-/
const json = (value: unknown) =>
  JSON.stringify(value, (_, v) => (v instanceof Map || v instanceof Set ? [...v] : v)) ?? "null"
const isEmpty = (v: unknown) =>
  v === null ||
  (Option.isOption(v) && Option.isNone(v)) ||
  (Array.isArray(v) && v.length === 0) ||
  (v instanceof Map && v.size === 0)

/** The service files that run SQL but hold no center's data for a caller, and why. */
const notCenterData: Record<string, string> = {
  AuthRepo: "accounts and sessions: who signs in (before there is a caller) and the administrator's list",
  SignInThrottle: "sign-in attempts by user name and address",
  DataVersion: "one counter of the registry's writes",
  RegistryMeta: "the registry's settings",
  Health: "SELECT 1",
  ExportJobs: "a bulk export job's row, found by its owner's id; its file holds what the export read",
  PatientWrites: "locks the patient's row before a write; reads nothing back",
  Patients: "whether a new patient's id is taken in the whole registry, whatever its center (ids are unique)",
  Fhir: "the bulk export runner: the job's row, its owner's role, whether a center exists"
}

/** The classes `Effect.Service` defines in the API's source files that run a SELECT. */
const servicesWithQueries = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return servicesWithQueries(path)
    const text = readFileSync(path, "utf8")
    if (!entry.name.endsWith(".ts") || !text.includes("SELECT")) return []
    return [...text.matchAll(/class (\w+) extends Effect\.Service/g)].map((m) => m[1]!)
  })

it("walks every service that queries the database, or says why it holds no center's data", () => {
  const found = servicesWithQueries(join(__dirname, "../../src"))
  expect(found.length).toBeGreaterThan(10)
  for (const name of found) expect(name in repositories || name in notCenterData, name).toBe(true)
})

describe.each(dialects)("every repository read on %s, as a clinician of one center", (kind) => {
  let registry: Registry
  let b: Targets
  let runtime: ManagedRuntime.ManagedRuntime<unknown, unknown>
  const run = <A>(user: User, effect: Effect.Effect<A, unknown, unknown>) =>
    runtime.runPromise(effect.pipe(Effect.provideService(CurrentUser, user)))

  beforeAll(async () => {
    registry = await startRegistry(kind)
    const pila = registry.tokens["clinician-pila"]
    const livePatient = await eligiblePatient(registry.server, pila, "pila")
    const live = await openProcedure(registry.server, pila, livePatient)
    await send(
      registry.server,
      live.deviceToken,
      live.id,
      textbookPosts(sevenLevels.slice(0, 1), { complete: false })
    )
    await execute(registry, "INSERT INTO live_deviations (procedure_id, ord, data) VALUES (?, ?, ?)", [
      live.id,
      0,
      "{}"
    ])
    await openProcedure(
      registry.server,
      registry.tokens["clinician-waw"],
      await eligiblePatient(registry.server, registry.tokens["clinician-waw"])
    )
    const set = await registry.as["clinician-pila"].createAnalysisSet({
      body: { name: "Piła", selection: {} }
    })
    await registry.as["clinician-waw"].createAnalysisSet({ body: { name: "Warsaw", selection: {} } })
    await execute(
      registry,
      "INSERT INTO imports (id, format, file_hash, center_id, user_id, username, at, counts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ["imp-pila", "tidy", "hash-pila", "pila", "u", "coordinator-pila", new Date().toISOString(), "{}"]
    )
    b = { patient: livePatient, procedure: live.id, livePatient, set: set.id, importHash: "hash-pila" }
    const client =
      kind === "sqlite"
        ? Sqlite.layer(join(registry.dataDir!, "cryoreg.sqlite"))
        : PgClient.layer({ url: Redacted.make(registry.pgUrl!) }).pipe(Layer.orDie)
    // Every repository over the one client (Centers also needs the audit trail it appends to).
    const layers = Object.values(repositories).map(
      (r) => r.layer as unknown as Layer.Layer<unknown, never, SqlClient.SqlClient | Audit>
    )
    runtime = ManagedRuntime.make(
      Layer.mergeAll(Layer.empty, ...layers).pipe(Layer.provide(Audit.Default), Layer.provideMerge(client))
    )
    const counted = await runtime.runPromise(
      Effect.flatMap(
        SqlClient.SqlClient,
        (sql) => sql<{ n: number | string }>`SELECT COUNT(*) AS n FROM study_rows WHERE center_id = 'waw'`
      )
    )
    waw.studyRows = Number(counted[0]!.n)
  }, 240_000)
  afterAll(async () => {
    await runtime?.dispose()
    await registry?.close()
  })

  for (const [name, repository] of Object.entries(repositories)) {
    it(`${name}: every method has an entry, and no read answers with the other center's rows`, async () => {
      const service = await run(admin, repository.tag as unknown as Effect.Effect<Record<string, unknown>>)
      const table = repository.methods as unknown as Record<string, Entry<Record<string, unknown>>>
      expect(Object.keys(service).sort(), `the methods of ${name} against the test's table`).toEqual(
        Object.keys(table).sort()
      )
      for (const [method, entry] of Object.entries(table)) {
        const what = `${name}.${method}`
        if ("write" in entry || "system" in entry) continue
        const read = "search" in entry ? entry.search : "ofB" in entry ? entry.ofB : entry.count
        const call = (user: User) =>
          run(user, read(service, b)).catch((error) => {
            throw new Error(`${what} as ${user.role}: ${error}`)
          })
        const asA = await call(clinicianOfWarsaw)
        const asAdmin = await call(admin)
        if ("search" in entry) {
          expect(json(asA), `${what} as a clinician of A`).not.toMatch(ofPila)
          expect(isEmpty(asA), `${what} finds A's own rows`).toBe(false)
          expect(json(asAdmin), `${what} as the admin`).toMatch(ofPila)
        } else if ("ofB" in entry) {
          expect(isEmpty(asA), `${what} of B's object as a clinician of A: ${json(asA).slice(0, 200)}`).toBe(
            true
          )
          expect(isEmpty(asAdmin), `${what} of B's object as the admin`).toBe(false)
        } else {
          expect(asA, `${what}: B's rows counted as a clinician of A`).toBe(0)
          expect(asAdmin as number, `${what}: B's rows counted as the admin`).toBeGreaterThan(0)
        }
      }
    })
  }
})
