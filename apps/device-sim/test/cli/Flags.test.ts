import { describe, expect, it } from "vitest"
import { parseFlags } from "../../src/cli/Args.js"
import { flags } from "../../src/cli/Flags.js"
import { usage } from "../../src/cli/Usage.js"

describe("the simulator's flags, declared once", () => {
  it("explains in --help every flag the parser accepts", () => {
    for (const name of Object.keys(flags))
      expect(usage, name).toMatch(new RegExp(`^  (-\\w, )?--${name}\\b`, "m"))
  })

  it("accepts every flag --help names, and refuses one it does not", () => {
    const named = [...usage.matchAll(/--([a-z-]+)/g)].map((m) => m[1]!)
    for (const name of new Set(named)) {
      const f = flags[name as keyof typeof flags]
      expect(f, `--${name} is in the help but not in the table`).toBeDefined()
      const argv = f.type === "string" ? [`--${name}`, "1"] : [`--${name}`]
      expect(() => parseFlags(argv), name).not.toThrow()
    }
    expect(() => parseFlags(["--lesion", "7"])).toThrow(
      "unknown flag --lesion; device-sim --help lists the flags"
    )
  })
})
