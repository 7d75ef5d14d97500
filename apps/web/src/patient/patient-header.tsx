import type { PatientDetail } from "@cryoreg/contract"
import { useAction } from "@solidjs/router"
import { createSignal, type JSX, Show } from "solid-js"
import { correctPatient } from "../api/actions"
import { useCenters } from "../api/centers"
import { date, t } from "../i18n"
import { sideWord } from "../i18n/study-words"
import { PatientCorrectionForm } from "./patient-correction-form"
import { statusText } from "./status"

/**
 * The patient page's heading: the id and status, who the patient is (sex, birth year, center, side) with the
 * form that corrects it, and the withdrawal when there is one.
 */
export function PatientHeader(props: {
  readonly detail: PatientDetail
  readonly writable: boolean
}): JSX.Element {
  const correct = useAction(correctPatient)
  const { centerName } = useCenters()
  const d = () => props.detail
  const [correcting, setCorrecting] = createSignal(false)
  return (
    <>
      <h1>
        {t("patients.page.title", { id: d().patient.id })}{" "}
        <span class="badge">{statusText(d().status, d().screening?.eligibility.verdict ?? null)}</span>
      </h1>
      <p class="muted">
        {t("patients.page.summary", {
          sex: t(`study.sex.${d().patient.sex}`),
          year: String(d().patient.birthYear),
          center: centerName(d().patient.centerId),
          side: sideWord(d().patient.treatedSide)
        })}
        <Show when={props.writable && !correcting()}>
          {" "}
          <button type="button" class="secondary" onClick={() => setCorrecting(true)}>
            {t("patients.page.correctPatient")}
          </button>
        </Show>
      </p>
      <Show when={correcting()}>
        <div class="step-form">
          <PatientCorrectionForm
            initial={d().patient}
            version={d().versions[d().patient.id]}
            submit={(body, options) => correct({ params: { id: d().patient.id }, body }, options)}
            done={() => setCorrecting(false)}
          />
        </div>
      </Show>
      <Show when={d().withdrawal}>
        {(w) => (
          <p class="bad" role="note">
            {t("patients.page.withdrawn", { date: date(w().at), reason: w().reason })}
          </p>
        )}
      </Show>
    </>
  )
}
