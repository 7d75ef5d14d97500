import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"

// Packs @cryoreg/stats and @cryoreg/domain as they would be published, installs the tarballs
// in an empty folder outside the repository, and uses them from JavaScript and TypeScript.
const repo = fileURLToPath(new URL("../../..", import.meta.url))
const tsc = join(repo, "node_modules", "typescript", "bin", "tsc")
const run = (command: string, args: Array<string>, cwd: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })

describe("the published tarballs", () => {
  const consumer = mkdtempSync(join(tmpdir(), "cryoreg-consumer-"))
  beforeAll(() => {
    const packs = join(consumer, "packs")
    mkdirSync(packs)
    // Build from the current sources: a stale dist/ would test yesterday's package.
    run("pnpm", ["--filter", "@cryoreg/stats", "--filter", "@cryoreg/domain", "run", "build"], repo)
    for (const pkg of ["stats", "domain"]) {
      run("pnpm", ["pack", "--pack-destination", packs], join(repo, "packages", pkg))
    }
    const tarballs = readdirSync(packs).map((file) => join(packs, file))
    writeFileSync(
      join(consumer, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module" })
    )
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", ...tarballs], consumer)
  }, 180_000)

  it("import and run in plain Node from a folder outside the repository", () => {
    const script = [
      'import { Effect } from "effect"',
      'import { Odi, Protocol } from "@cryoreg/domain"',
      'import { describe } from "@cryoreg/stats"',
      "const odi = Effect.runSync(Odi.score([2, 2, 2, 2, 2, 2, 2, 2, 2, 3]))",
      "const d = Effect.runSync(describe([1, 2, 3, 4]))",
      "console.log(JSON.stringify({ odi: odi.percent, mean: d.mean, target: Protocol.study.cryo.targetTemperatureC }))"
    ].join("\n")
    writeFileSync(join(consumer, "use.mjs"), script)
    const out = JSON.parse(run("node", ["use.mjs"], consumer))
    expect(out).toEqual({ odi: 42, mean: 2.5, target: -78 })
  }, 30_000)

  it("ship declarations that a strict TypeScript consumer compiles against", () => {
    writeFileSync(
      join(consumer, "use.ts"),
      [
        'import { Effect } from "effect"',
        'import { Odi } from "@cryoreg/domain"',
        'import { describe, type Description } from "@cryoreg/stats"',
        "const percent: number = Effect.runSync(Odi.score([1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).percent",
        "const summary: Description = Effect.runSync(describe([percent]))",
        "export const n: number = summary.n"
      ].join("\n")
    )
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          noEmit: true,
          skipLibCheck: true,
          types: []
        },
        files: ["use.ts"]
      })
    )
    expect(() => run("node", [tsc, "-p", "."], consumer)).not.toThrow()
  }, 60_000)
})
