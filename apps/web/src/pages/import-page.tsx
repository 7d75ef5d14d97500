import { type ImportCounts, type ImportReport, Problems } from "@cryoreg/contract"
import { A, createAsync, revalidate } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { useCenters } from "../api/centers"
import { getCenters } from "../api/queries"
import { NumbersTable } from "../components/numbers"
import { wordIssue, wordProblem } from "../forms/words"
import { dateTime, t } from "../i18n"
import { canAdminister } from "../session/roles"
import { useSession } from "../session/session"
import { wordImportProblem, wordImportRule } from "./import-problem-words"

const fields = ["visits", "procedures", "adverseEvents"] as const
type FileField = (typeof fields)[number]
const kinds: ReadonlyArray<keyof ImportCounts> = [
  "patients",
  "screenings",
  "blocks",
  "procedures",
  "visits",
  "adverseEvents"
]
const templates = ["visits.csv", "procedures.csv", "adverse-events.csv"] as const

/** The tidy CSV import: download the template, upload, read the dry run's report, then confirm. */
export default function ImportPage(): JSX.Element {
  const session = useSession()
  const isAdmin = () => canAdminister(session.user())
  const centers = createAsync(() => (isAdmin() ? getCenters() : Promise.resolve(undefined)))
  const { centerName } = useCenters()
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
        // the refusal's issues (the center to import into) in words, else the refusal worded from its kind
        const issues = Problems.issues(body)
        setRefusal(
          issues.length > 0
            ? issues.map((i) => wordIssue(i, { center: t("imports.center") })).join("; ")
            : wordProblem(body)
        )
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
    return r === null ? [] : kinds.map((k) => ({ kind: k, ...r.counts[k] }))
  }

  return (
    <section data-page="import">
      <h1>{t("imports.title")}</h1>
      <p>{t("imports.intro")}</p>
      <section class="card" aria-labelledby="import-template">
        <h2 id="import-template">{t("imports.templateTitle")}</h2>
        <p>{t("imports.templateHelp")}</p>
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
        <h2 id="import-upload">{t("imports.uploadTitle")}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void run(true)
          }}
        >
          <Show when={isAdmin()}>
            <div class="field">
              <label for="import-center">{t("imports.center")}</label>
              <select id="import-center" value={center()} onChange={(e) => setCenter(e.currentTarget.value)}>
                <option value="" />
                <For each={centers()?.items ?? []}>{(c) => <option value={c.id}>{c.name}</option>}</For>
              </select>
            </div>
          </Show>
          <For each={fields}>
            {(field) => (
              <div class="field">
                <label for={`import-${field}`}>{t(`imports.files.${field}`)}</label>
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
            {busy() ? t("imports.checking") : t("imports.check")}
          </button>
        </form>
        <Show when={refusal()}>
          <p role="alert" class="field-error">
            {t("imports.failed", { reason: refusal() ?? "" })}
          </p>
        </Show>
      </section>
      <Show when={report()}>
        {(r) => (
          <section class="card" aria-labelledby="import-report" data-testid="import-report">
            <h2 id="import-report">{t("imports.reportTitle")}</h2>
            <Show when={r().earlier}>
              {(e) => <p>{t("imports.earlier", { at: dateTime(e().at), who: e().username })}</p>}
            </Show>
            <Show
              when={r().problems.length > 0}
              fallback={
                <p role="status">
                  {r().stored
                    ? t("imports.stored", { n: r().patientIds.length })
                    : r().patientIds.length === 0
                      ? t("imports.nothingNew")
                      : t("imports.clean", { n: r().patientIds.length })}
                </p>
              }
            >
              <p role="alert">{t("imports.problems", { n: r().problems.length })}</p>
              <NumbersTable
                caption={t("imports.problemsCaption")}
                rows={r().problems}
                columns={[
                  { label: t("imports.columns.file"), value: (p) => p.file },
                  { label: t("imports.columns.row"), value: (p) => p.row ?? "", numeric: true },
                  { label: t("imports.columns.column"), value: (p) => p.column ?? "" },
                  { label: t("imports.columns.rule"), value: (p) => wordImportRule(p) },
                  { label: t("imports.columns.message"), value: (p) => wordImportProblem(p, centerName) }
                ]}
              />
              <button type="button" class="secondary" onClick={() => void downloadProblems()}>
                {t("imports.downloadProblems")}
              </button>
            </Show>
            <NumbersTable
              caption={t("imports.counts.kind")}
              rows={counts()}
              columns={[
                { label: t("imports.counts.kind"), value: (c) => t(`imports.kinds.${c.kind}`) },
                { label: t("imports.counts.added"), value: (c) => c.added, numeric: true },
                { label: t("imports.counts.unchanged"), value: (c) => c.unchanged, numeric: true }
              ]}
            />
            <Show when={r().dryRun && r().problems.length === 0 && r().patientIds.length > 0}>
              <button type="button" disabled={busy()} onClick={() => void run(false)}>
                {busy() ? t("imports.importing") : t("imports.confirm", { n: r().patientIds.length })}
              </button>
            </Show>
            <Show when={r().stored}>
              <h3>{t("imports.storedPatients")}</h3>
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
