import type {
  AdverseEventInput,
  BlockInput,
  NewPatient,
  ProcedureInput,
  ScreeningInput,
  VisitInput
} from "@cryoreg/contract"
import { rules } from "../Imports/Problems.js"
import type { ParsedPatient, Sourced } from "../Imports/Source.js"
import { cellValue, type Errors } from "./RedcapCells.js"
import { exclusions, visitEvents } from "./RedcapModel.js"
import { procedureOf } from "./RedcapProcedureForm.js"
import { filled, type Located, orUndefined, type Row, read, rowsOf, type Sources } from "./RedcapRows.js"

export type { Row } from "./RedcapRows.js"

/** One patient of a REDCap records file as the registry's inputs. */
export interface ImportedPatient {
  readonly id: string
  readonly row: number
  readonly patient: Located<NewPatient> | null
  readonly screening: Located<ScreeningInput> | null
  readonly blocks: Array<Located<BlockInput>>
  readonly procedure: Located<ProcedureInput> | null
  readonly visits: Array<Located<VisitInput>>
  readonly adverseEvents: Array<Located<AdverseEventInput>>
}

/** A patient's records read from their rows (checked for events and instances already). */
export const formsOf = (
  id: string,
  first: number,
  valid: ReadonlyArray<Row>,
  errors: Errors
): ImportedPatient => {
  const { at, byInstance } = rowsOf(valid)
  const screeningRow = at("screening_arm_1")[0]

  let patient: ImportedPatient["patient"] = null
  let screening: ImportedPatient["screening"] = null
  if (screeningRow === undefined)
    errors.add(
      first,
      "redcap_event_name",
      rules.file,
      `patient ${id} has no screening_arm_1 row with the patient's data`,
      "noScreeningRow",
      { patient: id }
    )
  else {
    const sources: Sources = new Map([["id", { row: Number(screeningRow.__row), column: "record_id" }]])
    const v = read(
      screeningRow,
      { centerId: "center_id", sex: "sex", birthYear: "birth_year", treatedSide: "treated_side" },
      errors,
      sources
    )
    patient = {
      row: Number(screeningRow.__row),
      input: { id, ...v } as NewPatient,
      sources
    }
    if (filled(screeningRow, "screening")) {
      const s: Sources = new Map()
      const w = read(
        screeningRow,
        {
          date: "screening_date",
          painDurationMonths: "pain_duration_months",
          baselineNrs: "screening_nrs",
          conservativeCareFailedMonths: "conservative_care_months",
          imagingDone: "imaging_done"
        },
        errors,
        s
      )
      const ex = read(
        screeningRow,
        Object.fromEntries(exclusions.map(([key, name]) => [key, name])),
        errors,
        s,
        "exclusions."
      )
      screening = {
        row: Number(screeningRow.__row),
        input: { ...w, exclusions: ex } as unknown as ScreeningInput,
        sources: s
      }
    }
  }

  const blockSpec = (p: string) => ({
    date: `${p}date`,
    agent: `${p}agent`,
    concentrationPercent: `${p}concentration`,
    volumeMl: `${p}volume_ml`,
    contrastConfirmed: `${p}contrast`,
    nrsBefore: `${p}nrs_before`,
    nrsAfter: `${p}nrs_after`,
    minutesAfter: `${p}minutes_after`,
    reliefDurationHours: `${p}relief_hours`
  })
  const blocks = byInstance(at("screening_arm_1", "diagnostic_block")).map((r) => {
    const s: Sources = new Map()
    const main = read(r, blockSpec("block_"), errors, s)
    const done = cellValue(
      { row: Number(r.__row), column: "comparative_done", text: r.comparative_done ?? "" },
      errors
    )
    const comparative = done === true ? read(r, blockSpec("comp_"), errors, s, "comparative.") : undefined
    const clean = (o: Record<string, unknown>) => ({
      ...o,
      reliefDurationHours: orUndefined(o.reliefDurationHours)
    })
    return {
      row: Number(r.__row),
      input: {
        ...clean(main),
        ...(comparative === undefined ? {} : { comparative: clean(comparative) })
      } as unknown as BlockInput,
      sources: s
    }
  })

  const procedure = procedureOf(valid, errors)

  const visits = Object.entries(visitEvents).flatMap(([timepoint, event]) =>
    at(event)
      .filter((r) => filled(r, "follow_up_visit"))
      .map((r) => {
        const s: Sources = new Map()
        const v = read(r, { date: "visit_date", nrs: "nrs", vasMm: "vas_mm" }, errors, s)
        const odi = read(
          r,
          Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i), `odi_${i + 1}`])),
          errors,
          s,
          "odiAnswers.",
          Array.from({ length: 10 }, (_, i) => String(i))
        )
        const classes = read(
          r,
          {
            nsaids: "analgesic_class___1",
            combinationAnalgesics: "analgesic_class___2",
            opioidContaining: "analgesic_class___3"
          },
          errors,
          s,
          "analgesics.",
          ["nsaids", "combinationAnalgesics", "opioidContaining"]
        )
        const drugs = (r.analgesic_drugs ?? "")
          .split(";")
          .map((d) => d.trim())
          .filter((d) => d !== "")
        s.set("analgesics.drugs", { row: Number(r.__row), column: "analgesic_drugs" })
        const flags = Object.fromEntries(Object.entries(classes).map(([k, b]) => [k, b === true]))
        return {
          row: Number(r.__row),
          input: {
            timepoint,
            ...v,
            // a section's code is its score, 0 to 5
            odiAnswers: Array.from({ length: 10 }, (_, i) => {
              const answer = odi[String(i)]
              return typeof answer === "string" ? Number(answer) : (answer ?? null)
            }),
            analgesics: { drugs, ...flags }
          } as unknown as VisitInput,
          sources: s
        }
      })
  )

  const adverseEvents = byInstance(at("procedure_arm_1", "adverse_event")).map((r) => {
    const s: Sources = new Map()
    const v = read(
      r,
      {
        type: "ae_type",
        description: "ae_description",
        severity: "ae_severity",
        serious: "ae_serious",
        onsetDays: "ae_onset_days",
        resolutionDays: "ae_resolution_days",
        relatedToProcedure: "ae_related"
      },
      errors,
      s
    )
    return {
      row: Number(r.__row),
      input: { ...v, description: orUndefined(v.description) } as unknown as AdverseEventInput,
      sources: s
    }
  })

  return { id, row: first, patient, screening, blocks, procedure, visits, adverseEvents }
}

/** Where an input's field came from: the longest part of its path with a known cell, else the record's row. */
const sourced = (file: string, located: Located<unknown>): Sourced => ({
  input: located.input,
  at: (path) => {
    for (let n = path.length; n > 0; n--) {
      const hit = located.sources.get(path.slice(0, n).map(String).join("."))
      if (hit !== undefined) return { file, row: hit.row, column: hit.column }
    }
    return { file, row: located.row, column: null }
  }
})

/** A patient of the file as the import core reads it (none without its screening_arm_1 row). */
export const toParsed = (file: string, p: ImportedPatient): ParsedPatient | null =>
  p.patient === null
    ? null
    : {
        patient: sourced(file, p.patient),
        screening: p.screening === null ? undefined : sourced(file, p.screening),
        blocks: p.blocks.map((b) => sourced(file, b)),
        procedure: p.procedure === null ? undefined : sourced(file, p.procedure),
        visits: p.visits.map((v) => sourced(file, v)),
        adverseEvents: p.adverseEvents.map((e) => sourced(file, e))
      }
