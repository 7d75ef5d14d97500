import { makeClient } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { accounts, type Dashboard, screenshot, settled, startDashboard } from "./harness.js"

/** A probe's tip temperature over one 120 s freeze at -78 °C and a passive thaw, sampled at 2 Hz. */
const samplesOf = (firstSeq: number, start: number) =>
  Array.from({ length: 300 }, (_, k) => {
    const t = start + k / 2
    const s = t - start
    const tip = s < 10 ? 34 - 11 * s : s <= 130 ? -78 : Math.min(30, -78 + (s - 130) * 6)
    return { t, tipTemperatureC: tip, pressureBar: s <= 130 ? 55 : 0, seq: firstSeq + k }
  })

describe("a simulated procedure on the live page", () => {
  let d: Dashboard
  beforeAll(async () => {
    d = await startDashboard()
  })
  afterAll(async () => {
    await d?.close()
  })

  it("draws the tip curve as telemetry streams in, with the gate, the timer and the lesion count", async () => {
    const password = d.server.bootstrapped.generatedPassword ?? (process.env.CRYOREG_ADMIN_PASSWORD as string)
    const api = makeClient({ baseUrl: d.url })
    const { token } = await api.login({ body: { username: accounts.clinician, password } })
    const clinician = makeClient({ baseUrl: d.url, token })
    // a patient treated on the right: a procedure on another side than the patient's is refused
    const eligible = await clinician.listPatients({ query: { status: "eligible" } })
    const patient = eligible.items.find((p) => p.treatedSide === "right")
    if (patient === undefined)
      throw new Error("the demo cohort has no eligible, untreated right-sided patient at this center")
    const opened = await clinician.createLiveProcedure({
      params: { id: patient.id },
      body: {
        side: "right",
        lesionsPerSide: 6,
        deviceSerial: "E2E-PROBE-1",
        operator: "e2e",
        date: "2026-12-01"
      }
    })
    const device = makeClient({ baseUrl: d.url, token: opened.deviceToken })
    const id = Model.ProcedureId.make(opened.procedure.id)

    const page = await d.signedIn(accounts.clinician)
    await page.goto(`${d.url}/procedures/${id}/live`)
    await settled(page, "live-procedure")
    await page.getByTestId("connection").filter({ hasText: "Connected" }).waitFor()

    await device.postProcedureEvents({
      params: { id },
      body: {
        firstIndex: 0,
        events: [
          { _tag: "ProbePositioned", side: "right", level: "L5" },
          {
            _tag: "StimulationTested",
            frequencyHz: 2,
            voltagesTried: [0.5, 1, 1.5, 2],
            motorResponseAtVoltage: null
          },
          { _tag: "FreezeStarted", t: 10 }
        ]
      }
    })
    await device.postTelemetry({ params: { id }, body: { samples: samplesOf(0, 10).slice(0, 150) } })
    await expect
      .poll(() => page.locator("[data-page='live-procedure']").getAttribute("data-samples"))
      .toBe("150")
    await expect.poll(() => page.getByTestId("gate").textContent()).toContain("cleared to freeze at right L5")
    expect(await page.getByText("freeze (target 120 s)").locator("..").textContent()).toMatch(/\d+ s/)
    // Telemetry and events interleave in device time: samples to t = 130 s, the freeze ends, the thaw follows.
    await device.postTelemetry({ params: { id }, body: { samples: samplesOf(0, 10).slice(150, 241) } })
    await device.postProcedureEvents({
      params: { id },
      body: { firstIndex: 3, events: [{ _tag: "FreezeEnded", t: 130 }] }
    })
    await device.postTelemetry({ params: { id }, body: { samples: samplesOf(0, 10).slice(241) } })
    await device.postProcedureEvents({
      params: { id },
      body: { firstIndex: 4, events: [{ _tag: "ThawCompleted", t: 159.5 }, { _tag: "LesionCompleted" }] }
    })
    await expect
      .poll(() => page.locator("[data-page='live-procedure']").getAttribute("data-samples"))
      .toBe("300")
    await expect
      .poll(() => page.getByText("lesions on the right").locator("..").textContent())
      .toContain("1 / 6")
    // uPlot drew on its canvas: some pixels of the plotting area are not blank.
    const drawn = await page
      .getByTestId("telemetry-curve")
      .locator("canvas")
      .evaluate((c) => {
        const canvas = c as HTMLCanvasElement
        const pixels = canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data ?? []
        let ink = 0
        for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) ink++
        return ink
      })
    expect(drawn).toBeGreaterThan(500)
    await screenshot(page, "live-procedure-1280")
    await page.close()
  })
})
