import type { BlockView } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { useAction } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { correctBlock, retractBlock } from "../api/actions"
import { ScrollBox } from "../components/scroll-box"
import { date, num, t } from "../i18n"
import { en } from "../i18n/en"
import { BlockForm } from "./block-form"
import { wordBlockDeviation, wordComparativeReason } from "./block-words"
import { RetractButton, RetractForm } from "./retract-form"

/** A comparative reading's verdict in words (the domain's own word if the dictionary lacks it). */
const verdictWord = (verdict: string): string =>
  Object.hasOwn(en.patients.blocks.comparativeVerdict, verdict)
    ? t(`patients.blocks.comparativeVerdict.${verdict as "concordant"}`)
    : verdict

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
}): JSX.Element {
  const correct = useAction(correctBlock)
  const retract = useAction(retractBlock)
  const [correcting, setCorrecting] = createSignal<Model.DiagnosticBlock>()
  const [retracting, setRetracting] = createSignal<Model.DiagnosticBlock>()
  const named = (b: Model.DiagnosticBlock) => t("patients.blocks.named", { date: date(b.date) })
  return (
    <>
      <Show when={props.blocks.length > 0} fallback={<p>{t("patients.blocks.none")}</p>}>
        <ScrollBox label={t("patients.blocks.caption")}>
          <table>
            <caption>{t("patients.blocks.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("patients.visits.date")}</th>
                <th scope="col">{t("patients.blocks.agent")}</th>
                <th scope="col" class="num">
                  {t("patients.blocks.nrs")}
                </th>
                <th scope="col" class="num">
                  {t("patients.blocks.relief")}
                </th>
                <th scope="col">{t("patients.blocks.verdict")}</th>
                <th scope="col">{t("patients.blocks.deviations")}</th>
                <Show when={props.writable}>
                  <th scope="col" class="row-acts">
                    <span class="visually-hidden">{t("patients.visits.actions")}</span>
                  </th>
                </Show>
              </tr>
            </thead>
            <tbody>
              <For each={props.blocks}>
                {(b) => (
                  <tr>
                    <td class="nowrap">{date(b.block.date)}</td>
                    <td>
                      {t(`study.anesthetic.${b.block.agent}`)} {num(b.block.concentrationPercent)} %,{" "}
                      {num(b.block.volumeMl)} ml
                    </td>
                    <td class="num">
                      {num(b.block.nrsBefore)} → {num(b.block.nrsAfter)}
                    </td>
                    <td class="num">{num(b.evaluation.reliefPercent, 0)} %</td>
                    <td>
                      <span class={b.evaluation.positive ? "badge good" : "badge bad"}>
                        {b.evaluation.positive
                          ? t("patients.blocks.positive")
                          : t("patients.blocks.negative")}
                      </span>
                      <Show when={b.evaluation.comparative}>
                        {(c) => (
                          <div class="muted">
                            {t("patients.blocks.comparative", {
                              verdict: t("patients.blocks.comparativeReason", {
                                verdict: verdictWord(c().verdict),
                                reason: wordComparativeReason(c())
                              })
                            })}
                          </div>
                        )}
                      </Show>
                    </td>
                    <td>{b.evaluation.deviations.map(wordBlockDeviation).join("; ") || t("history.none")}</td>
                    <Show when={props.writable}>
                      <td class="row-acts">
                        <div class="row-actions">
                          <button
                            type="button"
                            class="secondary"
                            onClick={() => {
                              setRetracting(undefined)
                              setCorrecting(b.block)
                            }}
                          >
                            {t("patients.form.correct")}
                            <span class="visually-hidden"> {named(b.block)}</span>
                          </button>
                          <RetractButton
                            what={named(b.block)}
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
            <h3>{t("patients.form.correctNamed", { what: named(block) })}</h3>
            <BlockForm
              initial={block}
              version={props.versions[block.id]}
              submit={(body, options) =>
                correct({ params: { id: props.patientId, blockId: block.id }, body }, options)
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
            what={named(block)}
            submit={(body) => retract({ params: { id: props.patientId, blockId: block.id }, body })}
            done={() => setRetracting(undefined)}
          />
        )}
      </Show>
    </>
  )
}
