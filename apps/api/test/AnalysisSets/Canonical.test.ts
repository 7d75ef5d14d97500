import { createHash } from "node:crypto"
import type { Analysis } from "@cryoreg/domain"
import { describe, expect, it } from "vitest"
import { canonicalForm, sha256 } from "../../src/AnalysisSets/Canonical.js"

const row: Analysis.StudyRow = {
  sex: "female",
  treatedSide: "right",
  ageYears: 58,
  painDurationMonths: 14,
  bestBlockReliefPct: 80,
  lesions: 7,
  durationMinutes: 45,
  visits: [
    {
      timepoint: "baseline",
      nrs: 7,
      vasMm: 70,
      odiPercent: 42.2,
      drugs: ["ibuprofen"],
      nsaids: true,
      opioidContaining: false
    }
  ],
  adverseEvents: []
}

describe("the canonical form of an analysis set's rows", () => {
  it("writes each row as sorted-key JSON, in pseudonym order, joined by newlines", () => {
    const form = canonicalForm([
      { pseudonym: "P-bbbbbbbbbbbb", row: { ...row, ageYears: 61 } },
      { pseudonym: "P-aaaaaaaaaaaa", row }
    ])
    const lines = form.split("\n")
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe(
      '{"pseudonym":"P-aaaaaaaaaaaa","row":{"adverseEvents":[],"ageYears":58,"bestBlockReliefPct":80,' +
        '"durationMinutes":45,"lesions":7,"painDurationMonths":14,"sex":"female","treatedSide":"right",' +
        '"visits":[{"drugs":["ibuprofen"],"nrs":7,"nsaids":true,"odiPercent":42.2,"opioidContaining":false,' +
        '"timepoint":"baseline","vasMm":70}]}}'
    )
    expect(lines[1]).toContain('"ageYears":61')
  })

  it("does not depend on the order of the rows or of their keys; the hash is SHA-256 of the form", () => {
    const reordered = Object.fromEntries(Object.entries(row).reverse()) as unknown as Analysis.StudyRow
    const a = [
      { pseudonym: "P-000000000001", row },
      { pseudonym: "P-000000000002", row: { ...row, lesions: 6 } }
    ]
    const b = [
      { pseudonym: "P-000000000002", row: { ...reordered, lesions: 6 } },
      { pseudonym: "P-000000000001", row: reordered }
    ]
    expect(sha256(b)).toBe(sha256(a))
    expect(sha256(a)).toBe(createHash("sha256").update(canonicalForm(a)).digest("hex"))
    // A field the Schema does not know is not part of the row; a changed field changes the hash.
    expect(sha256([{ pseudonym: "P-000000000001", row: { ...row, note: "x" } as never }])).toBe(
      sha256([a[0]!])
    )
    expect(sha256([{ pseudonym: "P-000000000001", row: { ...row, lesions: 5 } }])).not.toBe(sha256([a[0]!]))
  })
})
