import { Api, type ProcedureInput, type ProcedureView } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { Effect } from "effect"
import type { Context } from "hono"
import { describe, expectTypeOf, it } from "vitest"
import type { Decoded, router } from "../../src/http/Route.js"

// The router's parts as a handler sees them, checked by the type checker (`pnpm typecheck` compiles the tests).
type Mount = ReturnType<typeof router>["mount"]

// Only typed, never run: a handler's input, answer and failures are the endpoint's.
const typed = (mount: Mount) => {
  mount(Api.createProcedure, (input) => {
    expectTypeOf(input).toEqualTypeOf<
      Decoded<{ readonly id: Model.PatientId }, Record<string, never>, ProcedureInput>
    >()
    return Effect.fail({ _tag: "ProcedureExists" as const, message: "a procedure is recorded" })
  })
  // @ts-expect-error a failure the endpoint does not declare (RecordChanged is for corrections) is refused
  mount(Api.createProcedure, () => Effect.fail({ _tag: "RecordChanged" as const, message: "x" }))
  // @ts-expect-error an answer of another shape than the success Schema is refused
  mount(Api.createProcedure, () => Effect.succeed({ not: "a procedure" }))
  mount(Api.logout, (input, c) => {
    expectTypeOf(c).toEqualTypeOf<Context>()
    expectTypeOf(input.body).toEqualTypeOf<undefined>()
    return Effect.void
  })
}

describe("the router's types", () => {
  it("gives a handler the endpoint's decoded params, query and body, and holds its answer and failures to the contract", () => {
    expectTypeOf(typed).toBeFunction()
    expectTypeOf<Parameters<Mount>[0]>().not.toBeAny()
    expectTypeOf<ProcedureView>().toHaveProperty("procedure")
  })
})
