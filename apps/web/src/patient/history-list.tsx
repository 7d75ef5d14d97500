import type { AuditRecord } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { For, type JSX, Show } from "solid-js"
import { timepointLabel } from "../outcomes/summary"

const isRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

/** The fields of the records, in the words of their forms. */
const fieldWords: Readonly<Record<string, string>> = {
  sex: "Sex",
  birthYear: "Birth year",
  treatedSide: "Treated side",
  date: "Date",
  painDurationMonths: "Pain duration (months)",
  baselineNrs: "NRS at screening",
  conservativeCareFailedMonths: "Failed conservative care (months)",
  imagingDone: "MRI done",
  exclusions: "Exclusion criteria",
  agent: "Local anesthetic",
  concentrationPercent: "Concentration (%)",
  volumeMl: "Volume (ml)",
  contrastConfirmed: "Spread confirmed with contrast",
  nrsBefore: "NRS before the block",
  nrsAfter: "NRS after the block",
  minutesAfter: "Minutes after the injection",
  reliefDurationHours: "Relief lasted (hours)",
  comparative: "Comparative block",
  operator: "Operator",
  side: "Side",
  deviceSerial: "Device serial",
  durationMinutes: "Duration (minutes)",
  lesions: "Lesions",
  timepoint: "Time point",
  daysAfterProcedure: "Days after the procedure",
  nrs: "NRS",
  vasMm: "VAS (mm)",
  odiAnswers: "ODI answers",
  analgesics: "Analgesics",
  type: "Type",
  severity: "Severity",
  onsetDays: "Onset (days after the procedure)",
  resolutionDays: "Resolved (days after the procedure)",
  serious: "Serious",
  relatedToProcedure: "Related to the procedure",
  description: "Description"
}

/** A field's name for a reader: its form's label, else its words ("someField" → "some field"). */
const fieldName = (key: string) => fieldWords[key] ?? key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()

/** A value as a reader writes it: no quotes, yes or no, the time point's name; null as "—". */
const valueText = (key: string, v: unknown): string =>
  v === null || v === undefined
    ? "—"
    : typeof v === "boolean"
      ? v
        ? "yes"
        : "no"
      : key === "timepoint" && typeof v === "string"
        ? timepointLabel(v as Model.Timepoint)
        : String(v)

const isPrimitive = (u: unknown) => u === null || u === undefined || typeof u !== "object"

/** The fields a correction changed, "Field: before → after" ("Field changed" for a list or a group of answers). */
export const changes = (before: unknown, after: unknown): Array<string> => {
  if (!isRecord(before) || !isRecord(after)) return []
  return Object.keys(after).flatMap((k) => {
    if (JSON.stringify(before[k]) === JSON.stringify(after[k])) return []
    return isPrimitive(before[k]) && isPrimitive(after[k])
      ? [`${fieldName(k)}: ${valueText(k, before[k])} → ${valueText(k, after[k])}`]
      : [`${fieldName(k)} changed`]
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
