/**
 * The fields of each kind of record, as its form labels them: the forms, the correction conflicts and the
 * history all read their labels here (English). Ranges and units a form adds after the label stay in the form.
 */
export const fields = {
  patient: {
    centerId: "Center",
    id: "Patient id",
    sex: "Sex",
    birthYear: "Birth year",
    treatedSide: "Treated side"
  },
  screening: {
    date: "Screening date",
    painDurationMonths: "Pain duration (months)",
    baselineNrs: "NRS at screening",
    conservativeCareFailedMonths: "Failed conservative care (months)",
    imagingDone: "MRI of the lumbar spine and SIJs done",
    exclusions: "Exclusion criteria"
  },
  diagnosticBlock: {
    date: "Block date",
    agent: "Local anesthetic",
    concentrationPercent: "Concentration (%)",
    volumeMl: "Volume (ml)",
    contrastConfirmed: "Intra-articular spread confirmed with contrast",
    nrsBefore: "NRS before the block",
    nrsAfter: "NRS after the block",
    minutesAfter: "Minutes after the injection",
    reliefDurationHours: "Relief lasted (hours)",
    comparative: "Comparative block"
  },
  procedure: {
    date: "Procedure date",
    operator: "Operator",
    side: "Side",
    deviceSerial: "Device serial",
    durationMinutes: "Duration (minutes)",
    lesions: "Lesions"
  },
  visit: {
    timepoint: "Time point",
    date: "Visit date",
    daysAfterProcedure: "Days after the procedure",
    nrs: "NRS",
    vasMm: "VAS",
    odiAnswers: "ODI answers",
    analgesics: "Analgesics"
  },
  adverseEvent: {
    type: "Type",
    severity: "Severity",
    onsetDays: "Onset (days after the procedure)",
    resolutionDays: "Resolved (days after the procedure)",
    description: "Description",
    serious: "Serious adverse event",
    relatedToProcedure: "Related to the procedure"
  }
}
