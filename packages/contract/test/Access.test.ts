import { assert, describe, it } from "@effect/vitest"
import * as Access from "../src/Access.js"
import { Api, Endpoint, type Role } from "../src/index.js"

// Expected values from the README's roles ("Access" in apps/api/README.md): admin everything over all centers;
// coordinator and clinician one center, read and write (the coordinator imports); statistician all centers,
// read-only, the analysis and pseudonymized exports, no patient-level route; device a probe's live procedure.
const expected: Record<
  Role,
  {
    write: boolean
    bound: boolean
    pseudonyms: boolean
    imports: boolean
    administers: boolean
    records: boolean
    analysis: boolean
    telemetry: boolean
    dashboard: boolean
  }
> = {
  admin: {
    write: true,
    bound: false,
    pseudonyms: false,
    imports: true,
    administers: true,
    records: true,
    analysis: true,
    telemetry: true,
    dashboard: true
  },
  coordinator: {
    write: true,
    bound: true,
    pseudonyms: false,
    imports: true,
    administers: false,
    records: true,
    analysis: true,
    telemetry: true,
    dashboard: true
  },
  clinician: {
    write: true,
    bound: true,
    pseudonyms: false,
    imports: false,
    administers: false,
    records: true,
    analysis: true,
    telemetry: true,
    dashboard: true
  },
  statistician: {
    write: false,
    bound: false,
    pseudonyms: true,
    imports: false,
    administers: false,
    records: false,
    analysis: true,
    telemetry: false,
    dashboard: true
  },
  device: {
    write: false,
    bound: true,
    pseudonyms: false,
    imports: false,
    administers: false,
    records: false,
    analysis: false,
    telemetry: true,
    dashboard: false
  }
}

describe("Access", () => {
  for (const role of ["admin", "coordinator", "clinician", "statistician", "device"] as const) {
    it(`grants the ${role} what the README says`, () => {
      const want = expected[role]
      assert.strictEqual(Access.mayWrite(role), want.write, "mayWrite")
      assert.strictEqual(Access.isCenterBound(role), want.bound, "isCenterBound")
      assert.strictEqual(Access.seesPseudonyms(role), want.pseudonyms, "seesPseudonyms")
      assert.strictEqual(Access.mayImport(role), want.imports, "mayImport")
      assert.strictEqual(Access.mayAdminister(role), want.administers, "mayAdminister")
      assert.strictEqual(Access.mayRead(role, "records"), want.records, "records")
      assert.strictEqual(Access.mayRead(role, "analysis"), want.analysis, "analysis")
      assert.strictEqual(Access.mayRead(role, "telemetry"), want.telemetry, "telemetry")
      assert.strictEqual(Access.isDashboardRole(role), want.dashboard, "dashboard")
    })
  }

  it("binds a center-bound user to their center and the all-center roles to none", () => {
    assert.strictEqual(Access.centerOf({ role: "clinician", centerId: "pila" }), "pila")
    assert.strictEqual(Access.centerOf({ role: "device", centerId: "waw" }), "waw")
    assert.strictEqual(Access.centerOf({ role: "statistician", centerId: "waw" }), null)
    assert.strictEqual(Access.centerOf({ role: "admin", centerId: "waw" }), null)
  })

  it("gives each endpoint the roles it had before the policy moved here", () => {
    assert.deepStrictEqual(Api.createPatient.roles, ["admin", "coordinator", "clinician"])
    assert.deepStrictEqual(Api.listPatients.roles, ["admin", "coordinator", "clinician"])
    assert.deepStrictEqual(Api.cohort.roles, ["admin", "coordinator", "clinician", "statistician"])
    assert.deepStrictEqual(Api.me.roles, ["admin", "coordinator", "clinician", "statistician", "device"])
    assert.deepStrictEqual(Api.listUsers.roles, ["admin"])
    assert.deepStrictEqual(Api.importTidy.roles, ["admin", "coordinator"])
    assert.deepStrictEqual(Api.postTelemetry.roles, ["admin", "coordinator", "clinician", "device"])
    assert.deepStrictEqual(Api.getTelemetry.roles, ["admin", "coordinator", "clinician", "device"])
    assert.deepStrictEqual(Api.procedureStream.roles, ["admin", "coordinator", "clinician"])
  })

  it("lists the roles an administrator gives as the new-account form does", () => {
    assert.deepStrictEqual(Access.staffRoles, ["coordinator", "clinician", "statistician", "admin"])
  })

  it("lets a route be called by its roles only, and a public route by anyone", () => {
    assert.isTrue(Endpoint.allows(Api.createProcedure, "clinician"))
    assert.isFalse(Endpoint.allows(Api.createProcedure, "statistician"))
    assert.isFalse(Endpoint.allows(Api.createProcedure, "device"))
    assert.isTrue(Endpoint.allows(Api.health, "device"))
  })
})
