import type { ProcedureView as View } from "@cryoreg/contract"
import { FreezeProtocol, type Model } from "@cryoreg/domain"
import { For, type JSX, Show } from "solid-js"
import { ScrollBox } from "../components/scroll-box"
import { date, num, t } from "../i18n"
import { sideLabel, sideWord } from "../i18n/study-words"
import { ProcedureTelemetry } from "./procedure-telemetry"
import { wordProcedureDeviation } from "./procedure-words"

/** "Right side: 7 lesions at L5, S1, S2, S3", one line a side judged. */
const lesionsPerSide = (s: View["summary"]) =>
  s.sides.map((side) => {
    const n = s.lesionsPerSide[side]
    const levels = s.levelsCoveredPerSide[side]
    const count = t("patients.procedure.sideLesions", { side: sideLabel(side), n })
    return levels.length === 0
      ? count
      : t(levels.length === 1 ? "patients.procedure.atLevel" : "patients.procedure.atLevels", {
          count,
          levels: levels.join(", ")
        })
  })

/** "0:00–2:00 (120 s), coldest −78 °C, thaw end 2:30". */
const cycleText = (c: Model.FreezeCycle) =>
  [
    `${FreezeProtocol.clockTime(c.startedAt)}–${FreezeProtocol.clockTime(c.endedAt)} (${num(Math.round(c.endedAt - c.startedAt))} s)`,
    c.reachedTemperatureC === null
      ? t("patients.procedure.coldestUnknown")
      : t("patients.procedure.coldest", { c: num(c.reachedTemperatureC) }),
    c.thawCompletedAt === null
      ? t("patients.procedure.thawUnknown")
      : t("patients.procedure.thawEnd", { time: FreezeProtocol.clockTime(c.thawCompletedAt) })
  ].join(", ")

/** A procedure against the protocol: lesions per side and level, each cycle, and the domain's deviations in words. */
export function ProcedureView(props: { readonly view: View }): JSX.Element {
  const p = () => props.view.procedure
  const s = () => props.view.summary
  return (
    <div class="stack">
      <dl>
        <dt>{t("fields.procedure.date")}</dt>
        <dd>{date(p().date)}</dd>
        <dt>{t("fields.procedure.operator")}</dt>
        <dd>{p().operator}</dd>
        <dt>{t("fields.procedure.side")}</dt>
        <dd>{sideWord(p().side)}</dd>
        <dt>{t("fields.procedure.deviceSerial")}</dt>
        <dd>{p().deviceSerial}</dd>
        <dt>{t("fields.procedure.durationMinutes")}</dt>
        <dd>{t("patients.procedure.minutes", { n: num(p().durationMinutes) })}</dd>
        <dt>{t("fields.procedure.lesions")}</dt>
        <dd>
          <Show when={lesionsPerSide(s()).length > 0} fallback={t("history.none")}>
            <For each={lesionsPerSide(s())}>{(line) => <div>{line}</div>}</For>
          </Show>
        </dd>
        <dt>{t("patients.procedure.howEntered")}</dt>
        <dd>{t(`patients.procedure.entered.${props.view.mode}`)}</dd>
      </dl>
      <ScrollBox label={t("patients.procedure.lesionsLabel")}>
        <table>
          <caption>{t("patients.procedure.lesionsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("fields.procedure.side")}</th>
              <th scope="col">{t("patients.procedure.level")}</th>
              <th scope="col">{t("patients.procedure.stimulation")}</th>
              <th scope="col">{t("patients.procedure.cycles")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={p().lesions}>
              {(l, i) => (
                <tr>
                  <td>{i() + 1}</td>
                  <td>{sideLabel(l.side)}</td>
                  <td>{l.level}</td>
                  <td>
                    {t("patients.procedure.stimulationText", {
                      hz: num(l.stimulation.frequencyHz),
                      v: num(Math.max(0, ...l.stimulation.voltagesTried))
                    })}{" "}
                    {l.stimulation.motorResponseAtVoltage === null
                      ? t("patients.procedure.noMotor")
                      : t("patients.procedure.motorAt", { v: num(l.stimulation.motorResponseAtVoltage) })}
                  </td>
                  <td>{l.freezeCycles.map(cycleText).join("; ") || t("history.none")}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ScrollBox>
      <Show when={props.view.mode !== "recorded"}>
        <ProcedureTelemetry procedure={p().id} />
      </Show>
      <Show
        when={s().deviations.length > 0}
        fallback={<p class="good">{t("patients.procedure.noDeviation")}</p>}
      >
        <h3>{t("patients.procedure.deviations", { n: s().deviations.length })}</h3>
        <ul aria-label={t("patients.procedure.deviationsLabel")}>
          <For each={s().deviations}>{(d) => <li class="warn">{wordProcedureDeviation(d)}</li>}</For>
        </ul>
      </Show>
    </div>
  )
}
