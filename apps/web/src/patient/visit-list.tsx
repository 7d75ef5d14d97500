import type { PatientDetail, VisitView } from "@cryoreg/contract"
import { useAction } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { correctVisit, retractVisit } from "../api/actions"
import { ScrollBox } from "../components/scroll-box"
import { date, num, t } from "../i18n"
import { timepointLabel } from "../outcomes/summary"
import { analgesicsText } from "./history-words"
import { RetractButton, RetractForm } from "./retract-form"
import { VisitForm } from "./visit-form"
import { windowText } from "./visit-timing"

/**
 * Step 4: the follow-up visits, with their ODI, and the forms to correct one or retract one entered in
 * error (each with a reason).
 */
export function VisitList(props: { detail: PatientDetail; writable: boolean }): JSX.Element {
  const correct = useAction(correctVisit)
  const retract = useAction(retractVisit)
  const [correcting, setCorrecting] = createSignal<VisitView["visit"]>()
  const [retracting, setRetracting] = createSignal<VisitView["visit"]>()
  const named = (v: VisitView["visit"]) => t(`patients.visits.named.${v.timepoint}`)
  const id = () => props.detail.patient.id
  return (
    <>
      <Show when={props.detail.visits.length > 0} fallback={<p>{t("patients.visits.none")}</p>}>
        <ScrollBox label={t("patients.visits.caption")}>
          <table>
            <caption>{t("patients.visits.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("fields.visit.timepoint")}</th>
                <th scope="col">{t("patients.visits.date")}</th>
                <th scope="col" class="num">
                  {t("patients.visits.days")}
                  <span class="visually-hidden"> {t("patients.visits.daysAfter")}</span>
                </th>
                <th scope="col" class="num">
                  NRS
                </th>
                <th scope="col" class="num">
                  {t("patients.visits.vas")}
                </th>
                <th scope="col" class="num">
                  ODI
                </th>
                <th scope="col">{t("fields.visit.analgesics")}</th>
                <Show when={props.writable}>
                  <th scope="col" class="row-acts">
                    <span class="visually-hidden">{t("patients.visits.actions")}</span>
                  </th>
                </Show>
              </tr>
            </thead>
            <tbody>
              <For each={props.detail.visits}>
                {(v) => (
                  <tr>
                    <td class="words">
                      {timepointLabel(v.visit.timepoint)}
                      <Show when={v.inWindow === false}>
                        {" "}
                        <span class="badge warn" title={windowText(v.visit.timepoint)}>
                          {t("patients.visits.outOfWindow")}
                        </span>
                        <span class="visually-hidden">: {windowText(v.visit.timepoint)}</span>
                      </Show>
                    </td>
                    <td class="nowrap">{v.visit.date === undefined ? "—" : date(v.visit.date)}</td>
                    <td class="num">{num(v.daysAfterProcedure)}</td>
                    <td class="num">{num(v.visit.nrs)}</td>
                    <td class="num">{num(v.visit.vasMm)}</td>
                    <td class="num">
                      {v.odi === null
                        ? t("patients.visits.notScored")
                        : t("patients.visits.odi", {
                            percent: num(v.odi.percent, 1),
                            band: t(`study.odiBand.${v.odi.band}`)
                          })}
                    </td>
                    <td>{analgesicsText(v.visit.analgesics)}</td>
                    <Show when={props.writable}>
                      <td class="row-acts">
                        <div class="row-actions">
                          <button
                            type="button"
                            class="secondary"
                            onClick={() => {
                              setRetracting(undefined)
                              setCorrecting(v.visit)
                            }}
                          >
                            {t("patients.form.correct")}
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
            <h3>{t("patients.form.correctNamed", { what: named(visit) })}</h3>
            <VisitForm
              initial={visit}
              procedureDate={props.detail.procedure?.procedure.date ?? null}
              version={props.detail.versions[visit.id]}
              submit={(body, options) => correct({ params: { id: id(), visitId: visit.id }, body }, options)}
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
            submit={(body) => retract({ params: { id: id(), visitId: visit.id }, body })}
            done={() => setRetracting(undefined)}
          />
        )}
      </Show>
    </>
  )
}
