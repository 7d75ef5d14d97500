import type { ProcedureView as View } from "@cryoreg/contract"
import { FreezeProtocol, type Model } from "@cryoreg/domain"
import { For, type JSX, Show } from "solid-js"
import { ScrollBox } from "../components/scroll-box"
import { ProcedureTelemetry } from "./procedure-telemetry"

const sideNames = { left: "Left", right: "Right", bilateral: "Both sides" } as const
const entered = {
  recorded: "Entered after the procedure",
  live: "Live from the probe, running",
  completed: "Live from the probe, completed"
} as const

/** "Right side: 7 lesions at L5, S1, S2, S3", one line a side judged. */
const lesionsPerSide = (s: View["summary"]) =>
  s.sides.map((side) => {
    const n = s.lesionsPerSide[side]
    const levels = s.levelsCoveredPerSide[side]
    return `${sideNames[side]} side: ${n} ${n === 1 ? "lesion" : "lesions"}${levels.length === 0 ? "" : ` at ${levels.join(", ")}`}`
  })

/** "0:00–2:00 (120 s), coldest −78 °C, thaw end 2:30". */
const cycleText = (c: Model.FreezeCycle) =>
  [
    `${FreezeProtocol.clockTime(c.startedAt)}–${FreezeProtocol.clockTime(c.endedAt)} (${Math.round(c.endedAt - c.startedAt)} s)`,
    c.reachedTemperatureC === null ? "coldest tip not recorded" : `coldest ${c.reachedTemperatureC} °C`,
    c.thawCompletedAt === null
      ? "thaw end not recorded"
      : `thaw end ${FreezeProtocol.clockTime(c.thawCompletedAt)}`
  ].join(", ")

/** A procedure against the protocol: lesions per side and level, each cycle, and the domain's deviations in words. */
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
        <dd>{sideNames[p().side]}</dd>
        <dt>Device</dt>
        <dd>{p().deviceSerial}</dd>
        <dt>Duration</dt>
        <dd>{p().durationMinutes} min</dd>
        <dt>Lesions</dt>
        <dd>
          <Show when={lesionsPerSide(s()).length > 0} fallback="none">
            <For each={lesionsPerSide(s())}>{(line) => <div>{line}</div>}</For>
          </Show>
        </dd>
        <dt>How it was entered</dt>
        <dd>{entered[props.view.mode]}</dd>
      </dl>
      <ScrollBox label={"Lesions and freeze-thaw cycles"}>
        <table>
          <caption>Lesions and freeze-thaw cycles (times from the start of the procedure)</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Side</th>
              <th scope="col">Level</th>
              <th scope="col">Stimulation</th>
              <th scope="col">Freeze-thaw cycles</th>
            </tr>
          </thead>
          <tbody>
            <For each={p().lesions}>
              {(l, i) => (
                <tr>
                  <td>{i() + 1}</td>
                  <td>{sideNames[l.side]}</td>
                  <td>{l.level}</td>
                  <td>
                    {l.stimulation.frequencyHz} Hz up to {Math.max(0, ...l.stimulation.voltagesTried)} V:{" "}
                    {l.stimulation.motorResponseAtVoltage === null
                      ? "no motor response"
                      : `motor response at ${l.stimulation.motorResponseAtVoltage} V`}
                  </td>
                  <td>{l.freezeCycles.map(cycleText).join("; ") || "none"}</td>
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
        <h3>Deviations from the protocol ({s().deviations.length})</h3>
        <ul aria-label="Deviations from the protocol">
          <For each={s().deviations}>{(d) => <li class="warn">{d.message}</li>}</For>
        </ul>
      </Show>
    </div>
  )
}
