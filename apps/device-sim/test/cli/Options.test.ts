import { describe, expect, it, vi } from "vitest"
import { parseFlags, UsageError } from "../../src/cli/Args.js"
import { cohortOptions } from "../../src/cli/Cohort.js"
import { reportOptions, runOptions } from "../../src/cli/ProbeOptions.js"
import { procedureOptions } from "../../src/cli/ProcedureOptions.js"

const optionsOf = (args: ReadonlyArray<string>) => {
  const { values, positionals } = parseFlags(args)
  const command = {
    procedure: procedureOptions,
    cohort: cohortOptions,
    run: runOptions,
    report: reportOptions
  }
  return command[positionals[0] as keyof typeof command](values)
}

describe("every out-of-range flag: a usage error (exit 2) of one line with the allowed range", () => {
  const procedure = ["procedure", "--api", "http://127.0.0.1:9", "--token", "t", "--patient", "WAW-0001"]
  const cases: ReadonlyArray<readonly [ReadonlyArray<string>, string]> = [
    [
      [...procedure, "--lesions", "20"],
      '--lesions must be a whole number from 1 to 14 (lesions per treated side; the study did 6–7), got "20"'
    ],
    [[...procedure, "--lesions", "6.5"], "--lesions must be a whole number from 1 to 14"],
    // a wrong value is said before a missing token
    [["procedure", "--patient", "WAW-0064", "--speed", "abc"], "--speed"],
    [["procedure", "--patient", "WAW-0064"], "the device token the dashboard shows"],
    [[...procedure, "--lesions", "0"], "--lesions must be a whole number from 1 to 14"],
    [
      [...procedure, "--cycles", "4"],
      '--cycles must be a whole number from 1 to 3 (the protocol\'s freeze-thaw cycles per lesion), got "4"'
    ],
    [[...procedure, "--seed", "-1"], "--seed must be a whole number from 0 to 4294967295"],
    [[...procedure, "--seed", "1.5"], "--seed must be a whole number from 0 to 4294967295"],
    [
      [...procedure, "--speed", "0"],
      '--speed must be a number from 0.01 to 100000 (simulated seconds per real second, or "max")'
    ],
    [[...procedure, "--speed", "fast"], "--speed must be a number from 0.01 to 100000"],
    [
      [...procedure, "--rate", "1000"],
      "--rate must be a number from 0.5 to 100 (telemetry samples per second)"
    ],
    [[...procedure, "--side", "middle"], '--side must be left, right or bilateral, got "middle"'],
    [
      [...procedure, "--date", "2026-02-30"],
      '--date must be a calendar date written YYYY-MM-DD (e.g. 2026-03-15), got "2026-02-30"'
    ],
    [
      [...procedure, "--fault", "fire"],
      '--fault "fire" is not one of low-gas, sensor-dropout, occluded, motor-response, network-loss'
    ],
    [[...procedure, "--patient", "no such id!"], "--patient must be 1–64 letters, digits"],
    [
      ["procedure", "--api", "http://127.0.0.1:9", "--token", "t", "--join", "not an id"],
      "--join must be 1–64 letters"
    ],
    [
      ["procedure", "--api", "http://127.0.0.1:9", "--token", "t", "--join", "prc-1", "--side", "left"],
      "--side cannot go with --join: the joined procedure already has its side"
    ],
    [
      [...procedure, "--api", "ftp://x"],
      '--api must be an http(s) URL such as http://127.0.0.1:8787, got "ftp://x"'
    ],
    [[...procedure, "--operator", " "], "--operator must be 1 to 200 characters, got 0"],
    [[...procedure, "--serial", "x".repeat(201)], "--serial must be 1 to 200 characters, got 201"],
    [
      ["run", "--cycles", "-1"],
      "--cycles must be a whole number from 0 to 1000 (freeze-thaw cycles; 0 runs until stopped)"
    ],
    [["run", "--freeze-seconds", "0"], "--freeze-seconds must be a number from 1 to 600"],
    [["run", "--speed", "0"], "--speed must be a number from 0.01 to 100000"],
    [["report", "--n", "5"], "--n must be a whole number from 20 to 10000"],
    [["report", "--seed", "x"], "--seed must be a whole number from 0 to 4294967295"],
    [
      ["cohort", "--api", "http://127.0.0.1:9", "--token", "t", "--live", "-1"],
      "--live must be a whole number from 0 to 100"
    ]
  ]

  it.each(cases)("%j", (args, words) => {
    let error: unknown = null
    try {
      optionsOf(args)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(UsageError)
    const message = (error as UsageError).message
    expect(message).toContain(words)
    expect(message.split("\n")).toHaveLength(1)
    expect(message).not.toMatch(/Schema|refinement|└─/)
  })

  it("the defaults pass: the patient's side (null until read), the protocol's most lesions, one cycle", () => {
    expect(
      optionsOf(["procedure", "--api", "http://127.0.0.1:9", "--token", "t", "--patient", "WAW-0064"])
    ).toMatchObject({ side: null, lesionsPerSide: 7, cycles: 1, seed: 1, join: null, patient: "WAW-0064" })
    expect(
      optionsOf([
        "procedure",
        "--api",
        "http://127.0.0.1:9",
        "--token",
        "t",
        "--join",
        "prc-1",
        "--seed",
        "4"
      ])
    ).toMatchObject({ join: "prc-1", patient: null, seed: 4 })
    vi.stubEnv("CRYOREG_API", "")
    expect(procedureOptions(parseFlags(["procedure", "--join", "prc-1", "--token", "t"]).values).api).toBe(
      "http://127.0.0.1:8787"
    )
  })
})
