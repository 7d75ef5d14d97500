import { randomBytes } from "node:crypto"
import { type ReportResponse, VisitRow } from "@cryoreg/contract"
import { Protocol, Analysis as StudyAnalysis } from "@cryoreg/domain"
import { Effect } from "effect"
import { cohortOverview } from "./Analysis/Cohort.js"
import { pseudonym, toCsv, visitRows } from "./Analysis/Export.js"
import { loadPatients, treatedRecords } from "./Analysis/Load.js"
import { CurrentUser, centerScope } from "./CurrentUser.js"
import { DataVersion } from "./DataVersion.js"
import { RuleViolation } from "./Errors.js"
import { PatientsRepo } from "./Patients/Repo.js"
import { RegistryMeta } from "./RegistryMeta.js"

const visitColumns = Object.keys(VisitRow.fields) as Array<keyof VisitRow & string>

/**
 * The analysis of the stored records the caller may see: Tables 1–10, the comparison with the paper,
 * the cohort overview and the tidy exports. Reports are cached per center scope until the next write.
 */
export class Analysis extends Effect.Service<Analysis>()("api/Analysis", {
  effect: Effect.gen(function* () {
    const repo = yield* PatientsRepo
    const version = yield* DataVersion
    const meta = yield* RegistryMeta
    const secret = yield* meta.getOrSet("pseudonym_secret", () => randomBytes(32).toString("hex"))
    const cache = new Map<string, { readonly version: string; readonly report: ReportResponse }>()

    const load = Effect.map(repo.loadAll, ({ patients, records }) => loadPatients(patients, records))

    const report = Effect.gen(function* () {
      const key = centerScope(yield* CurrentUser) ?? "*"
      const current = yield* version.current
      const hit = cache.get(key)
      if (hit !== undefined && hit.version === current) return hit.report
      const records = treatedRecords(yield* load)
      const computed = yield* StudyAnalysis.studyReport(records, Protocol.study).pipe(
        Effect.mapError(
          (e) =>
            new RuleViolation({
              message: `the study tables cannot be computed from these records: ${e.message}`,
              issues: []
            })
        )
      )
      const value: ReportResponse = { n: records.length, demo: yield* meta.isDemo, report: computed }
      cache.set(key, { version: current, report: value })
      return value
    })

    const comparison = Effect.gen(function* () {
      const { report: tables } = yield* report
      const findings = yield* StudyAnalysis.checkPublished(StudyAnalysis.study).pipe(Effect.orDie)
      return { comparison: StudyAnalysis.compareWithPublished(tables, StudyAnalysis.study), findings }
    })

    const reportCsv = Effect.map(comparison, ({ comparison: cells }) =>
      toCsv(cells, ["path", "published", "reproduced", "difference", "agrees"])
    )

    const cohort = Effect.gen(function* () {
      return cohortOverview(yield* load, new Date().toISOString().slice(0, 10), yield* meta.isDemo)
    })

    const rows = Effect.gen(function* () {
      const user = yield* CurrentUser
      const loaded = yield* load
      return visitRows(loaded, user.role === "statistician" ? (id) => pseudonym(secret, id) : null)
    })

    const exportVisits = Effect.map(rows, (items) => ({ items }))
    const exportVisitsCsv = Effect.map(rows, (items) => toCsv(items, visitColumns))

    const adverseEvents = Effect.gen(function* () {
      const user = yield* CurrentUser
      const loaded = yield* load
      const hide = user.role === "statistician"
      return {
        items: loaded.flatMap((p) =>
          p.row.withdrawn_at !== null
            ? []
            : p.adverseEvents.map((e) => {
                const { description, ...rest } = e
                return {
                  ...rest,
                  ...(hide || description === undefined ? {} : { description }),
                  patientId: hide ? (pseudonym(secret, e.patientId) as typeof e.patientId) : e.patientId,
                  centerId: p.patient.centerId
                }
              })
        )
      }
    })

    return { report, comparison, reportCsv, cohort, exportVisits, exportVisitsCsv, adverseEvents } as const
  }),
  dependencies: [PatientsRepo.Default, DataVersion.Default, RegistryMeta.Default]
}) {}
