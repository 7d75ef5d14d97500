import type { AuditRecord } from "@cryoreg/contract"
import { For, type JSX, Show } from "solid-js"

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/** The fields a correction changed, "field: before → after". */
export const changes = (before: unknown, after: unknown): Array<string> => {
  if (!isRecord(before) || !isRecord(after)) return []
  return Object.keys(after).flatMap((k) => {
    const [b, a] = [JSON.stringify(before[k]), JSON.stringify(after[k])]
    return b === a ? [] : [`${k}: ${b ?? "—"} → ${a}`]
  })
}

const entityWords: Readonly<Record<string, string>> = {
  diagnosticBlock: "diagnostic block",
  adverseEvent: "adverse event",
  liveProcedure: "live procedure"
}

/** What an audit record did, in the clinic's words ("retracted adverse event (entered in error)"). */
export const whatHappened = (r: Pick<AuditRecord, "action" | "entity">): string => {
  const entity = entityWords[r.entity] ?? r.entity
  return r.action === "retract" ? `retracted ${entity} (entered in error)` : `${r.action} ${entity}`
}

/** Every change to the patient's records, oldest first: who, when, what, and why for corrections. */
export function HistoryList(props: { readonly records: ReadonlyArray<AuditRecord> }): JSX.Element {
  return (
    <Show when={props.records.length > 0} fallback={<p>No change recorded.</p>}>
      <ol class="history">
        <For each={props.records}>
          {(r) => (
            <li>
              <time datetime={r.at}>{new Date(r.at).toLocaleString("en-GB")}</time> ·{" "}
              <strong>{r.username}</strong>
              <Show when={r.onBehalfOf}>{(who) => <> (system write for {who()})</>}</Show> · {whatHappened(r)}
              <Show when={r.reason}>{(why) => <div>Reason: “{why()}”</div>}</Show>
              <Show when={r.action === "correct" && changes(r.before, r.after).length > 0}>
                <ul>
                  <For each={changes(r.before, r.after)}>{(c) => <li class="muted">{c}</li>}</For>
                </ul>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  )
}
