import type { LiveProcedureCreated, LiveProcedureState } from "@cryoreg/contract"
import { Model, Protocol } from "@cryoreg/domain"
import { A, revalidate, useParams } from "@solidjs/router"
import { Option, Schema } from "effect"
import { createMemo, createResource, createSignal, For, type JSX, onCleanup, onMount, Show } from "solid-js"
import { client } from "../api/client"
import { getHistory, getPatient } from "../api/queries"
import { TelemetryCurve } from "../charts/telemetry-curve"
import { ScrollBox } from "../components/scroll-box"
import { apply, columns, emptyView, freezeSeconds } from "../live/live-view"
import { follow } from "../live/stream"
import { AbortProcedureForm } from "../patient/abort-procedure-form"
import { DeviceConnection } from "../patient/device-connection"
import { phaseText } from "../patient/live-procedure-banner"
import { canWrite } from "../session/roles"
import { useSession } from "../session/session"

const decodeId = Schema.decodeUnknownOption(Model.ProcedureId)
const { targetTemperatureC: targetC, freezeSeconds: freezeTargetSeconds, stimulation } = Protocol.study.cryo

const gateText = (state: LiveProcedureState): string => {
  const c = state.current
  if (state.procedure.mode === "aborted") return "procedure aborted"
  if (state.phase === "Completed") return "procedure completed"
  if (c === null) return "probe not placed"
  if (c.finding === null)
    return `cleared to freeze at ${c.side} ${c.level} (no motor response up to ${stimulation.maxVoltage} V at ${stimulation.frequencyHz} Hz)`
  return `not cleared at ${c.side} ${c.level}: ${c.finding}`
}

function Live(props: { readonly id: Model.ProcedureId }): JSX.Element {
  const [state, { refetch }] = createResource(() => client.getLiveProcedure({ params: { id: props.id } }))
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
        apply(view, m)
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
      phase: view.phase
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
  const [issued, setIssued] = createSignal<LiveProcedureCreated>()
  const [aborting, setAborting] = createSignal(false)
  const [issueError, setIssueError] = createSignal<string>()
  // The patient's kept record and history are stale once the procedure moved on (or was aborted) here.
  const staleRecord = () => {
    const patient = state()?.procedure.patientId
    return patient === undefined
      ? Promise.resolve()
      : revalidate([getPatient.keyFor(patient), getHistory.keyFor(patient)])
  }
  const issue = async () => {
    setIssueError(undefined)
    try {
      setIssued(await client.issueDeviceToken({ params: { id: props.id } }))
    } catch (error) {
      setIssueError(error instanceof Error ? error.message : "The new token could not be issued.")
    }
  }
  return (
    <section data-page="live-procedure" data-samples={snapshot().samples}>
      <h1>Live procedure {props.id}</h1>
      <Show when={state()}>
        {(s) => (
          <p>
            <A
              href={`/patients/${encodeURIComponent(s().procedure.patientId)}`}
              onClick={() => void staleRecord()}
            >
              Back to patient {s().procedure.patientId}
            </A>
          </p>
        )}
      </Show>
      <Show when={state()?.procedure.abortReason}>
        {(why) => (
          <p class="bad" role="note">
            Aborted on {(state()?.procedure.endedAt ?? "").slice(0, 10)}: {why()}
          </p>
        )}
      </Show>
      <Show when={open()}>
        <section class="card stack" aria-label="Probe and procedure">
          <div class="toolbar">
            <button type="button" class="secondary" onClick={() => void issue()}>
              Issue a new device token
            </button>
            <Show when={!aborting()}>
              <button type="button" class="secondary" onClick={() => setAborting(true)}>
                Abort the live procedure
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
              abort={(r) =>
                client.abortLiveProcedure({ params: { id: props.id }, body: r }).then(() => refetch())
              }
              done={() => {
                setAborting(false)
                setIssued(undefined)
              }}
            />
          </Show>
        </section>
      </Show>
      <p
        aria-live="polite"
        class={ended() ? "muted" : connection() === "open" ? "good" : "warn"}
        data-testid="connection"
      >
        {ended()
          ? "The procedure has ended: nothing more will arrive from the probe."
          : connection() === "open"
            ? "Connected: streaming"
            : connection() === "reconnecting"
              ? "Connection lost: reconnecting…"
              : "Connecting…"}
      </p>
      <Show when={state()}>
        {(s) => (
          <div class="stat-row">
            <div class="stat">
              <div class="value">
                {s().procedure.mode === "aborted" ? "aborted" : phaseText[snapshot().phase ?? s().phase]}
              </div>
              protocol step
            </div>
            <div class="stat">
              <div class="value">{timer() === null ? "—" : `${Math.floor(timer()!)} s`}</div>
              freeze (target {freezeTargetSeconds} s)
            </div>
            <Show when={s().procedure.side !== "right"}>
              <div class="stat">
                <div class="value">
                  {perSide(s(), "left")} / {s().procedure.lesionsPerSide}
                </div>
                lesions on the left
              </div>
            </Show>
            <Show when={s().procedure.side !== "left"}>
              <div class="stat">
                <div class="value">
                  {perSide(s(), "right")} / {s().procedure.lesionsPerSide}
                </div>
                lesions on the right
              </div>
            </Show>
          </div>
        )}
      </Show>
      <section class="card" aria-labelledby="curve-title">
        <h2 id="curve-title">Tip temperature</h2>
        <Show when={state()}>{(s) => <p data-testid="gate">Stimulation gate: {gateText(s())}</p>}</Show>
        <TelemetryCurve data={data} targetC={targetC} />
        <p class="muted">{snapshot().samples} samples received.</p>
      </section>
      <section class="card" aria-labelledby="deviations-title">
        <h2 id="deviations-title">Deviations</h2>
        <Show
          when={(state()?.deviations.length ?? 0) > 0}
          fallback={
            <p class="good">
              {state()?.procedure.mode === "completed" ? "No deviation from the protocol." : "None so far."}
            </p>
          }
        >
          <ul aria-live="polite">
            <For each={state()?.deviations}>{(d) => <li class="warn">{d.message}</li>}</For>
          </ul>
        </Show>
      </section>
      <Show when={state()}>
        {(s) => (
          <section class="card" aria-labelledby="lesions-title">
            <h2 id="lesions-title">Lesions</h2>
            <ScrollBox label={"Closed lesions"}>
              <table>
                <caption>Closed lesions and their cycle evaluations</caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">Side</th>
                    <th scope="col">Level</th>
                    <th scope="col">Cycles</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={s().lesions}>
                    {(l, i) => (
                      <tr>
                        <td>{i() + 1}</td>
                        <td>{l.side}</td>
                        <td>{l.level}</td>
                        <td>
                          {l.cycles
                            .map(
                              (c) =>
                                `${Math.round(c.evaluation.freezeSeconds)} s, coldest ${c.evaluation.coldestTemperatureC ?? "—"} °C, ${Math.round(c.evaluation.secondsAtOrBelowTarget)} s at target${c.evaluation.deviations.length > 0 ? ` (${c.evaluation.deviations.map((d) => d.message).join("; ")})` : ""}`
                            )
                            .join(" · ")}
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </ScrollBox>
          </section>
        )}
      </Show>
    </section>
  )
}

/** A procedure as it happens: the tip temperature per lesion, the gate, the freeze timer, lesions, deviations. */
export default function LiveProcedurePage(): JSX.Element {
  const params = useParams<{ id: string }>()
  const id = () => decodeId(params.id)
  return (
    <Show when={Option.getOrUndefined(id())} keyed fallback={<h1>No such procedure id</h1>}>
      {(pid) => <Live id={pid} />}
    </Show>
  )
}
