import type { Model } from "@cryoreg/domain"
import { useAction } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { correctAdverseEvent, retractAdverseEvent } from "../api/actions"
import { num, t } from "../i18n"
import { adverseEventKind } from "../i18n/study-words"
import { AdverseEventForm } from "./adverse-event-form"
import { RetractButton, RetractForm } from "./retract-form"

const named = (e: Model.AdverseEvent) =>
  t("patients.adverseEvents.named", { type: adverseEventKind(e), day: num(e.onsetDays) })

/** One adverse event in a sentence: "local hematoma (mild, serious, related to the procedure), day 3, ongoing". */
const summary = (e: Model.AdverseEvent) =>
  t("patients.adverseEvents.summary", {
    type: adverseEventKind(e),
    severity: t(`study.severity.${e.severity}`),
    serious: e.serious ? t("patients.adverseEvents.serious") : "",
    related: e.relatedToProcedure
      ? t("patients.adverseEvents.related")
      : t("patients.adverseEvents.notRelated"),
    day: num(e.onsetDays),
    end:
      e.resolutionDays === null
        ? t("patients.adverseEvents.ongoing")
        : t("patients.adverseEvents.resolved", { day: num(e.resolutionDays) })
  })

/**
 * The patient's adverse events, and (when `writable`) the forms that correct one or retract one entered
 * in error, each with a reason.
 */
export function AdverseEventList(props: {
  readonly patientId: Model.PatientId
  readonly events: ReadonlyArray<Model.AdverseEvent>
  /** Each record's version, by id (`PatientDetail.versions`). */
  readonly versions: Readonly<Record<string, string>>
  readonly writable: boolean
}): JSX.Element {
  const correct = useAction(correctAdverseEvent)
  const retract = useAction(retractAdverseEvent)
  const [correcting, setCorrecting] = createSignal<Model.AdverseEvent>()
  const [retracting, setRetracting] = createSignal<Model.AdverseEvent>()
  return (
    <>
      <Show when={props.events.length > 0} fallback={<p>{t("patients.adverseEvents.none")}</p>}>
        <ul>
          <For each={props.events}>
            {(e) => (
              <li>
                {summary(e)}
                <Show when={props.writable}>
                  {" "}
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      setRetracting(undefined)
                      setCorrecting(e)
                    }}
                  >
                    {t("patients.form.correct")}
                    <span class="visually-hidden"> {named(e)}</span>
                  </button>{" "}
                  <RetractButton
                    what={named(e)}
                    onClick={() => {
                      setCorrecting(undefined)
                      setRetracting(e)
                    }}
                  />
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={correcting()} keyed>
        {(event) => (
          <div class="step-form">
            <h3>{t("patients.form.correctNamed", { what: named(event) })}</h3>
            <AdverseEventForm
              initial={event}
              version={props.versions[event.id]}
              submit={(body, options) =>
                correct({ params: { id: props.patientId, eventId: event.id }, body }, options)
              }
              done={() => setCorrecting(undefined)}
            />
          </div>
        )}
      </Show>
      <Show when={retracting()} keyed>
        {(event) => (
          <RetractForm
            id={event.id}
            what={named(event)}
            submit={(body) => retract({ params: { id: props.patientId, eventId: event.id }, body })}
            done={() => setRetracting(undefined)}
          />
        )}
      </Show>
    </>
  )
}
