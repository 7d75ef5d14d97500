import { Model } from "@cryoreg/domain"
import { useAction } from "@solidjs/router"
import { Either, Schema } from "effect"
import { createSignal, For, type JSX, Show } from "solid-js"
import { saveCenter } from "../api/admin"
import { useCenters } from "../api/centers"
import { ScrollBox } from "../components/scroll-box"
import { errorId, Field, FormError, hintId } from "../forms/field"
import { type FieldErrors, fromApiError, validate } from "../forms/issues"
import type { FieldLabels } from "../forms/words"
import { num, t } from "../i18n"

const Names = Schema.Struct({ name: Model.Center.fields.name, city: Model.Center.fields.city })

/** A center's name and city (and, for a new one, its code), checked with the API's schema before sending. */
function CenterForm(props: {
  readonly title: string
  readonly submit: string
  readonly initial?: Model.Center
  readonly onSaved: (center: Model.Center) => void
  readonly onCancel?: () => void
}): JSX.Element {
  const prefix = props.initial === undefined ? "nc" : `rc-${props.initial.id}`
  const [values, setValues] = createSignal({
    id: props.initial?.id ?? "",
    name: props.initial?.name ?? "",
    city: props.initial?.city ?? ""
  })
  const [errors, setErrors] = createSignal<FieldErrors>({})
  const [message, setMessage] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const save = useAction(saveCenter)
  // how the form names its fields, for its error messages
  const labels = (): FieldLabels => ({
    id: t("admin.centers.code"),
    name: t("admin.centers.name"),
    city: t("admin.centers.city")
  })
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    setMessage(undefined)
    const v = { id: values().id.trim().toLowerCase(), name: values().name.trim(), city: values().city.trim() }
    const decoded =
      props.initial === undefined
        ? validate(Model.Center, v, labels())
        : validate(Names, { name: v.name, city: v.city }, labels())
    if (Either.isLeft(decoded)) return setErrors(decoded.left)
    setErrors({})
    setBusy(true)
    try {
      const saved = await save(props.initial?.id, {
        id: Model.CenterId.make(v.id),
        name: v.name,
        city: v.city
      })
      props.onSaved(saved)
      if (props.initial === undefined) setValues({ id: "", name: "", city: "" })
    } catch (error) {
      const failed = fromApiError(error, labels())
      setErrors(failed.fields)
      setMessage(failed.message)
    } finally {
      setBusy(false)
    }
  }
  const input = (key: "id" | "name" | "city") => (
    <input
      id={`${prefix}-${key}`}
      value={values()[key]}
      onInput={(e) => setValues({ ...values(), [key]: e.currentTarget.value })}
      aria-invalid={errors()[key] !== undefined}
      aria-describedby={
        key === "id" ? `${hintId(`${prefix}-id`)} ${errorId(`${prefix}-id`)}` : errorId(`${prefix}-${key}`)
      }
    />
  )
  return (
    <form class="card stack" onSubmit={submit} novalidate aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>{props.title}</h2>
      <div class="fields">
        <Show when={props.initial === undefined}>
          <Field
            id={`${prefix}-id`}
            label={t("admin.centers.code")}
            error={errors().id}
            hint={t("admin.centers.codeHint", {
              max: num(Model.idRule.maxLength),
              marks: Model.idRule.marks.join(" ")
            })}
          >
            {input("id")}
          </Field>
        </Show>
        <Field id={`${prefix}-name`} label={t("admin.centers.name")} error={errors().name}>
          {input("name")}
        </Field>
        <Field id={`${prefix}-city`} label={t("admin.centers.city")} error={errors().city}>
          {input("city")}
        </Field>
      </div>
      <FormError message={message()} />
      <div class="toolbar">
        <button type="submit" disabled={busy()}>
          {busy() ? t("admin.common.saving") : props.submit}
        </button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="secondary" onClick={() => cancel()()}>
              {t("admin.common.cancel")}
            </button>
          )}
        </Show>
      </div>
    </form>
  )
}

/** The participating centers: listed, added, renamed (the code, the prefix of patient ids, stays). */
export default function AdminCentersPage(): JSX.Element {
  const { centers } = useCenters()
  const [renaming, setRenaming] = createSignal<Model.Center>()
  const [notice, setNotice] = createSignal<string>()
  const saved = (text: string) => setNotice(text)
  return (
    <section data-page="admin-centers">
      <h1>{t("admin.centers.title")}</h1>
      <p class="muted">{t("admin.centers.intro")}</p>
      <Show when={notice()}>
        <p class="good" role="status">
          {notice()}
        </p>
      </Show>
      <ScrollBox label={t("admin.centers.title")} class="card">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.centers.code")}</th>
              <th scope="col">{t("admin.centers.name")}</th>
              <th scope="col">{t("admin.centers.city")}</th>
              <th scope="col" class="row-acts">
                {t("admin.centers.actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={centers()}>
              {(c) => (
                <tr data-center={c.id}>
                  <td>{c.id}</td>
                  <td>{c.name}</td>
                  <td>{c.city}</td>
                  <td class="row-acts">
                    <button
                      type="button"
                      class="secondary"
                      aria-label={`${t("admin.centers.rename")}: ${c.name}`}
                      onClick={() => setRenaming(c)}
                    >
                      {t("admin.centers.rename")}
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </ScrollBox>
      <Show when={renaming()} keyed>
        {(c) => (
          <CenterForm
            title={t("admin.centers.renameTitle", { center: c.name })}
            submit={t("admin.centers.save")}
            initial={c}
            onCancel={() => setRenaming(undefined)}
            onSaved={(s) => {
              setRenaming(undefined)
              saved(t("admin.centers.renamed", { center: s.name }))
            }}
          />
        )}
      </Show>
      <CenterForm
        title={t("admin.centers.add")}
        submit={t("admin.centers.add")}
        onSaved={(s) => saved(t("admin.centers.added", { center: s.name }))}
      />
    </section>
  )
}
