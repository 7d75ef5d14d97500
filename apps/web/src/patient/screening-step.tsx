import type { PatientDetail } from "@cryoreg/contract"
import { useAction } from "@solidjs/router"
import { type JSX, Show } from "solid-js"
import { correctScreening, createScreening } from "../api/actions"
import { date, num, t } from "../i18n"
import { ScreeningForm } from "./screening-form"
import { Correction, Step } from "./step"
import { Verdict } from "./verdict"

/** Step 1: the screening, its eligibility verdict criterion by criterion, and its forms. */
export function ScreeningStep(props: {
  readonly detail: PatientDetail
  readonly writable: boolean
}): JSX.Element {
  const create = useAction(createScreening)
  const correct = useAction(correctScreening)
  const params = () => ({ id: props.detail.patient.id })
  return (
    <Step
      id="screening"
      title={t("patients.page.screening")}
      action={
        props.writable && props.detail.screening === null ? t("patients.page.recordScreening") : undefined
      }
      form={(close) => <ScreeningForm submit={(body) => create({ params: params(), body })} done={close} />}
    >
      <Show when={props.detail.screening} fallback={<p>{t("patients.page.noScreening")}</p>}>
        {(s) => (
          <>
            <p class="muted">
              {t("patients.page.screened", {
                date: date(s().screening.date),
                months: num(s().screening.painDurationMonths),
                nrs: num(s().screening.baselineNrs),
                care: num(s().screening.conservativeCareFailedMonths),
                mri: s().screening.imagingDone ? t("patients.page.mriDone") : t("patients.page.mriNotDone")
              })}
            </p>
            <Verdict assessment={s().eligibility} />
            <Correction
              label={t("patients.page.correctScreening")}
              writable={props.writable}
              form={(close) => (
                <ScreeningForm
                  initial={s().screening}
                  version={props.detail.versions[s().screening.id]}
                  submit={(body, options) => correct({ params: params(), body }, options)}
                  done={close}
                />
              )}
            />
          </>
        )}
      </Show>
    </Step>
  )
}
