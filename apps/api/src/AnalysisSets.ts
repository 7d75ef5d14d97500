import { randomBytes } from "node:crypto"
import {
  Access,
  type AnalysisSet,
  type AnalysisSetDetail,
  type AnalysisSetRow,
  type NewAnalysisSet,
  type SetSelection,
  type VisitRow
} from "@cryoreg/contract"
import type { Analysis, Model } from "@cryoreg/domain"
import { SqlClient } from "@effect/sql"
import { Effect, Either, Option } from "effect"
import { pseudonym, visitRows } from "./Analysis/Export.js"
import { loadPatients } from "./Analysis/Load.js"
import * as Canonical from "./AnalysisSets/Canonical.js"
import { AnalysisSetsRepo, type MemberRow, type SetRow } from "./AnalysisSets/Repo.js"
import { select } from "./AnalysisSets/Selection.js"
import { Audit } from "./Audit.js"
import { CurrentUser, centerScope } from "./CurrentUser.js"
import { Forbidden, NotFound, RuleViolation } from "./Errors.js"
import { PatientsRepo } from "./Patients/Repo.js"
import { RegistryMeta } from "./RegistryMeta.js"

/** The name of the set the demo registry's first start makes of its study cohort. */
export const demoSetName = "Study cohort (demo)"

const entity = "analysisSet"

const view = (row: SetRow): AnalysisSet => ({
  id: row.id as AnalysisSet["id"],
  name: row.name,
  centerId: row.center_id as Model.CenterId | null,
  selection: JSON.parse(row.selection) as SetSelection,
  n: Number(row.n),
  sha256: row.sha256,
  createdAt: row.created_at,
  createdBy: row.created_by,
  demo: Number(row.demo) === 1
})

const canonicalRows = (members: ReadonlyArray<MemberRow>) =>
  members.map((m) => ({ pseudonym: m.pseudonym, row: JSON.parse(m.data) as Analysis.StudyRow }))

/**
 * Frozen analysis sets: a copy of the selected patients' study rows (and their visit export rows) taken
 * when the set is made, with their SHA-256 in canonical form; a set is renamed, never changed, and every
 * analysis route reads it with `?set=`. Making, renaming and deleting one are audited.
 */
export class AnalysisSets extends Effect.Service<AnalysisSets>()("api/AnalysisSets", {
  effect: Effect.gen(function* () {
    const repo = yield* AnalysisSetsRepo
    const patients = yield* PatientsRepo
    const audit = yield* Audit
    const meta = yield* RegistryMeta
    const sql = yield* SqlClient.SqlClient
    const secret = yield* meta.getOrSet("pseudonym_secret", () => randomBytes(32).toString("hex"))

    const found = (id: string) =>
      Effect.flatMap(repo.find(id), (row) =>
        Option.isNone(row)
          ? Effect.fail(new NotFound({ message: `no analysis set ${id}` }))
          : Effect.succeed(row.value)
      )

    /** A set's members the caller may see, in canonical order; 404 when the set is not theirs to see. */
    const members = (id: string) =>
      Effect.flatMap(repo.members(id), (rows) =>
        Option.isNone(rows)
          ? Effect.fail(new NotFound({ message: `no analysis set ${id}` }))
          : Effect.succeed(rows.value)
      )

    const list = Effect.map(repo.list, (rows) => ({ items: rows.map(view) }))

    const create = (input: NewAnalysisSet, options: { readonly demo?: boolean } = {}) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const own = centerScope(user)
        const foreign = own === null ? [] : (input.selection.centers ?? []).filter((c) => c !== own)
        if (foreign.length > 0)
          return yield* new Forbidden({
            message: `a ${user.role} of ${own} makes sets of ${own}'s patients only; asked for ${foreign.join(", ")}`
          })
        const { patients: patientRows, records } = yield* patients.loadAll
        // The statistician knows the patients by their pseudonyms only.
        const namesOf = (id: string) =>
          Access.seesPseudonyms(user.role) ? [pseudonym(secret, id)] : [id, pseudonym(secret, id)]
        const loaded = loadPatients(patientRows, records)
        const chosen = select(input.selection, yield* repo.studyRows, loaded, namesOf)
        if (Either.isLeft(chosen))
          return yield* new RuleViolation({ message: chosen.left.message, issues: chosen.left.issues })
        const rows: Array<Omit<MemberRow, "set_id">> = chosen.right.map(({ row, patient }) => ({
          pseudonym: pseudonym(secret, row.patient_id),
          patient_id: row.patient_id,
          center_id: row.center_id,
          data: row.data,
          visits: JSON.stringify(visitRows([patient], null))
        }))
        const centers = new Set(rows.map((r) => r.center_id))
        const set: SetRow = {
          id: `set-${randomBytes(8).toString("hex")}`,
          name: input.name,
          center_id: own ?? (centers.size === 1 ? [...centers][0]! : null),
          selection: JSON.stringify(input.selection),
          n: rows.length,
          sha256: Canonical.sha256(
            rows.map((m) => ({ pseudonym: m.pseudonym, row: JSON.parse(m.data) as Analysis.StudyRow }))
          ),
          demo: options.demo === true ? 1 : 0,
          created_at: new Date().toISOString(),
          created_by: user.username
        }
        yield* sql
          .withTransaction(
            Effect.gen(function* () {
              yield* repo.insert(
                set,
                rows.map((r) => ({ ...r, set_id: set.id }))
              )
              yield* audit.append({
                action: "create",
                entity,
                entityId: set.id,
                centerId: set.center_id,
                after: { name: set.name, selection: input.selection, n: set.n, sha256: set.sha256 }
              })
            })
          )
          .pipe(Effect.orDie)
        return view(set)
      })

    const get = (id: string) =>
      Effect.gen(function* () {
        const set = view(yield* found(id))
        const recomputed = Canonical.sha256(canonicalRows(yield* members(id)))
        return {
          ...set,
          recomputedSha256: recomputed,
          verified: recomputed === set.sha256
        } satisfies AnalysisSetDetail
      })

    const rowsOf = (id: string) =>
      Effect.gen(function* () {
        const user = yield* CurrentUser
        const hide = Access.seesPseudonyms(user.role)
        const items = (yield* members(id)).map(
          (m): AnalysisSetRow => ({
            pseudonym: m.pseudonym,
            ...(hide ? {} : { patientId: m.patient_id as Model.PatientId }),
            centerId: m.center_id as Model.CenterId,
            row: JSON.parse(m.data) as Analysis.StudyRow
          })
        )
        return { items }
      })

    const rename = (id: string, name: string) =>
      Effect.gen(function* () {
        const before = yield* found(id)
        yield* sql
          .withTransaction(
            Effect.gen(function* () {
              yield* repo.rename(id, name)
              yield* audit.append({
                action: "correct",
                entity,
                entityId: id,
                centerId: before.center_id,
                before: { name: before.name },
                after: { name }
              })
            })
          )
          .pipe(Effect.orDie)
        return view({ ...before, name })
      })

    const remove = (id: string) =>
      Effect.gen(function* () {
        const before = yield* found(id)
        yield* sql
          .withTransaction(
            Effect.gen(function* () {
              yield* repo.remove(id)
              yield* audit.append({
                action: "delete",
                entity,
                entityId: id,
                centerId: before.center_id,
                before: { name: before.name, n: Number(before.n), sha256: before.sha256 }
              })
            })
          )
          .pipe(Effect.orDie)
      })

    /** The set's study rows for the tables, in patient order (as the live rows are read). */
    const studyRows = (id: string) =>
      Effect.map(members(id), (rows) => {
        const ordered = [...rows].sort((a, b) =>
          a.patient_id < b.patient_id ? -1 : a.patient_id > b.patient_id ? 1 : 0
        )
        return {
          n: ordered.length,
          rowAt: (i: number) => JSON.parse(ordered[i]!.data) as Analysis.StudyRow
        } satisfies Analysis.StudyRowSource
      })

    /** The set's visit export rows as frozen; the statistician's carry the pseudonyms. */
    const visits = (id: string) =>
      Effect.gen(function* () {
        const hide = Access.seesPseudonyms((yield* CurrentUser).role)
        return (yield* members(id)).flatMap((m) =>
          (JSON.parse(m.visits) as Array<VisitRow>).map((v) =>
            hide ? { ...v, patient: m.pseudonym as Model.PatientId } : v
          )
        )
      })

    /** The ids of the set's patients (for the live views of them: the cohort overview, adverse events). */
    const patientIds = (id: string) =>
      Effect.map(members(id), (rows) => new Set(rows.map((m) => m.patient_id)))

    /** Fails with 404 unless the caller may see the set. */
    const visible = (id: string) => Effect.asVoid(found(id))

    return { list, create, get, rowsOf, rename, remove, visible, studyRows, visits, patientIds } as const
  }),
  dependencies: [AnalysisSetsRepo.Default, PatientsRepo.Default, RegistryMeta.Default]
}) {}
