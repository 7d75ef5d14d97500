import type { ProtocolEvent, StreamMessage } from "@cryoreg/contract"
import { describe, expect, it } from "vitest"
import { columns, emptyView, freezeSeconds, type LiveView, phaseOf, receive } from "./live-view"

const samples = (...ts: Array<[number, number, number]>): StreamMessage => ({
  _tag: "Samples",
  samples: ts.map(([seq, t, tipTemperatureC]) => ({ seq, t, tipTemperatureC, pressureBar: 50 }))
})
// The phase the API sends beside an event; the view takes its own from the protocol state.
const event = (index: number, e: ProtocolEvent): StreamMessage => ({
  _tag: "ProtocolEventStored",
  index,
  event: e,
  phase: "Idle"
})
const negativeTest: ProtocolEvent = {
  _tag: "StimulationTested",
  frequencyHz: 2,
  voltagesTried: [0.5, 1, 1.5, 2],
  motorResponseAtVoltage: null
}
/** Applies protocol events as the stream numbers them, from `first`. */
const events = (v: LiveView, first: number, ...es: Array<ProtocolEvent>) => {
  for (const [i, e] of es.entries()) receive(v, event(first + i, e))
}
const placed = (level: "L5" | "S1" | "S2"): Array<ProtocolEvent> => [
  { _tag: "ProbePositioned", side: "left", level },
  negativeTest
]

describe("the live view", () => {
  it("keeps each sample once when the stream replays after a reconnection", () => {
    const v = emptyView()
    receive(v, samples([0, 10, 30], [1, 10.1, 20]))
    receive(v, samples([1, 10.1, 20], [2, 10.2, 5]))
    expect(v.samples.map((s) => s.seq)).toEqual([0, 1, 2])
    expect(v.lastT).toBe(10.2)
  })

  it("times the freeze from FreezeStarted by the device clock, and stops at FreezeEnded", () => {
    const v = emptyView()
    expect(phaseOf(v)).toBeNull()
    events(v, 0, ...placed("L5"), { _tag: "FreezeStarted", t: 100 })
    receive(v, samples([0, 130, -70]))
    expect(freezeSeconds(v)).toBe(30)
    expect(phaseOf(v)).toBe("Freezing")
    events(v, 3, { _tag: "FreezeEnded", t: 220 })
    expect(freezeSeconds(v)).toBeNull()
    expect(phaseOf(v)).toBe("Thawing")
  })

  it("starts a lesion's line at its first freeze after the previous lesion was completed", () => {
    const v = emptyView()
    receive(v, samples([0, 1, 30], [1, 2, -78], [2, 3, -78], [3, 4, 20], [4, 5, -70], [5, 6, 25]))
    events(v, 0, ...placed("L5"), { _tag: "FreezeStarted", t: 1.5 }, { _tag: "FreezeEnded", t: 3.5 })
    events(v, 4, { _tag: "ThawCompleted", t: 4 }, { _tag: "FreezeStarted", t: 4.5 }) // a second cycle
    events(
      v,
      6,
      { _tag: "FreezeEnded", t: 5.2 },
      { _tag: "ThawCompleted", t: 5.3 },
      { _tag: "LesionCompleted" }
    )
    receive(v, event(8, { _tag: "LesionCompleted" })) // replayed: counted once
    events(v, 9, ...placed("S1"), { _tag: "FreezeStarted", t: 5.5 })
    expect(columns(v)).toEqual([
      [1, 2, 3, 4, 5, 6],
      [30, -78, -78, 20, -70, null],
      [null, null, null, null, null, 25]
    ])
  })

  it("holds what the freeze protocol holds: closed lesions, the probe's position, a refused step left out", () => {
    const v = emptyView()
    const cycle = (t: number): Array<ProtocolEvent> => [
      { _tag: "FreezeStarted", t },
      { _tag: "FreezeEnded", t: t + 120 },
      { _tag: "ThawCompleted", t: t + 180 }
    ]
    events(v, 0, ...placed("L5"), ...cycle(10), { _tag: "LesionCompleted" })
    events(v, 6, ...placed("S1"), ...cycle(300), { _tag: "LesionCompleted" })
    events(v, 12, { _tag: "ProbePositioned", side: "left", level: "S2" })
    // no stimulation test at S2: the protocol refuses the freeze, so no third line starts
    events(v, 13, { _tag: "FreezeStarted", t: 600 })
    expect(v.protocol.lesions.map((l) => l.level)).toEqual(["L5", "S1"])
    expect(v.protocol._tag).toBe("Positioned")
    expect(freezeSeconds(v)).toBeNull()
    receive(v, samples([0, 20, -70], [1, 320, -75], [2, 610, 30]))
    expect(columns(v)).toEqual([
      [20, 320, 610],
      [-70, null, null],
      [null, -75, 30]
    ])
  })

  it("lists each deviation once", () => {
    const v = emptyView()
    const d: StreamMessage = {
      _tag: "Deviation",
      deviation: {
        kind: "too-few-lesions",
        side: "left",
        lesion: null,
        message: "5 lesions on the left",
        params: { lesions: 5, min: 6, max: 7 }
      }
    }
    receive(v, d)
    receive(v, d)
    expect(v.deviations).toHaveLength(1)
  })
})
