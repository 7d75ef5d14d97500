import type { PatientDetail, VisitView } from "@cryoreg/contract"
import { createSignal, For, type JSX, Show } from "solid-js"
import { client } from "../api/client"
import { fixed } from "../components/numbers"
import { ScrollBox } from "../components/scroll-box"
import { timepointLabel } from "../outcomes/summary"
import { RetractButton, RetractForm } from "./retract-form"
import { VisitForm } from "./visit-form"
import { windowText } from "./visit-timing"

/**
 * Step 4: the follow-up visits, with their ODI, and the forms to correct one or retract one entered in
 * error (each with a reason).
 */
export function Visits(props: {
  detail: PatientDetail
  writable: boolean
  saved: () => Promise<void>
}): JSX.Element {
  const [correcting, setCorrecting] = createSignal<VisitView["visit"]>()
  const [retracting, setRetracting] = createSignal<VisitView["visit"]>()
  const named = (v: VisitView["visit"]) => `the ${timepointLabel(v.timepoint)} visit`
  const id = () => props.detail.patient.id
  return (
    <>
      <Show when={props.detail.visits.length > 0} fallback={<p>No visit recorded yet.</p>}>
        <ScrollBox label={"Visits"}>
          <table>
            <caption>Visits</caption>
            <thead>
              <tr>
                <th scope="col">Time point</th>
                <th scope="col">Date</th>
                <th scope="col" class="num">
                  Days<span class="visually-hidden"> after the procedure</span>
                </th>
                <th scope="col" class="num">
                  NRS
                </th>
                <th scope="col" class="num">
                  VAS (mm)
                </th>
                <th scope="col" class="num">
                  ODI
                </th>
                <th scope="col">Analgesics</th>
                <Show when={props.writable}>
                  <th scope="col">
                    <span class="visually-hidden">Correct or retract</span>
                  </th>
                </Show>
              </tr>
            </thead>
            <tbody>
              <For each={props.detail.visits}>
                {(v) => (
                  <tr>
                    <td>
                      {timepointLabel(v.visit.timepoint)}
                      <Show when={v.inWindow === false}>
                        {" "}
                        <span class="badge warn" title={windowText(v.visit.timepoint)}>
                          out of window
                        </span>
                        <span class="visually-hidden">: {windowText(v.visit.timepoint)}</span>
                      </Show>
                    </td>
                    <td class="nowrap">{v.visit.date ?? "—"}</td>
                    <td class="num">{v.daysAfterProcedure ?? "—"}</td>
                    <td class="num">{v.visit.nrs}</td>
                    <td class="num">{v.visit.vasMm}</td>
                    <td class="num">
                      {v.odi === null ? "not scored" : `${fixed(v.odi.percent)} % (${v.odi.band})`}
                    </td>
                    <td>
                      {[
                        ...v.visit.analgesics.drugs,
                        ...(v.visit.analgesics.nsaids ? ["NSAIDs"] : []),
                        ...(v.visit.analgesics.combinationAnalgesics ? ["combination"] : []),
                        ...(v.visit.analgesics.opioidContaining ? ["opioid-containing"] : [])
                      ].join(", ") || "none"}
                    </td>
                    <Show when={props.writable}>
                      <td>
                        <div class="toolbar">
                          <button
                            type="button"
                            class="secondary"
                            onClick={() => {
                              setRetracting(undefined)
                              setCorrecting(v.visit)
                            }}
                          >
                            Correct
                            <span class="visually-hidden"> {named(v.visit)}</span>
                          </button>
                          <RetractButton
                            what={named(v.visit)}
                            onClick={() => {
                              setCorrecting(undefined)
                              setRetracting(v.visit)
                            }}
                          />
                        </div>
                      </td>
                    </Show>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </ScrollBox>
      </Show>
      <Show when={correcting()} keyed>
        {(visit) => (
          <div class="step-form">
            <h3>Correct the {timepointLabel(visit.timepoint)} visit</h3>
            <VisitForm
              correcting={visit}
              procedureDate={props.detail.procedure?.procedure.date ?? null}
              create={() => Promise.resolve()}
              version={props.detail.versions[visit.id]}
              correct={(visitId, body, options) =>
                client.correctVisit({ params: { id: id(), visitId }, body }, options).then(props.saved)
              }
              done={() => setCorrecting(undefined)}
            />
          </div>
        )}
      </Show>
      <Show when={retracting()} keyed>
        {(visit) => (
          <RetractForm
            id={visit.id}
            what={named(visit)}
            retract={(body) =>
              client.retractVisit({ params: { id: id(), visitId: visit.id }, body }).then(props.saved)
            }
            done={() => setRetracting(undefined)}
          />
        )}
      </Show>
    </>
  )
}
