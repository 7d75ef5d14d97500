import type { BlockView } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { createSignal, For, type JSX, Show } from "solid-js"
import { client } from "../api/client"
import { ScrollBox } from "../components/scroll-box"
import { BlockForm } from "./block-form"
import { RetractButton, RetractForm } from "./retract-form"

/**
 * The diagnostic blocks with their relief and verdict at the protocol's ≥ 50 %, and (when `writable`) the
 * forms that correct one or retract one entered in error, each with a reason.
 */
export function BlockList(props: {
  readonly patientId: Model.PatientId
  readonly blocks: ReadonlyArray<BlockView>
  /** Each record's version, by id (`PatientDetail.versions`). */
  readonly versions: Readonly<Record<string, string>>
  readonly writable: boolean
  readonly saved: () => Promise<void>
}): JSX.Element {
  const [correcting, setCorrecting] = createSignal<Model.DiagnosticBlock>()
  const [retracting, setRetracting] = createSignal<Model.DiagnosticBlock>()
  return (
    <>
      <Show when={props.blocks.length > 0} fallback={<p>No diagnostic block recorded yet.</p>}>
        <ScrollBox label={"Diagnostic blocks"}>
          <table>
            <caption>Diagnostic blocks</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Agent</th>
                <th scope="col" class="num">
                  NRS before → after
                </th>
                <th scope="col" class="num">
                  Relief
                </th>
                <th scope="col">Verdict</th>
                <th scope="col">Deviations</th>
                <Show when={props.writable}>
                  <th scope="col">
                    <span class="visually-hidden">Correct or retract</span>
                  </th>
                </Show>
              </tr>
            </thead>
            <tbody>
              <For each={props.blocks}>
                {(b) => (
                  <tr>
                    <td>{b.block.date}</td>
                    <td>
                      {b.block.agent} {b.block.concentrationPercent} %, {b.block.volumeMl} ml
                    </td>
                    <td class="num">
                      {b.block.nrsBefore} → {b.block.nrsAfter}
                    </td>
                    <td class="num">{b.evaluation.reliefPercent.toFixed(0)} %</td>
                    <td>
                      <span class={b.evaluation.positive ? "badge good" : "badge bad"}>
                        {b.evaluation.positive ? "positive" : "negative"}
                      </span>
                      <Show when={b.evaluation.comparative}>
                        {(c) => (
                          <div class="muted">
                            comparative: {c().verdict} — {c().reason}
                          </div>
                        )}
                      </Show>
                    </td>
                    <td>{b.evaluation.deviations.map((d) => d.message).join("; ") || "none"}</td>
                    <Show when={props.writable}>
                      <td>
                        <div class="toolbar">
                          <button
                            type="button"
                            class="secondary"
                            onClick={() => {
                              setRetracting(undefined)
                              setCorrecting(b.block)
                            }}
                          >
                            Correct<span class="visually-hidden"> the block of {b.block.date}</span>
                          </button>
                          <RetractButton
                            what={`the block of ${b.block.date}`}
                            onClick={() => {
                              setCorrecting(undefined)
                              setRetracting(b.block)
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
        {(block) => (
          <div class="step-form">
            <h3>Correct the block of {block.date}</h3>
            <BlockForm
              correcting={block}
              create={() => Promise.resolve()}
              version={props.versions[block.id]}
              correct={(blockId, body, options) =>
                client
                  .correctBlock({ params: { id: props.patientId, blockId }, body }, options)
                  .then(props.saved)
              }
              done={() => setCorrecting(undefined)}
            />
          </div>
        )}
      </Show>
      <Show when={retracting()} keyed>
        {(block) => (
          <RetractForm
            id={block.id}
            what={`the block of ${block.date}`}
            retract={(body) =>
              client
                .retractBlock({ params: { id: props.patientId, blockId: block.id }, body })
                .then(props.saved)
            }
            done={() => setRetracting(undefined)}
          />
        )}
      </Show>
    </>
  )
}
