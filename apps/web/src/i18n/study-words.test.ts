import { Analgesics } from "@cryoreg/domain"
import { afterEach, describe, expect, it } from "vitest"
import { setLocale } from "./index"
import { adverseEventKind, drugName } from "./study-words"

afterEach(() => setLocale("en"))

describe("drugName", () => {
  it("names a drug written by its ATC code, not the code", () => {
    setLocale("pl")
    expect(drugName("N02AX02")).toBe("tramadol")
    expect(drugName("M01AB05")).toBe("diklofenak")
    expect(drugName("N02AJ06")).toBe("kodeina + paracetamol")
    setLocale("en")
    expect(drugName("M01AB05")).toBe("diclofenac")
    expect(drugName("n02aj13")).toBe("paracetamol + tramadol")
  })

  it("names a drug written by name in the language's international name, without the dose", () => {
    setLocale("pl")
    expect(drugName("Morphine 10 mg")).toBe("morfina")
    expect(drugName("aspirin")).toBe("kwas acetylosalicylowy")
    expect(drugName("Tramadol + paracetamol 37.5/325 mg")).toBe("paracetamol + tramadol")
  })

  it("has a Polish name for every component of the domain's table", () => {
    setLocale("pl")
    for (const drug of Analgesics.table)
      expect(drugName(drug.atc), drug.name).not.toMatch(/[A-Z]\d{2}|undefined|study\./)
    expect(drugName("N02AA05")).toBe("oksykodon")
  })

  it("shows a drug the domain does not know as written", () => {
    expect(drugName(" Unknownium ")).toBe("Unknownium")
  })
})

describe("adverseEventKind", () => {
  it("names an event of type 'other' by its description, in each language", () => {
    setLocale("pl")
    expect(adverseEventKind({ type: "other", description: "zawroty głowy" })).toBe("inne: zawroty głowy")
    expect(adverseEventKind({ type: "local hematoma" })).toBe("krwiak miejscowy")
    setLocale("en")
    expect(adverseEventKind({ type: "other", description: "dizziness" })).toBe("other: dizziness")
    expect(adverseEventKind({ type: "other" })).toBe("other")
  })
})
