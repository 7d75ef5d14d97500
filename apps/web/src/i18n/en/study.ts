/** The study's own words, shared by every page: statuses, time points, sides, sex, severity (English). */
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
  timepoint: { baseline: "Baseline", month3: "3 months", month6: "6 months" }
}
