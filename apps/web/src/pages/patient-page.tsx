import type { LiveProcedureCreated, PatientDetail } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { createAsync, revalidate, useParams } from "@solidjs/router"
import { Option, Schema } from "effect"
import { createSignal, type JSX, Show } from "solid-js"
import { useCenters } from "../api/centers"
import { client } from "../api/client"
import { getHistory, getPatient } from "../api/queries"
import { date, num, t } from "../i18n"
import { sideWord } from "../i18n/study-words"
import { AdverseEventForm } from "../patient/adverse-event-form"
import { AdverseEventList } from "../patient/adverse-event-list"
import { BlockForm } from "../patient/block-form"
import { BlockList } from "../patient/block-list"
import { DeviceConnection } from "../patient/device-connection"
import { HistoryList } from "../patient/history-list"
import { LiveProcedureBanner } from "../patient/live-procedure-banner"
import { LiveProcedureForm } from "../patient/live-procedure-form"
import { PatientCorrectionForm } from "../patient/patient-correction-form"
import { ProcedureCorrectionForm } from "../patient/procedure-correction-form"
import { ProcedureEntry, ProcedureForm } from "../patient/procedure-form"
import { ProcedureSummary } from "../patient/procedure-view"
import { ScreeningForm } from "../patient/screening-form"
import { Step } from "../patient/sections"
import { statusText } from "../patient/status"
import { Verdict } from "../patient/verdict"
import { VisitForm } from "../patient/visit-form"
import { Visits } from "../patient/visit-list"
import { canWrite } from "../session/roles"
import { useSession } from "../session/session"

const decodeId = Schema.decodeUnknownOption(Model.PatientId)

function PatientRecord(props: { detail: PatientDetail }): JSX.Element {
  const session = useSession()
  const writable = () => canWrite(session.user()) && props.detail.withdrawal === null
  const id = () => props.detail.patient.id
  const saved = () => revalidate([getPatient.keyFor(id()), getHistory.keyFor(id())])
  const history = createAsync(() => getHistory(id()))
  const d = () => props.detail
  const { centerName } = useCenters()
  const [correctingScreening, setCorrectingScreening] = createSignal(false)
  const [correctingPatient, setCorrectingPatient] = createSignal(false)
  const [correctingProcedure, setCorrectingProcedure] = createSignal(false)
  // The device token of a live procedure opened here: shown once, while that procedure is open.
  const [connection, setConnection] = createSignal<LiveProcedureCreated>()
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
        <Show when={writable() && !correctingPatient()}>
          {" "}
          <button type="button" class="secondary" onClick={() => setCorrectingPatient(true)}>
            {t("patients.page.correctPatient")}
          </button>
        </Show>
      </p>
      <Show when={correctingPatient()}>
        <div class="step-form">
          <PatientCorrectionForm
            patient={d().patient}
            version={d().versions[d().patient.id]}
            correct={(body, options) =>
              client.correctPatient({ params: { id: id() }, body }, options).then(saved)
            }
            done={() => setCorrectingPatient(false)}
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
      <Step
        id="screening"
        title={t("patients.page.screening")}
        action={writable() && d().screening === null ? t("patients.page.recordScreening") : undefined}
        form={(close) => (
          <ScreeningForm
            create={(body) => client.createScreening({ params: { id: id() }, body }).then(saved)}
            correct={() => Promise.resolve()}
            done={close}
          />
        )}
      >
        <Show when={d().screening} fallback={<p>{t("patients.page.noScreening")}</p>}>
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
              <Show when={writable() && !correctingScreening()}>
                <button type="button" class="secondary" onClick={() => setCorrectingScreening(true)}>
                  {t("patients.page.correctScreening")}
                </button>
              </Show>
              <Show when={correctingScreening()}>
                <ScreeningForm
                  correcting={s().screening}
                  version={d().versions[s().screening.id]}
                  create={() => Promise.resolve()}
                  correct={(body, options) =>
                    client.correctScreening({ params: { id: id() }, body }, options).then(saved)
                  }
                  done={() => setCorrectingScreening(false)}
                />
              </Show>
            </>
          )}
        </Show>
      </Step>
      <Step
        id="blocks"
        title={t("patients.page.blocks")}
        action={writable() ? t("patients.page.recordBlock") : undefined}
        form={(close) => (
          <BlockForm
            create={(body) => client.createBlock({ params: { id: id() }, body }).then(saved)}
            done={close}
          />
        )}
      >
        <BlockList
          patientId={id()}
          blocks={d().blocks}
          versions={d().versions}
          writable={writable()}
          saved={saved}
        />
      </Step>
      <Step
        id="procedure"
        title={t("patients.page.procedure")}
        action={
          writable() && d().procedure === null && d().liveProcedure === null
            ? t("patients.page.enterProcedure")
            : undefined
        }
        form={(close) => (
          <ProcedureEntry
            recorded={
              <ProcedureForm
                side={d().patient.treatedSide}
                create={(body) => client.createProcedure({ params: { id: id() }, body }).then(saved)}
                done={close}
              />
            }
            live={
              <LiveProcedureForm
                side={d().patient.treatedSide}
                open={(body) => client.createLiveProcedure({ params: { id: id() }, body })}
                opened={(c) => {
                  setConnection(c)
                  close()
                  void saved()
                }}
              />
            }
          />
        )}
      >
        <Show when={d().liveProcedure}>
          {(live) => (
            <LiveProcedureBanner
              live={live()}
              writable={writable()}
              abort={(reason) =>
                client.abortLiveProcedure({ params: { id: live().id }, body: { reason } }).then(saved)
              }
            />
          )}
        </Show>
        <Show when={connection()?.procedure.id === d().liveProcedure?.id && connection()}>
          {(c) => <DeviceConnection created={c()} liveLink={false} />}
        </Show>
        <Show
          when={d().procedure}
          fallback={<Show when={d().liveProcedure === null}>{<p>{t("patients.page.noProcedure")}</p>}</Show>}
        >
          {(p) => (
            <>
              <ProcedureSummary view={p()} />
              <Show when={writable() && !correctingProcedure()}>
                <button type="button" class="secondary" onClick={() => setCorrectingProcedure(true)}>
                  {t("patients.page.correctProcedure")}
                </button>
              </Show>
              <Show when={correctingProcedure()}>
                <ProcedureCorrectionForm
                  procedure={p().procedure}
                  version={d().versions[p().procedure.id]}
                  correct={(body, options) =>
                    client.correctProcedure({ params: { id: id() }, body }, options).then(saved)
                  }
                  done={() => setCorrectingProcedure(false)}
                />
              </Show>
            </>
          )}
        </Show>
      </Step>
      <Step
        id="visits"
        title={t("patients.page.visits")}
        action={writable() ? t("patients.page.recordVisit") : undefined}
        form={(close) => (
          <VisitForm
            procedureDate={d().procedure?.procedure.date ?? null}
            create={(body) => client.createVisit({ params: { id: id() }, body }).then(saved)}
            correct={() => Promise.resolve()}
            done={close}
          />
        )}
      >
        <Visits detail={d()} writable={writable()} saved={saved} />
      </Step>
      <Step
        id="adverse-events"
        title={t("patients.page.adverseEvents")}
        action={writable() ? t("patients.page.reportAdverseEvent") : undefined}
        form={(close) => (
          <AdverseEventForm
            procedureDate={d().procedure?.procedure.date ?? null}
            create={(body) => client.createAdverseEvent({ params: { id: id() }, body }).then(saved)}
            done={close}
          />
        )}
      >
        <AdverseEventList
          patientId={id()}
          events={d().adverseEvents}
          versions={d().versions}
          writable={writable()}
          saved={saved}
        />
      </Step>
      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">{t("history.title")}</h2>
        <Show when={history()}>
          {(h) => <HistoryList records={h().items} procedureDate={d().procedure?.procedure.date ?? null} />}
        </Show>
      </section>
    </>
  )
}

/** A patient's record from screening to the last visit, with a form for each step. */
export default function PatientPage(): JSX.Element {
  const params = useParams<{ id: string }>()
  const id = () => decodeId(params.id)
  const detail = createAsync(() => {
    const pid = id()
    return Option.isSome(pid) ? getPatient(pid.value) : Promise.resolve(undefined)
  })
  return (
    <section data-page="patient">
      <Show when={Option.isSome(id())} fallback={<h1>{t("patients.page.noSuchId")}</h1>}>
        <Show when={detail()}>{(d) => <PatientRecord detail={d()} />}</Show>
      </Show>
    </section>
  )
}
