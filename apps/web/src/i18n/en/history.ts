/** The patient's history in words: each change as a sentence naming the record (English). */
export const history = {
  title: "History",
  empty: "No change recorded.",
  onBehalf: "{{ user }} on behalf of {{ who }}",
  reason: "Reason: {{ reason }}",
  none: "none",
  change: "{{ field }}: {{ before }} → {{ after }}",
  changed: "{{ field }} changed",
  section: "section {{ n }}",
  drugUnnamed: "{{ category }} (drug not named)",
  other: "Other change to the record",
  lesion: {
    added: "{{ lesion }} added",
    removed: "{{ lesion }} removed",
    cycleAdded: "{{ cycle }} added",
    cycleRemoved: "{{ cycle }} removed",
    target: "Target temperature (°C)"
  },
  record: {
    visit: "{{ visit }} of {{ date }}",
    screening: "Screening of {{ date }}",
    diagnosticBlock: "Diagnostic block of {{ date }}",
    procedure: "Procedure of {{ date }}",
    adverseEvent: "Adverse event “{{ type }}” with onset on {{ onset }}",
    adverseEventDays: (p: { type: string; days: string; n: number | null }): string =>
      `Adverse event “${p.type}” with onset ${p.days} ${p.n === 1 ? "day" : "days"} after the procedure`
  },
  patient: {
    create: "Patient registered",
    correct: "Patient's data corrected",
    withdraw: "Patient withdrawn from the study"
  },
  screening: {
    create: "{{ record }} recorded",
    correct: "{{ record }} corrected",
    retract: "{{ record }} retracted (entered in error)"
  },
  diagnosticBlock: {
    create: "{{ record }} recorded",
    correct: "{{ record }} corrected",
    retract: "{{ record }} retracted (entered in error)"
  },
  procedure: {
    create: "{{ record }} recorded",
    correct: "{{ record }} corrected",
    retract: "{{ record }} retracted (entered in error)"
  },
  visit: {
    create: "{{ record }} recorded",
    correct: "{{ record }} corrected",
    retract: "{{ record }} retracted (entered in error)"
  },
  adverseEvent: {
    create: "{{ record }} reported",
    correct: "{{ record }} corrected",
    retract: "{{ record }} retracted (entered in error)"
  },
  liveProcedure: {
    create: "Live procedure started with device {{ device }}, side: {{ side }}",
    revoke: "Live procedure: a new device token issued (the previous one no longer works)",
    abort: "Live procedure aborted",
    completed: "Live procedure completed ({{ lesions }} lesions); the procedure is recorded"
  }
}
