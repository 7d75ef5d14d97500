import { type Issue, Issues } from "@cryoreg/contract"

/**
 * Why a body was refused before decoding: not JSON, a key given twice, or nested too deeply (`MalformedJson`);
 * or a text holding a lone UTF-16 surrogate, which no character is (`IllFormedText`, naming each field).
 */
export type JsonProblem =
  | { readonly _tag: "MalformedJson"; readonly message: string }
  | {
      readonly _tag: "IllFormedText"
      readonly message: string
      readonly issues: ReadonlyArray<Issue>
    }

const fail = (message: string): JsonProblem => ({ _tag: "MalformedJson", message })

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** The paths of every key or string value holding a lone surrogate (a key's own path names it). */
const illFormedPaths = (
  value: unknown,
  path: Array<string | number>,
  found: Array<Array<string | number>>
) => {
  if (typeof value === "string") {
    if (loneSurrogate.test(value)) found.push([...path])
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) illFormedPaths(v, [...path, i], found)
  } else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) {
      if (loneSurrogate.test(k)) found.push([...path, k])
      illFormedPaths(v, [...path, k], found)
    }
  return found
}

const illFormed = (value: unknown): unknown | JsonProblem => {
  const paths = illFormedPaths(value, [], [])
  if (paths.length === 0) return value
  const issues = paths.map((path) =>
    Issues.rule(
      "illFormedText",
      path,
      "this text holds a lone UTF-16 surrogate (half of a character, e.g. \\ud800), so it cannot be stored as sent: send well-formed Unicode text"
    )
  )
  const fields = issues.map((i) => i.path.join(".") || "(root)").join(", ")
  return { _tag: "IllFormedText", message: `ill-formed text in ${fields}: a lone UTF-16 surrogate`, issues }
}

const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COLON = 0x3a
const isJsonSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

/**
 * Parses a request body strictly: JSON.parse would keep the last of two equal keys silently (and two
 * layers reading the same body could disagree on which one counts), so a duplicate key is refused, and
 * so is nesting deeper than `maxDepth`. A lone surrogate (`"\ud800"`) would be stored as a replacement
 * character, so the audit trail would not hold what was sent: it is refused too, with the fields named.
 */
export const parseStrict = (text: string, maxDepth = 32): unknown | JsonProblem => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return fail(`the body is not valid JSON: ${(error as Error).message}`)
  }
  // The text is valid JSON: walk it once for keys per object and depth (by char code: this runs on every
  // request body). Between tokens only JSON whitespace can appear.
  const keys: Array<Set<string> | null> = []
  const n = text.length
  // Only an escape (or a string given to this function unchecked) can spell a lone surrogate.
  let suspect = loneSurrogate.test(text)
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i)
    if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      keys.push(ch === OPEN_BRACE ? new Set() : null)
      if (keys.length > maxDepth) return fail(`the body is nested more than ${maxDepth} levels deep`)
    } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) keys.pop()
    else if (ch === QUOTE) {
      let j = i + 1
      let escaped = false
      for (let c = text.charCodeAt(j); c !== QUOTE; c = text.charCodeAt(j)) {
        if (c === BACKSLASH) {
          escaped = true
          j += 2
        } else j++
      }
      if (escaped && !suspect) suspect = loneSurrogate.test(JSON.parse(text.slice(i, j + 1)) as string)
      const top = keys[keys.length - 1]
      if (top !== undefined && top !== null) {
        let k = j + 1
        while (k < n && isJsonSpace(text.charCodeAt(k))) k++
        if (text.charCodeAt(k) === COLON) {
          // Without an escape the raw text is the key; with one, JSON decodes it ("\u0061" is "a").
          const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j)
          if (top.has(key)) return fail(`the body gives the key "${key}" twice in one object`)
          top.add(key)
        }
      }
      i = j
    }
  }
  return suspect ? illFormed(value) : value
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * A body's bytes as text; bytes that are not UTF-8 are refused (`IllFormedText`) rather than read as
 * replacement characters, which would store something other than what was sent.
 */
export const decodeUtf8 = (bytes: ArrayBuffer): string | JsonProblem => {
  try {
    return utf8.decode(bytes)
  } catch {
    const message = "the body is not valid UTF-8 text: send JSON encoded as UTF-8"
    return { _tag: "IllFormedText", message, issues: [Issues.rule("illFormedText", [], message)] }
  }
}

/** Whether `parseStrict` refused the text. */
export const isJsonProblem = (u: unknown): u is JsonProblem => {
  const tag = typeof u === "object" && u !== null ? (u as { _tag?: unknown })._tag : undefined
  return (tag === "MalformedJson" || tag === "IllFormedText") && "message" in (u as object)
}
