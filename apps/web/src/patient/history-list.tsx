import type { AuditRecord } from "@cryoreg/contract"
import { For, type JSX, Show } from "solid-js"
import { dateTime, t } from "../i18n"
import { changesOf, whatHappened } from "./history-words"

export { changes, whatHappened } from "./history-words"

/** One history entry as a sentence: "3-month visit corrected: NRS 5 → 4"; its reason is said apart (`reasonText`). */
export const entryText = (r: AuditRecord, procedureDate: string | null = null): string => {
  const what = whatHappened(r, procedureDate)
  const changed = changesOf(r)
  return changed.length === 0 ? what : `${what}: ${changed.join("; ")}`
}

/** The reason given for a change, labelled ("Reason: wrong sheet"); nothing when none was asked. */
export const reasonText = (r: AuditRecord): string | null =>
  r.reason === null ? null : t("history.reason", { reason: r.reason })

/** Every change to the patient's records, oldest first: when, who (for whom), and what in words. */
export function HistoryList(props: {
  readonly records: ReadonlyArray<AuditRecord>
  /** The procedure's date: adverse events are named by their onset date. */
  readonly procedureDate?: string | null | undefined
}): JSX.Element {
  return (
    <Show when={props.records.length > 0} fallback={<p>{t("history.empty")}</p>}>
      <ol class="history">
        <For each={props.records}>
          {(r) => (
            <li>
              <span class="muted">
                <time datetime={r.at}>{dateTime(r.at)}</time> ·{" "}
                <strong>
                  {r.onBehalfOf === null
                    ? r.username
                    : t("history.onBehalf", { user: r.username, who: r.onBehalfOf })}
                </strong>
              </span>
              <div class="history-what">{entryText(r, props.procedureDate ?? null)}</div>
              <Show when={reasonText(r)}>{(reason) => <div class="history-reason">{reason()}</div>}</Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  )
}
