import type { Assessment } from "@cryoreg/contract"
import { For, type JSX } from "solid-js"

const verdictText = {
  eligible: "Eligible: every criterion is met",
  ineligible: "Not eligible",
  incomplete: "Incomplete: some answers are missing"
} as const

const verdictClass = { eligible: "good", ineligible: "bad", incomplete: "warn" } as const

/** The eligibility verdict and each criterion behind it: met, not met, or not yet answered. */
export function Verdict(props: { readonly assessment: Assessment }): JSX.Element {
  const state = (met: boolean | null) => (met === null ? "unknown" : met ? "met" : "unmet")
  return (
    <div data-testid="eligibility">
      <p>
        <strong class={verdictClass[props.assessment.verdict]}>
          {verdictText[props.assessment.verdict]}
        </strong>
      </p>
      <For each={["inclusion", "exclusion"] as const}>
        {(kind) => (
          <>
            <h3>{kind === "inclusion" ? "Inclusion criteria" : "Exclusion criteria"}</h3>
            <ul class="criteria">
              <For each={props.assessment.criteria.filter((c) => c.kind === kind)}>
                {(c) => (
                  <li class={state(c.met)}>
                    {c.text}{" "}
                    <span class="muted">— {c.met === null ? "not answered" : c.met ? "met" : "not met"}</span>
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
