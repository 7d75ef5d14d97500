import { Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect, Stream } from "effect"
import { centerFilter } from "../CenterScope.js"
import type { CurrentUser } from "../CurrentUser.js"
import { retracted } from "../Patients/Repo.js"
import type { VisitSource } from "./Export.js"

const trusted = { disableValidation: true } as const

interface Row {
  readonly patient_id: string
  readonly patient: string
  readonly kind: "procedure" | "visit"
  readonly data: string
}

/**
 * What the visit exports read, streamed from a database cursor: each patient the caller may see who is not
 * withdrawn, with their procedure and visits (current records only), in patient order, one at a time.
 */
export class VisitsRepo extends Effect.Service<VisitsRepo>()("api/VisitsRepo", {
  effect: Effect.gen(function* () {
    const sql = yield* SqlClient.SqlClient

    const stream: Stream.Stream<VisitSource, never, CurrentUser> = Stream.unwrap(
      Effect.map(centerFilter(sql, "p.center_id"), (scope) => {
        const rows = sql<Row>`SELECT p.id AS patient_id, p.data AS patient, r.kind, r.data
          FROM patients p JOIN clinical_records r ON r.patient_id = p.id
          WHERE ${scope} AND p.withdrawn_at IS NULL AND r.kind IN ('procedure', 'visit')
            AND (r.state IS NULL OR r.state <> ${retracted})
          ORDER BY p.id, r.created_at, r.id`.stream
        return rows.pipe(
          Stream.orDie,
          Stream.groupAdjacentBy((r) => r.patient_id),
          Stream.map(([, records]): VisitSource => {
            let procedure: Model.Procedure | null = null
            const visits: Array<Model.FollowUpVisit> = []
            let patient: Model.Patient | null = null
            for (const r of records) {
              patient ??= new Model.Patient(JSON.parse(r.patient), trusted)
              if (r.kind === "procedure") procedure = new Model.Procedure(JSON.parse(r.data), trusted)
              else visits.push(new Model.FollowUpVisit(JSON.parse(r.data), trusted))
            }
            return { patient: patient!, procedure, visits, row: { withdrawn_at: null } }
          })
        )
      })
    )
    return { stream } as const
  })
}) {}
