import { randomBytes } from "node:crypto"
import * as Contract from "@cryoreg/contract"
import { Model, PatientIds } from "@cryoreg/domain"
import { Cause, Effect, Exit, type Schema, type SchemaAST } from "effect"
import { fastDecoder, notFast } from "../http/FastDecode.js"
import { encodeFresh, freshEncoderOf, type RecordKind, type schemaOf } from "../Patients/Decode.js"
import type { PatientFile, Stored } from "../Patients/File.js"
import type { PatientRow, RecordRow } from "../Patients/Repo.js"
import { checkNewAdverseEvent } from "../Records/AdverseEvents.js"
import { checkNewBlock } from "../Records/Blocks.js"
import { checkPatient } from "../Records/Calendar.js"
import { checkNewProcedure } from "../Records/Procedure.js"
import { checkBlock, checkProcedure, checkVisit } from "../Records/Rules.js"
import { checkNewScreening } from "../Records/Screening.js"
import { checkOrder } from "../Records/Visits.js"
import { decodeInput, orderProblems, problemAt, problemsOf, rules } from "./Problems.js"
import type { ParsedPatient, Sourced } from "./Source.js"

type Kinds = { readonly [K in RecordKind]: Schema.Schema.Type<(typeof schemaOf)[K]> }
type Tally = Record<keyof Contract.ImportCounts, { added: number; unchanged: number }>

/** What an import will write for one patient: its new row (a new patient) and new records, and the file after. */
export interface PatientPlan {
  readonly file: PatientFile
  readonly isNew: boolean
  readonly records: ReadonlyArray<RecordRow>
}

/** The checks' common ground: the importing center, today and the time the rows are stamped with. */
export interface CheckContext {
  readonly centerId: string
  readonly today: string
  readonly now: string
}

const prefixOf: Record<RecordKind, string> = {
  screening: "scr",
  block: "blk",
  procedure: "prc",
  visit: "vis",
  adverseEvent: "ae"
}
// Record ids as the forms make them (`Store.newId`: the kind's prefix and 64 random bits), drawn from
// one random buffer for many records: a call to the system's random source per record costs more
// than the record's checks.
let pool = Buffer.alloc(0)
let taken = 0
const newId = (kind: RecordKind) => {
  if (taken + 8 > pool.length) {
    pool = randomBytes(8 * 4096)
    taken = 0
  }
  taken += 8
  return `${prefixOf[kind]}-${pool.toString("hex", taken - 8, taken)}`
}
// Decoded with the contract's Schema (the same fields), a record is not validated again when its class is built.
const trusted = { disableValidation: true } as const

const decoders = {
  patient: decodeInput(Contract.NewPatient),
  screening: decodeInput(Contract.ScreeningInput),
  block: decodeInput(Contract.BlockInput),
  procedure: decodeInput(Contract.ProcedureInput),
  visit: decodeInput(Contract.VisitInput),
  adverseEvent: decodeInput(Contract.AdverseEventInput)
}
// The rules of a record's own values, whatever the patient's file holds.
const contentChecks: Partial<Record<RecordKind, (value: never) => Effect.Effect<void, Failure>>> = {
  block: checkBlock,
  procedure: checkProcedure,
  visit: checkVisit
}
type Failure = { readonly _tag: string; readonly message: string }
const sameProblem = (p: Contract.ImportProblem) => (q: Contract.ImportProblem) =>
  q.file === p.file && q.row === p.row && q.column === p.column && q.code === p.code

/**
 * A patient whose own data is wrong cannot be checked against the study's rules: their records are decoded
 * for the values of their cells only, and a problem says the rest waits for the patient's data.
 */
const valuesOnly = (parsed: ParsedPatient): Array<Contract.ImportProblem> => {
  const problems: Array<Contract.ImportProblem> = []
  const decode = (source: Sourced | undefined, decoder: (typeof decoders)[RecordKind]) => {
    if (source === undefined) return
    const result = decoder(source.input, source.at)
    if (!result.ok) problems.push(...result.problems)
  }
  decode(parsed.screening, decoders.screening)
  for (const source of parsed.blocks ?? []) decode(source, decoders.block)
  decode(parsed.procedure, decoders.procedure)
  for (const source of parsed.visits ?? []) decode(source, decoders.visit)
  for (const source of parsed.adverseEvents ?? []) decode(source, decoders.adverseEvent)
  const id = (parsed.patient.input as { id?: unknown } | null)?.id
  const patient = typeof id === "string" ? id : ""
  problems.push(
    problemAt(
      parsed.patient.at([]),
      rules.study,
      `the data of patient ${patient} is wrong (see above): their records were checked for their values only; the study's rules are checked once it is right`,
      "patientUnchecked",
      { patient }
    )
  )
  return problems
}
// the patient and records are decoded with their Schemas' fields just before they are encoded for storage
const encodePatient = freshEncoderOf(Model.Patient)
const decodeEvent = decodeInput(Model.AdverseEvent)
// An adverse event is its class's fields and the class's own rules (a description for "other" …): the fast
// decoder reads that side and the class is built on it, as the class's decode does; any other input is
// decoded by the class's Schema, every issue collected.
const eventFields = fastDecoder((Model.AdverseEvent.ast as SchemaAST.Transformation).from, {
  errors: "all",
  onExcessProperty: "error"
})
const encodeEventInput = freshEncoderOf(Contract.AdverseEventInput)
const failures = <E>(check: Effect.Effect<void, E>) => {
  const exit = Exit.isExit(check) ? (check as Exit.Exit<void, E>) : Effect.runSyncExit(check)
  if (Exit.isSuccess(exit)) return null
  const failure = Cause.failureOption(exit.cause)
  if (failure._tag === "Some") return failure.value
  throw Cause.squash(exit.cause)
}
// A stored record and an imported one are the same record when their values are, ids aside.
const withoutIds = (data: string) => {
  const { id: _, patientId: __, centerId: ___, ...rest } = JSON.parse(data) as Record<string, unknown>
  return rest
}
const differing = (stored: string, imported: string) => {
  const a = withoutIds(stored)
  const b = withoutIds(imported)
  const shown = (v: unknown) => (v === undefined ? "nothing" : JSON.stringify(v))
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((field) => ({ field, values: `stored ${shown(a[field])}, in the file ${shown(b[field])}` }))
}
const tallyOf = {
  screening: "screenings",
  block: "blocks",
  procedure: "procedures",
  visit: "visits",
  adverseEvent: "adverseEvents"
} as const
const named = {
  screening: "screening",
  block: "diagnostic block",
  procedure: "procedure",
  visit: "visit",
  adverseEvent: "adverse event"
} as const

/**
 * Checks one parsed patient as the forms would, record by record in the study's order, against what is
 * stored of the patient (`existing`, null for a new patient) and what the file adds before it: the
 * patient's own data, each record decoded with the contract's Schema and run through the same checks
 * as its route. A record stored already with the same values is counted as unchanged; with other values
 * it is a problem (never overwritten). Answers every problem found, and the plan when there is none.
 */
export const checkPatientOf = (
  parsed: ParsedPatient,
  existing: PatientFile | null,
  context: CheckContext,
  tally: Tally
): { plan: PatientPlan | null; problems: Array<Contract.ImportProblem> } => {
  const problems: Array<Contract.ImportProblem> = []
  const at = parsed.patient.at
  const decoded = decoders.patient(parsed.patient.input, at)
  if (!decoded.ok) return { plan: null, problems: [...decoded.problems, ...valuesOnly(parsed)] }
  const patient = new Model.Patient(decoded.value, trusted)
  if (patient.centerId !== context.centerId)
    problems.push(
      problemAt(
        at(["centerId"]),
        rules.center,
        `this import adds patients of center ${context.centerId} only, not of ${patient.centerId}`,
        "otherCenter",
        { center: context.centerId, given: patient.centerId }
      )
    )
  else if (!PatientIds.belongsTo(context.centerId, patient.id))
    problems.push(
      problemAt(
        at(["id"]),
        rules.center,
        `a patient id of center ${context.centerId} begins with "${PatientIds.prefixOf(context.centerId)}"`,
        "patientIdPrefix",
        { prefix: PatientIds.prefixOf(context.centerId) }
      )
    )
  let file: PatientFile
  if (existing === null) {
    const failure = failures(checkPatient(patient, null, context.today))
    if (failure !== null) problems.push(...problemsOf(failure, at))
    const row: PatientRow = {
      id: patient.id,
      center_id: patient.centerId,
      status: "registered",
      verdict: null,
      data: JSON.stringify(encodePatient(patient)),
      withdrawn_at: null,
      withdrawal_reason: null,
      created_at: context.now,
      updated_at: context.now
    }
    file = { row, patient, screening: null, blocks: [], procedure: null, visits: [], adverseEvents: [] }
    tally.patients.added++
  } else {
    const changed = differing(existing.row.data, JSON.stringify(encodePatient(patient)))
    if (changed.length > 0)
      problems.push(
        ...changed.map(({ field, values }) =>
          problemAt(
            at([field]),
            rules.stored,
            `patient ${patient.id} is stored with another ${field} (${values}); correct it in the registry if the file is right`,
            "storedDiffers",
            { record: "patient", patient: patient.id, field }
          )
        )
      )
    else tally.patients.unchanged++
    file = existing
  }
  const records: Array<RecordRow> = []
  const withdrawn = existing?.row.withdrawn_at != null
  // a stage of the study in the import: when refused itself, the records after it say nothing new
  const inImport = (stage: "screening" | "block" | "procedure") =>
    stage === "screening"
      ? parsed.screening !== undefined
      : stage === "block"
        ? (parsed.blocks?.length ?? 0) > 0
        : parsed.procedure !== undefined

  const add = <K extends RecordKind>(
    kind: K,
    source: Sourced,
    make: (id: string) => (Kinds[K] & { readonly id: string }) | null,
    same: (file: PatientFile) => Stored<unknown> | null | undefined,
    check: (file: PatientFile, value: Kinds[K]) => Effect.Effect<void, { _tag: string; message: string }>,
    slot: (value: Kinds[K]) => string,
    put: (file: PatientFile, stored: Stored<Kinds[K]>) => PatientFile
  ) => {
    const value = make(newId(kind))
    if (value === null) return
    const data = encodeFresh(kind, value)
    const stored = same(file)
    if (stored !== null && stored !== undefined && records.includes(stored.row)) {
      problems.push(
        problemAt(
          source.at([]),
          rules.once,
          `the file has this ${named[kind]} of ${patient.id} twice`,
          "twiceInFile",
          { record: kind, patient: patient.id }
        )
      )
      return
    }
    if (stored !== null && stored !== undefined) {
      const changed = differing(stored.row.data, data)
      if (changed.length === 0) tally[tallyOf[kind]].unchanged++
      else
        problems.push(
          ...changed.map(({ field, values }) =>
            problemAt(
              source.at([field]),
              rules.stored,
              `the ${named[kind]} of ${patient.id} is stored with another ${field} (${values}); correct it in the registry if the file is right`,
              "storedDiffers",
              { record: kind, patient: patient.id, field }
            )
          )
        )
      return
    }
    if (withdrawn) {
      problems.push(
        problemAt(
          source.at([]),
          rules.withdrawn,
          `patient ${patient.id} was withdrawn; nothing is added to the record`,
          "withdrawn",
          { patient: patient.id }
        )
      )
      return
    }
    const failure = failures(check(file, value))
    if (failure !== null) {
      const timepoint = kind === "visit" ? (value as { timepoint?: string }).timepoint : undefined
      problems.push(
        ...(failure._tag === "StepOutOfOrder"
          ? orderProblems(file, kind, timepoint, source.at, inImport)
          : problemsOf(failure, source.at))
      )
      // the record's own values too, which a refusal of its place in the study's order stopped short of
      const own = contentChecks[kind]
      const more = own === undefined ? null : failures(own(value as never))
      if (more !== null)
        problems.push(...problemsOf(more, source.at).filter((p) => !problems.some(sameProblem(p))))
    }
    const row: RecordRow = {
      id: value.id,
      kind,
      patient_id: patient.id,
      center_id: patient.centerId,
      slot: slot(value),
      state: kind === "procedure" ? "recorded" : null,
      data,
      created_at: context.now,
      updated_at: context.now
    }
    records.push(row)
    // kept in the file even when refused: the records after it are checked against the file as written
    file = put(file, { row, value })
    tally[tallyOf[kind]].added++
  }

  const ids = { patientId: patient.id }
  const run = <I>(
    source: Sourced | undefined,
    decode: (
      input: unknown,
      at: Sourced["at"]
    ) => { ok: true; value: I } | { ok: false; problems: Array<Contract.ImportProblem> },
    go: (input: I) => void
  ) => {
    if (source === undefined) return
    const result = decode(source.input, source.at)
    if (result.ok) go(result.value)
    else problems.push(...result.problems)
  }
  const eventOf = (source: Sourced, input: Contract.AdverseEventInput, id: string) => {
    const fields = { ...encodeEventInput(input), ...ids, id }
    const quick = eventFields === null ? notFast : eventFields(fields)
    if (quick !== notFast) return new Model.AdverseEvent(quick as Model.AdverseEvent, trusted)
    const decoded = decodeEvent(fields, source.at)
    if (decoded.ok) return decoded.value
    problems.push(...decoded.problems)
    return null
  }

  run(parsed.screening, decoders.screening, (input) =>
    add(
      "screening",
      parsed.screening!,
      (id) => new Model.Screening({ ...input, ...ids, id: Model.ScreeningId.make(id) }, trusted),
      (f) => f.screening,
      (f, v) => checkNewScreening(f, v, context.today),
      () => "screening",
      (f, s) => ({ ...f, screening: s })
    )
  )
  for (const source of parsed.blocks ?? [])
    run(source, decoders.block, (input) =>
      add(
        "block",
        source,
        (id) =>
          new Model.DiagnosticBlock({ ...input, ...ids, id: Model.DiagnosticBlockId.make(id) }, trusted),
        (f) => f.blocks.find((b) => b.value.date === input.date),
        (f, v) => checkNewBlock(f, v, context.today),
        (v) => v.id,
        (f, s) => ({
          ...f,
          blocks: [...f.blocks, s].sort((a, b) => a.value.date.localeCompare(b.value.date))
        })
      )
    )
  run(parsed.procedure, decoders.procedure, (input) =>
    add(
      "procedure",
      parsed.procedure!,
      (id) =>
        new Model.Procedure(
          {
            ...input,
            ...ids,
            centerId: patient.centerId,
            id: Model.ProcedureId.make(id)
          },
          trusted
        ),
      (f) => f.procedure,
      (f, v) => checkNewProcedure(f, v, context.today),
      () => "procedure",
      (f, s) => ({ ...f, procedure: s })
    )
  )
  const order = { baseline: 0, month3: 1, month6: 2 }
  for (const source of [...(parsed.visits ?? [])].sort(
    (a, b) => (order[timepointOf(a)] ?? 3) - (order[timepointOf(b)] ?? 3)
  ))
    run(source, decoders.visit, (input) =>
      add(
        "visit",
        source,
        (id) => new Model.FollowUpVisit({ ...input, ...ids, id: Model.VisitId.make(id) }, trusted),
        (f) => f.visits.find((v) => v.value.timepoint === input.timepoint),
        (f, v) => checkOrder(f, v, context.today),
        (v) => v.timepoint,
        (f, s) => ({
          ...f,
          visits: [...f.visits, s].sort((a, b) => order[a.value.timepoint] - order[b.value.timepoint])
        })
      )
    )
  for (const source of parsed.adverseEvents ?? [])
    run(source, decoders.adverseEvent, (input) =>
      add(
        "adverseEvent",
        source,
        (id) => eventOf(source, input, id),
        (f) =>
          f.adverseEvents.find((e) => e.value.type === input.type && e.value.onsetDays === input.onsetDays),
        (f, v) => checkNewAdverseEvent(f, v, context.today),
        (v) => v.id,
        (f, s) => ({ ...f, adverseEvents: [...f.adverseEvents, s] })
      )
    )
  if (problems.length > 0) return { plan: null, problems }
  return { plan: { file, isNew: existing === null, records }, problems }
}

const timepointOf = (source: Sourced): "baseline" | "month3" | "month6" =>
  (source.input as { timepoint?: "baseline" | "month3" | "month6" } | null)?.timepoint ?? "baseline"
