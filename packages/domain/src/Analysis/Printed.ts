/**
 * Decimals as printed: the paper's precision of each number cell, read from the JSON text
 * itself (a parsed `50.0` is `50`, so the text is the only place the printed precision survives).
 */
export type PrintedDecimals = ReadonlyMap<string, number>

/** Joins a cell path: `table2.nrs.baseline[1]`. */
export const joinPath = (parent: string, key: string | number): string =>
  typeof key === "number" ? `${parent}[${key}]` : parent === "" ? key : `${parent}.${key}`

/** Decimals of every number in a JSON text, by cell path. */
export const decimalsOf = (jsonText: string): PrintedDecimals => {
  const out = new Map<string, number>()
  let i = 0
  const ws = () => {
    while (i < jsonText.length && /\s/.test(jsonText[i]!)) i++
  }
  const string = (): string => {
    const start = i
    i++
    while (jsonText[i] !== '"') i += jsonText[i] === "\\" ? 2 : 1
    i++
    return JSON.parse(jsonText.slice(start, i)) as string
  }
  const value = (path: string): void => {
    ws()
    const ch = jsonText[i]
    if (ch === "{") {
      i++
      ws()
      while (jsonText[i] !== "}") {
        ws()
        const key = string()
        ws()
        i++ // ':'
        value(joinPath(path, key))
        ws()
        if (jsonText[i] === ",") i++
        ws()
      }
      i++
    } else if (ch === "[") {
      i++
      ws()
      for (let k = 0; jsonText[i] !== "]"; k++) {
        value(joinPath(path, k))
        ws()
        if (jsonText[i] === ",") i++
        ws()
      }
      i++
    } else if (ch === '"') {
      string()
    } else {
      const match = /^-?\d+(\.(\d+))?([eE][-+]?\d+)?|^(true|false|null)/.exec(jsonText.slice(i, i + 40))
      if (match === null) throw new Error(`not JSON at offset ${i}`)
      if (match[4] === undefined) out.set(path, match[2]?.length ?? 0)
      i += match[0].length
    }
  }
  value("")
  return out
}

/** Decimals of a number as JavaScript prints it (trailing zeros are lost). */
export const decimalsOfNumber = (x: number): number => {
  const text = String(x)
  const dot = text.indexOf(".")
  return dot < 0 ? 0 : text.length - dot - 1
}

/** Rounds half away from zero at `decimals`, as tables are printed. */
export const round = (x: number, decimals: number): number => {
  const scale = 10 ** decimals
  const r = Math.round(Math.abs(x) * scale + 1e-9) / scale
  return x < 0 ? -r : r
}

/** Every number cell of a value (tables, tuples, nested), by path. */
export const numbersOf = (
  value: unknown,
  path = "",
  out = new Map<string, number>()
): Map<string, number> => {
  if (typeof value === "number") out.set(path, value)
  else if (Array.isArray(value))
    value.forEach((v, k) => {
      numbersOf(v, joinPath(path, k), out)
    })
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) numbersOf(v, joinPath(path, k), out)
  return out
}
