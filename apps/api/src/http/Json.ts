/** Why a body was refused before decoding: not JSON, a key given twice, or nested too deeply. */
export interface JsonProblem {
  readonly _tag: "MalformedJson"
  readonly message: string
}

const fail = (message: string): JsonProblem => ({ _tag: "MalformedJson", message })

/**
 * Parses a request body strictly: JSON.parse would keep the last of two equal keys silently (and two
 * layers reading the same body could disagree on which one counts), so a duplicate key is refused, and
 * so is nesting deeper than `maxDepth`.
 */
export const parseStrict = (text: string, maxDepth = 32): unknown | JsonProblem => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return fail(`the body is not valid JSON: ${(error as Error).message}`)
  }
  // The text is valid JSON: walk it once for keys per object and depth.
  const keys: Array<Set<string> | null> = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === "{" || ch === "[") {
      keys.push(ch === "{" ? new Set() : null)
      if (keys.length > maxDepth) return fail(`the body is nested more than ${maxDepth} levels deep`)
    } else if (ch === "}" || ch === "]") keys.pop()
    else if (ch === '"') {
      let j = i + 1
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1
      const top = keys.at(-1)
      if (top !== undefined && top !== null) {
        let k = j + 1
        while (k < text.length && /\s/.test(text[k]!)) k++
        if (text[k] === ":") {
          const key = JSON.parse(text.slice(i, j + 1)) as string
          if (top.has(key)) return fail(`the body gives the key "${key}" twice in one object`)
          top.add(key)
        }
      }
      i = j
    }
  }
  return value
}

/** Whether `parseStrict` refused the text. */
export const isJsonProblem = (u: unknown): u is JsonProblem =>
  typeof u === "object" && u !== null && (u as { _tag?: unknown })._tag === "MalformedJson" && "message" in u
