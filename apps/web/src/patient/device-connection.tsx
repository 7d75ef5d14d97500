import type { LiveProcedureCreated } from "@cryoreg/contract"
import { A } from "@solidjs/router"
import { createSignal, type JSX, Show } from "solid-js"
import { dateTime, t } from "../i18n"

/** The simulator's command that drives an open procedure with its device token. */
export const simulatorCommand = (procedureId: string, token: string, origin: string): string =>
  `pnpm sim procedure --join ${procedureId} --token ${token} --api ${origin}`

/** A value to copy: selectable text and a button that puts it on the clipboard. */
function Copyable(props: {
  readonly label: string
  readonly copyLabel: string
  readonly value: string
  readonly id: string
}): JSX.Element {
  const [copied, setCopied] = createSignal<string>()
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value)
      setCopied(t("procedure.device.copied"))
    } catch {
      setCopied(t("procedure.device.copyRefused"))
    }
  }
  return (
    <div class="stack">
      <span id={`${props.id}-label`}>
        <strong>{props.label}</strong>
      </span>
      <div class="toolbar copyable">
        <output id={props.id} aria-labelledby={`${props.id}-label`} class="copy-text">
          <code>{props.value}</code>
        </output>
        <button type="button" class="secondary" onClick={() => void copy()}>
          {props.copyLabel}
        </button>
        <span class="muted" aria-live="polite">
          {copied()}
        </span>
      </div>
    </div>
  )
}

/**
 * How to connect the probe to an open procedure: its device token and the simulator's command, each ready
 * to copy, shown once (the API keeps only the token's hash), and the way to the live page.
 */
export function DeviceConnection(props: {
  readonly created: LiveProcedureCreated
  readonly liveLink?: boolean
}): JSX.Element {
  const id = () => props.created.procedure.id
  return (
    <section class="stack device-connection" aria-labelledby="device-connection-title">
      <h3 id="device-connection-title">{t("procedure.device.title")}</h3>
      <p>{t("procedure.device.open")}</p>
      <Copyable
        id="device-token"
        label={t("procedure.device.token")}
        copyLabel={t("procedure.device.copyToken")}
        value={props.created.deviceToken}
      />
      <Copyable
        id="device-command"
        label={t("procedure.device.command")}
        copyLabel={t("procedure.device.copyCommand")}
        value={simulatorCommand(id(), props.created.deviceToken, window.location.origin)}
      />
      <p class="muted">
        {t("procedure.device.validUntil", { at: dateTime(props.created.deviceTokenExpiresAt) })}
      </p>
      <Show when={props.liveLink !== false}>
        <p>
          <A href={`/procedures/${encodeURIComponent(id())}/live`}>{t("procedure.device.openLive")}</A>
        </p>
      </Show>
    </section>
  )
}
