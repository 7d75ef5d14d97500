import type { LiveProcedureCreated, LiveProcedureState } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { useAction } from "@solidjs/router"
import { createSignal, type JSX, Show } from "solid-js"
import { abortLiveProcedure } from "../api/actions"
import { client } from "../api/client"
import { wordProblem } from "../forms/words"
import { t } from "../i18n"
import { AbortProcedureForm } from "../patient/abort-procedure-form"
import { DeviceConnection } from "../patient/device-connection"

/** What a clinician does to a live procedure: connect the probe (a device token) or abort it with a reason. */
export function LiveControls(props: {
  readonly id: Model.ProcedureId
  readonly state: LiveProcedureState | undefined
  readonly refetch: () => Promise<unknown>
}): JSX.Element {
  const abort = useAction(abortLiveProcedure)
  const [issued, setIssued] = createSignal<LiveProcedureCreated>()
  const [aborting, setAborting] = createSignal(false)
  const [issueError, setIssueError] = createSignal<string>()
  const issue = async () => {
    setIssueError(undefined)
    try {
      setIssued(await client.issueDeviceToken({ params: { id: props.id } }))
    } catch (error) {
      setIssueError(wordProblem(error))
    }
  }
  return (
    <section class="card stack" aria-label={t("live.controls")}>
      <div class="toolbar">
        <button type="button" class="secondary" onClick={() => void issue()}>
          {t("live.issueToken")}
        </button>
        <Show when={!aborting()}>
          <button type="button" class="secondary" onClick={() => setAborting(true)}>
            {t("live.abort")}
          </button>
        </Show>
      </div>
      <Show when={issueError()}>
        {(m) => (
          <p class="bad" role="alert">
            {m()}
          </p>
        )}
      </Show>
      <Show when={issued()}>{(c) => <DeviceConnection created={c()} liveLink={false} />}</Show>
      <Show when={aborting()}>
        <AbortProcedureForm
          submit={async (r) => {
            const patient = props.state?.procedure.patientId
            if (patient !== undefined) await abort(patient, { params: { id: props.id }, body: r })
            await props.refetch()
          }}
          done={() => {
            setAborting(false)
            setIssued(undefined)
          }}
        />
      </Show>
    </section>
  )
}
