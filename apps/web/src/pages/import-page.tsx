import type { ImportCounts, ImportReport } from "@cryoreg/contract"
import { A, createAsync, revalidate } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { getCenters } from "../api/queries"
import { NumbersTable } from "../components/numbers"
import { useSession } from "../session/session"

const patients = (n: number) => (n === 1 ? "1 patient" : `${n} patients`)

// Every text the page shows, in one place (to move into the dictionaries of the translated dashboard).
const text = {
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
  clean: (n: number) => `No problems found: ${patients(n)} can be imported. Nothing is stored yet.`,
  problems: (n: number) =>
    `${n === 1 ? "1 problem" : `${n} problems`} found: nothing was stored. Correct the files and check them again.`,
  problemsCaption: "Problems found, by file, row and column",
  downloadProblems: "Download the problems (CSV)",
  confirm: "Import",
  importing: "Importing…",
  stored: (n: number) => `Imported: ${patients(n)} added or completed.`,
  nothingNew: "Nothing new: every patient and record of these files is in the registry already.",
  earlier: (at: string, who: string) => `These files were imported before, on ${at.slice(0, 10)} by ${who}.`,
  storedPatients: "Patients imported",
  counts: { kind: "Records", added: "To add", unchanged: "Already stored" },
  kinds: {
    patients: "Patients",
    screenings: "Screenings",
    blocks: "Diagnostic blocks",
    procedures: "Procedures",
    visits: "Visits",
    adverseEvents: "Adverse events"
  } satisfies Record<keyof ImportCounts, string>,
  columns: { file: "File", row: "Row", column: "Column", message: "What is wrong" },
  failed: "The upload was refused:"
}

type FileField = keyof typeof text.files
const fields = Object.keys(text.files) as Array<FileField>
const templates = ["visits.csv", "procedures.csv", "adverse-events.csv"] as const

/** The tidy CSV import: download the template, upload, read the dry run's report, then confirm. */
export default function ImportPage(): JSX.Element {
  const session = useSession()
  const isAdmin = () => session.user()?.role === "admin"
  const centers = createAsync(() => (isAdmin() ? getCenters() : Promise.resolve(undefined)))
  const [files, setFiles] = createSignal<Partial<Record<FileField, File>>>({})
  const [center, setCenter] = createSignal("")
  const [report, setReport] = createSignal<ImportReport | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [refusal, setRefusal] = createSignal<string | null>(null)

  const send = async (query: Record<string, string>) => {
    const form = new FormData()
    for (const [field, file] of Object.entries(files())) if (file) form.append(field, file, file.name)
    const params = new URLSearchParams({ ...query, ...(isAdmin() && center() ? { center: center() } : {}) })
    // multipart is not the typed client's: the same CSRF header it sends on every write
    return fetch(`/api/import/tidy?${params}`, {
      method: "POST",
      body: form,
      credentials: "same-origin",
      headers: { "x-cryoreg-csrf": "1" }
    })
  }
  const run = async (dryRun: boolean) => {
    setBusy(true)
    setRefusal(null)
    try {
      const response = await send({ dryRun: dryRun ? "1" : "0" })
      const body = await response.json()
      if (!response.ok) {
        setReport(null)
        setRefusal(String(body.message ?? response.statusText))
        return
      }
      setReport(body as ImportReport)
      if ((body as ImportReport).stored) await revalidate()
    } finally {
      setBusy(false)
    }
  }
  const downloadProblems = async () => {
    const blob = await (await send({ dryRun: "1", format: "csv" })).blob()
    const link = document.createElement("a")
    link.href = URL.createObjectURL(blob)
    link.download = "import-problems.csv"
    link.click()
    URL.revokeObjectURL(link.href)
  }
  const counts = () => {
    const r = report()
    return r === null
      ? []
      : (Object.keys(text.kinds) as Array<keyof ImportCounts>).map((k) => ({ kind: k, ...r.counts[k] }))
  }

  return (
    <section data-page="import">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      <section class="card" aria-labelledby="import-template">
        <h2 id="import-template">{text.templateTitle}</h2>
        <p>{text.templateHelp}</p>
        <ul>
          <For each={templates}>
            {(name) => (
              <li>
                <a href={`/api/import/tidy/template/${name}`} download={name}>
                  {name}
                </a>
              </li>
            )}
          </For>
        </ul>
      </section>
      <section class="card" aria-labelledby="import-upload">
        <h2 id="import-upload">{text.uploadTitle}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void run(true)
          }}
        >
          <Show when={isAdmin()}>
            <div class="field">
              <label for="import-center">{text.center}</label>
              <select id="import-center" value={center()} onChange={(e) => setCenter(e.currentTarget.value)}>
                <option value="" />
                <For each={centers()?.items ?? []}>{(c) => <option value={c.id}>{c.name}</option>}</For>
              </select>
            </div>
          </Show>
          <For each={fields}>
            {(field) => (
              <div class="field">
                <label for={`import-${field}`}>{text.files[field]}</label>
                <input
                  id={`import-${field}`}
                  type="file"
                  accept=".csv,text/csv"
                  required={field === "visits"}
                  onChange={(e) => {
                    setFiles({ ...files(), [field]: e.currentTarget.files?.[0] })
                    setReport(null)
                  }}
                />
              </div>
            )}
          </For>
          <button type="submit" disabled={busy()}>
            {busy() ? text.checking : text.check}
          </button>
        </form>
        <Show when={refusal()}>
          <p role="alert" class="field-error">
            {text.failed} {refusal()}
          </p>
        </Show>
      </section>
      <Show when={report()}>
        {(r) => (
          <section class="card" aria-labelledby="import-report" data-testid="import-report">
            <h2 id="import-report">{text.reportTitle}</h2>
            <Show when={r().earlier}>{(e) => <p>{text.earlier(e().at, e().username)}</p>}</Show>
            <Show
              when={r().problems.length > 0}
              fallback={
                <p role="status">
                  {r().stored
                    ? text.stored(r().patientIds.length)
                    : r().patientIds.length === 0
                      ? text.nothingNew
                      : text.clean(r().patientIds.length)}
                </p>
              }
            >
              <p role="alert">{text.problems(r().problems.length)}</p>
              <NumbersTable
                caption={text.problemsCaption}
                rows={r().problems}
                columns={[
                  { label: text.columns.file, value: (p) => p.file },
                  { label: text.columns.row, value: (p) => p.row ?? "", numeric: true },
                  { label: text.columns.column, value: (p) => p.column ?? "" },
                  { label: text.columns.message, value: (p) => p.message }
                ]}
              />
              <button type="button" class="secondary" onClick={() => void downloadProblems()}>
                {text.downloadProblems}
              </button>
            </Show>
            <NumbersTable
              caption={text.counts.kind}
              rows={counts()}
              columns={[
                { label: text.counts.kind, value: (c) => text.kinds[c.kind] },
                { label: text.counts.added, value: (c) => c.added, numeric: true },
                { label: text.counts.unchanged, value: (c) => c.unchanged, numeric: true }
              ]}
            />
            <Show when={r().dryRun && r().problems.length === 0 && r().patientIds.length > 0}>
              <button type="button" disabled={busy()} onClick={() => void run(false)}>
                {busy() ? text.importing : `${text.confirm} (${r().patientIds.length})`}
              </button>
            </Show>
            <Show when={r().stored}>
              <h3>{text.storedPatients}</h3>
              <ul class="inline-list">
                <For each={r().patientIds}>
                  {(id) => (
                    <li>
                      <A href={`/patients/${id}`}>{id}</A>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </section>
        )}
      </Show>
    </section>
  )
}
