import type { OpenLiveProcedure, ProtocolPhase } from "@cryoreg/contract"
import { A } from "@solidjs/router"
import { createSignal, type JSX, Show } from "solid-js"
import { AbortProcedureForm } from "./abort-procedure-form"

/** Where a live procedure stands, in the clinic's words. */
export const phaseText: Readonly<Record<ProtocolPhase, string>> = {
  Idle: "between lesions",
  Positioned: "probe placed",
  Stimulated: "stimulation tested",
  Freezing: "freezing",
  Thawing: "thawing",
  Thawed: "thawed",
  Completed: "completed"
}

/** Lesions planned: per side, times the sides treated. */
export const plannedLesions = (p: Pick<OpenLiveProcedure, "side" | "lesionsPerSide">): number =>
  p.lesionsPerSide * (p.side === "bilateral" ? 2 : 1)

/** An open live procedure on the patient's page: how far it has come, the live page, and (for staff) abort. */
export function LiveProcedureBanner(props: {
  readonly live: OpenLiveProcedure
  readonly writable: boolean
  readonly abort: (reason: string) => Promise<unknown>
}): JSX.Element {
  const [aborting, setAborting] = createSignal(false)
  const href = () => `/procedures/${encodeURIComponent(props.live.id)}/live`
  return (
    <div class="stack" data-testid="live-procedure">
      <p role="status">
        <strong>Live procedure in progress</strong> — {props.live.lesions} of {plannedLesions(props.live)}{" "}
        lesions — <A href={href()}>open the live page</A>
      </p>
      <p class="muted">
        Procedure {props.live.id}, {props.live.side} side, {phaseText[props.live.phase]}; started{" "}
        {new Date(props.live.startedAt).toLocaleString("en-GB")}.
      </p>
      <Show when={props.writable && !aborting()}>
        <div>
          <button type="button" class="secondary" onClick={() => setAborting(true)}>
            Abort the live procedure
          </button>
        </div>
      </Show>
      <Show when={aborting()}>
        <AbortProcedureForm abort={(r) => props.abort(r.reason)} done={() => setAborting(false)} />
      </Show>
    </div>
  )
}
