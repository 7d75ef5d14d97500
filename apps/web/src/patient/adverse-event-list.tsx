import type { Model } from "@cryoreg/domain"
import { createSignal, For, type JSX, Show } from "solid-js"
import { client } from "../api/client"
import { AdverseEventForm } from "./adverse-event-form"
import { RetractButton, RetractForm } from "./retract-form"

const named = (e: Model.AdverseEvent) => `the ${e.type} of day ${e.onsetDays}`

const summary = (e: Model.AdverseEvent) =>
  `${e.type} (${e.severity}${e.serious ? ", serious" : ""}, ${e.relatedToProcedure ? "related" : "not related"} to the procedure), day ${e.onsetDays}` +
  (e.resolutionDays === null ? ", ongoing" : `, resolved on day ${e.resolutionDays}`)

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
  readonly saved: () => Promise<void>
}): JSX.Element {
  const [correcting, setCorrecting] = createSignal<Model.AdverseEvent>()
  const [retracting, setRetracting] = createSignal<Model.AdverseEvent>()
  return (
    <>
      <Show when={props.events.length > 0} fallback={<p>No adverse event reported.</p>}>
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
                    Correct
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
            <h3>Correct {named(event)}</h3>
            <AdverseEventForm
              correcting={event}
              create={() => Promise.resolve()}
              version={props.versions[event.id]}
              correct={(eventId, body, options) =>
                client
                  .correctAdverseEvent({ params: { id: props.patientId, eventId }, body }, options)
                  .then(props.saved)
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
            retract={(body) =>
              client
                .retractAdverseEvent({ params: { id: props.patientId, eventId: event.id }, body })
                .then(props.saved)
            }
            done={() => setRetracting(undefined)}
          />
        )}
      </Show>
    </>
  )
}
