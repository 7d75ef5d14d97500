import type { ImportCode, ImportRule } from "@cryoreg/contract"

/** Importing a center's earlier patients from the tidy CSV template (English). */
export const imports = {
  title: "Import existing patients",
  intro:
    "Bring a center's earlier patients into the registry from the tidy CSV template. Every row is checked with the same rules as the forms; nothing is stored until the whole file passes.",
  templateTitle: "1. Fill in the template",
  templateHelp:
    "One row per patient and time point in visits.csv (screening, block, baseline, month3, month6); one row per lesion in procedures.csv; one row per adverse event in adverse-events.csv. Each file has an example row.",
  uploadTitle: "2. Upload the files",
  files: {
    visits: "Visits (visits.csv, required)",
    procedures: "Procedures with lesions (procedures.csv)",
    adverseEvents: "Adverse events (adverse-events.csv)"
  },
  center: "Center to import into",
  check: "Check the files",
  checking: "Checking…",
  reportTitle: "3. Check the report",
  clean: (p: { n: number }) =>
    `No problems found: ${p.n === 1 ? "1 patient" : `${p.n} patients`} can be imported. Nothing is stored yet.`,
  problems: (p: { n: number }) =>
    `${p.n === 1 ? "1 problem" : `${p.n} problems`} found: nothing was stored. Correct the files and check them again.`,
  problemsCaption: "Problems found, by file, row and column",
  downloadProblems: "Download the problems (CSV)",
  confirm: "Import ({{ n }})",
  importing: "Importing…",
  stored: (p: { n: number }) =>
    `Imported: ${p.n === 1 ? "1 patient" : `${p.n} patients`} added or completed.`,
  nothingNew: "Nothing new: every patient and record of these files is in the registry already.",
  earlier: "These files were imported before, on {{ at }} by {{ who }}.",
  storedPatients: "Patients imported",
  counts: { kind: "Records", added: "To add", unchanged: "Already stored" },
  kinds: {
    patients: "Patients",
    screenings: "Screenings",
    blocks: "Diagnostic blocks",
    procedures: "Procedures",
    visits: "Visits",
    adverseEvents: "Adverse events"
  },
  columns: { file: "File", row: "Row", column: "Column", rule: "Rule", message: "What is wrong" },
  /** A column named as the field of a form's words ("Column nrs: a whole number from 0 to 10"). */
  column: "column {{ column }}",
  unworded: "Against the rule: {{ rule }}",
  rules: {
    format: "value allowed in this column",
    study: "study rule",
    order: "order of the study's steps",
    once: "one record of this kind per patient",
    center: "patients of the importing center only",
    stored: "stored records are corrected in the registry",
    withdrawn: "a withdrawn patient's record is read-only",
    file: "layout of the file",
    reference: "references inside the file"
  } satisfies Record<ImportRule, string>,
  records: {
    patient: "patient",
    screening: "screening",
    block: "diagnostic block",
    procedure: "procedure",
    visit: "visit",
    adverseEvent: "adverse event"
  },
  parts: {
    patient: "patient",
    screening: "screening",
    block: "diagnostic block",
    visit: "visit (baseline, month3, month6)",
    procedure: "procedure",
    lesion: "lesion",
    adverseEvent: "adverse event"
  },
  problem: {
    fileRequired: "Add {{ file }}: it is required",
    notUtf8: "The file is not UTF-8 text: save it as “CSV UTF-8”",
    notCsv: "The file cannot be read as CSV: check its quotes and separators",
    unknownColumn: "The template of {{ file }} has no such column: see the template for its columns",
    duplicateColumn: "The column is there twice",
    columnRequired: "The column is required in {{ file }}",
    extraCells: "The row has {{ cells }} cells, the header {{ header }}",
    wrongPart: "The column is for {{ part }} rows: leave it blank here",
    notNumber: "“{{ value }}” is not a number: write digits, e.g. 7 or 2.5",
    notYesNo: "“{{ value }}” is neither yes nor no",
    notNumbers: "“{{ value }}” is not a number: write numbers separated by ;",
    patientIdMissing: "The patient's id is missing",
    patientDiffers:
      "Differs from the patient's first row (row {{ firstRow }}): leave it blank or write the same",
    procedureDiffers:
      "One procedure per patient: differs from the procedure's first row (row {{ firstRow }})",
    secondScreening: "Patient {{ patient }} has a second screening row",
    noVisitRows:
      "Patient {{ patient }} has no rows in visits.csv: the patient's data and screening come from there",
    otherCenter: "This import adds patients of center {{ center }} only, not of {{ given }}",
    storedDiffers:
      "The {{ record }} of {{ patient }} is stored with another value: correct it in the registry if the file is right",
    twiceInFile: "The file has this {{ record }} of {{ patient }} twice",
    withdrawn: "Patient {{ patient }} was withdrawn: nothing is added to the record"
  } satisfies Record<ImportCode, string>,
  failed: "The upload was refused: {{ reason }}"
}
