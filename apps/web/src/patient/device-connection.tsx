import type { LiveProcedureCreated } from "@cryoreg/contract"
import { A } from "@solidjs/router"
import { createSignal, type JSX, Show } from "solid-js"

/** The simulator's command that drives an open procedure with its device token. */
export const simulatorCommand = (procedureId: string, token: string, origin: string): string =>
  `pnpm sim procedure --join ${procedureId} --token ${token} --api ${origin}`

/** A value to copy: selectable text and a button that puts it on the clipboard. */
function Copyable(props: {
  readonly label: string
  readonly value: string
  readonly id: string
}): JSX.Element {
  const [copied, setCopied] = createSignal<string>()
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value)
      setCopied("Copied.")
    } catch {
      setCopied("Copying is not allowed here: select the text and copy it.")
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
          Copy {props.label.toLowerCase()}
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
      <h3 id="device-connection-title">Connect the probe</h3>
      <p>
        Live procedure <strong>{id()}</strong> is open. This device token is shown once: copy it now. A new
        one can be issued from the live page; the old one then stops working.
      </p>
      <Copyable id="device-token" label="Device token" value={props.created.deviceToken} />
      <Copyable
        id="device-command"
        label="Simulator command"
        value={simulatorCommand(id(), props.created.deviceToken, window.location.origin)}
      />
      <p class="muted">
        The token is valid until {new Date(props.created.deviceTokenExpiresAt).toLocaleString("en-GB")}.
      </p>
      <Show when={props.liveLink !== false}>
        <p>
          <A href={`/procedures/${encodeURIComponent(id())}/live`}>Open the live page</A>
        </p>
      </Show>
    </section>
  )
}
