import solid from "vite-plugin-solid"
import { defineConfig } from "vitest/config"
import { bundleBudget } from "./bundle-budget"

const apiTarget = process.env.CRYOREG_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`

export default defineConfig({
  plugins: [solid(), bundleBudget(152)],
  // Workspace packages resolve to their TypeScript sources.
  resolve: { conditions: ["@cryoreg/source", "module", "browser", "development|production"] },
  server: {
    port: 5173,
    strictPort: false,
    proxy: { "/api": { target: apiTarget, changeOrigin: true } }
  },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 600 },
  test: {
    environment: "jsdom",
    testTimeout: 30_000,
    // Globals let @solidjs/testing-library unmount each test's components after it.
    globals: true,
    include: ["src/**/*.test.{ts,tsx}"]
  }
})
