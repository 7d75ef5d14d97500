import type { BlockView } from "@cryoreg/contract"
import { For, type JSX, Show } from "solid-js"
import { ScrollBox } from "../components/scroll-box"

/** The diagnostic blocks with their relief and verdict at the protocol's ≥ 50 %. */
export function BlockList(props: { readonly blocks: ReadonlyArray<BlockView> }): JSX.Element {
  return (
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
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ScrollBox>
    </Show>
  )
}
