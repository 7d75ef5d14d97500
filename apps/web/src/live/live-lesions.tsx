import type { LiveProcedureState } from "@cryoreg/contract"
import { For, type JSX } from "solid-js"
import { ScrollBox } from "../components/scroll-box"
import { t } from "../i18n"
import { sideWord } from "../i18n/study-words"
import { cycleText } from "./words"

/** The lesions a live procedure has made so far: side, level and each freeze cycle. */
export function LiveLesions(props: { readonly state: LiveProcedureState }): JSX.Element {
  return (
    <section class="card" aria-labelledby="lesions-title">
      <h2 id="lesions-title">{t("live.lesions")}</h2>
      <ScrollBox label={t("live.lesionsLabel")}>
        <table>
          <caption>{t("live.lesionsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("live.column.side")}</th>
              <th scope="col">{t("live.column.level")}</th>
              <th scope="col">{t("live.column.cycles")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.state.lesions}>
              {(l, i) => (
                <tr>
                  <td>{i() + 1}</td>
                  <td>{sideWord(l.side)}</td>
                  <td>{l.level}</td>
                  <td>{l.cycles.map(cycleText).join(" · ")}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ScrollBox>
    </section>
  )
}
