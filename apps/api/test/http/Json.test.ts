import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { isJsonProblem, parseStrict } from "../../src/http/Json.js"

describe("parseStrict", () => {
  it("parses what JSON.parse parses when no key repeats", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value)
        expect(parseStrict(text)).toEqual(JSON.parse(text))
      }),
      { numRuns: 500 }
    )
  })

  it("refuses a key given twice in one object, at any depth, and names it", () => {
    const top = parseStrict('{"nrs": 3, "vasMm": 20, "nrs": 11}')
    expect(isJsonProblem(top) && top.message).toMatch(/"nrs" twice/)
    const nested = parseStrict('{"analgesics": {"drugs": [], "drugs": ["tramadol"]}}')
    expect(isJsonProblem(nested) && nested.message).toMatch(/"drugs" twice/)
    // The same key in two objects, or as a string value, is fine.
    expect(parseStrict('[{"a": 1}, {"a": 2}, {"b": "a", "c": "a"}]')).toEqual([
      { a: 1 },
      { a: 2 },
      { b: "a", c: "a" }
    ])
    expect(parseStrict('{"a\\"b": 1, "a\\\\": 2}')).toEqual({ 'a"b': 1, "a\\": 2 })
    // A key is compared as JSON decodes it: an escaped spelling of a key already given is the same key.
    const escaped = parseStrict('{"nrs": 3, "n\\u0072s": 11}')
    expect(isJsonProblem(escaped) && escaped.message).toMatch(/"nrs" twice/)
    expect(parseStrict('{ "a" :1,\n\t"b"\r\n: {"a": [ "a" ]} }')).toEqual({ a: 1, b: { a: ["a"] } })
  })

  it("refuses nesting past the limit and malformed text", () => {
    expect(isJsonProblem(parseStrict(`${"[".repeat(40)}${"]".repeat(40)}`))).toBe(true)
    expect(parseStrict(`${"[".repeat(10)}${"]".repeat(10)}`)).toEqual([[[[[[[[[[]]]]]]]]]])
    const broken = parseStrict('{"nrs": 3')
    expect(isJsonProblem(broken) && broken.message).toMatch(/not valid JSON/)
  })

  it("refuses a lone UTF-16 surrogate in any key or string value, naming each field; keeps a whole pair", () => {
    const reason = parseStrict(
      '{"reason": "typo \\ud800 fixed", "items": [{"note": "ok"}, {"note": "\\udfff"}]}'
    )
    expect(reason).toMatchObject({
      _tag: "IllFormedText",
      issues: [{ path: ["reason"] }, { path: ["items", 1, "note"] }]
    })
    expect(isJsonProblem(reason) && reason.message).toMatch(/reason, items\.1\.note/)
    expect(parseStrict('{"\\ud83d": 1}')).toMatchObject({
      _tag: "IllFormedText",
      issues: [{ path: ["\ud83d"] }]
    })
    expect(parseStrict('"\\ude00"')).toMatchObject({ _tag: "IllFormedText", issues: [{ path: [] }] })
    // A surrogate pair, escaped or not, is one character: accepted as sent.
    expect(parseStrict('{"name": "\\ud83d\\ude00 😀"}')).toEqual({ name: "😀 😀" })
    expect(parseStrict('{"a": "\\u00e9"}')).toEqual({ a: "é" })
  })
})
