import { ServerStatus as Status } from "@cryoreg/domain"
import { render, screen } from "@solidjs/testing-library"
import { describe, expect, it } from "vitest"
import { ServerStatus } from "./server-status"

describe("<ServerStatus />", () => {
  it("shows version, database and uptime once the API answers", async () => {
    const status = new Status({
      status: "ok",
      version: "9.8.7",
      database: { kind: "postgresql", ok: true },
      uptimeSeconds: 125
    })
    render(() => <ServerStatus load={() => Promise.resolve(status)} />)
    expect(await screen.findByText("9.8.7")).toBeTruthy()
    expect(screen.getByText("PostgreSQL")).toBeTruthy()
    expect(screen.getByText("2 min")).toBeTruthy()
    expect(screen.getByText("online")).toBeTruthy()
  })

  it("says the API is unavailable when loading fails", async () => {
    render(() => <ServerStatus load={() => Promise.reject(new Error("connection refused"))} />)
    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toContain("connection refused")
  })
})
