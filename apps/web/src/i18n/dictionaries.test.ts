import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { en } from "./en"
import { pl } from "./pl"

/** Every leaf of a dictionary as `path → value` (a text or a function of parameters). */
const leaves = (dict: object, prefix = ""): Map<string, unknown> => {
  const out = new Map<string, unknown>()
  for (const [key, value] of Object.entries(dict)) {
    const path = prefix === "" ? key : `${prefix}.${key}`
    if (typeof value === "object" && value !== null) for (const [k, v] of leaves(value, path)) out.set(k, v)
    else out.set(path, value)
  }
  return out
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? "").sort()

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === "en" || name === "pl" ? [] : sources(path)
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })

const english = leaves(en)
const polish = leaves(pl)

describe("the dictionaries", () => {
  it("have the same keys in Polish and English", () => {
    expect([...polish.keys()].filter((k) => !english.has(k))).toEqual([])
    expect([...english.keys()].filter((k) => !polish.has(k))).toEqual([])
  })

  it("have a text for every key in both languages, with the same parameters", () => {
    for (const [key, text] of english) {
      const other = polish.get(key)
      expect(typeof other, key).toBe(typeof text)
      if (typeof text === "string" && typeof other === "string") {
        expect(text.trim(), key).not.toBe("")
        expect(other.trim(), key).not.toBe("")
        expect(placeholders(other), key).toEqual(placeholders(text))
      }
    }
  })

  it("use every key somewhere in the dashboard", () => {
    const code = sources(join(__dirname, ".."))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n")
    // A key is used when it is written whole, or when code builds it from a written prefix: t(`shell.roles.${role}`)
    const prefixes = [...code.matchAll(/`([A-Za-z0-9_.]+\.)\$\{/g)].map((m) => m[1] ?? "")
    const unused = [...english.keys()].filter(
      (key) =>
        !code.includes(`"${key}"`) && !code.includes(`'${key}'`) && !prefixes.some((p) => key.startsWith(p))
    )
    expect(unused).toEqual([])
  })

  it("word every count with the language's plural forms (Polish: one, few, many)", () => {
    const counts = [1, 2, 4, 5, 12, 22, 25]
    // a masculine-personal noun takes the genitive plural after every number but 1 ("2 pacjentów": dwóch pacjentów)
    expect(counts.map((n) => pl.patients.list.count({ n }))).toEqual([
      "1 pacjent",
      "2 pacjentów",
      "4 pacjentów",
      "5 pacjentów",
      "12 pacjentów",
      "22 pacjentów",
      "25 pacjentów"
    ])
    expect(counts.map((n) => pl.procedure.form.lesionCount({ n }))).toEqual([
      "1 lezja",
      "2 lezje",
      "4 lezje",
      "5 lezji",
      "12 lezji",
      "22 lezje",
      "25 lezji"
    ])
    expect(counts.map((n) => pl.tables.findingCount({ n }))).toEqual([
      "1 ustalenie",
      "2 ustalenia",
      "4 ustalenia",
      "5 ustaleń",
      "12 ustaleń",
      "22 ustalenia",
      "25 ustaleń"
    ])
    expect([1, 2, 5, 22].map((n) => `${n} ${pl.analysis.safety.events({ n })}`)).toEqual([
      "1 zdarzenie niepożądane",
      "2 zdarzenia niepożądane",
      "5 zdarzeń niepożądanych",
      "22 zdarzenia niepożądane"
    ])
    expect([1, 2, 25].map((n) => `${n} ${pl.analysis.safety.patientsWith({ n })}`)).toEqual([
      "1 pacjent ze zdarzeniem",
      "2 pacjentów ze zdarzeniem",
      "25 pacjentów ze zdarzeniem"
    ])
    expect([1, 3, 5].map((n) => `${n} ${pl.analysis.safety.ongoing({ n })}`)).toEqual([
      "1 nieustąpione",
      "3 nieustąpione",
      "5 nieustąpionych"
    ])
    expect(
      [1, 3].map((n) => pl.history.record.adverseEventDays({ type: "inne", days: String(n), n }))
    ).toEqual([
      "Zdarzenie niepożądane „inne” z początkiem 1 dzień po zabiegu",
      "Zdarzenie niepożądane „inne” z początkiem 3 dni po zabiegu"
    ])
    expect(en.history.record.adverseEventDays({ type: "other", days: "1", n: 1 })).toBe(
      "Adverse event “other” with onset 1 day after the procedure"
    )
    expect([1, 2].map((n) => `${n} ${en.analysis.safety.events({ n })}`)).toEqual([
      "1 adverse event",
      "2 adverse events"
    ])
    expect([1, 2, 5].map((n) => pl.patients.timing.after({ n }))).toEqual([
      "1 dzień po zabiegu",
      "2 dni po zabiegu",
      "5 dni po zabiegu"
    ])
    expect([1, 2].map((n) => en.patients.timing.before({ n }))).toEqual([
      "1 day before the procedure",
      "2 days before the procedure"
    ])
    expect([1, 22].map((n) => en.patients.list.count({ n }))).toEqual(["1 patient", "22 patients"])
  })
})
