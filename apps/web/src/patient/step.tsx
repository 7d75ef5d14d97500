import { createSignal, type JSX, Show } from "solid-js"

/** A section of the patient page: a heading, what is recorded, and (for writers) a button that opens its form. */
export function Step(props: {
  readonly id: string
  readonly title: string
  readonly action?: string | undefined
  readonly form?: (close: () => void) => JSX.Element
  readonly children: JSX.Element
}): JSX.Element {
  const [open, setOpen] = createSignal(false)
  return (
    <section class="card" aria-labelledby={`${props.id}-title`} data-step={props.id}>
      <div class="toolbar step-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <Show when={props.form !== undefined && props.action !== undefined && !open()}>
          <button type="button" class="secondary" onClick={() => setOpen(true)}>
            {props.action}
          </button>
        </Show>
      </div>
      {props.children}
      <Show when={open() && props.form}>
        {(form) => <div class="step-form">{form()(() => setOpen(false))}</div>}
      </Show>
    </section>
  )
}

/** A stored record's "Correct …" button (for writers) and, once pressed, its correction form. */
export function Correction(props: {
  readonly label: string
  readonly writable: boolean
  readonly form: (close: () => void) => JSX.Element
}): JSX.Element {
  const [open, setOpen] = createSignal(false)
  return (
    <>
      <Show when={props.writable && !open()}>
        <button type="button" class="secondary" onClick={() => setOpen(true)}>
          {props.label}
        </button>
      </Show>
      <Show when={open()}>{props.form(() => setOpen(false))}</Show>
    </>
  )
}
