import type { ImportCounts, ImportReport } from "@cryoreg/contract"
import { A } from "@solidjs/router"
import { For, type JSX, Show } from "solid-js"
import { useCenters } from "../api/centers"
import { NumbersTable } from "../components/numbers"
import { dateTime, t } from "../i18n"
import { downloadProblems, problemColumns } from "./import-send"

const kinds: ReadonlyArray<keyof ImportCounts> = [
  "patients",
  "screenings",
  "blocks",
  "procedures",
  "visits",
  "adverseEvents"
]

/**
 * An import's report: every problem in the user's language (and as CSV), the records it adds or finds
 * stored, and, after a clean dry run, the button that imports.
 */
export function ImportReportCard(props: {
  readonly report: ImportReport
  readonly busy: boolean
  readonly onConfirm: () => void
}): JSX.Element {
  const { centerName } = useCenters()
  const r = () => props.report
  const counts = () => kinds.map((k) => ({ kind: k, ...r().counts[k] }))
  return (
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
          columns={problemColumns(r(), centerName)}
        />
        <button type="button" class="secondary" onClick={() => downloadProblems(r(), centerName)}>
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
        <button type="button" disabled={props.busy} onClick={() => props.onConfirm()}>
          {props.busy ? t("imports.importing") : t("imports.confirm", { n: r().patientIds.length })}
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
  )
}
