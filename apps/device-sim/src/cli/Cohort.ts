import { generateDemoRegistry } from "@cryoreg/cohort"
import { ApiError, type Client, makeClient } from "@cryoreg/contract"
import { type Model, Protocol } from "@cryoreg/domain"
import { runProcedure } from "../procedure/Runner.js"
import { apiTransport, fetchWithTimeout } from "../procedure/Transport.js"
import { describeApiError } from "./ApiErrors.js"
import { apiFlag, type Flags, numberFlag, seedFlag, speedFlag, tokenFlag } from "./Args.js"

/** The options of `device-sim cohort`, checked. */
export const cohortOptions = (flags: Flags) => ({
  api: apiFlag(flags.api),
  token: tokenFlag(flags.token),
  seed: seedFlag(flags.seed),
  live: numberFlag("live", flags.live ?? "3", {
    min: 0,
    max: 100,
    integer: true,
    what: "live procedures to run for the waiting list"
  }),
  speed: speedFlag(flags.speed, Number.POSITIVE_INFINITY),
  json: flags.json
})
export type CohortOptions = ReturnType<typeof cohortOptions>

const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409

/** Posts one patient's records in the order a clinic makes them; false when the patient was already there. */
const loadRecord = async (client: Client, record: Model.PatientRecord): Promise<boolean> => {
  const params = { id: record.patient.id }
  const fresh = await client.createPatient({ body: record.patient }).then(
    () => true,
    (error: unknown) => {
      if (isConflict(error)) return false
      throw error
    }
  )
  if (!fresh) return false
  await client.createScreening({ params, body: record.screening })
  for (const block of record.blocks) await client.createBlock({ params, body: block })
  if (record.procedure !== null) await client.createProcedure({ params, body: record.procedure })
  // the API computes the days after the procedure from the dates: a visit is sent with its date
  for (const { date, ...visit } of record.visits)
    if (date !== undefined) await client.createVisit({ params, body: { ...visit, date } })
  for (const event of record.adverseEvents) await client.createAdverseEvent({ params, body: event })
  return true
}

/** Runs a simulated live procedure (the protocol's most lesions a side, on the treated side) for a patient. */
const liveProcedure = async (client: Client, o: CohortOptions, patient: Model.Patient, k: number) => {
  const lesionsPerSide = Protocol.study.cryo.lesionsPerSide.max
  const created = await client.createLiveProcedure({
    params: { id: patient.id },
    body: {
      side: patient.treatedSide,
      lesionsPerSide,
      deviceSerial: `SIM-A13-${String(k + 1).padStart(4, "0")}`,
      operator: "device-sim cohort",
      date: new Date().toISOString().slice(0, 10)
    }
  })
  const device = makeClient({ baseUrl: o.api, token: created.deviceToken, fetch: fetchWithTimeout(15_000) })
  const result = await runProcedure({
    simulation: { side: patient.treatedSide, lesionsPerSide, seed: o.seed * 1000 + k },
    transport: apiTransport(device, created.procedure.id),
    speed: o.speed
  })
  return { id: created.procedure.id, samples: result.stats.samplesStored }
}

/**
 * `device-sim cohort`: loads the demo registry for a seed (centers, the 107 treated patients of the calibrated
 * study cohort with their records, ineligible candidates, the waiting list) through the API's routes, then
 * runs simulated live procedures for the first `live` patients on the waiting list.
 */
export const cohortCommand = async (o: CohortOptions, write: (text: string) => void) => {
  const client = makeClient({ baseUrl: o.api, token: o.token, fetch: fetchWithTimeout(30_000) })
  const registry = generateDemoRegistry({ seed: o.seed })
  const started = Date.now()
  const fail = (doing: string) => (error: unknown) => {
    throw describeApiError(error, o.api, doing)
  }
  const centers = await client.listCenters({}).catch(fail("list the centers"))
  for (const center of registry.centers) {
    if (!centers.items.some((c) => c.id === center.id))
      await client.createCenter({ body: center }).catch(fail(`create center ${center.id}`))
  }
  let loaded = 0
  let skipped = 0
  const queue = [...registry.records]
  const worker = async () => {
    for (let record = queue.shift(); record !== undefined; record = queue.shift()) {
      const fresh = await loadRecord(client, record).catch(fail(`load patient ${record.patient.id}`))
      if (fresh) loaded++
      else skipped++
      if (!o.json && (loaded + skipped) % 25 === 0)
        write(`${loaded + skipped}/${registry.records.length} patients…\n`)
    }
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  const live: Array<{ readonly id: string; readonly samples: number }> = []
  for (const [k, record] of registry.awaitingProcedure.slice(0, o.live).entries()) {
    live.push(
      await liveProcedure(client, o, record.patient, k).catch(
        fail(`run a live procedure for ${record.patient.id}`)
      )
    )
  }
  const seconds = (Date.now() - started) / 1000
  const summary = {
    type: "cohort",
    seed: o.seed,
    patients: registry.records.length,
    loaded,
    alreadyThere: skipped,
    treated: registry.treated.length,
    ineligible: registry.ineligible.length,
    awaitingProcedure: registry.awaitingProcedure.length,
    liveProcedures: live,
    seconds
  }
  if (o.json) write(`${JSON.stringify(summary)}\n`)
  else
    write(
      `loaded ${loaded} patients (${skipped} already there) into ${o.api} in ${seconds.toFixed(1)} s: ${registry.treated.length} treated, ${registry.ineligible.length} ineligible, ${registry.awaitingProcedure.length} awaiting; live procedures: ${live.map((l) => `${l.id} (${l.samples} samples)`).join(", ") || "none"}\n`
    )
}
