import { Api } from "@cryoreg/contract"
import { Effect } from "effect"
import type { Hono } from "hono"
import { type Runtime, router } from "../http/Route.js"
import { Patients } from "../Patients.js"
import { Records } from "../Records.js"

/** `/api/patients/*`: patients and their clinical records. */
export const patientRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  const patients = <A, E, R2>(f: (p: Patients) => Effect.Effect<A, E, R2>) => Effect.flatMap(Patients, f)
  const records = <A, E, R2>(f: (p: Records) => Effect.Effect<A, E, R2>) => Effect.flatMap(Records, f)
  r.mount(Api.listPatients, ({ query }) => patients((p) => p.list(query)))
  // before `/api/patients/:id`, which would take "next-id" for a patient's id
  r.mount(Api.nextPatientId, ({ query }) => patients((p) => p.nextId(query)))
  r.mount(Api.createPatient, ({ body }) => patients((p) => p.create(body)))
  r.mount(Api.getPatient, ({ params }) => patients((p) => p.get(params.id)))
  r.mount(Api.correctPatient, ({ params, body }) => patients((p) => p.correct(params.id, body)))
  r.mount(Api.withdrawPatient, ({ params, body }) => patients((p) => p.withdraw(params.id, body.reason)))
  r.mount(Api.patientHistory, ({ params }) => patients((p) => p.history(params.id)))
  r.mount(Api.createScreening, ({ params, body }) => records((s) => s.createScreening(params.id, body)))
  r.mount(Api.correctScreening, ({ params, body }) => records((s) => s.correctScreening(params.id, body)))
  r.mount(Api.createBlock, ({ params, body }) => records((s) => s.createBlock(params.id, body)))
  r.mount(Api.correctBlock, ({ params, body }) =>
    records((s) => s.correctBlock(params.id, params.blockId, body))
  )
  r.mount(Api.createProcedure, ({ params, body }) => records((s) => s.createProcedure(params.id, body)))
  r.mount(Api.correctProcedure, ({ params, body }) => records((s) => s.correctProcedure(params.id, body)))
  r.mount(Api.createVisit, ({ params, body }) => records((s) => s.createVisit(params.id, body)))
  r.mount(Api.correctVisit, ({ params, body }) =>
    records((s) => s.correctVisit(params.id, params.visitId, body))
  )
  r.mount(Api.createAdverseEvent, ({ params, body }) => records((s) => s.createAdverseEvent(params.id, body)))
  r.mount(Api.correctAdverseEvent, ({ params, body }) =>
    records((s) => s.correctAdverseEvent(params.id, params.eventId, body))
  )
  r.mount(Api.retractVisit, ({ params, body }) =>
    records((s) => s.retractVisit(params.id, params.visitId, body.reason))
  )
  r.mount(Api.retractBlock, ({ params, body }) =>
    records((s) => s.retractBlock(params.id, params.blockId, body.reason))
  )
  r.mount(Api.retractAdverseEvent, ({ params, body }) =>
    records((s) => s.retractAdverseEvent(params.id, params.eventId, body.reason))
  )
}
