import type { CohortOverview } from "@cryoreg/contract"
import type { Stage } from "../charts/funnel-chart"
import { t } from "../i18n"

/** The funnel's stages in order: screened → eligible → treated → followed up at 3 and 6 months. */
export const funnelStages = (f: CohortOverview["funnel"]): Array<Stage> => [
  { stage: t("analysis.cohort.stages.screened"), patients: f.screened },
  { stage: t("analysis.cohort.stages.eligible"), patients: f.eligible },
  { stage: t("analysis.cohort.stages.treated"), patients: f.treated },
  { stage: t("analysis.cohort.stages.month3"), patients: f.month3 },
  { stage: t("analysis.cohort.stages.month6"), patients: f.month6 }
]
