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
})
