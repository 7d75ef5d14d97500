import { describe, expect, it } from "vitest"
import { parseFlags } from "../../src/cli/Args.js"
import { type Flag, flags } from "../../src/cli/Flags.js"
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

  it("says, for every flag given without its value, which flag needs what value, in words", () => {
    const valued = Object.entries(flags).filter(([, f]: [string, Flag]) => f.type === "string")
    expect(valued.length).toBeGreaterThan(10)
    for (const [name, f] of valued as Array<[string, Flag]>) {
      expect(f.needs, `--${name} says what value it needs`).toMatch(/^(the|a|an|simulated|telemetry) /)
      // last, before another flag, or written --name= with nothing after it
      for (const argv of [
        ["procedure", `--${name}`],
        ["procedure", `--${name}`, "--json"],
        ["procedure", `--${name}=`, "--json"]
      ])
        expect(() => parseFlags(argv), argv.join(" ")).toThrow(`--${name} needs ${f.needs}`)
    }
    expect(() => parseFlags(["--join"])).toThrow(
      /^--join needs the id of the live procedure to join, e.g. --join prc-…$/
    )
    expect(() => parseFlags(["report", "--json=1"])).toThrow("--json takes no value")
    // a value may still start with one dash (a base64url token)
    expect(parseFlags(["--token", "-abc"]).values.token).toBe("-abc")
  })
})
