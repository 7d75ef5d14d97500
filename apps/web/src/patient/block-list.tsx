import type { BlockView } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { createSignal, For, type JSX, Show } from "solid-js"
import { client } from "../api/client"
import { ScrollBox } from "../components/scroll-box"
import { BlockForm } from "./block-form"

/**
 * The diagnostic blocks with their relief and verdict at the protocol's ≥ 50 %, and (when `writable`) the
 * form that corrects one, with a reason.
 */
export function BlockList(props: {
  readonly patientId: Model.PatientId
  readonly blocks: ReadonlyArray<BlockView>
  readonly writable: boolean
  readonly saved: () => Promise<void>
}): JSX.Element {
  const [correcting, setCorrecting] = createSignal<Model.DiagnosticBlock>()
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
                    <span class="visually-hidden">Correct</span>
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
                        <button type="button" class="secondary" onClick={() => setCorrecting(b.block)}>
                          Correct<span class="visually-hidden"> the block of {b.block.date}</span>
                        </button>
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
              correct={(blockId, body) =>
                client.correctBlock({ params: { id: props.patientId, blockId }, body }).then(props.saved)
              }
              done={() => setCorrecting(undefined)}
            />
          </div>
        )}
      </Show>
    </>
  )
}
