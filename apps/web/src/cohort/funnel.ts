import type { CohortOverview } from "@cryoreg/contract"
import type { Stage } from "../charts/funnel-chart"

/** The funnel's stages in order: screened → eligible → treated → followed up at 3 and 6 months. */
export const funnelStages = (f: CohortOverview["funnel"]): Array<Stage> => [
  { stage: "Screened", patients: f.screened },
  { stage: "Eligible", patients: f.eligible },
  { stage: "Treated", patients: f.treated },
  { stage: "3-month follow-up", patients: f.month3 },
  { stage: "6-month follow-up", patients: f.month6 }
]
