import type { BlockInput, NewPatient, ProcedureInput, ScreeningInput, VisitInput } from "@cryoreg/contract"
import { Model, StudyCalendar } from "@cryoreg/domain"

/** A new Warsaw patient (written by hand from the study's protocol, not from generated data). */
export const newPatient = (id: string, centerId = "waw"): NewPatient => ({
  id: Model.PatientId.make(id),
  sex: "female",
  birthYear: 1968,
  centerId: Model.CenterId.make(centerId),
  treatedSide: "right"
})

const no = "no" as const

/** A screening that meets every inclusion criterion and no exclusion. */
export const eligibleScreening: ScreeningInput = {
  date: "2026-03-02",
  painDurationMonths: 14,
  baselineNrs: 7,
  conservativeCareFailedMonths: 6,
  imagingDone: true,
  exclusions: {
    acuteOrProgressiveRadiculopathy: no,
    nerveRootCompressionRequiringSurgery: no,
    inflammatorySacroiliitis: no,
    priorSijFusion: no,
    coagulationDisorder: no,
    activeInfection: no,
    pregnancy: no,
    severeSystemicDisease: no
  }
}

/** A positive diagnostic block: NRS 8 → 3 after 2 % lidocaine, 62.5 % relief. */
export const positiveBlock: BlockInput = {
  date: "2026-03-09",
  agent: "lidocaine",
  concentrationPercent: 2,
  volumeMl: 1.5,
  contrastConfirmed: true,
  nrsBefore: 8,
  nrsAfter: 3,
  minutesAfter: 45
}

const lesion = (level: "L5" | "S1" | "S2" | "S3", start: number) => ({
  side: "right" as const,
  level,
  stimulation: { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null },
  freezeCycles: [
    {
      startedAt: start,
      endedAt: start + 120,
      thawCompletedAt: start + 160,
      targetTemperatureC: -78,
      reachedTemperatureC: -77
    },
    {
      startedAt: start + 170,
      endedAt: start + 290,
      thawCompletedAt: start + 330,
      targetTemperatureC: -78,
      reachedTemperatureC: -78
    }
  ]
})

/** A right-sided procedure of 6 lesions over L5–S3, two 120 s freeze cycles each. */
export const procedure: ProcedureInput = {
  date: "2026-03-16",
  operator: "Dr A. Nowak",
  side: "right",
  deviceSerial: "CF-A13-0042",
  durationMinutes: 40,
  lesions: [
    lesion("L5", 100),
    lesion("S1", 500),
    lesion("S1", 900),
    lesion("S2", 1300),
    lesion("S2", 1700),
    lesion("S3", 2100)
  ]
}

/** A visit at a time point, `days` after `procedure`'s date; ODI answers add up to `odiTotal` over ten sections. */
export const visit = (
  timepoint: "baseline" | "month3" | "month6",
  nrs: number,
  days: number
): VisitInput => ({
  timepoint,
  date: StudyCalendar.addDays(procedure.date, days),
  nrs,
  vasMm: nrs * 10,
  odiAnswers: [3, 2, 3, 2, 2, 3, 2, 1, 2, null],
  analgesics: { drugs: timepoint === "baseline" ? ["ibuprofen", "tramadol"] : ["ibuprofen"] }
})
