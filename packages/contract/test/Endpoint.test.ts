import type { Model } from "@cryoreg/domain"
import { describe, expect, expectTypeOf, it } from "vitest"
import { Api, all, Endpoint, type ErrorTag, type NewPatient, type PatientDetail } from "../src/index.js"

describe("the contract's types", () => {
  it("Input asks for exactly the parts an endpoint has", () => {
    expectTypeOf<Endpoint.Input<typeof Api.createPatient>>().toMatchTypeOf<{ readonly body: NewPatient }>()
    expectTypeOf<Endpoint.Input<typeof Api.getPatient>>().toMatchTypeOf<{
      readonly params: { readonly id: Model.PatientId }
    }>()
    expectTypeOf<Endpoint.Input<typeof Api.getPatient>>().not.toHaveProperty("body")
  })

  it("Success is the decoded answer", () => {
    expectTypeOf<Endpoint.Success<typeof Api.createPatient>>().toEqualTypeOf<PatientDetail>()
    expectTypeOf<Endpoint.Success<typeof Api.logout>>().toEqualTypeOf<void>()
  })

  it("ErrorOf lists an endpoint's own errors and those of every signed-in route, and only tags with a status", () => {
    type Procedure = Endpoint.ErrorOf<typeof Api.createProcedure>
    expectTypeOf<"ProcedureExists">().toMatchTypeOf<Procedure>()
    expectTypeOf<"Unauthorized">().toMatchTypeOf<Procedure>()
    expectTypeOf<"RecordChanged">().not.toMatchTypeOf<Procedure>()
    expectTypeOf<Endpoint.ErrorOf<typeof Api.correctVisit>>().toMatchTypeOf<ErrorTag>()
    // a public route cannot answer that the session is missing
    expectTypeOf<"Unauthorized">().not.toMatchTypeOf<Endpoint.ErrorOf<typeof Api.health>>()
    // @ts-expect-error a tag without a status in Errors.statusOf is refused
    Endpoint.get("x", { path: "/x", tag: "x", summary: "x", roles: "public", errors: ["NoStatusForThis"] })
  })
})

describe("what a session whose password the server chose may do", () => {
  it("reads who it is, its language and its center's name, signs out and changes the password: nothing else", () => {
    const open = all.filter((e) => e.beforePasswordChange).map((e) => e.name)
    expect(open.toSorted()).toEqual(["changePassword", "listCenters", "logout", "me", "updateProfile"])
    // and those never answer that the password must be changed first
    expect(Api.listCenters.errors).not.toContain("PasswordChangeRequired")
    expect(Api.listPatients.errors).toContain("PasswordChangeRequired")
  })
})
