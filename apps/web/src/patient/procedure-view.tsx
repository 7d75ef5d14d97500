import type { ProcedureView as View } from "@cryoreg/contract"
import { For, type JSX, Show } from "solid-js"
import { ScrollBox } from "../components/scroll-box"
import { ProcedureTelemetry } from "./procedure-telemetry"

const seconds = (from: number, to: number) => `${Math.round(to - from)} s`

/** A procedure against the protocol: lesions per side and level, each cycle, deviations; live ones link to the live page. */
export function ProcedureSummary(props: { readonly view: View }): JSX.Element {
  const p = () => props.view.procedure
  const s = () => props.view.summary
  return (
    <div class="stack">
      <dl>
        <dt>Date</dt>
        <dd>{p().date}</dd>
        <dt>Operator</dt>
        <dd>{p().operator}</dd>
        <dt>Side</dt>
        <dd>{p().side}</dd>
        <dt>Device</dt>
        <dd>{p().deviceSerial}</dd>
        <dt>Duration</dt>
        <dd>{p().durationMinutes} min</dd>
        <dt>Lesions</dt>
        <dd>
          {s()
            .sides.map(
              (side) =>
                `${side} ${s().lesionsPerSide[side]} (${s().levelsCoveredPerSide[side].join(", ") || "no level"})`
            )
            .join("; ") || "none"}
        </dd>
        <dt>Mode</dt>
        <dd>{props.view.mode}</dd>
      </dl>
      <ScrollBox label={"Lesions and freeze cycles"}>
        <table>
          <caption>Lesions and freeze cycles</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Side</th>
              <th scope="col">Level</th>
              <th scope="col">Stimulation</th>
              <th scope="col">Freeze cycles</th>
            </tr>
          </thead>
          <tbody>
            <For each={p().lesions}>
              {(l, i) => (
                <tr>
                  <td>{i() + 1}</td>
                  <td>{l.side}</td>
                  <td>{l.level}</td>
                  <td>
                    {l.stimulation.frequencyHz} Hz up to {Math.max(0, ...l.stimulation.voltagesTried)} V:{" "}
                    {l.stimulation.motorResponseAtVoltage === null
                      ? "no motor response"
                      : `motor response at ${l.stimulation.motorResponseAtVoltage} V`}
                  </td>
                  <td>
                    {l.freezeCycles
                      .map(
                        (c) =>
                          `${seconds(c.startedAt, c.endedAt)}${c.reachedTemperatureC === null ? "" : ` at ${c.reachedTemperatureC} °C`}`
                      )
                      .join("; ") || "none"}
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ScrollBox>
      <Show when={props.view.mode !== "recorded"}>
        <ProcedureTelemetry procedure={p().id} />
      </Show>
      <Show when={s().deviations.length > 0} fallback={<p class="good">No deviation from the protocol.</p>}>
        <h3>Deviations from the protocol</h3>
        <ul>
          <For each={s().deviations}>{(d) => <li class="warn">{d.message}</li>}</For>
        </ul>
      </Show>
    </div>
  )
}
