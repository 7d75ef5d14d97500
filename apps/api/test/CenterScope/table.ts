import { Chunk, Effect, Stream } from "effect"
import { VisitsRepo } from "../../src/Analysis/VisitsRepo.js"
import { AnalysisSetsRepo } from "../../src/AnalysisSets/Repo.js"
import { AuditRepo } from "../../src/Audit/Repo.js"
import { Centers } from "../../src/Centers.js"
import type { CurrentUser } from "../../src/CurrentUser.js"
import { ExportsRepo } from "../../src/Exports/Repo.js"
import { ImportsRepo } from "../../src/Imports/Repo.js"
import { LiveRepo } from "../../src/LiveProcedures/Repo.js"
import { LiveSamples } from "../../src/LiveProcedures/Samples.js"
import { PatientsRepo } from "../../src/Patients/Repo.js"

/** Center B's objects the reads below aim at (center A is Warsaw, B Piła). */
export interface Targets {
  readonly patient: string
  readonly procedure: string
  readonly livePatient: string
  readonly set: string
  readonly importHash: string
}

type Read<S> = (service: S, b: Targets) => Effect.Effect<unknown, unknown, CurrentUser>

/**
 * What the test does with a repository method: `search` (over everything the caller may see: A's user gets
 * rows, none of B's), `ofB` (aimed at B's object: A's user gets nothing, the admin something), `count` (a
 * number of B's rows: 0 for A's user, more for the admin), or, for what reads no center's data for a caller,
 * why not.
 */
export type Entry<S> =
  | { readonly search: Read<S> }
  | { readonly ofB: Read<S> }
  | { readonly count: Read<S> }
  | { readonly write: string }
  | { readonly system: string }

type Methods<S> = { readonly [K in Exclude<keyof S, "_tag">]: Entry<S> }
const methods = <S>(table: Methods<S>) => table

const scopedWrite = "a write; the row it changes is found through a scoped read first"
const insert = "an insert of rows the service checked against the caller's center"

/** Every repository, and what the test does with each of its methods. */
export const repositories = {
  PatientsRepo: {
    tag: PatientsRepo,
    layer: PatientsRepo.Default,
    methods: methods<PatientsRepo>({
      findPatient: { ofB: (r, b) => r.findPatient(b.patient) },
      insertPatient: { write: insert },
      updatePatient: { write: scopedWrite },
      listPatients: { search: (r) => r.listPatients({ withdrawn: "include", after: null, limit: 100_000 }) },
      countPatients: { count: (r) => r.countPatients({ center: "pila", withdrawn: "include" }) },
      idsStartingWith: { ofB: (r) => r.idsStartingWith("PILA-") },
      recordsOf: { ofB: (r, b) => r.recordsOf(b.patient) },
      insertRecord: { write: insert },
      updateRecord: { write: scopedWrite },
      loadAll: { search: (r) => r.loadAll },
      putStudyRow: { write: scopedWrite },
      studyRows: { count: (r) => Effect.map(r.studyRows, (rows) => rows.n - waw.studyRows) },
      replaceStudyRows: { system: "the rebuild of every study row at start, before any request" },
      adverseEvents: { search: (r) => r.adverseEvents }
    })
  },
  LiveRepo: {
    tag: LiveRepo,
    layer: LiveRepo.Default,
    methods: methods<LiveRepo>({
      find: { ofB: (r, b) => r.find(b.procedure) },
      openOfPatient: { ofB: (r, b) => r.openOfPatient(b.livePatient) },
      currentOfPatient: { ofB: (r, b) => r.currentOfPatient(b.livePatient) },
      usernameOf: { system: "the user name of an account, for the audit trail" },
      revokeDeviceTokens: { write: scopedWrite },
      endDevice: { write: scopedWrite },
      list: { search: (r) => r.list({}) },
      insert: { write: insert },
      update: { write: scopedWrite },
      addSamples: { write: scopedWrite },
      events: { ofB: (r, b) => r.events(b.procedure) },
      insertEvents: { write: scopedWrite },
      cycles: { ofB: (r, b) => r.cycles(b.procedure) },
      insertCycles: { write: scopedWrite },
      deviations: { ofB: (r, b) => r.deviations(b.procedure) },
      insertDeviations: { write: scopedWrite }
    })
  },
  LiveSamples: {
    tag: LiveSamples,
    layer: LiveSamples.Default,
    methods: methods<LiveSamples>({
      insertSamples: { write: scopedWrite },
      storedSeqs: { ofB: (r, b) => Effect.map(r.storedSeqs(b.procedure, [0, 1, 2, 3]), (s) => [...s]) },
      samples: { ofB: (r, b) => r.samples(b.procedure, 0, 1e9) },
      appendStream: { write: scopedWrite },
      streamAfter: { ofB: (r, b) => r.streamAfter(b.procedure, 0) }
    })
  },
  ExportsRepo: {
    tag: ExportsRepo,
    layer: ExportsRepo.Default,
    methods: methods<ExportsRepo>({ page: { search: (r) => r.page(null, 100_000) } })
  },
  VisitsRepo: {
    tag: VisitsRepo,
    layer: VisitsRepo.Default,
    methods: methods<VisitsRepo>({
      stream: { search: (r) => Effect.map(Stream.runCollect(r.stream), Chunk.toArray) }
    })
  },
  AnalysisSetsRepo: {
    tag: AnalysisSetsRepo,
    layer: AnalysisSetsRepo.Default,
    methods: methods<AnalysisSetsRepo>({
      list: { search: (r) => r.list },
      find: { ofB: (r, b) => r.find(b.set) },
      findDemo: { ofB: (r) => r.findDemo },
      members: { ofB: (r, b) => r.members(b.set) },
      insert: { write: insert },
      rename: { write: scopedWrite },
      remove: { write: scopedWrite },
      studyRows: { search: (r) => r.studyRows }
    })
  },
  ImportsRepo: {
    tag: ImportsRepo,
    layer: ImportsRepo.Default,
    methods: methods<ImportsRepo>({
      filesOf: { ofB: (r, b) => r.filesOf([b.patient]) },
      insertPatients: { write: insert },
      insertRecords: { write: insert },
      insertStudyRows: { write: insert },
      earlier: { ofB: (r, b) => r.earlier(b.importHash, "pila") },
      insertImport: { write: insert }
    })
  },
  AuditRepo: {
    tag: AuditRepo,
    layer: AuditRepo.Default,
    methods: methods<AuditRepo>({
      append: { write: "appends to the trail; never updated or deleted" },
      list: { search: (r) => r.list({}, 100_000) },
      ofPatient: { ofB: (r, b) => r.ofPatient(b.patient) }
    })
  },
  Centers: {
    tag: Centers,
    layer: Centers.Default,
    methods: methods<Centers>({
      list: { search: (r) => r.list },
      exists: { system: "whether a center code is taken (the administrator's forms, an import's center)" },
      create: { write: "the administrator's act" },
      rename: { write: "the administrator's act" }
    })
  }
} as const

/** Center A's own count of rows a `count` entry compares against (set by the test before it runs). */
export const waw = { studyRows: 0 }
