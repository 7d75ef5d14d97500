import { randomBytes } from "node:crypto"
import { Access, Endpoint, type ReportResponse } from "@cryoreg/contract"
import { Analysis, Protocol } from "@cryoreg/domain"
import { Effect, Stream } from "effect"
import { cohortOverview } from "./Analysis/Cohort.js"
import { reportDocx as docx, type ReportSource, versions } from "./Analysis/Docx.js"
import { pseudonym, toCsv, visitRows } from "./Analysis/Export.js"
import { loadPatients } from "./Analysis/Load.js"
import { parquetStream } from "./Analysis/Parquet.js"
import * as StudyRows from "./Analysis/StudyRows.js"
import { visitColumns, visitParquetColumns } from "./Analysis/VisitColumns.js"
import { VisitsRepo } from "./Analysis/VisitsRepo.js"
import { AnalysisSets } from "./AnalysisSets.js"
import { CurrentUser, centerScope } from "./CurrentUser.js"
import { DataVersion } from "./DataVersion.js"
import { RuleViolation } from "./Errors.js"
import { streamed } from "./http/Streamed.js"
import { PatientsRepo } from "./Patients/Repo.js"
import { RegistryMeta } from "./RegistryMeta.js"
import { Today } from "./Today.js"
import { VersionedCache } from "./VersionedCache.js"

// Rows a Parquet row group holds: a group's values live until it is encoded, and the fewer they are the
// fewer outlive a young-generation collection; 2,000 rows let the 100,000-patient export's garbage grow the
// API by 110 MB (see BENCHMARKS.md).
const parquetGroup = 500

/**
 * The analysis of the stored records the caller may see: Tables 1–10, the comparison with the paper,
 * the cohort overview and the tidy exports. Reports are cached per center scope until the next write.
 * Each takes an analysis set's id (`set`): the tables and the exports then come from its frozen rows, the
 * cohort overview and the adverse events from its patients' live records.
 */
export class RegistryAnalysis extends Effect.Service<RegistryAnalysis>()("api/RegistryAnalysis", {
  effect: Effect.gen(function* () {
    const repo = yield* PatientsRepo
    const version = yield* DataVersion
    const meta = yield* RegistryMeta
    const today = yield* Today
    const sets = yield* AnalysisSets
    const visits = yield* VisitsRepo
    const secret = yield* meta.getOrSet("pseudonym_secret", () => randomBytes(32).toString("hex"))
    // per center scope, until the next write
    const reports = new VersionedCache<ReportResponse>(16)
    const setReports = new Map<string, ReportResponse>()

    // The statistician sees every patient under the exports' pseudonym, everyone else the real id.
    const pseudonymizer = Effect.map(CurrentUser, (user) =>
      Access.seesPseudonyms(user.role) ? (id: string) => pseudonym(secret, id) : null
    )

    const loadAll = Effect.map(repo.loadAll, ({ patients, records }) => loadPatients(patients, records))
    // The live records, of the set's patients only when a set is given.
    const load = (set: string | undefined) =>
      set === undefined
        ? loadAll
        : Effect.flatMap(sets.patientIds(set), (ids) =>
            Effect.map(loadAll, (loaded) => loaded.filter((p) => ids.has(p.patient.id)))
          )

    // From the study rows alone (one narrow row per treated patient, kept with each write), not the records.
    // Cells the patients cannot give are "not computed" with their reason: only a drug that cannot be
    // classified refuses the whole report.
    const report = (set?: string) =>
      Effect.gen(function* () {
        if (set !== undefined) {
          // A set's rows never change: its report is kept (for the callers who may see the set).
          yield* sets.visible(set)
          const kept = setReports.get(set)
          if (kept !== undefined) return kept
          const value = yield* reportOf(yield* sets.studyRows(set))
          if (setReports.size >= 16) setReports.delete(setReports.keys().next().value as string)
          setReports.set(set, value)
          return value
        }
        const key = centerScope(yield* CurrentUser) ?? "*"
        const at = yield* version.atRequest
        const hit = reports.get(at, key)
        if (hit !== undefined) return hit
        const value = yield* reportOf(yield* repo.studyRows)
        reports.set(at, key, value)
        return value
      })

    const reportOf = (rows: Analysis.StudyRowSource) =>
      Effect.gen(function* () {
        const computed = yield* Analysis.studyReportOfRows(rows, Protocol.study).pipe(
          Effect.mapError((e) => new RuleViolation({ message: StudyRows.reportRefusal(e), issues: [] }))
        )
        const value: ReportResponse = { n: rows.n, demo: yield* meta.isDemo, report: computed }
        return value
      })

    const comparison = (set?: string) =>
      Effect.gen(function* () {
        const { report: tables } = yield* report(set)
        const findings = yield* Analysis.checkPublished(Analysis.study).pipe(Effect.orDie)
        return { comparison: Analysis.compareWithPublished(tables, Analysis.study), findings }
      })

    const reportCsv = (set?: string) =>
      Effect.map(comparison(set), ({ comparison: cells }) =>
        toCsv(cells, ["path", "published", "reproduced", "difference", "agrees", "status", "reason"])
      )

    const reportDocx = (set?: string) =>
      Effect.gen(function* () {
        const { n, report: tables } = yield* report(set)
        const { findings } = yield* comparison(set)
        const source: ReportSource =
          set === undefined
            ? { _tag: "Live", at: new Date(), patients: n }
            : yield* Effect.map(sets.get(set), (s) => ({
                _tag: "Set" as const,
                name: s.name,
                patients: s.n,
                createdAt: new Date(s.createdAt),
                hash: s.sha256
              }))
        return yield* docx({ report: tables, findings, source, versions: versions() })
      })

    const cohort = (set?: string) =>
      Effect.gen(function* () {
        return cohortOverview(yield* load(set), yield* today.date, yield* meta.isDemo, yield* pseudonymizer)
      })

    const rows = (set?: string) =>
      Effect.gen(function* () {
        if (set !== undefined) return yield* sets.visits(set)
        return visitRows(yield* loadAll, yield* pseudonymizer)
      })

    const exportVisits = (set?: string) => Effect.map(rows(set), (items) => ({ items }))
    const exportVisitsCsv = (set?: string) => Effect.map(rows(set), (items) => toCsv(items, visitColumns))

    // The same rows as the CSV's, streamed: from the database's cursor a patient at a time (a set's from its
    // frozen rows), encoded a row group at a time.
    const exportVisitsParquet = (set?: string) =>
      Effect.gen(function* () {
        const source =
          set !== undefined
            ? Stream.fromIterable(yield* sets.visits(set))
            : Stream.unwrap(
                Effect.map(pseudonymizer, (hide) =>
                  Stream.mapConcat(visits.stream, (p) => visitRows([p], hide))
                )
              )
        const body = parquetStream(source, visitParquetColumns, parquetGroup)
        return yield* streamed(Endpoint.parquetMediaType, "visits.parquet", body)
      })

    const adverseEvents = (set?: string) =>
      Effect.gen(function* () {
        const loaded = yield* load(set)
        const hide = yield* pseudonymizer
        return {
          items: loaded.flatMap((p) =>
            p.row.withdrawn_at !== null
              ? []
              : p.adverseEvents.map((e) => {
                  const { description, ...rest } = e
                  return {
                    ...rest,
                    ...(hide !== null || description === undefined ? {} : { description }),
                    patientId: hide === null ? e.patientId : (hide(e.patientId) as typeof e.patientId),
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
      reportDocx,
      cohort,
      exportVisits,
      exportVisitsCsv,
      exportVisitsParquet,
      adverseEvents
    } as const
  }),
  dependencies: [
    PatientsRepo.Default,
    VisitsRepo.Default,
    DataVersion.Default,
    RegistryMeta.Default,
    AnalysisSets.Default
  ]
}) {}
