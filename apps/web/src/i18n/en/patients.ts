import type { DiagnosticBlock, FreezeProtocol } from "@cryoreg/domain"
import { pluralOf } from "../format"

/** "1 day", "2 days". */
const days = (n: number) => `${n} ${pluralOf(n, "en") === "one" ? "day" : "days"}`

/** The patients list, a patient's page and its forms (English). */
export const patients = {
  list: {
    title: "Patients",
    search: "Search by patient id",
    status: "Status",
    all: "All",
    center: "Center",
    allCenters: "All centers",
    register: "Register a patient",
    closeForm: "Close the form",
    count: (p: { n: number }) => (p.n === 1 ? "1 patient" : `${p.n} patients`),
    caption: "Patients",
    captionMatching: "Patients matching “{{ q }}”",
    patient: "Patient",
    sex: "Sex",
    born: "Born",
    side: "Side",
    withdrawn: "withdrawn",
    none: "No patient matches.",
    pages: "Pages of patients",
    previous: "Previous page",
    next: "Next page",
    page: "Page {{ page }}",
    pageOf: "Page {{ page }} of {{ pages }}"
  },
  page: {
    noSuchId: "No such patient id",
    title: "Patient {{ id }}",
    summary: "{{ sex }}, born {{ year }}, center {{ center }}, treated side: {{ side }}",
    correctPatient: "Correct the patient's data",
    withdrawn: "Withdrawn on {{ date }}: {{ reason }}",
    screening: "1. Screening and eligibility",
    recordScreening: "Record the screening",
    noScreening: "No screening recorded yet.",
    screened:
      "Screened on {{ date }}: pain for {{ months }} months, NRS {{ nrs }}, {{ care }} months of failed conservative care, MRI {{ mri }}.",
    mriDone: "done",
    mriNotDone: "not done",
    correctScreening: "Correct the screening",
    blocks: "2. Diagnostic SIJ block",
    recordBlock: "Record a block",
    procedure: "3. Cryoneurolysis procedure",
    enterProcedure: "Enter the procedure",
    noProcedure: "No procedure yet.",
    correctProcedure: "Correct the procedure",
    visits: "4. Follow-up visits",
    recordVisit: "Record a visit",
    adverseEvents: "Adverse events",
    reportAdverseEvent: "Report an adverse event"
  },
  newPatient: {
    title: "Register a patient",
    pseudonym: "A pseudonymous id only (e.g. WAW-0042): never a name or a national id number.",
    nextId: "The next free id of the center is {{ id }}; you may change it.",
    submit: "Register patient"
  },
  verdict: {
    eligible: "Eligible: every criterion is met",
    ineligible: "Not eligible",
    incomplete: "Incomplete: some answers are missing",
    incompleteMissing: "Incomplete: not known yet — {{ missing }}",
    awaitingBlock: "Incomplete: awaiting the diagnostic block (done after the screening)",
    inclusion: "Inclusion criteria",
    exclusion: "Exclusion criteria",
    inclusionState: { met: "met", unmet: "not met", unknown: "unknown" },
    exclusionState: { met: "met", unmet: "not met", unknown: "unknown" }
  },
  screening: {
    record: "Record the screening",
    correct: "Correct the screening",
    noneApplies: "None of the exclusion criteria applies",
    noneAppliesHint: "Sets every answer below to “no”; each can still be changed.",
    save: "Save the screening"
  },
  visit: {
    record: "Record a visit",
    correct: "Correct the visit",
    dateHint: "The days after the procedure are counted from this date.",
    save: "Save the visit"
  },
  visits: {
    none: "No visit recorded yet.",
    caption: "Visits",
    date: "Date",
    days: "Days",
    daysAfter: "after the procedure",
    vas: "VAS (mm)",
    actions: "Correct or retract",
    outOfWindow: "out of window",
    notScored: "not scored",
    odi: "{{ percent }} % ({{ band }})",
    named: { baseline: "the baseline visit", month3: "the 3-month visit", month6: "the 6-month visit" }
  },
  retract: {
    button: "Retract (entered in error)",
    title: "Retract {{ what }}",
    explain:
      "Only for a record entered in error: it leaves the patient's record and the analysis, and stays in the history with the reason.",
    reason: "Reason for the retraction",
    submit: "Retract"
  },
  odi: {
    title: "Oswestry Disability Index (v2.1a)",
    hint: "Each section 0 (no difficulty) to 5 (the most); at most one may stay unanswered.",
    unanswered: "unanswered",
    score: "ODI score:",
    tooManyMissing: "Not scored yet: sections {{ sections }} are unanswered; at most one may be missing.",
    notScored: "Not scored yet: each answer is a whole number from 0 to 5."
  },
  analgesics: {
    drugs: "Drugs (generic names or ATC codes, comma-separated)",
    // the drugs field as an error names it, without the label's instructions
    drugsNamed: "Drugs",
    hint: "Known names are offered as you type; each drug ticks its category.",
    categories: "Category of each drug",
    unknown: "{{ drug }}: not in the table of known drugs (give a generic name or an ATC code)",
    contradiction: "{{ drug }} is in “{{ category }}”: tick “{{ category }}” or remove the drug",
    note: "{{ drug }} — {{ kind }} (ATC {{ atc }})"
  },
  blocks: {
    none: "No diagnostic block recorded yet.",
    caption: "Diagnostic blocks",
    agent: "Agent",
    nrs: "NRS before → after",
    relief: "Relief",
    verdict: "Verdict",
    deviations: "Deviations",
    positive: "positive",
    negative: "negative",
    comparative: "comparative: {{ verdict }}",
    comparativeVerdict: {
      concordant: "concordant",
      discordant: "discordant",
      "possibly placebo": "possibly placebo",
      negative: "negative",
      undetermined: "undetermined"
    },
    comparativeReason: "{{ verdict }} — {{ reason }}",
    reason: {
      neitherPositive: "neither block relieved the pain enough",
      onlyOnePositive: "only the {{ agent }} block relieved the pain enough",
      sameDurationClass:
        "both agents ({{ first }}, {{ second }}) are {{ acting }}: durations cannot be compared",
      durationsNotRecorded: "both blocks were positive but how long relief lasted was not recorded",
      longActingLastedLonger:
        "relief lasted {{ longHours }} h with {{ longAgent }}, longer than {{ shortHours }} h with {{ shortAgent }}",
      shortActingNotShorter:
        "relief lasted {{ shortHours }} h with short-acting {{ shortAgent }}, not shorter than {{ longHours }} h with long-acting {{ longAgent }}"
    } satisfies Record<DiagnosticBlock.ComparativeReasonCode, string>,
    acting: { "short-acting": "short-acting", "long-acting": "long-acting" },
    deviation: {
      otherAgent: "agent was {{ agent }}; the protocol uses {{ protocolAgent }}",
      otherConcentration: "concentration was {{ percent }} %; the protocol uses {{ protocolPercent }} %",
      volumeOutOfRange: "volume was {{ ml }} ml; the protocol injects {{ min }}–{{ max }} ml",
      contrastNotConfirmed:
        "intra-articular spread was not confirmed with contrast; the protocol requires it",
      reassessedOutOfWindow:
        "pain was reassessed {{ minutes }} min after the injection; the protocol reassesses at {{ min }}–{{ max }} min",
      noComparativeBlock: "no comparative block was done; this protocol requires one"
    } satisfies Record<DiagnosticBlock.BlockDeviationCode, string>,
    named: "the block of {{ date }}"
  },
  adverseEvents: {
    none: "No adverse event reported.",
    named: "the {{ type }} of day {{ day }}",
    otherDescribed: "other: {{ description }}",
    summary: "{{ type }} ({{ severity }}{{ serious }}, {{ related }}), day {{ day }}, {{ end }}",
    serious: ", serious",
    related: "related to the procedure",
    notRelated: "not related to the procedure",
    ongoing: "ongoing",
    resolved: "resolved on day {{ day }}"
  },
  blockForm: {
    record: "Record a diagnostic block",
    correct: "Correct the diagnostic block",
    optional: "Optional.",
    save: "Save the block"
  },
  eventForm: {
    record: "Report an adverse event",
    correct: "Correct the adverse event",
    ongoingHint: "Leave empty while the event is ongoing.",
    descriptionHint: "Needed for “other”.",
    save: "Report the event"
  },
  procedure: {
    sideLesions: (p: { side: string; n: number }) =>
      `${p.side} side: ${p.n} ${p.n === 1 ? "lesion" : "lesions"}`,
    atLevel: "{{ count }} at {{ levels }}",
    atLevels: "{{ count }} at {{ levels }}",
    coldest: "coldest {{ c }} °C",
    coldestUnknown: "coldest tip not recorded",
    thawEnd: "thaw end {{ time }}",
    thawUnknown: "thaw end not recorded",
    howEntered: "How it was entered",
    entered: {
      recorded: "Entered after the procedure",
      live: "Live from the probe, running",
      completed: "Live from the probe, completed"
    },
    lesionsLabel: "Lesions and freeze-thaw cycles",
    lesionsCaption: "Lesions and freeze-thaw cycles (times from the start of the procedure)",
    minutes: "{{ n }} min",
    level: "Level",
    stimulation: "Stimulation",
    cycles: "Freeze-thaw cycles",
    stimulationText: "{{ hz }} Hz up to {{ v }} V:",
    noMotor: "no motor response",
    motorAt: "motor response at {{ v }} V",
    noDeviation: "No deviation from the protocol.",
    deviations: (p: { n: number }) => `Deviations from the protocol (${p.n})`,
    deviationsLabel: "Deviations from the protocol",
    lesion: "Lesion {{ n }} ({{ level }} {{ side }})",
    inCycle: "{{ lesion }}, cycle {{ cycle }}: {{ what }}",
    coldestWas: "the coldest was {{ c }} °C",
    noTemperature: "no temperature was recorded",
    deviation: {
      "no-lesions": "No lesion was completed in this procedure",
      "too-few-lesions": (p: { side: string; lesions: number; range: string }) =>
        `${p.side} side: ${p.lesions} ${p.lesions === 1 ? "lesion" : "lesions"}; the protocol asks for ${p.range} a side`,
      "too-many-lesions": (p: { side: string; lesions: number; range: string }) =>
        `${p.side} side: ${p.lesions} lesions; the protocol asks for ${p.range} a side`,
      "level-not-covered": "{{ side }} side: no lesion at {{ level }} (the protocol covers {{ levels }})",
      "lesion-on-untreated-side": "{{ lesion }} is on a side not planned for treatment",
      "freeze-cycles-out-of-range":
        "{{ lesion }} had {{ cycles }} freeze-thaw cycles; the protocol allows {{ min }}–{{ max }}",
      "target-not-reached":
        "The tip never reached {{ target }} °C (within {{ tolerance }} °C) during the freeze; {{ coldest }}",
      "freeze-too-short":
        "The freeze lasted {{ seconds }} s; the protocol asks for {{ protocol }} s ± {{ tolerance }} s",
      "freeze-too-long":
        "The freeze lasted {{ seconds }} s; the protocol asks for {{ protocol }} s ± {{ tolerance }} s",
      "sensor-gap":
        "No telemetry from {{ from }} s to {{ to }} s of the freeze ({{ gap }} s; at most {{ max }} s allowed)"
    } satisfies Record<FreezeProtocol.SummaryDeviationKind, unknown>
  },
  timing: {
    dayOf: "the day of the procedure",
    onDay: "on the day of the procedure",
    before: (p: { n: number }) => `${days(p.n)} before the procedure`,
    after: (p: { n: number }) => `${days(p.n)} after the procedure`,
    afterRange: "{{ min }} to {{ max }} days after the procedure",
    range: "{{ from }} to {{ to }}",
    window: "the window of {{ visit }} is {{ range }}",
    windowOf: { baseline: "the baseline visit", month3: "the 3-month visit", month6: "the 6-month visit" },
    inWindow: "{{ when }}, within its window",
    outOfWindow: "{{ when }}: out of window ({{ window }})"
  },
  eventDates: {
    text: "Procedure on {{ procedure }}: {{ parts }}.",
    onset: "onset on {{ date }}",
    resolved: "resolved on {{ date }}"
  },
  form: {
    choose: "Choose…",
    cancel: "Cancel",
    yes: "Yes",
    no: "No",
    reason: "Reason for the correction",
    reasonHint: "Required; kept in the history.",
    saveCorrection: "Save the correction",
    correct: "Correct",
    correctNamed: "Correct {{ what }}",
    colleague:
      "A colleague changed this record since you opened the form: {{ changes }}. Review and save again.",
    savedAgain: "the record was saved again"
  }
}
