import { ApiError } from "@cryoreg/contract"
import { describe, expect, it } from "vitest"
import { versioned } from "../forms/versioned"
import { changesText, wordedChanges } from "./record-version"

describe("record versions in the correction forms", () => {
  it("says what a colleague changed, field by field, in the clinic's words", () => {
    expect(changesText({ nrs: 5, vasMm: 40 }, { nrs: 4, vasMm: 40 }, "visit")).toBe("NRS: 5 → 4")
    expect(changesText({ nrs: 5, odiAnswers: [1, 2] }, { nrs: 5, odiAnswers: [1, 3] }, "visit")).toBe(
      "ODI answers, section 2: 2 → 3"
    )
    expect(changesText({ serious: false }, { serious: true }, "adverseEvent")).toBe(
      "Serious adverse event: no → yes"
    )
  })

  it("sends If-Match with the opened version; on 412 refreshes the form, explains, and names the current version next", async () => {
    const refreshed: Array<unknown> = []
    const send = versioned("v1", { nrs: 5 }, wordedChanges("visit"), (current) => refreshed.push(current))
    const sent: Array<unknown> = []
    const refusal = send(async (options) => {
      sent.push(options)
      throw new ApiError(412, "RecordChanged", "changed", [], { version: "v2", record: { nrs: 4 } })
    })
    await expect(refusal).rejects.toThrow(
      "A colleague changed this record since you opened the form: NRS: 5 → 4. Review and save again."
    )
    expect(refreshed).toEqual([{ nrs: 4 }])
    await send(async (options) => sent.push(options))
    expect(sent).toEqual([{ headers: { "if-match": '"v1"' } }, { headers: { "if-match": '"v2"' } }])
  })
})
