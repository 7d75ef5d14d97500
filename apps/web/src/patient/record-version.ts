import { ApiError, type CallOptions } from "@cryoreg/contract"

/** The fields of a record a colleague may have changed, in the clinic's words. */
export type Labels = Readonly<Record<string, string>>

/** The labels of each kind of record's fields (identifiers left out: they never change). */
export const labels = {
  patient: { sex: "sex", birthYear: "birth year", treatedSide: "treated side" },
  screening: {
    date: "screening date",
    painDurationMonths: "pain duration (months)",
    baselineNrs: "NRS",
    conservativeCareFailedMonths: "failed conservative care (months)",
    imagingDone: "MRI",
    exclusions: "exclusion criteria"
  },
  block: {
    date: "block date",
    agent: "agent",
    concentrationPercent: "concentration (%)",
    volumeMl: "volume (ml)",
    contrastConfirmed: "contrast confirmed",
    nrsBefore: "NRS before",
    nrsAfter: "NRS after",
    minutesAfter: "minutes after",
    reliefDurationHours: "relief duration (hours)"
  },
  procedure: {
    date: "procedure date",
    operator: "operator",
    deviceSerial: "device serial",
    side: "side",
    lesions: "lesions"
  },
  visit: {
    timepoint: "time point",
    date: "visit date",
    nrs: "NRS",
    vasMm: "VAS",
    odiAnswers: "ODI answers",
    analgesics: "analgesics"
  },
  adverseEvent: {
    type: "type",
    description: "description",
    severity: "severity",
    serious: "serious",
    onsetDays: "onset (days)",
    resolutionDays: "resolution (days)",
    relatedToProcedure: "related to the procedure"
  }
} as const satisfies Record<string, Labels>

const shown = (v: unknown) =>
  v === undefined || v === null ? "none" : v === true ? "yes" : v === false ? "no" : String(v)

/** What changed between two versions of a record, e.g. "NRS 5 → 4; ODI answers changed". */
export const changesText = (before: object, after: object, fields: Labels): string => {
  const b = before as Record<string, unknown>
  const a = after as Record<string, unknown>
  const changed = Object.entries(fields).flatMap(([key, label]) => {
    if (JSON.stringify(b[key]) === JSON.stringify(a[key])) return []
    const simple = (v: unknown) => v === undefined || v === null || typeof v !== "object"
    return [
      simple(b[key]) && simple(a[key]) ? `${label} ${shown(b[key])} → ${shown(a[key])}` : `${label} changed`
    ]
  })
  return changed.length === 0 ? "the record was saved again" : changed.join("; ")
}

/**
 * Sends the corrections of one record against the version its form was opened with (`If-Match`). When a
 * colleague changed the record since, the API refuses it (412) with the record as it now stands: the form is
 * refreshed with it (`refresh`), the refusal says what the colleague changed, and the next save names the
 * current version.
 */
export const versioned = (
  opened: string | undefined,
  record: object,
  fields: Labels,
  refresh: (current: Record<string, unknown>) => void
) => {
  let version = opened
  let seen = record
  return async <A>(send: (options: CallOptions) => Promise<A>): Promise<A> => {
    try {
      return await send(version === undefined ? {} : { headers: { "if-match": `"${version}"` } })
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 412 || error.current === null) throw error
      const changes = changesText(seen, error.current.record, fields)
      version = error.current.version
      seen = error.current.record
      refresh(error.current.record)
      throw new Error(
        `A colleague changed this record since you opened the form: ${changes}. Review and save again.`
      )
    }
  }
}
