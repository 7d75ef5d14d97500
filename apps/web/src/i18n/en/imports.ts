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
  columns: { file: "File", row: "Row", column: "Column", message: "What is wrong" },
  failed: "The upload was refused: {{ reason }}"
}
