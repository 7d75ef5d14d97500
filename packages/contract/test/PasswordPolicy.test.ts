import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import * as PasswordPolicy from "../src/PasswordPolicy.js"

const ruleOf = (password: string, username = "clinician-waw") =>
  PasswordPolicy.weakness(password, username)?.rule ?? null

describe("PasswordPolicy", () => {
  it("refuses the passwords of the attack review, each for its rule", () => {
    assert.strictEqual(ruleOf(" ".repeat(12)), "blank")
    assert.strictEqual(ruleOf("\t \u00a0".repeat(6)), "blank")
    assert.strictEqual(ruleOf("short-pass"), "tooShort")
    assert.strictEqual(ruleOf("password1234"), "easyToGuess")
    assert.strictEqual(ruleOf("aaaaaaaaaaaa"), "easyToGuess")
    assert.strictEqual(ruleOf("123456789012"), "easyToGuess")
    assert.strictEqual(ruleOf("qwertyuiop12"), "easyToGuess")
    assert.strictEqual(ruleOf("adminadminadmin", "admin"), "userName")
    assert.strictEqual(ruleOf("Admin-2026!", "admin"), "tooShort")
    assert.strictEqual(ruleOf("ADMIN12345678", "admin"), "userName")
  })

  it("says why in words", () => {
    assert.strictEqual(
      PasswordPolicy.weakness("short-pass", "admin")?.message,
      "choose a longer password: it has 10 characters; at least 12 are needed"
    )
    assert.match(
      PasswordPolicy.weakness("password1234", "admin")?.message ?? "",
      /^choose a password that is harder to guess: it is /
    )
    assert.match(
      PasswordPolicy.weakness("adminadminadmin", "admin")?.message ?? "",
      /more than the user name: without "admin" it has 0 characters/
    )
  })

  it("accepts long passwords that are not easy to guess, the tests' and the generated ones included", () => {
    for (const password of [
      "test-password-for-the-registry",
      "dashboard-e2e-password",
      "kT7vQ2mW9xLp4RzH8n",
      "correct horse battery staple",
      "clinician-waw was here in 2026"
    ])
      assert.isNull(PasswordPolicy.weakness(password, "clinician-waw"), password)
  })

  it.effect("check fails with WeakPassword", () =>
    Effect.gen(function* () {
      const refused = yield* Effect.flip(PasswordPolicy.check("aaaaaaaaaaaa", "admin"))
      assert.strictEqual(refused._tag, "WeakPassword")
      assert.strictEqual(refused.rule, "easyToGuess")
      yield* PasswordPolicy.check("test-password-for-the-registry", "admin")
    })
  )
})
