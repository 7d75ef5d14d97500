import type { Assessment } from "@cryoreg/contract"
import { For, type JSX } from "solid-js"
import { locale, t } from "../i18n"

/**
 * A criterion in the chosen language: the domain's sentence (with the patient's values) in English, the
 * criterion's name elsewhere (the domain words its sentences in English only).
 */
const criterionText = (c: Assessment["criteria"][number]): string =>
  locale() === "en"
    ? c.text
    : c.kind === "inclusion"
      ? t(`study.criterion.${c.id as "imaging"}`)
      : t(`study.exclusion.${c.id as "pregnancy"}`)

const verdictClass = { eligible: "good", ineligible: "bad", incomplete: "warn" } as const

/** The eligibility verdict and each criterion behind it: met, not met, or not yet answered. */
export function Verdict(props: { readonly assessment: Assessment }): JSX.Element {
  const state = (met: boolean | null) => (met === null ? "unknown" : met ? "met" : "unmet")
  return (
    <div data-testid="eligibility">
      <p>
        <strong class={verdictClass[props.assessment.verdict]}>
          {t(`patients.verdict.${props.assessment.verdict}`)}
        </strong>
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
