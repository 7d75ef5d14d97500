import { Model } from "@cryoreg/domain"
import type { StudyCohort } from "./generate.js"
import type { Random } from "./random.js"

const nsaids = ["ibuprofen", "naproxen", "diclofenac", "ketoprofen", "meloxicam"] as const
const opioids = ["tramadol", "tramadol+paracetamol", "oxycodone", "codeine+paracetamol"] as const
const levels = ["L5", "S1", "S2", "S3"] as const
const timepoints = [
  ["baseline", -7],
  ["month3", 91],
  ["month6", 182]
] as const

/** The 1-based, zero-padded number of the i-th record ("0001"), as in the records' ids. */
export const pad = (i: number) => String(i + 1).padStart(4, "0")
/** The calendar date `days` after 1 January 2024. */
export const isoDay = (days: number) =>
  new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)

/** The patient id of the i-th record at its center. */
export type PatientIdOf = (i: number, centerId: Model.CenterId) => string

const simulatorIds: PatientIdOf = (i) => `SIM-${pad(i)}`

/** Ten ODI section answers (0–5) that add up to `total`, spread at random over the sections. */
export const odiAnswers = (random: Random, total: number): Array<number> => {
  const answers = new Array<number>(10).fill(0)
  for (let left = total; left > 0; ) {
    const s = random.int(10)
    if (answers[s]! < 5) {
      answers[s]! += 1
      left--
    }
  }
  return answers
}

const lesionsOf = (random: Random, count: number, side: "left" | "right", minutes: number) => {
  // L5 and S1–S3 each at least once; two freeze-thaw cycles per lesion when the procedure is long enough.
  const perLevel = [1, 1, 1, 1]
  for (let k = 4; k < count; k++) perLevel[1 + random.int(2)]! += 1
  const cycles = minutes * 60 >= 300 + count * 360 ? 2 : 1
  let t = 300
  return levels.flatMap((level, l) =>
    Array.from({ length: perLevel[l]! }, () => {
      t += 60
      const freezeCycles = Array.from({ length: cycles }, () => {
        const startedAt = t
        t += 150
        return {
          startedAt,
          endedAt: startedAt + 120,
          thawCompletedAt: startedAt + 150,
          targetTemperatureC: -78,
          reachedTemperatureC: -78 + random.int(3)
        }
      })
      return {
        side,
        level,
        stimulation: { frequencyHz: 2, voltagesTried: [0.5, 1, 1.5, 2], motorResponseAtVoltage: null },
        freezeCycles
      }
    })
  )
}

/** Builds the domain records of a calibrated cohort: screening, positive block, procedure, three visits, adverse events. */
export const toRecords = (
  c: StudyCohort,
  random: Random,
  patientIdOf: PatientIdOf = simulatorIds
): Array<Model.PatientRecord> =>
  Array.from({ length: c.design.n }, (_, i) => {
    const centerId = Model.CenterId.make(i % 2 === 0 ? "waw" : "pila")
    const id = Model.PatientId.make(patientIdOf(i, centerId))
    const side = c.design.side[i] === 0 ? "right" : "left"
    const day = random.int(700)
    const procedureDate = isoDay(day)
    const baseline = c.nrs[i * 3]!
    const drugsAt = (t: number) => [
      ...(c.nsaids[i * 3 + t] ? [nsaids[i % nsaids.length]!] : []),
      ...(c.opioids[i * 3 + t] ? [opioids[(i >> 1) % opioids.length]!] : [])
    ]
    return Model.PatientRecord.make({
      patient: Model.Patient.make({
        id,
        sex: c.design.sex[i] === 0 ? "female" : "male",
        birthYear: 2024 + Math.floor(day / 366) - c.age[i]!,
        centerId,
        treatedSide: side
      }),
      screening: Model.Screening.make({
        id: Model.ScreeningId.make(`SCR-${pad(i)}`),
        patientId: id,
        date: isoDay(day - 30),
        painDurationMonths: c.symptomMonths[i]!,
        baselineNrs: baseline,
        conservativeCareFailedMonths: Math.max(3, c.symptomMonths[i]! - 3),
        imagingDone: true,
        exclusions: {
          acuteOrProgressiveRadiculopathy: "no",
          nerveRootCompressionRequiringSurgery: "no",
          inflammatorySacroiliitis: "no",
          priorSijFusion: "no",
          coagulationDisorder: "no",
          activeInfection: "no",
          pregnancy: "no",
          severeSystemicDisease: "no"
        }
      }),
      blocks: [
        Model.DiagnosticBlock.make({
          id: Model.DiagnosticBlockId.make(`BLK-${pad(i)}`),
          patientId: id,
          date: isoDay(day - 14),
          agent: "lidocaine",
          concentrationPercent: 2,
          volumeMl: 1.5 + random.int(2) * 0.5,
          contrastConfirmed: true,
          nrsBefore: baseline,
          nrsAfter: random.int(Math.floor(baseline / 2) + 1),
          minutesAfter: 30 + random.int(31)
        })
      ],
      procedure: Model.Procedure.make({
        id: Model.ProcedureId.make(`PRC-${pad(i)}`),
        patientId: id,
        date: procedureDate,
        operator: i % 2 === 0 ? "operator A" : "operator B",
        centerId,
        side,
        deviceSerial: "A13-0001",
        durationMinutes: c.durationMinutes[i]!,
        lesions: lesionsOf(random, c.lesions[i]!, side, c.durationMinutes[i]!)
      }),
      visits: timepoints.map(([timepoint, days], t) =>
        Model.FollowUpVisit.make({
          id: Model.VisitId.make(`VIS-${pad(i)}-${t}`),
          patientId: id,
          timepoint,
          date: isoDay(day + days),
          nrs: c.nrs[i * 3 + t]!,
          vasMm: c.vas[i * 3 + t]!,
          odiAnswers: odiAnswers(random, c.odiTotal[i * 3 + t]!),
          analgesics: { drugs: drugsAt(t) }
        })
      ),
      adverseEvents: c.adverseEvents
        .filter((e) => e.patient === i)
        .map((e, k) =>
          Model.AdverseEvent.make({
            id: Model.AdverseEventId.make(`AE-${pad(i)}-${k}`),
            patientId: id,
            type: e.type,
            severity: "mild",
            serious: false,
            onsetDays: 0,
            resolutionDays: e.type === "temporary motor weakness" ? 0.25 : 3,
            relatedToProcedure: true
          })
        )
    })
  })
