import { describe, expect, it } from "vitest"
import { FreezeProtocol, Protocol } from "../../src/index.js"

const levels = (side: "left" | "right" | "bilateral", perSide: number) =>
  FreezeProtocol.planLesions(side, perSide, Protocol.study).map((l) => `${l.side[0]}${l.level}`)

describe("FreezeProtocol.planLesions: the protocol's plan of a procedure", () => {
  it("lays 7 lesions a side along L5–S3, L5 once and the sacral levels twice", () => {
    expect(levels("right", 7)).toEqual(["rL5", "rS1", "rS1", "rS2", "rS2", "rS3", "rS3"])
  })

  it("lays 6 a side on both sides, left first", () => {
    const plan = levels("bilateral", 6)
    expect(plan).toHaveLength(12)
    expect(plan.slice(0, 6)).toEqual(["lL5", "lS1", "lS1", "lS2", "lS2", "lS3"])
    expect(plan.slice(6)).toEqual(["rL5", "rS1", "rS1", "rS2", "rS2", "rS3"])
  })

  it("takes the levels in order when there are no more lesions than levels", () => {
    expect(levels("left", 2)).toEqual(["lL5", "lS1"])
    expect(levels("left", 4)).toEqual(["lL5", "lS1", "lS2", "lS3"])
  })
})
