import { type ImportReport, Problems } from "@cryoreg/contract"
import { createAsync, revalidate } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { getCenters } from "../api/queries"
import { wordIssue, wordProblem } from "../forms/words"
import { t } from "../i18n"
import { canAdminister } from "../session/roles"
import { useSession } from "../session/session"
import { ImportFileChoice } from "./import-file-choice"
import { timepointWords } from "./import-problem-words"
import { ImportReportCard } from "./import-report"
import { type Format, formats, missingFile, sendImport, type TidyField, tidyFields } from "./import-send"

const templates = ["visits.csv", "procedures.csv", "adverse-events.csv"] as const

/**
 * The import of a center's earlier patients, from the tidy CSV template, a FHIR Bundle or a REDCap records
 * export: download the template, upload, read the dry run's report (every problem in the user's language),
 * then confirm.
 */
export default function ImportPage(): JSX.Element {
  const session = useSession()
  const isAdmin = () => canAdminister(session.user())
  const centers = createAsync(() => (isAdmin() ? getCenters() : Promise.resolve(undefined)))
  const [format, setFormat] = createSignal<Format>("tidy")
  const [files, setFiles] = createSignal<Partial<Record<TidyField, File>>>({})
  // the one file of a Bundle or of REDCap records
  const [single, setSingle] = createSignal<File | undefined>()
  const [center, setCenter] = createSignal("")
  const [report, setReport] = createSignal<ImportReport | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [refusal, setRefusal] = createSignal<string | null>(null)

  const upload = () => ({ format: format(), files: files(), file: single() })
  const run = async (dryRun: boolean) => {
    setRefusal(null)
    // nothing chosen: said here, before anything is sent
    const missing = missingFile(upload())
    if (missing !== null) {
      setReport(null)
      setRefusal(missing)
      return
    }
    setBusy(true)
    try {
      const query = { dryRun: dryRun ? "1" : "0", ...(isAdmin() && center() ? { center: center() } : {}) }
      const response = await sendImport(upload(), new URLSearchParams(query))
      const body = await response.json()
      if (!response.ok) {
        setReport(null)
        // the refusal's issues (the center to import into) in words, else the refusal worded from its kind
        const issues = Problems.issues(body)
        const reason =
          issues.length > 0
            ? issues.map((i) => wordIssue(i, { center: t("imports.center") })).join("; ")
            : wordProblem(body)
        setRefusal(t("imports.failed", { reason }))
        return
      }
      setReport(body as ImportReport)
      if ((body as ImportReport).stored) await revalidate()
    } finally {
      setBusy(false)
    }
  }
  return (
    <section data-page="import">
      <h1>{t("imports.title")}</h1>
      <p>{t("imports.intro")}</p>
      <section class="card" aria-labelledby="import-template">
        <h2 id="import-template">{t("imports.templateTitle")}</h2>
        <p>{t("imports.templateHelp", { timepoints: timepointWords() })}</p>
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
          class="stack"
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
          <fieldset class="field">
            <legend>{t("imports.format")}</legend>
            <For each={formats}>
              {(f) => (
                <label class="choice">
                  <input
                    type="radio"
                    name="import-format"
                    value={f}
                    checked={format() === f}
                    onChange={() => {
                      // the other format's files are not this one's: chosen again
                      setFormat(f)
                      setFiles({})
                      setSingle(undefined)
                      setReport(null)
                      setRefusal(null)
                    }}
                  />
                  {t(`imports.formats.${f}`)}
                </label>
              )}
            </For>
          </fieldset>
          <Show when={format() === "tidy"}>
            <For each={tidyFields}>
              {(field) => (
                <ImportFileChoice
                  id={`import-${field}`}
                  label={t(`imports.files.${field}`)}
                  accept=".csv,text/csv"
                  onChoose={(file) => {
                    setFiles({ ...files(), [field]: file })
                    setReport(null)
                    setRefusal(null)
                  }}
                />
              )}
            </For>
          </Show>
          {/* keyed: a Bundle's choice and a REDCap file's are two inputs, each naming its own file */}
          <Show when={format() === "tidy" ? false : format()} keyed>
            {(f) => (
              <>
                <Show when={f === "redcap"}>
                  <p class="hint">{t("imports.redcapHelp")}</p>
                </Show>
                <ImportFileChoice
                  id={f === "fhir" ? "import-bundle" : "import-redcap"}
                  label={f === "fhir" ? t("imports.bundle") : t("imports.redcapFile")}
                  accept={f === "fhir" ? ".json,application/json,application/fhir+json" : ".csv,text/csv"}
                  onChoose={(file) => {
                    setSingle(file)
                    setReport(null)
                    setRefusal(null)
                  }}
                />
              </>
            )}
          </Show>
          <div>
            <button type="submit" disabled={busy()}>
              {busy() ? t("imports.checking") : t("imports.check")}
            </button>
          </div>
        </form>
        <Show when={refusal()}>
          <p role="alert" class="field-error">
            {refusal()}
          </p>
        </Show>
      </section>
      <Show when={report()}>
        {(r) => <ImportReportCard report={r()} busy={busy()} onConfirm={() => void run(false)} />}
      </Show>
    </section>
  )
}
