import type { ImportCode, ImportRule } from "@cryoreg/contract"

/** Importing a center's earlier patients from the tidy CSV template (English). */
export const imports = {
  title: "Import existing patients",
  intro:
    "Bring a center's earlier patients into the registry from the tidy CSV template, a FHIR Bundle or a REDCap records export. Every row is checked with the same rules as the forms; nothing is stored until the whole file passes.",
  templateTitle: "1. Fill in the template",
  templateHelp:
    "One row per patient and time point in visits.csv, its timepoint column holding one of: {{ timepoints }}; one row per lesion in procedures.csv; one row per adverse event in adverse-events.csv. Each file has an example row.",
  /** A value of visits.csv's timepoint column, as the file must hold it, and what it means. */
  timepointValue: "{{ value }} — {{ meaning }}",
  /** What each value of visits.csv's timepoint column means. */
  timepoint: {
    screening: "screening for the study",
    block: "a diagnostic block",
    baseline: "the baseline visit",
    month3: "the visit 3 months after the procedure",
    month6: "the visit 6 months after the procedure"
  },
  uploadTitle: "2. Upload the files",
  format: "What you import",
  formats: {
    tidy: "The tidy CSV template (visits.csv and the other two)",
    fhir: "A FHIR Bundle (JSON)",
    redcap: "REDCap records (the flat CSV export, records.csv)"
  },
  redcapFile: "REDCap records (.csv, required)",
  redcapHelp:
    "Export the records from the registry's REDCap project as CSV of raw data (codes, not labels), one row per event and instance; each problem names the REDCap column and the record_id.",
  chooseRedcap: "Choose the REDCap records file (.csv) first: nothing was sent.",
  bundle: "FHIR Bundle (.json, required)",
  chooseFile: "Choose the file {{ file }} first: nothing was sent.",
  chooseButton: "Choose a file",
  noFile: "No file chosen",
  chooseBundle: "Choose the FHIR Bundle (.json) first: nothing was sent.",
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
  columns: {
    file: "File",
    row: "Row",
    column: "Column",
    entry: "Entry",
    element: "Element (FHIRPath)",
    redcapColumn: "REDCap column",
    record: "Record (record_id)",
    rule: "Rule",
    message: "What is wrong"
  },
  /** A FHIRPath named as the field of a form's words ("Element Bundle.entry[3]…: a whole number …"). */
  element: "element {{ path }}",
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
    visit:
      "visit (baseline, month3 or month6: the baseline visit, or the visit 3 or 6 months after the procedure)",
    procedure: "procedure",
    lesion: "lesion",
    adverseEvent: "adverse event"
  },
  problem: {
    fileRequired: "Add {{ file }}: it is required",
    notUtf8: "The file is not UTF-8 text: save it as “CSV UTF-8”",
    notCsv: "The file cannot be read as CSV: check its quotes and separators",
    unknownColumn:
      "The file {{ sent }} has a column “{{ column }}” that the template {{ template }} does not have: check the column names against the template",
    duplicateColumn: "The column is there twice",
    columnRequired:
      "The file {{ sent }} lacks the column “{{ column }}”, which the template {{ template }} requires: add it",
    extraCells: "The row has {{ cells }} cells, the header {{ header }}",
    wrongPart: "The column is for {{ part }} rows: leave it blank here",
    notNumber: "“{{ value }}” is not a number: write digits, e.g. 7 or 2.5",
    notYesNo: "“{{ value }}” is neither yes nor no",
    notNumbers: "“{{ value }}” is not a number: write numbers separated by ;",
    patientIdMissing: "The patient's id is missing: the row cannot be checked further",
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
    withdrawn: "Patient {{ patient }} was withdrawn: nothing is added to the record",
    emptyFile: "The file {{ file }} is empty: choose the file with the data filled in",
    noRows: "The file {{ file }} has its header only: add a row per patient and time point",
    noPatients: "The Bundle has no patient (Patient resource): there is nothing to import",
    stageMissing: "Patient {{ patient }} has {{ has }} but no {{ stage }}: {{ add }}",
    notEligible:
      "The procedure of patient {{ patient }} cannot be imported: the patient is not eligible (not met: {{ criteria }})",
    patientUnchecked:
      "The data of patient {{ patient }} is wrong (see the problems above): the patient's other rows were checked for their values only; the study's rules are checked once the data is right",
    notJson: "The file is not JSON text: send the Bundle as exported, in UTF-8",
    notBundle: "The file is not a FHIR Bundle (resourceType Bundle)",
    bundleType: "A Bundle of type transaction or collection is imported, not “{{ value }}”",
    entryMethod: "An entry of a transaction is sent with POST or PUT, not “{{ value }}”",
    resourceNotImported: "A “{{ value }}” resource is not imported: the registry reads {{ allowed }}",
    referenceUnresolved: "The reference “{{ value }}” names no entry of the Bundle",
    notPatientReference: "“{{ value }}” is not a patient of the Bundle",
    unknownMeasure:
      "The observation “{{ value }}” is not a measure of the registry (NRS, VAS, ODI, screening)",
    unknownProcedure:
      "The procedure is neither the cryoneurolysis (SNOMED CT 1204278004) nor a diagnostic block",
    unknownField:
      "“{{ value }}” is not a field of the registry's REDCap project: export the records with the registry's data dictionary",
    unknownCheckboxCode:
      "The checkbox {{ field }} has no choice “{{ value }}”: its choices are {{ allowed }}",
    unknownEvent:
      "“{{ value }}” is not an event of the registry's REDCap project: the events are {{ allowed }}",
    unknownRepeatInstrument:
      "The instrument “{{ value }}” does not repeat in the event {{ event }}: the repeating instruments are {{ allowed }}",
    repeatInstance: "The instance of a repeated {{ instrument }} is a whole number from 1, not “{{ value }}”",
    instanceWithoutInstrument:
      "A row of no repeating instrument has no instance: leave redcap_repeat_instance blank, not “{{ value }}”",
    rowTwice: "Patient {{ patient }} has a second row for {{ key }}: one row per event and instance",
    noScreeningRow:
      "Patient {{ patient }} has no screening_arm_1 row: the patient's data (center, sex, year of birth, treated side) come from it",
    notYesNoCode: "“{{ value }}” is neither 1 (yes) nor 0 (no)",
    notCheckboxCode: "“{{ value }}” is neither 1 (ticked) nor 0 (not ticked)",
    completeStatus: "A form's status is 0 (incomplete), 1 (unverified) or 2 (complete), not “{{ value }}”"
  } satisfies Record<ImportCode, string>,
  /** What the patient has, in "Patient … has {{ has }} but no …". */
  has: {
    screening: "a screening",
    block: "a diagnostic block",
    procedure: "a procedure",
    baseline: "a baseline visit",
    month3: "a 3-month visit",
    month6: "a 6-month visit",
    visit: "a visit",
    adverseEvent: "an adverse event"
  },
  /** The stage missing, in "… but no {{ stage }}". */
  stage: { screening: "screening", block: "diagnostic block", procedure: "procedure" },
  /** Where the missing stage goes: a row of the tidy template, or the record in the file imported. */
  addRow: {
    screening: "add the screening row (time point “screening”) to {{ file }}",
    block: "add the diagnostic block's row (time point “block”) to {{ file }}",
    procedure: "add the procedure's rows (one per lesion) to {{ file }}"
  },
  addRecord: {
    screening: "add the screening to {{ file }}",
    block: "add the diagnostic block to {{ file }}",
    procedure: "add the procedure to {{ file }}"
  },
  /** An uploaded file named beside the template it was sent as, when their names differ. */
  sentAs: "{{ file }} (sent as {{ template }})",
  failed: "The upload was refused: {{ reason }}",
  csvName: "import-problems.csv"
}
