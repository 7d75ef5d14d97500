import { assert, describe, it } from "@effect/vitest"
import { Effect, FastCheck as fc } from "effect"
import { Analgesics } from "../src/index.js"

const categoryOf = (drug: string) => Analgesics.classify(drug).pipe(Effect.map((d) => d.category))

describe("Analgesics.classify", () => {
  it.effect("classifies the NSAIDs of ATC M01A by name, dose and case ignored", () =>
    Effect.gen(function* () {
      for (const name of [
        "ibuprofen",
        "Diclofenac 75 mg",
        "naproxen",
        "ketoprofen",
        "meloxicam",
        "celecoxib",
        "etoricoxib",
        "nimesulide"
      ])
        assert.strictEqual(yield* categoryOf(name), "nsaids", name)
      assert.strictEqual((yield* Analgesics.classify("ibuprofen")).atc, "M01AE01")
      assert.strictEqual((yield* Analgesics.classify("diclofenac")).atc, "M01AB05")
    })
  )

  it.effect(
    "classifies opioids (N02A) and counts opioid combinations (N02AJ) as opioid-containing only",
    () =>
      Effect.gen(function* () {
        for (const name of [
          "tramadol",
          "codeine",
          "morphine",
          "oxycodone",
          "tapentadol",
          "buprenorphine",
          "fentanyl"
        ])
          assert.strictEqual(yield* categoryOf(name), "opioidContaining", name)
        const combo = yield* Analgesics.classify("Tramadol + paracetamol 37.5/325 mg")
        assert.deepStrictEqual([combo.atc, combo.category], ["N02AJ13", "opioidContaining"])
        assert.strictEqual((yield* Analgesics.classify("paracetamol/codeine")).atc, "N02AJ06")
      })
  )

  it.effect("classifies non-opioid combinations as combination analgesics, single paracetamol as none", () =>
    Effect.gen(function* () {
      assert.strictEqual(yield* categoryOf("paracetamol + caffeine"), "combinationAnalgesics")
      assert.strictEqual(yield* categoryOf("metamizole + caffeine"), "combinationAnalgesics")
      assert.strictEqual(yield* categoryOf("acetaminophen"), "none")
      assert.strictEqual(yield* categoryOf("pregabalin"), "none")
    })
  )

  it.effect("classifies ATC codes by their group when the code is not in the table", () =>
    Effect.gen(function* () {
      assert.strictEqual(yield* categoryOf("m01ae09"), "nsaids")
      assert.strictEqual(yield* categoryOf("N02AJ15"), "opioidContaining")
      assert.strictEqual(yield* categoryOf("N02BE71"), "combinationAnalgesics")
      assert.strictEqual(yield* categoryOf("N02BE05"), "none")
    })
  )

  it.effect("fails naming every drug it cannot classify", () =>
    Effect.gen(function* () {
      const e = yield* Effect.flip(Analgesics.classifyUse(["ibuprofen", "Miracle Balm", "xyzzy"]))
      assert.strictEqual(e._tag, "UnclassifiedAnalgesic")
      assert.deepStrictEqual(e.drugs, ["Miracle Balm", "xyzzy"])
      assert.include(e.message, '"Miracle Balm"')
    })
  )
})

describe("Analgesics.classifyUse, categoriesOf and usage", () => {
  it.effect("flags each category once, whatever the number of drugs in it", () =>
    Effect.gen(function* () {
      const flags = yield* Analgesics.classifyUse(["ibuprofen", "diclofenac", "N02AJ13", "tramadol"])
      assert.deepStrictEqual(flags, { nsaids: true, combinationAnalgesics: false, opioidContaining: true })
      assert.deepStrictEqual(yield* Analgesics.classifyUse([]), {
        nsaids: false,
        combinationAnalgesics: false,
        opioidContaining: false
      })
    })
  )

  it.effect("adds the categories ticked on the form to those of the named drugs", () =>
    Effect.gen(function* () {
      const flags = yield* Analgesics.categoriesOf({
        drugs: ["naproxen"],
        opioidContaining: true,
        // ticked by the form for the naproxen (unticked would contradict it: see below)
        nsaids: true
      })
      assert.deepStrictEqual(flags, { nsaids: true, combinationAnalgesics: false, opioidContaining: true })
    })
  )

  it("categoriesOrNull: the same flags as a plain value, null when a drug is not in the table", () => {
    const use = { drugs: ["naproxen"], opioidContaining: true, nsaids: true }
    assert.deepStrictEqual(Analgesics.categoriesOrNull(use), {
      nsaids: true,
      combinationAnalgesics: false,
      opioidContaining: true
    })
    assert.deepStrictEqual(
      Analgesics.categoriesOrNull({ drugs: ["tramadol"], combinationAnalgesics: true }),
      { nsaids: false, combinationAnalgesics: true, opioidContaining: true }
    )
    assert.strictEqual(Analgesics.categoriesOrNull({ drugs: ["no such drug"], nsaids: true }), null)
  })

  it.effect("counts Table 5's baseline row: 94 of 107 on NSAIDs is 87.9 %, 63 on opioids 58.9 %", () =>
    Effect.gen(function* () {
      const patients = Array.from({ length: 107 }, (_, i) => ({
        nsaids: i < 94,
        combinationAnalgesics: false,
        opioidContaining: i >= 107 - 63
      }))
      const u = yield* Analgesics.usage(patients)
      assert.strictEqual(u.nsaids.n, 94)
      assert.strictEqual(Math.round(u.nsaids.percent * 10) / 10, 87.9)
      assert.strictEqual(u.opioidContaining.n, 63)
      assert.strictEqual(Math.round(u.opioidContaining.percent * 10) / 10, 58.9)
      const e = yield* Effect.flip(Analgesics.usage([]))
      assert.strictEqual(e._tag, "EmptyCohort")
    })
  )

  it("every table entry classifies to itself by name and by ATC code, in one category", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Analgesics.table), fc.boolean(), (drug, upper) => {
        const byName = Effect.runSync(Analgesics.classify(upper ? drug.name.toUpperCase() : drug.name))
        assert.strictEqual(byName.category, drug.category)
        assert.strictEqual(Effect.runSync(categoryOf(drug.atc)), drug.category)
        assert.strictEqual(Analgesics.normalize(drug.name), drug.name)
      })
    )
  })
})

describe("Analgesics: the boxes ticked against the drugs named", () => {
  it.effect("refuses tramadol named with NSAIDs ticked and opioid-containing unticked, naming the box", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(
        Analgesics.check({
          drugs: ["Tramadol 50 mg"],
          nsaids: true,
          combinationAnalgesics: false,
          opioidContaining: false
        })
      )
      assert.strictEqual(error._tag, "AnalgesicContradiction")
      if (error._tag !== "AnalgesicContradiction") return
      assert.strictEqual(error.category, "opioidContaining")
      assert.strictEqual(error.drug, "Tramadol 50 mg")
      assert.strictEqual(
        error.message,
        'Tramadol 50 mg is opioid-containing (ATC N02AX02): tick "Opioid-containing" or remove the drug'
      )
    })
  )

  it.effect("accepts a box ticked without a drug (name unknown), and absent boxes beside the drugs", () =>
    Effect.gen(function* () {
      assert.deepStrictEqual(yield* Analgesics.check({ drugs: [], nsaids: true, opioidContaining: false }), {
        nsaids: true,
        combinationAnalgesics: false,
        opioidContaining: false
      })
      assert.deepStrictEqual(yield* Analgesics.check({ drugs: ["tramadol", "ibuprofen"] }), {
        nsaids: true,
        combinationAnalgesics: false,
        opioidContaining: true
      })
      // An NSAID whose name is unknown, beside tramadol with its box ticked.
      assert.deepStrictEqual(
        yield* Analgesics.check({ drugs: ["tramadol"], nsaids: true, opioidContaining: true }),
        { nsaids: true, combinationAnalgesics: false, opioidContaining: true }
      )
      // A drug in none of the three categories contradicts no box.
      assert.deepStrictEqual(
        Analgesics.contradictions({
          drugs: ["paracetamol"],
          nsaids: false,
          combinationAnalgesics: false,
          opioidContaining: false
        }),
        []
      )
      const unknown = yield* Effect.flip(Analgesics.check({ drugs: ["wonderpill"], nsaids: false }))
      assert.strictEqual(unknown._tag, "UnclassifiedAnalgesic")
    })
  )

  it.effect("counts the drugs' categories alone on a visit stored with a contradiction", () =>
    Effect.gen(function* () {
      const stored = {
        drugs: ["tramadol"],
        nsaids: true,
        combinationAnalgesics: false,
        opioidContaining: false
      }
      assert.deepStrictEqual(yield* Analgesics.categoriesOf(stored), {
        nsaids: false,
        combinationAnalgesics: false,
        opioidContaining: true
      })
      assert.deepStrictEqual(Analgesics.countedTicks(stored), {
        nsaids: false,
        combinationAnalgesics: false,
        opioidContaining: false
      })
    })
  )

  it("looks a written name up for the form: the drug and its category, or nothing", () => {
    assert.strictEqual(Analgesics.lookup("Diclofenac 75 mg")?.category, "nsaids")
    assert.strictEqual(Analgesics.lookup("wonderpill"), undefined)
  })
})
