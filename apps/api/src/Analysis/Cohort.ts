import type { CohortOverview } from "@cryoreg/contract"
import { Model, Protocol, StudyCalendar } from "@cryoreg/domain"
import type { LoadedPatient } from "./Load.js"

const month = (date: string) => date.slice(0, 7)
const { addDays, daysBetween } = StudyCalendar

/**
 * Enrollment, the eligibility funnel, follow-up completeness, overdue visits and visits out of their protocol
 * window, as of `today` (YYYY-MM-DD, in the registry's time zone). `pseudonymize` replaces the patient ids
 * (the statistician's view: the same pseudonyms as the exports).
 */
export const cohortOverview = (
  loaded: ReadonlyArray<LoadedPatient>,
  today: string,
  demo: boolean,
  pseudonymize: ((id: string) => string) | null
): CohortOverview => {
  const shown = (id: Model.PatientId) => (pseudonymize === null ? id : Model.PatientId.make(pseudonymize(id)))
  const active = loaded.filter((p) => p.row.withdrawn_at === null)
  const has = (p: LoadedPatient, t: Model.Timepoint) => p.visits.some((v) => v.timepoint === t)
  const funnel = {
    screened: active.filter((p) => p.screening !== null).length,
    ineligible: active.filter((p) => p.row.verdict === "ineligible").length,
    eligible: active.filter((p) => p.row.verdict === "eligible").length,
    treated: active.filter((p) => p.procedure !== null).length,
    month3: active.filter((p) => has(p, "month3")).length,
    month6: active.filter((p) => has(p, "month6")).length,
    withdrawn: loaded.length - active.length
  }
  const enrollment = new Map<
    string,
    { centerId: Model.CenterId; month: string; screened: number; treated: number }
  >()
  const cell = (centerId: Model.CenterId, m: string) => {
    const key = `${centerId} ${m}`
    const found = enrollment.get(key) ?? { centerId, month: m, screened: 0, treated: 0 }
    enrollment.set(key, found)
    return found
  }
  for (const p of active) {
    if (p.screening !== null) cell(p.patient.centerId, month(p.screening.date)).screened++
    if (p.procedure !== null) cell(p.patient.centerId, month(p.procedure.date)).treated++
  }
  const windows = Protocol.study.visitWindows
  const overdue: Array<CohortOverview["overdue"][number]> = []
  const completeness = (["month3", "month6"] as const).map((timepoint) => {
    let due = 0
    let done = 0
    let late = 0
    for (const p of active) {
      if (p.procedure === null) continue
      const opens = addDays(p.procedure.date, windows[timepoint].min)
      const closes = addDays(p.procedure.date, windows[timepoint].max)
      if (opens > today) continue
      due++
      if (has(p, timepoint)) done++
      else if (closes < today) {
        late++
        overdue.push({
          patientId: shown(p.patient.id),
          centerId: p.patient.centerId,
          timepoint,
          dueBy: closes,
          daysOverdue: daysBetween(closes, today)
        })
      }
    }
    return { timepoint, due, done, overdue: late }
  })
  const baselineDue = active.filter((p) => p.procedure !== null).length
  const outOfWindow = active.flatMap((p) =>
    p.procedure === null
      ? []
      : p.visits.flatMap((v) => {
          const days = StudyCalendar.daysAfterProcedure(v, p.procedure!.date)
          return days === null || StudyCalendar.inVisitWindow(v, p.procedure!.date, Protocol.study) !== false
            ? []
            : [
                {
                  patientId: shown(p.patient.id),
                  centerId: p.patient.centerId,
                  timepoint: v.timepoint,
                  date: v.date ?? null,
                  daysAfterProcedure: days,
                  windowStart: windows[v.timepoint].min,
                  windowEnd: windows[v.timepoint].max
                }
              ]
        })
  )
  return {
    demo,
    funnel,
    enrollment: [...enrollment.values()].sort(
      (a, b) => a.month.localeCompare(b.month) || a.centerId.localeCompare(b.centerId)
    ),
    completeness: [
      {
        timepoint: "baseline",
        due: baselineDue,
        done: active.filter((p) => p.procedure !== null && has(p, "baseline")).length,
        overdue: 0
      },
      ...completeness
    ],
    overdue: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue),
    outOfWindow
  }
}
