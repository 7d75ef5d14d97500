import type { StreamMessage } from "@cryoreg/contract"
import { describe, expect, it } from "vitest"
import { apply, columns, emptyView, freezeSeconds } from "./live-view"

const samples = (...ts: Array<[number, number, number]>): StreamMessage => ({
  _tag: "Samples",
  samples: ts.map(([seq, t, tipTemperatureC]) => ({ seq, t, tipTemperatureC, pressureBar: 50 }))
})
const event = (index: number, e: object, phase = "Freezing"): StreamMessage =>
  ({ _tag: "ProtocolEventStored", index, event: e, phase }) as StreamMessage

describe("the live view", () => {
  it("keeps each sample once when the stream replays after a reconnection", () => {
    const v = emptyView()
    apply(v, samples([0, 10, 30], [1, 10.1, 20]))
    apply(v, samples([1, 10.1, 20], [2, 10.2, 5]))
    expect(v.samples.map((s) => s.seq)).toEqual([0, 1, 2])
    expect(v.lastT).toBe(10.2)
  })

  it("times the freeze from FreezeStarted by the device clock, and stops at FreezeEnded", () => {
    const v = emptyView()
    apply(v, event(0, { _tag: "FreezeStarted", t: 100 }))
    apply(v, samples([0, 130, -70]))
    expect(freezeSeconds(v)).toBe(30)
    expect(v.phase).toBe("Freezing")
    apply(v, event(1, { _tag: "FreezeEnded", t: 220 }, "Thawing"))
    expect(freezeSeconds(v)).toBeNull()
    expect(v.phase).toBe("Thawing")
  })

  it("starts a lesion's line at its first freeze after the previous lesion was completed", () => {
    const v = emptyView()
    apply(v, samples([0, 1, 30], [1, 2, -78], [2, 3, -78], [3, 4, 20], [4, 5, -70], [5, 6, 25]))
    apply(v, event(0, { _tag: "FreezeStarted", t: 1.5 }))
    apply(v, event(1, { _tag: "FreezeEnded", t: 3.5 }, "Thawing"))
    apply(v, event(2, { _tag: "FreezeStarted", t: 4.5 })) // a second cycle of the same lesion
    apply(v, event(3, { _tag: "LesionCompleted" }, "Idle"))
    apply(v, event(3, { _tag: "LesionCompleted" }, "Idle")) // replayed: counted once
    apply(v, event(4, { _tag: "FreezeStarted", t: 5.5 }))
    expect(columns(v)).toEqual([
      [1, 2, 3, 4, 5, 6],
      [30, -78, -78, 20, -70, null],
      [null, null, null, null, null, 25]
    ])
  })

  it("lists each deviation once", () => {
    const v = emptyView()
    const d: StreamMessage = {
      _tag: "Deviation",
      deviation: { kind: "too-few-lesions", side: "left", lesion: null, message: "5 lesions on the left" }
    } as StreamMessage
    apply(v, d)
    apply(v, d)
    expect(v.deviations).toHaveLength(1)
  })
})
