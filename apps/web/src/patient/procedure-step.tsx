import type { AuditRecord, LiveProcedureCreated, PatientDetail } from "@cryoreg/contract"
import { useAction } from "@solidjs/router"
import { createSignal, For, type JSX, Show } from "solid-js"
import { abortLiveProcedure, correctProcedure, createProcedure, startLiveProcedure } from "../api/actions"
import { t } from "../i18n"
import { abortedProcedures, abortedText } from "./aborted-procedures"
import { DeviceConnection } from "./device-connection"
import { LiveProcedureBanner } from "./live-procedure-banner"
import { LiveProcedureForm } from "./live-procedure-form"
import { ProcedureCorrectionForm } from "./procedure-correction-form"
import { ProcedureEntry, ProcedureForm } from "./procedure-form"
import { courseOf } from "./procedure-form-rules"
import { ProcedureView } from "./procedure-view"
import { Correction, Step } from "./step"

/**
 * Step 3: the procedure, entered after the fact or followed live from the probe (its progress, and the
 * device token shown once when it was opened here), then its summary and correction. A live procedure
 * aborted earlier stays in sight (when, and why), read from the patient's `history`.
 */
export function ProcedureStep(props: {
  readonly detail: PatientDetail
  readonly writable: boolean
  readonly history?: ReadonlyArray<AuditRecord> | undefined
}): JSX.Element {
  const create = useAction(createProcedure)
  const start = useAction(startLiveProcedure)
  const abort = useAction(abortLiveProcedure)
  const correct = useAction(correctProcedure)
  const d = () => props.detail
  const params = () => ({ id: d().patient.id })
  // The device token of a live procedure opened here: shown once, while that procedure is open.
  const [connection, setConnection] = createSignal<LiveProcedureCreated>()
  return (
    <Step
      id="procedure"
      title={t("patients.page.procedure")}
      action={
        props.writable && d().procedure === null && d().liveProcedure === null
          ? t("patients.page.enterProcedure")
          : undefined
      }
      form={(close) => (
        <ProcedureEntry
          recorded={
            <ProcedureForm
              side={d().patient.treatedSide}
              course={courseOf(d())}
              submit={(body) => create({ params: params(), body })}
              done={close}
            />
          }
          live={
            <LiveProcedureForm
              side={d().patient.treatedSide}
              submit={(body) => start({ params: params(), body })}
              opened={(c) => {
                setConnection(c)
                close()
              }}
            />
          }
        />
      )}
    >
      <For each={abortedProcedures(props.history ?? [])}>
        {(a) => (
          <p class="bad" data-testid="aborted-procedure">
            {abortedText(a)}
          </p>
        )}
      </For>
      <Show when={d().liveProcedure}>
        {(live) => (
          <LiveProcedureBanner
            live={live()}
            writable={props.writable}
            abort={(body) => abort(d().patient.id, { params: { id: live().id }, body })}
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
            <ProcedureView view={p()} />
            <Correction
              label={t("patients.page.correctProcedure")}
              writable={props.writable}
              form={(close) => (
                <ProcedureCorrectionForm
                  initial={p().procedure}
                  mode={p().mode}
                  version={d().versions[p().procedure.id]}
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
