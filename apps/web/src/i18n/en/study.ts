/** The study's own words, shared by every page: statuses, time points, sides, severity, adverse events, protocol steps (English). */
export const study = {
  status: {
    registered: "Registered, not screened yet",
    undecided: "Screened, eligibility not decided",
    ineligible: "Not eligible",
    eligible: "Eligible, awaiting the procedure",
    treated: "Treated",
    month3: "3-month follow-up",
    month6: "6-month follow-up"
  },
  timepoint: { baseline: "Baseline", month3: "3 months", month6: "6 months" },
  side: { left: "left", right: "right", bilateral: "both sides" },
  severity: { mild: "mild", moderate: "moderate", severe: "severe" },
  adverseEvent: {
    "local hematoma": "local hematoma",
    "transient paresthesia": "transient paresthesia",
    "procedural pain": "procedural pain",
    "temporary motor weakness": "temporary motor weakness",
    infection: "infection",
    "permanent neurological deficit": "permanent neurological deficit",
    bleeding: "bleeding",
    other: "other"
  },
  phase: {
    Idle: "between lesions",
    Positioned: "probe placed",
    Stimulated: "stimulation tested",
    Freezing: "freezing",
    Thawing: "thawing",
    Thawed: "thawed",
    Completed: "completed"
  }
}
