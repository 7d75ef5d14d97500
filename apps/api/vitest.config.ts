import { defineConfig } from "vitest/config"

// Workspace packages resolve to their TypeScript sources through the "@cryoreg/source" condition.
const conditions = ["@cryoreg/source", "module", "node", "development|production"]

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  // These tests start real processes, servers and browsers: give them time on a loaded 2-core machine.
  // `expect.poll` waits 1 s by default: an answer of a loaded machine's server can take longer.
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    expect: { poll: { timeout: 15_000 } }
  }
})
