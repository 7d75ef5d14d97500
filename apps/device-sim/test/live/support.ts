import { execFile } from "node:child_process"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import { generateDemoRegistry } from "@cryoreg/cohort"
import { type Client, makeClient } from "@cryoreg/contract"
import type { Model } from "@cryoreg/domain"
import { expect } from "vitest"

const root = fileURLToPath(new URL("../..", import.meta.url))
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url))

/** Runs the real CLI; resolves with its output, or with the exit code and stderr of a failure. */
export const cli = async (args: ReadonlyArray<string>) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      tsx,
      ["--conditions=@cryoreg/source", "src/main.ts", ...args],
      {
        cwd: root,
        env: { ...process.env, CRYOREG_TOKEN: "" },
        maxBuffer: 64 * 1024 * 1024
      }
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

/** The demo registry's waiting list (eligible, no procedure yet), as the API's first start loads it. */
export const waitingList: ReadonlyArray<Model.Patient> = generateDemoRegistry({
  seed: 1
}).awaitingProcedure.map((r) => r.patient)

/** The first-start clinician of a patient's center. */
export const clinicianOf = (patient: Model.Patient) => `clinician-${patient.centerId}`

/** A client for an API origin and token. */
export const clientOf = (url: string, token: string): Client => makeClient({ baseUrl: url, token })

/** The stored telemetry of a procedure holds `expected` sequence numbers 0…n−1, each once, in order. */
export const expectWholeTelemetry = async (client: Client, id: Model.ProcedureId, expected: number) => {
  const series = await client.getTelemetry({ params: { id } })
  expect(series.downsampled).toBe(false)
  expect(series.total).toBe(expected)
  const seqs = series.samples.map((s) => s.seq)
  expect(seqs).toEqual(Array.from({ length: expected }, (_, i) => i))
  return series.samples
}
