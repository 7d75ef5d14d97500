import { ZxcvbnFactory } from "@zxcvbn-ts/core"
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common"
import { Data, Effect } from "effect"
import { passwordMinLength } from "./Auth.js"

/**
 * What a password must be, for every account (set by its user, by an administrator, or at the first start
 * from `CRYOREG_ADMIN_PASSWORD`): at least 12 characters, not only blanks, more than the user name, and not
 * easy to guess — not one of the most common passwords, a repetition, a sequence or a row of keys, as
 * zxcvbn judges it (`@zxcvbn-ts/core` with the common-password list of `@zxcvbn-ts/language-common`).
 * Imported as `@cryoreg/contract/PasswordPolicy`, so that the list is loaded only where passwords are set.
 */

/** The fewest characters a password has. */
export const minLength = passwordMinLength

/** The rule a refused password breaks. */
export type Rule = "tooShort" | "blank" | "userName" | "easyToGuess"

/** A password the registry refuses, with the rule and why, in words. */
export class WeakPassword extends Data.TaggedError("WeakPassword")<{
  readonly rule: Rule
  readonly message: string
}> {}

// zxcvbn's score: 3 is "safely unguessable: moderate protection from offline slow-hash scenario" (≥ 10⁸ guesses).
const leastScore = 3

let estimator: ZxcvbnFactory | undefined
const estimate = (password: string, userInputs: ReadonlyArray<string>) => {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })
  return estimator.check(password, [...userInputs])
}

// zxcvbn's warning keys, in the clinic's words.
const why: Readonly<Record<string, string>> = {
  topTen: "it is one of the ten most common passwords",
  topHundred: "it is one of the hundred most common passwords",
  common: "it is one of the most common passwords",
  similarToCommon: "it is a common password with a little added",
  simpleRepeat: 'it repeats one character ("aaaaaaaaaaaa")',
  extendedRepeat: 'it repeats a short pattern ("abcabcabcabc")',
  sequences: 'it is a sequence ("123456789012", "abcdefghijkl")',
  straightRow: "it is a row of keys on the keyboard",
  keyPattern: "it is a short pattern of keys on the keyboard",
  recentYears: "it is mostly a recent year",
  dates: "it is mostly a date",
  wordByItself: "it is a single common word",
  namesByThemselves: "it is a name",
  commonNames: "it is a common name",
  userInputs: "it is mostly the user name"
}

const count = (text: string) => [...text].length

/**
 * Why `password` may not be the password of the account `username`, or null when it may. Pure; the API
 * decides with it, and a form can show the same reason before sending.
 */
export const weakness = (password: string, username: string): WeakPassword | null => {
  const normalized = password.normalize("NFC")
  const length = count(normalized)
  if (normalized.trim() === "")
    return new WeakPassword({
      rule: "blank",
      message: "choose a password that is not only blanks: spaces alone are not a password"
    })
  if (length < minLength)
    return new WeakPassword({
      rule: "tooShort",
      message: `choose a longer password: it has ${length} characters; at least ${minLength} are needed`
    })
  const name = username.trim().toLowerCase()
  if (name !== "") {
    const rest = count(normalized.toLowerCase().split(name).join(""))
    if (rest < minLength && rest < length)
      return new WeakPassword({
        rule: "userName",
        message: `choose a password that is more than the user name: without "${username}" it has ${rest} characters; at least ${minLength} are needed`
      })
  }
  const judged = estimate(normalized, name === "" ? [] : [name])
  if (judged.score >= leastScore) return null
  const warning = judged.feedback.warning
  return new WeakPassword({
    rule: "easyToGuess",
    message: `choose a password that is harder to guess: ${(warning !== null && why[warning]) || "it would be guessed quickly"}`
  })
}

/** Fails with `WeakPassword` when `password` may not be the password of the account `username`. */
export const check = (password: string, username: string): Effect.Effect<void, WeakPassword> =>
  Effect.suspend(() => {
    const weak = weakness(password, username)
    return weak === null ? Effect.void : Effect.fail(weak)
  })
