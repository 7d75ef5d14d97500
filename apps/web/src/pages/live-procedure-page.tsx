import type { LiveProcedureState } from "@cryoreg/contract"
import { type Model, Protocol } from "@cryoreg/domain"
import { A, createAsync, revalidate, useParams } from "@solidjs/router"
import { Option } from "effect"
import { createMemo, createSignal, For, type JSX, onCleanup, onMount, Show } from "solid-js"
import { getHistory, getLiveProcedure, getPatient, procedureIdOf } from "../api/queries"
import { TelemetryCurve } from "../charts/telemetry-curve"
import { date, t } from "../i18n"
import { LiveControls } from "../live/live-controls"
import { LiveLesions } from "../live/live-lesions"
import { columns, emptyView, freezeSeconds, phaseOf, receive } from "../live/live-view"
import { follow } from "../live/stream"
import { deviationText, gateText, liveTitle, noDeviationText } from "../live/words"
import { canWrite } from "../session/roles"
import { useSession } from "../session/session"

const { targetTemperatureC: targetC, freezeSeconds: freezeTargetSeconds } = Protocol.study.cryo

function Live(props: { readonly id: Model.ProcedureId }): JSX.Element {
  const state = createAsync(() => getLiveProcedure(props.id))
  const refetch = () => revalidate(getLiveProcedure.keyFor(props.id))
  const view = emptyView()
  const [version, setVersion] = createSignal(0)
  const [connection, setConnection] = createSignal<"connecting" | "open" | "reconnecting">("connecting")
  let pending: ReturnType<typeof setTimeout> | undefined
  const refresh = () => {
    if (pending !== undefined) return
    pending = setTimeout(() => {
      pending = undefined
      void refetch()
    }, 300)
  }
  onMount(() => {
    const stop = follow(props.id, {
      message: (m) => {
        receive(view, m)
        setVersion(version() + 1)
        if (m._tag !== "Samples") refresh()
      },
      connection: setConnection
    })
    onCleanup(() => {
      stop()
      if (pending !== undefined) clearTimeout(pending)
    })
  })
  // The view is folded in place (11 000+ samples); `version` says when to read it again.
  const snapshot = createMemo(() => {
    version()
    return {
      columns: columns(view),
      timer: freezeSeconds(view),
      samples: view.samples.length,
      phase: phaseOf(view)
    }
  })
  const data = () => snapshot().columns
  const timer = () => snapshot().timer
  const perSide = (s: LiveProcedureState, side: "left" | "right") =>
    s.lesions.filter((l) => l.side === side).length
  const session = useSession()
  const open = () => state()?.procedure.mode === "live" && canWrite(session.user())
  const ended = () => {
    const mode = state()?.procedure.mode
    return mode === "completed" || mode === "aborted" || snapshot().phase === "Completed"
  }
  const deviationWords = (d: LiveProcedureState["deviations"][number]) => {
    const s = state()
    return s === undefined ? d.message : deviationText(d, s)
  }
  // The patient's kept record and history are stale once the procedure moved on (or was aborted) here.
  const staleRecord = () => {
    const patient = state()?.procedure.patientId
    return patient === undefined
      ? Promise.resolve()
      : revalidate([getPatient.keyFor(patient), getHistory.keyFor(patient)])
  }
  return (
    <section data-page="live-procedure" data-samples={snapshot().samples}>
      <h1>{liveTitle(state()?.procedure)}</h1>
      <Show when={state()}>
        {(s) => (
          <p>
            <A
              href={`/patients/${encodeURIComponent(s().procedure.patientId)}`}
              onClick={() => void staleRecord()}
            >
              {t("live.back", { patient: s().procedure.patientId })}
            </A>
          </p>
        )}
      </Show>
      <Show when={state()?.procedure.abortReason}>
        {(why) => (
          <p class="bad" role="note">
            {t("live.abortedOn", {
              day: state()?.procedure.endedAt == null ? "—" : date(state()?.procedure.endedAt ?? ""),
              reason: why()
            })}
          </p>
        )}
      </Show>
      <Show when={open()}>
        <LiveControls id={props.id} state={state()} refetch={refetch} />
      </Show>
      <p
        aria-live="polite"
        class={ended() ? "muted" : connection() === "open" ? "good" : "warn"}
        data-testid="connection"
      >
        {t(`live.connection.${ended() ? "ended" : connection()}`)}
      </p>
      <Show when={state()}>
        {(s) => (
          <div class="stat-row">
            <div class="stat">
              <div class="value">
                {s().procedure.mode === "aborted"
                  ? t("live.aborted")
                  : t(`study.phase.${snapshot().phase ?? s().phase}`)}
              </div>
              {t("live.step")}
            </div>
            <div class="stat">
              <div class="value">
                {timer() === null ? "—" : t("live.seconds", { s: Math.floor(timer() ?? 0) })}
              </div>
              {t("live.freeze", { s: freezeTargetSeconds })}
            </div>
            <Show when={s().procedure.side !== "right"}>
              <div class="stat">
                <div class="value">
                  {perSide(s(), "left")} / {s().procedure.lesionsPerSide}
                </div>
                {t("live.lesionsLeft")}
              </div>
            </Show>
            <Show when={s().procedure.side !== "left"}>
              <div class="stat">
                <div class="value">
                  {perSide(s(), "right")} / {s().procedure.lesionsPerSide}
                </div>
                {t("live.lesionsRight")}
              </div>
            </Show>
          </div>
        )}
      </Show>
      <section class="card" aria-labelledby="curve-title">
        <h2 id="curve-title">{t("live.curve")}</h2>
        <Show when={state()}>
          {(s) => <p data-testid="gate">{t("live.gate", { gate: gateText(s()) })}</p>}
        </Show>
        <TelemetryCurve data={data} targetC={targetC} />
        <p class="muted">{t("live.samples", { n: snapshot().samples })}</p>
      </section>
      <section class="card" aria-labelledby="deviations-title">
        <h2 id="deviations-title">{t("live.deviations")}</h2>
        <Show
          when={(state()?.deviations.length ?? 0) > 0}
          fallback={<p class="good">{noDeviationText(state()?.procedure.mode)}</p>}
        >
          <ul aria-live="polite">
            <For each={state()?.deviations}>{(d) => <li class="warn">{deviationWords(d)}</li>}</For>
          </ul>
        </Show>
      </section>
      <Show when={state()}>{(s) => <LiveLesions state={s()} />}</Show>
    </section>
  )
}

/** A procedure as it happens: the tip temperature per lesion, the gate, the freeze timer, lesions, deviations. */
export default function LiveProcedurePage(): JSX.Element {
  const params = useParams<{ id: string }>()
  const id = () => procedureIdOf(params.id)
  return (
    <Show when={Option.getOrUndefined(id())} keyed fallback={<h1>{t("live.noSuchId")}</h1>}>
      {(pid) => <Live id={pid} />}
    </Show>
  )
}
