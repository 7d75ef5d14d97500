import { ImportCode, type ImportProblem, ImportRule, IssueCode, TidyTimepoint } from "@cryoreg/contract"
import { Schema } from "effect"
import { wordIssue } from "../forms/words"
import { t } from "../i18n"
import { en } from "../i18n/en"

const isImportCode = Schema.is(ImportCode)
const isIssueCode = Schema.is(IssueCode)
const isRule = Schema.is(ImportRule)
const records = ["patient", "screening", "block", "procedure", "visit", "adverseEvent"] as const
const parts = ["patient", "screening", "block", "visit", "procedure", "lesion", "adverseEvent"] as const
const isOf =
  <A extends string>(values: ReadonlyArray<A>) =>
  (x: unknown): x is A =>
    typeof x === "string" && (values as ReadonlyArray<string>).includes(x)
const isRecord = isOf(records)
const isPart = isOf(parts)
const has = (dict: object, key: unknown): key is string => typeof key === "string" && Object.hasOwn(dict, key)
const tidyFiles = ["visits.csv", "procedures.csv", "adverse-events.csv"]

// "… has a 3-month visit but no procedure: add the procedure's rows to procedures.csv"
const stageWords = (params: Readonly<Record<string, unknown>>) => {
  const { record, timepoint, stage, addTo } = params
  const held = has(en.imports.has, timepoint) ? timepoint : has(en.imports.has, record) ? record : null
  if (!has(en.imports.stage, stage)) return { has: "", stage: "", add: "" }
  const s = stage as keyof typeof en.imports.stage
  const file = String(addTo ?? "")
  return {
    has: held === null ? "" : t(`imports.has.${held as "visit"}`),
    stage: t(`imports.stage.${s}`),
    add: tidyFiles.includes(file) ? t(`imports.addRow.${s}`, { file }) : t(`imports.addRecord.${s}`, { file })
  }
}
// the criteria not met, by name in the user's language
const criteriaWords = (criteria: unknown): string =>
  (Array.isArray(criteria) ? criteria : [])
    .map((id) =>
      has(en.study.criterion, id)
        ? t(`study.criterion.${id as "imaging"}`)
        : has(en.study.exclusion, id)
          ? t(`study.exclusion.${id as "pregnancy"}`)
          : String(id)
    )
    .join("; ")

/**
 * The values visits.csv's timepoint column takes, each as the file must hold it with its meaning beside it
 * ("baseline — wizyta wyjściowa, …").
 */
export const timepointWords = (): string =>
  TidyTimepoint.literals
    .map((value) => t("imports.timepointValue", { value, meaning: t(`imports.timepoint.${value}`) }))
    .join(", ")

/** The rule an import problem names, in the user's language ("" when the API named it only in English). */
export const wordImportRule = (p: ImportProblem): string =>
  isRule(p.ruleCode) ? t(`imports.rules.${p.ruleCode}`) : ""

/**
 * What is wrong with a row of an import, in the user's language: an import's own problem by its code, a
 * form's issue (a value out of range, a study rule) as the forms word it with the column as the field; the
 * rule in words where the API gave no code.
 *
 * @example
 * wordImportProblem({ file: "visits.csv", row: 4, column: "nrs", code: "notNumber", params: { value: "eleven" }, … }, centerName)
 * // "„eleven” nie jest liczbą: wpisz cyfry, np. 7 lub 2,5"
 */
export const wordImportProblem = (
  p: ImportProblem,
  /** The name a center is shown by (the importing center is named, not coded); its code when unknown. */
  centerName: (id: string) => string = (id) => id
): string => {
  const params = p.params ?? {}
  if (isImportCode(p.code)) {
    const { record, part } = params
    const file = String(params.file ?? p.file)
    // the uploaded file and the template it was sent as are told apart: "bad.csv (sent as visits.csv)"
    const template = String(params.template ?? file)
    return t(`imports.problem.${p.code}`, {
      file,
      template,
      sent: file === template ? file : t("imports.sentAs", { file, template }),
      column: String(params.column ?? p.column ?? ""),
      value: String(params.value ?? ""),
      cells: String(params.cells ?? ""),
      header: String(params.header ?? ""),
      firstRow: String(params.firstRow ?? ""),
      patient: String(params.patient ?? ""),
      center: params.center === undefined ? "" : centerName(String(params.center)),
      given: params.given === undefined ? "" : centerName(String(params.given)),
      record: isRecord(record) ? t(`imports.records.${record}`) : String(record ?? ""),
      part: isPart(part) ? t(`imports.parts.${part}`) : String(part ?? ""),
      allowed: Array.isArray(params.allowed) ? params.allowed.join(", ") : String(params.allowed ?? ""),
      // a REDCap row: its checkbox field, event, repeating instrument and instance
      field: String(params.field ?? ""),
      event: String(params.event ?? ""),
      instrument: String(params.instrument ?? ""),
      key: [params.event, params.instrument, params.instance]
        .filter((x) => x !== undefined && x !== null && x !== "")
        .join(" / "),
      criteria: criteriaWords(params.criteria),
      ...stageWords(params)
    })
  }
  if (isIssueCode(p.code)) {
    const column = p.column ?? ""
    // a Bundle's problem is at a FHIRPath, a CSV file's at a column
    const label = p.file.endsWith(".json")
      ? t("imports.element", { path: column })
      : t("imports.column", { column })
    const labels = column === "" ? {} : { [column]: label }
    return wordIssue(
      { code: p.code, path: column === "" ? [] : [column], params, message: p.message },
      labels
    )
  }
  const rule = wordImportRule(p)
  return rule === "" ? t("errors.problem.other") : t("imports.unworded", { rule })
}
