import { assert, describe, it } from "@effect/vitest"
import { PatientIds } from "../src/index.js"

describe("PatientIds", () => {
  it("derives the prefix from the center id", () => {
    assert.strictEqual(PatientIds.prefixOf("waw"), "WAW-")
    assert.strictEqual(PatientIds.numbered("pila", 7), "PILA-0007")
  })

  it("offers one past the highest number of the center, ignoring other centers and other forms", () => {
    const taken = ["WAW-0107", "WAW-0003", "PILA-0500", "WAW-X", "waw-0009"]
    assert.strictEqual(PatientIds.nextFree("waw", taken), "WAW-0108")
    assert.strictEqual(PatientIds.nextFree("waw", []), "WAW-0001")
    assert.strictEqual(PatientIds.nextFree("waw", ["WAW-9999"]), "WAW-10000")
  })

  it("tells whether an id is one of the center's: its prefix in capitals, then something", () => {
    assert.isTrue(PatientIds.belongsTo("waw", "WAW-0042"))
    assert.isTrue(PatientIds.belongsTo("pila", "PILA-special"))
    assert.isFalse(PatientIds.belongsTo("waw", "PILA-0042"))
    assert.isFalse(PatientIds.belongsTo("waw", "waw-0042"))
    assert.isFalse(PatientIds.belongsTo("waw", "WAW-"))
    assert.isFalse(PatientIds.belongsTo("waw", "WAWA-0001"))
  })
})
