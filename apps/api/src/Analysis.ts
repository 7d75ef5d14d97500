import { randomBytes } from "node:crypto"
import { type ReportResponse, VisitRow } from "@cryoreg/contract"
import { Protocol, Analysis as StudyAnalysis } from "@cryoreg/domain"
import { Effect } from "effect"
import { cohortOverview } from "./Analysis/Cohort.js"
import { pseudonym, toCsv, visitRows } from "./Analysis/Export.js"
import { loadPatients } from "./Analysis/Load.js"
import * as StudyRows from "./Analysis/StudyRows.js"
import { CurrentUser, centerScope } from "./CurrentUser.js"
import { DataVersion } from "./DataVersion.js"
import { RuleViolation } from "./Errors.js"
import { PatientsRepo } from "./Patients/Repo.js"
import { RegistryMeta } from "./RegistryMeta.js"
import { Today } from "./Today.js"
import { VersionedCache } from "./VersionedCache.js"

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
    const today = yield* Today
    const secret = yield* meta.getOrSet("pseudonym_secret", () => randomBytes(32).toString("hex"))
    // per center scope, until the next write
    const reports = new VersionedCache<ReportResponse>(16)

    const load = Effect.map(repo.loadAll, ({ patients, records }) => loadPatients(patients, records))

    // From the study rows alone (one narrow row per treated patient, kept with each write), not the records.
    // Cells the patients cannot give are "not computed" with their reason: only a drug that cannot be
    // classified refuses the whole report.
    const report = Effect.gen(function* () {
      const key = centerScope(yield* CurrentUser) ?? "*"
      const at = yield* version.atRequest
      const hit = reports.get(at, key)
      if (hit !== undefined) return hit
      const rows = yield* repo.studyRows
      const computed = yield* StudyAnalysis.studyReportOfRows(rows, Protocol.study).pipe(
        Effect.mapError((e) => new RuleViolation({ message: StudyRows.reportRefusal(e), issues: [] }))
      )
      const value: ReportResponse = { n: rows.n, demo: yield* meta.isDemo, report: computed }
      reports.set(at, key, value)
      return value
    })

    const comparison = Effect.gen(function* () {
      const { report: tables } = yield* report
      const findings = yield* StudyAnalysis.checkPublished(StudyAnalysis.study).pipe(Effect.orDie)
      return { comparison: StudyAnalysis.compareWithPublished(tables, StudyAnalysis.study), findings }
    })

    const reportCsv = Effect.map(comparison, ({ comparison: cells }) =>
      toCsv(cells, ["path", "published", "reproduced", "difference", "agrees", "status", "reason"])
    )

    const cohort = Effect.gen(function* () {
      return cohortOverview(yield* load, yield* today.date, yield* meta.isDemo)
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

    /** Rebuilds the study rows when their format changed (see Analysis/StudyRows). */
    const ensureStudyRows = StudyRows.ensureStudyRows(repo, meta)

    return {
      ensureStudyRows,
      report,
      comparison,
      reportCsv,
      cohort,
      exportVisits,
      exportVisitsCsv,
      adverseEvents
    } as const
  }),
  dependencies: [PatientsRepo.Default, DataVersion.Default, RegistryMeta.Default]
}) {}
