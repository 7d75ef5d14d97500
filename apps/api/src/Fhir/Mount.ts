import { Endpoint } from "@cryoreg/contract"
import { Cause, Effect, Exit, Fiber, Option } from "effect"
import type { Context, Hono } from "hono"
import { Auth } from "../Auth.js"
import { CurrentUser, RequestSession } from "../CurrentUser.js"
import { type Failure, type Runtime, tokenOf } from "../http/Route.js"
import { RowSecurity } from "../RowSecurity.js"
import type { Services } from "../Services.js"
import { outcomeOf } from "./Outcome.js"

/** The media type of FHIR JSON. */
export const fhirJson = "application/fhir+json"
const running = new Set<Fiber.RuntimeFiber<void>>()

/** Interrupts the bulk exports this process is running (at shutdown; their jobs stay "in progress"). */
export const closeExports = (runtime: Runtime) =>
  Promise.all([...running].map((f) => runtime.runPromise(Fiber.interrupt(f)))).then(() => undefined)

/** A route's answer, and what to start once the request's transaction is committed. */
export interface Answer {
  readonly response: Response
  readonly after?: Effect.Effect<void, never, Services>
}

export type Handler = (
  c: Context
) => Effect.Effect<Response | Answer, Failure, Services | CurrentUser | RequestSession>

/**
 * Mounts a FHIR route: authenticate (401), check the role (403), run the handler as the caller under the
 * database's row security; a failure is answered as an OperationOutcome with the status of its tag.
 */
export const mount = (app: Hono, runtime: Runtime, endpoint: Endpoint.Any, handler: Handler) =>
  app.on(endpoint.method, endpoint.path, async (c) => {
    const program = Effect.gen(function* () {
      const token = tokenOf(c)
      const found = token === undefined ? Option.none() : yield* (yield* Auth).authenticate(token)
      if (Option.isNone(found))
        return yield* Effect.fail<Failure>({
          _tag: "Unauthorized",
          message: "sign in first: no valid session or bearer token"
        })
      const session = found.value
      if (!Endpoint.allows(endpoint, session.user.role))
        return yield* Effect.fail<Failure>({
          _tag: "Forbidden",
          message: `the ${session.user.role} role may not ${endpoint.summary.toLowerCase()}`
        })
      return yield* Effect.flatMap(RowSecurity, (rls) => rls.scoped(handler(c))).pipe(
        Effect.provideService(CurrentUser, session.user),
        Effect.provideService(RequestSession, session)
      )
    })
    const exit = await runtime.runPromiseExit(program)
    if (Exit.isSuccess(exit)) {
      if (exit.value instanceof Response) return exit.value
      if (exit.value.after !== undefined) {
        const fiber = runtime.runFork(exit.value.after)
        running.add(fiber)
        fiber.addObserver(() => running.delete(fiber))
      }
      return exit.value.response
    }
    const failure = Cause.failureOption(exit.cause)
    if (Option.isSome(failure)) {
      const { status, body } = outcomeOf(failure.value as Failure)
      if (status !== 500) return c.body(JSON.stringify(body), status, { "content-type": fhirJson })
    }
    console.error(Cause.pretty(exit.cause))
    const { body } = outcomeOf({ _tag: "InternalError", message: "The server failed to handle this request" })
    return c.body(JSON.stringify(body), 500, { "content-type": fhirJson })
  })
