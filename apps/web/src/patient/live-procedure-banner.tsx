import type { AbortRequest, OpenLiveProcedure, ProtocolPhase } from "@cryoreg/contract"
import { FreezeProtocol, Protocol } from "@cryoreg/domain"
import { A } from "@solidjs/router"
import { createSignal, type JSX, Show } from "solid-js"
import { dateTime, t } from "../i18n"
import { sideWord } from "../i18n/study-words"
import { AbortProcedureForm } from "./abort-procedure-form"

/** Where a live procedure stands, in the clinic's words. */
export const phaseText = (phase: ProtocolPhase): string => t(`study.phase.${phase}`)

/** Lesions planned: the protocol's plan for the side treated (`FreezeProtocol.planLesions`). */
export const plannedLesions = (p: Pick<OpenLiveProcedure, "side" | "lesionsPerSide">): number =>
  FreezeProtocol.planLesions(p.side, p.lesionsPerSide, Protocol.study).length

/** An open live procedure on the patient's page: how far it has come, the live page, and (for staff) abort. */
export function LiveProcedureBanner(props: {
  readonly live: OpenLiveProcedure
  readonly writable: boolean
  readonly abort: (request: AbortRequest) => Promise<unknown>
}): JSX.Element {
  const [aborting, setAborting] = createSignal(false)
  const href = () => `/procedures/${encodeURIComponent(props.live.id)}/live`
  return (
    <div class="stack" data-testid="live-procedure">
      <p role="status">
        <strong>{t("procedure.live.inProgress")}</strong> —{" "}
        {t("procedure.live.progress", { done: props.live.lesions, planned: plannedLesions(props.live) })} —{" "}
        <A href={href()}>{t("procedure.live.openLive")}</A>
      </p>
      <p class="muted">
        {t("procedure.live.summary", {
          side: sideWord(props.live.side),
          phase: phaseText(props.live.phase),
          at: dateTime(props.live.startedAt)
        })}
      </p>
      <Show when={props.writable && !aborting()}>
        <div>
          <button type="button" class="secondary" onClick={() => setAborting(true)}>
            {t("procedure.live.abort")}
          </button>
        </div>
      </Show>
      <Show when={aborting()}>
        <AbortProcedureForm submit={props.abort} done={() => setAborting(false)} />
      </Show>
    </div>
  )
}
