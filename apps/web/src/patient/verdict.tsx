import type { Assessment } from "@cryoreg/contract"
import { For, type JSX } from "solid-js"
import { locale, t } from "../i18n"

/**
 * A criterion in the chosen language: the domain's sentence (with the patient's values) in English, the
 * criterion's name elsewhere (the domain words its sentences in English only).
 */
const criterionText = (c: Assessment["criteria"][number]): string =>
  locale() === "en" ? c.text : criterionName(c)

// a criterion's name, in either language ("Pregnancy", "Positive diagnostic SIJ block …")
const criterionName = (c: Assessment["criteria"][number]): string =>
  c.kind === "inclusion"
    ? t(`study.criterion.${c.id as "imaging"}`)
    : t(`study.exclusion.${c.id as "pregnancy"}`)

/**
 * The verdict in words; an incomplete one says what is not known yet: only the diagnostic block (which
 * comes after the screening), or the criteria still unanswered.
 */
const verdictText = (a: Assessment): string => {
  if (a.verdict !== "incomplete") return t(`patients.verdict.${a.verdict}`)
  const missing = a.criteria.filter((c) => c.met === null)
  if (missing.length === 1 && missing[0]?.id === "positiveDiagnosticBlock")
    return t("patients.verdict.awaitingBlock")
  if (missing.length === 0) return t("patients.verdict.incomplete")
  const names = missing.map((c) => {
    const name = criterionName(c)
    return name.charAt(0).toLocaleLowerCase() + name.slice(1)
  })
  return t("patients.verdict.incompleteMissing", { missing: names.join("; ") })
}

const verdictClass = { eligible: "good", ineligible: "bad", incomplete: "warn" } as const

/** The eligibility verdict and each criterion behind it: met, not met, or not yet answered. */
export function Verdict(props: { readonly assessment: Assessment }): JSX.Element {
  const state = (met: boolean | null) => (met === null ? "unknown" : met ? "met" : "unmet")
  return (
    <div data-testid="eligibility">
      <p>
        <strong class={verdictClass[props.assessment.verdict]}>{verdictText(props.assessment)}</strong>
      </p>
      <For each={["inclusion", "exclusion"] as const}>
        {(kind) => (
          <>
            <h3>{t(`patients.verdict.${kind}`)}</h3>
            <ul class="criteria">
              <For each={props.assessment.criteria.filter((c) => c.kind === kind)}>
                {(c) => (
                  <li class={state(c.met)}>
                    {criterionText(c)}{" "}
                    <span class="muted">— {t(`patients.verdict.${kind}State.${state(c.met)}`)}</span>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </For>
    </div>
  )
}
