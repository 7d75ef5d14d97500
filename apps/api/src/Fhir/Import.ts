import { Issues } from "@cryoreg/contract"
import { Effect } from "effect"
import { CurrentUser, centerScope } from "../CurrentUser.js"
import { RuleViolation } from "../Errors.js"
import { problemAt, rules } from "../Imports/Problems.js"
import type { ImportSource } from "../Imports/Source.js"
import { Imports } from "../Imports.js"
import { readBundle } from "./Read.js"

/** The name a Bundle is reported under (problems name the file, the entry and a FHIRPath). */
export const bundleFile = "bundle.json"

/**
 * A FHIR Bundle's bytes as the import core's source: the patients read from it (`Read.ts`), and what could
 * not be read at all (not JSON, not a Bundle, an entry of another type, a reference to nothing).
 */
export const fhirSource = (bytes: Uint8Array, name: string = bundleFile): ImportSource => {
  const files = [{ name, bytes }]
  const whole = { file: name, row: null, column: null }
  const refused = (message: string, code: "emptyFile" | "notJson" | "noPatients"): ImportSource => ({
    format: "fhir",
    files,
    patients: [],
    problems: [problemAt(whole, rules.file, message, code, { file: name })]
  })
  let json: unknown
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
    if (text.trim() === "") return refused("the file is empty: send a FHIR Bundle", "emptyFile")
    json = JSON.parse(text)
  } catch (error) {
    return refused(
      `the file is not JSON in UTF-8 (${error instanceof Error ? error.message : String(error)})`,
      "notJson"
    )
  }
  const read = readBundle(name, json)
  if (read.patients.length === 0 && read.problems.length === 0)
    return refused("the Bundle has no Patient: there is nothing to import", "noPatients")
  return { format: "fhir", files, patients: read.patients, problems: read.problems }
}

/**
 * Imports a Bundle through the one import pipeline (`Imports.run`): the contract's Schemas and the forms'
 * checks, one center per import (an admin who names none imports into the center of the Bundle's
 * patients when they share one), all or nothing, dry run, idempotent, audited with the file's hash.
 */
export const importBundle = (
  bytes: Uint8Array,
  options: { readonly dryRun: boolean; readonly center?: string; readonly name?: string }
) =>
  Effect.gen(function* () {
    const source = fhirSource(bytes, options.name)
    const user = yield* CurrentUser
    const centers = new Set(
      Array.from(source.patients, (p) => (p.patient.input as { centerId?: unknown } | null)?.centerId)
    )
    const only = centers.size === 1 ? [...centers][0] : undefined
    const inferred = centerScope(user) === null && typeof only === "string" ? only : undefined
    // An admin's Bundle whose center cannot be told (not a Bundle, no patients): what the reader found.
    if (
      options.center === undefined &&
      inferred === undefined &&
      centerScope(user) === null &&
      source.problems.length > 0
    )
      return yield* new RuleViolation({
        message: source.problems.map((p) => p.message).join("; "),
        issues: source.problems.map((p) =>
          Issues.rule("invalid", p.column === null ? [] : [p.column], `${p.message} (rule: ${p.rule})`)
        )
      })
    const imports = yield* Imports
    return yield* imports.run(source, { dryRun: options.dryRun, center: options.center ?? inferred })
  })
