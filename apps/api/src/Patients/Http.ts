import {
  Api,
  type BlockView,
  type PatientDetail,
  type ProcedureView,
  type ScreeningView,
  type VisitView
} from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { Effect } from "effect"
import type { Context, Hono } from "hono"
import { type Runtime, router } from "../http/Route.js"
import { Patients } from "../Patients.js"
import { Records } from "../Records.js"
import { etagOf, ifMatchOf, versionOfRecord } from "./Versions.js"

/** `/api/patients/*`: patients and their clinical records. */
export const patientRoutes = (app: Hono, runtime: Runtime) => {
  const r = router(app, runtime)
  const patients = <A, E, R2>(f: (p: Patients) => Effect.Effect<A, E, R2>) => Effect.flatMap(Patients, f)
  const records = <A, E, R2>(f: (p: Records) => Effect.Effect<A, E, R2>) => Effect.flatMap(Records, f)
  // A single record's answer carries its version as the ETag; a correction names the one it was made against.
  const tagged =
    <A>(c: Context, version: (answer: A) => string) =>
    <E, R2>(effect: Effect.Effect<A, E, R2>) =>
      Effect.tap(effect, (answer) => c.header("ETag", etagOf(version(answer))))
  const ifMatch = (c: Context) => ifMatchOf(c.req.header("if-match"))
  const ofPatient = (detail: PatientDetail) => detail.versions[detail.patient.id]!
  r.mount(Api.listPatients, ({ query }) => patients((p) => p.list(query)))
  // before `/api/patients/:id`, which would take "next-id" for a patient's id
  r.mount(Api.nextPatientId, ({ query }) => patients((p) => p.nextId(query)))
  r.mount(Api.createPatient, ({ body }, c) => patients((p) => p.create(body)).pipe(tagged(c, ofPatient)))
  r.mount(Api.getPatient, ({ params }) => patients((p) => p.get(params.id)))
  r.mount(Api.correctPatient, ({ params, body }, c) =>
    patients((p) => p.correct(params.id, body, ifMatch(c))).pipe(tagged(c, ofPatient))
  )
  r.mount(Api.withdrawPatient, ({ params, body }) => patients((p) => p.withdraw(params.id, body.reason)))
  r.mount(Api.patientHistory, ({ params }) => patients((p) => p.history(params.id)))
  const screening = (v: ScreeningView) => versionOfRecord("screening", v.screening)
  r.mount(Api.createScreening, ({ params, body }, c) =>
    records((s) => s.createScreening(params.id, body)).pipe(tagged(c, screening))
  )
  r.mount(Api.correctScreening, ({ params, body }, c) =>
    records((s) => s.correctScreening(params.id, body, ifMatch(c))).pipe(tagged(c, screening))
  )
  const block = (v: BlockView) => versionOfRecord("block", v.block)
  r.mount(Api.createBlock, ({ params, body }, c) =>
    records((s) => s.createBlock(params.id, body)).pipe(tagged(c, block))
  )
  r.mount(Api.correctBlock, ({ params, body }, c) =>
    records((s) => s.correctBlock(params.id, params.blockId, body, ifMatch(c))).pipe(tagged(c, block))
  )
  const procedure = (v: ProcedureView) => versionOfRecord("procedure", v.procedure)
  r.mount(Api.createProcedure, ({ params, body }, c) =>
    records((s) => s.createProcedure(params.id, body)).pipe(tagged(c, procedure))
  )
  r.mount(Api.correctProcedure, ({ params, body }, c) =>
    records((s) => s.correctProcedure(params.id, body, ifMatch(c))).pipe(tagged(c, procedure))
  )
  const visit = (v: VisitView) => versionOfRecord("visit", v.visit)
  r.mount(Api.createVisit, ({ params, body }, c) =>
    records((s) => s.createVisit(params.id, body)).pipe(tagged(c, visit))
  )
  r.mount(Api.correctVisit, ({ params, body }, c) =>
    records((s) => s.correctVisit(params.id, params.visitId, body, ifMatch(c))).pipe(tagged(c, visit))
  )
  const adverseEvent = (e: Model.AdverseEvent) => versionOfRecord("adverseEvent", e)
  r.mount(Api.createAdverseEvent, ({ params, body }, c) =>
    records((s) => s.createAdverseEvent(params.id, body)).pipe(tagged(c, adverseEvent))
  )
  r.mount(Api.correctAdverseEvent, ({ params, body }, c) =>
    records((s) => s.correctAdverseEvent(params.id, params.eventId, body, ifMatch(c))).pipe(
      tagged(c, adverseEvent)
    )
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
