import type { PatientDetail } from "@cryoreg/contract"
import { createAsync, useAction, useParams } from "@solidjs/router"
import { Option } from "effect"
import { type JSX, Show } from "solid-js"
import { createAdverseEvent, createBlock, createVisit } from "../api/actions"
import { getHistory, getPatient, patientIdOf } from "../api/queries"
import { t } from "../i18n"
import { AdverseEventForm } from "../patient/adverse-event-form"
import { AdverseEventList } from "../patient/adverse-event-list"
import { BlockForm } from "../patient/block-form"
import { BlockList } from "../patient/block-list"
import { HistoryList } from "../patient/history-list"
import { PatientHeader } from "../patient/patient-header"
import { ProcedureStep } from "../patient/procedure-step"
import { ScreeningStep } from "../patient/screening-step"
import { Step } from "../patient/step"
import { VisitForm } from "../patient/visit-form"
import { VisitList } from "../patient/visit-list"
import { canWrite } from "../session/roles"
import { useSession } from "../session/session"

function PatientJourney(props: { detail: PatientDetail }): JSX.Element {
  const session = useSession()
  const writable = () => canWrite(session.user()) && props.detail.withdrawal === null
  const d = () => props.detail
  const params = () => ({ id: d().patient.id })
  const history = createAsync(() => getHistory(d().patient.id))
  const procedureDate = () => d().procedure?.procedure.date ?? null
  const recordBlock = useAction(createBlock)
  const recordVisit = useAction(createVisit)
  const reportEvent = useAction(createAdverseEvent)
  return (
    <>
      <PatientHeader detail={d()} writable={writable()} />
      <ScreeningStep detail={d()} writable={writable()} />
      <Step
        id="blocks"
        title={t("patients.page.blocks")}
        action={writable() ? t("patients.page.recordBlock") : undefined}
        form={(close) => (
          <BlockForm submit={(body) => recordBlock({ params: params(), body })} done={close} />
        )}
      >
        <BlockList
          patientId={d().patient.id}
          blocks={d().blocks}
          versions={d().versions}
          writable={writable()}
        />
      </Step>
      <ProcedureStep detail={d()} writable={writable()} history={history()?.items} />
      <Step
        id="visits"
        title={t("patients.page.visits")}
        action={writable() ? t("patients.page.recordVisit") : undefined}
        form={(close) => (
          <VisitForm
            procedureDate={procedureDate()}
            submit={(body) => recordVisit({ params: params(), body })}
            done={close}
          />
        )}
      >
        <VisitList detail={d()} writable={writable()} />
      </Step>
      <Step
        id="adverse-events"
        title={t("patients.page.adverseEvents")}
        action={writable() ? t("patients.page.reportAdverseEvent") : undefined}
        form={(close) => (
          <AdverseEventForm
            procedureDate={procedureDate()}
            submit={(body) => reportEvent({ params: params(), body })}
            done={close}
          />
        )}
      >
        <AdverseEventList
          patientId={d().patient.id}
          events={d().adverseEvents}
          versions={d().versions}
          writable={writable()}
        />
      </Step>
      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">{t("history.title")}</h2>
        <Show when={history()}>
          {(h) => <HistoryList records={h().items} procedureDate={procedureDate()} />}
        </Show>
      </section>
    </>
  )
}

/**
 * A patient's record from screening to the last visit, with a form for each step. The route's preload
 * (`preloadPatient`) has asked for the record and its history before this page's code arrives.
 */
export default function PatientPage(): JSX.Element {
  const params = useParams<{ id: string }>()
  const id = () => patientIdOf(params.id)
  const detail = createAsync(() => {
    const pid = id()
    return Option.isSome(pid) ? getPatient(pid.value) : Promise.resolve(undefined)
  })
  return (
    <section data-page="patient">
      <Show when={Option.isSome(id())} fallback={<h1>{t("patients.page.noSuchId")}</h1>}>
        <Show when={detail()}>{(d) => <PatientJourney detail={d()} />}</Show>
      </Show>
    </section>
  )
}
