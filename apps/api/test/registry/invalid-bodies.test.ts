import { join } from "node:path"
import { Api, type Endpoint } from "@cryoreg/contract"
import Database from "better-sqlite3"
import { Schema } from "effect"
import fc from "fast-check"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { type Registry, raw, startRegistry } from "../support/registry.js"

/** Every row of every table, as one string: any write shows up in it. */
const fingerprint = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all() as Array<{ name: string }>
    return tables
      .map((t) => JSON.stringify(db.prepare(`SELECT * FROM "${t.name}" ORDER BY rowid`).all()))
      .join("\n")
  } finally {
    db.close()
  }
}

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [k: string]: Json }

/** A value surely of another JSON type than `v`. */
const otherType = (v: Json): fc.Arbitrary<Json> => {
  const kinds: Array<fc.Arbitrary<Json>> = []
  if (typeof v !== "number") kinds.push(fc.double({ noNaN: true, noDefaultInfinity: true }))
  if (typeof v !== "string") kinds.push(fc.string({ maxLength: 30 }))
  if (typeof v !== "boolean") kinds.push(fc.boolean())
  if (v !== null) kinds.push(fc.constant(null))
  if (!Array.isArray(v)) kinds.push(fc.array(fc.integer(), { maxLength: 3 }))
  if (typeof v !== "object" || v === null || Array.isArray(v))
    kinds.push(fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }))
  return fc.oneof(...kinds)
}

/** Bodies that no schema of the route accepts: a field of the wrong type, a required field missing, an unknown field, not an object. */
const invalidBodies = (
  valid: Record<string, Json>,
  required: ReadonlyArray<string>,
  accepts: (u: unknown) => boolean
): fc.Arbitrary<unknown> => {
  const keys = Object.keys(valid)
  return fc
    .oneof(
      fc.constantFrom(...keys).chain((k) => otherType(valid[k]!).map((bad) => ({ ...valid, [k]: bad }))),
      ...(required.length === 0
        ? []
        : [
            fc
              .constantFrom(...required)
              .map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k)))
          ]),
      fc
        .string({ minLength: 1, maxLength: 12 })
        .filter((k) => !keys.includes(k))
        .map((k) => ({ ...valid, [k]: 1 })),
      fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 }))
      // A replacement can be of another type and still allowed (null where null is allowed): keep only what the schema refuses.
    )
    .filter((body) => !accepts(body))
}

describe("thousands of invalid bodies to every write route (SQLite)", () => {
  let registry: Registry
  let file: string
  let ids: { patient: string; block: string; visit: string; event: string }
  const dataDir = { dir: "" }
  beforeAll(async () => {
    registry = await startRegistry("sqlite")
    const events = await registry.as.admin.listAdverseEvents({})
    const e = events.items.find((x) => x.centerId === "waw")!
    const d = await registry.as.admin.getPatient({ params: { id: e.patientId } })
    ids = { patient: d.patient.id, block: d.blocks[0]!.block.id, visit: d.visits[0]!.visit.id, event: e.id }
    dataDir.dir = registry.dataDir!
    file = join(dataDir.dir, "cryoreg.sqlite")
  })
  afterAll(() => registry?.close())

  it("answers each with a 4xx problem naming the issue, never a 5xx, and the database does not change", async () => {
    const p = `/api/patients/${ids.patient}`
    const routes: Array<[Endpoint.Any, string, Record<string, Json>, ReadonlyArray<string>]> = [
      [
        Api.createPatient,
        "/api/patients",
        newPatient("WAW-5555") as never,
        ["id", "sex", "birthYear", "centerId", "treatedSide"]
      ],
      [Api.correctPatient, p, { birthYear: 1960, reason: "fix" }, ["reason"]],
      [Api.withdrawPatient, `${p}/withdraw`, { reason: "gone" }, ["reason"]],
      [Api.createScreening, `${p}/screening`, eligibleScreening as never, Object.keys(eligibleScreening)],
      [Api.correctScreening, `${p}/screening`, { baselineNrs: 6, reason: "fix" }, ["reason"]],
      [Api.createBlock, `${p}/blocks`, positiveBlock as never, Object.keys(positiveBlock)],
      [Api.correctBlock, `${p}/blocks/${ids.block}`, { nrsAfter: 2, reason: "fix" }, ["reason"]],
      [Api.createProcedure, `${p}/procedure`, procedure as never, Object.keys(procedure)],
      [Api.correctProcedure, `${p}/procedure`, { durationMinutes: 35, reason: "fix" }, ["reason"]],
      [
        Api.createVisit,
        `${p}/visits`,
        visit("month3", 2, 90) as never,
        ["timepoint", "nrs", "vasMm", "odiAnswers", "analgesics", "date"]
      ],
      [Api.correctVisit, `${p}/visits/${ids.visit}`, { nrs: 1, reason: "fix" }, ["reason"]],
      [
        Api.createAdverseEvent,
        `${p}/adverse-events`,
        {
          type: "local hematoma",
          severity: "mild",
          serious: false,
          onsetDays: 1,
          resolutionDays: 2,
          relatedToProcedure: true
        },
        ["type", "severity", "serious", "onsetDays", "resolutionDays", "relatedToProcedure"]
      ],
      [
        Api.correctAdverseEvent,
        `${p}/adverse-events/${ids.event}`,
        { severity: "moderate", reason: "fix" },
        ["reason"]
      ],
      [Api.retractVisit, `${p}/visits/${ids.visit}/retract`, { reason: "fix" }, ["reason"]],
      [Api.retractBlock, `${p}/blocks/${ids.block}/retract`, { reason: "fix" }, ["reason"]],
      [Api.retractAdverseEvent, `${p}/adverse-events/${ids.event}/retract`, { reason: "fix" }, ["reason"]],
      [
        Api.createCenter,
        "/api/centers",
        { id: "krk", name: "Kraków", city: "Kraków" },
        ["id", "name", "city"]
      ],
      [
        Api.createUser,
        "/api/users",
        {
          username: "someone",
          displayName: "S",
          role: "clinician",
          centerId: "waw",
          password: "a-long-password-1"
        },
        ["username", "role", "password"]
      ]
    ]
    const before = fingerprint(file)
    let sent = 0
    for (const [endpoint, path, valid, required] of routes) {
      const method = endpoint.method
      const accepts = Schema.is(Schema.encodedSchema(endpoint.body!), { onExcessProperty: "error" })
      await fc.assert(
        fc.asyncProperty(invalidBodies(valid, required, accepts), async (body) => {
          const answer = await raw(registry, "admin", method, path, body)
          sent++
          expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400)
          expect(answer.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500)
          expect(typeof answer.json.error).toBe("string")
          expect(answer.json.message?.length).toBeGreaterThan(0)
        }),
        { numRuns: 150, seed: 20261201 }
      )
    }
    for (const [reason, message] of [
      ["", "give the reason of the change: it is kept in the history"],
      [" typo", "a reason has no leading or trailing spaces"]
    ]) {
      const refused = await raw(registry, "admin", "PATCH", `${p}/blocks/${ids.block}`, {
        nrsAfter: 2,
        reason
      })
      expect(refused).toMatchObject({
        status: 400,
        json: { error: "InvalidRequest", issues: [{ path: ["reason"], message }] }
      })
    }
    const malformed = await raw(registry, "admin", "POST", "/api/patients", "{ not json")
    expect(malformed).toMatchObject({ status: 400, json: { error: "MalformedJson" } })
    const huge = await raw(
      registry,
      "admin",
      "POST",
      "/api/patients",
      JSON.stringify({ id: "x".repeat(2_000_000) })
    )
    expect(huge.status).toBe(413)
    expect(fingerprint(file)).toBe(before)
    expect(sent).toBe(150 * routes.length)
    console.log(
      `invalid bodies: ${sent} sent to ${routes.length} write routes, ${sent} refused with a 4xx, database unchanged`
    )
  }, 240_000)
})
