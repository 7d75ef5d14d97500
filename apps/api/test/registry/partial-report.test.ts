import { type Client, makeClient } from "@cryoreg/contract"
import { Analysis, Model } from "@cryoreg/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { eligibleScreening, newPatient, positiveBlock, procedure, visit } from "../support/inputs.js"
import { dialects, password, type Registry, startRegistry } from "../support/registry.js"

const center = Model.CenterId.make("gda")

describe.each(dialects)("a young registry's tables, cell by cell, over HTTP on %s", (kind) => {
  let registry: Registry
  let api: Client
  beforeAll(async () => {
    registry = await startRegistry(kind, { demo: false })
    const admin = registry.as.admin
    await admin.createCenter({ body: { id: center, name: "New Center", city: "Gdańsk" } })
    await admin.createUser({
      body: {
        username: "clinician-gda",
        displayName: "Clinician",
        role: "clinician",
        centerId: center,
        password
      }
    })
    // The administrator chose the password: the clinician's first sign-in replaces it with their own.
    const first = await registry.anonymous.login({ body: { username: "clinician-gda", password } })
    const own = "gdansk-clinician-own-password-59"
    await makeClient({ baseUrl: registry.url, token: first.token }).changePassword({
      body: { currentPassword: password, newPassword: own }
    })
    const { token } = await registry.anonymous.login({ body: { username: "clinician-gda", password: own } })
    api = makeClient({ baseUrl: registry.url, token })
  })
  afterAll(() => registry?.close())

  it("without a treated patient: 200, every cell not computed, and why", async () => {
    const { n, report } = await api.report({})
    expect(n).toBe(0)
    expect(report.table1.ageMean).toEqual({
      _tag: "NotComputed",
      reason: "these records hold no treated patient",
      why: { code: "noTreatedPatient", params: {} }
    })
  })

  it("ten patients, one seen at 6 months: Table 1 and every cell it can, the others with their reason", async () => {
    for (let i = 0; i < 10; i++) {
      const id = Model.PatientId.make(`GDA-${String(i + 1).padStart(4, "0")}`)
      await api.createPatient({ body: { ...newPatient(id, center), sex: i % 3 === 0 ? "male" : "female" } })
      await api.createScreening({ params: { id }, body: eligibleScreening })
      await api.createBlock({ params: { id }, body: positiveBlock })
      await api.createProcedure({ params: { id }, body: procedure })
      await api.createVisit({ params: { id }, body: visit("baseline", 7 + (i % 3), -3) })
      await api.createVisit({ params: { id }, body: visit("month3", 2 + (i % 4), 91) })
      if (i === 0) await api.createVisit({ params: { id }, body: visit("month6", 2, 182) })
    }
    const { n, report } = await api.report({})
    expect(n).toBe(10)
    expect(report.table1.female).toEqual({
      n: { _tag: "Computed", value: 6 },
      pct: { _tag: "Computed", value: 60 }
    })
    expect(report.table1.ageMean._tag).toBe("Computed")
    expect(report.table1.nrs.mean._tag).toBe("Computed")
    expect(report.table2.nrs.m3._tag).toBe("Computed")
    expect(report.table2.nrs.m6).toEqual({
      _tag: "NotComputed",
      reason: "only 1 patient has an NRS at 6 months: a mean ± SD needs at least 2",
      why: { code: "meanSdNeedsTwo", params: { who: { measure: "nrs", at: "m6" } } }
    })
    expect(report.table2.rmAnovaTime).toEqual({
      _tag: "NotComputed",
      reason:
        "only 1 patient has an NRS at baseline, 3 and 6 months: too few for the repeated-measures ANOVA",
      why: { code: "tooFew", params: { n: 1, who: { measure: "nrs", at: "all" }, test: "rmAnova" } }
    })
    expect(report.table4.reduction50.p._tag).toBe("NotComputed")
    expect(report.table8.p.reductionM6).toEqual({
      _tag: "NotComputed",
      reason:
        "the t-test needs at least 2 patients with an NRS at both baseline and 6 months in each group (women 0, men 1)",
      why: {
        code: "needsTwoPerGroup",
        params: {
          who: { measure: "nrs", at: "baselineAndM6" },
          groups: [
            { group: "female", n: 0 },
            { group: "male", n: 1 }
          ],
          test: "tTest"
        }
      }
    })
    expect(report.tests["nrs.rmAnova"]?.note).toMatch(/^not computed: only 1 patient has/)
    const missing = Analysis.notComputedCells(report)
    expect(missing.length).toBeGreaterThan(10)
    expect(missing.every((m) => m.reason.length > 20)).toBe(true)
  })

  it("the comparison counts cells not computed apart, and the CSV gives their reason", async () => {
    const { comparison } = await api.comparison({})
    const { agrees, differs, notComputed } = Analysis.tally(comparison)
    expect(notComputed).toBeGreaterThan(10)
    expect(agrees + differs + notComputed).toBe(comparison.length)
    const cell = comparison.find((c) => c.path === "table2.rmAnovaTime")
    expect(cell).toMatchObject({ status: "notComputed", agrees: false, reproduced: null, difference: null })
    const m6 = comparison.find((c) => c.path === "table2.nrs.m6[0]")
    expect(m6?.reason).toBe("only 1 patient has an NRS at 6 months: a mean ± SD needs at least 2")
    expect(m6?.why).toEqual({ code: "meanSdNeedsTwo", params: { who: { measure: "nrs", at: "m6" } } })
    const csv = await api.reportCsv({})
    // not computed: no value, status "notComputed", and the reason (quoted: it holds commas)
    expect(csv.split("\r\n")).toContain(
      'table2.rmAnovaTime,<0.001,,,false,notComputed,"only 1 patient has an NRS at baseline, 3 and 6 months: too few for the repeated-measures ANOVA"'
    )
  })
})
