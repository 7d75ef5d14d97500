/** Adverse events: classification and Table 7 counts (patients n (%) per type). */
export * as AdverseEvents from "./AdverseEvents.js"
/** Analgesics: NSAIDs, combination analgesics and opioid-containing drugs by ATC group (Table 5). */
export * as Analgesics from "./Analgesics.js"
/** Reproducing the study: Tables 1–10 from patient records, compared with the published ones. */
export * as Analysis from "./Analysis.js"
/** Reading a diagnostic SIJ block: relief %, positive at the threshold, comparative-block verdict. */
export * as DiagnosticBlock from "./DiagnosticBlock.js"
/** Eligibility: every inclusion and exclusion criterion of the study, and the verdict. */
export * as Eligibility from "./Eligibility.js"
/** The freeze protocol of one procedure: a state machine with the study's rules, cycle evaluation and summary. */
export * as FreezeProtocol from "./FreezeProtocol.js"
/** Laterality: a procedure and its lesions on the patient's treated side. */
export * as Laterality from "./Laterality.js"
/** The registry's records (Patient, Screening, DiagnosticBlock, Procedure, FollowUpVisit, …) as Schemas. */
export * as Model from "./Model/index.js"
/** Oswestry Disability Index v2.1a scoring. */
export * as Odi from "./Odi.js"
/** Outcomes: percent change from baseline, responder classes, visit windows. */
export * as Outcomes from "./Outcomes.js"
/** Patient ids of a center: the prefix derived from the center id, the next free id. */
export * as PatientIds from "./PatientIds.js"
/** The study protocol as data: `Protocol.study` holds the published values. */
export * as Protocol from "./Protocol.js"
/** Server status shared by the API and the dashboard. */
export * from "./ServerStatus.js"
/** The study's calendar: today in the registry's time zone, the order of a course's dates, visit windows, age. */
export * as StudyCalendar from "./StudyCalendar.js"
