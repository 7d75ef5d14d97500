import { Model } from "@cryoreg/domain"
import { fireEvent, render, screen } from "@solidjs/testing-library"
import { describe, expect, it, vi } from "vitest"
import { DeviceConnection, simulatorCommand } from "./device-connection"

const created = {
  procedure: {
    id: Model.ProcedureId.make("prc-0123456789abcdef"),
    patientId: Model.PatientId.make("WAW-0001"),
    centerId: Model.CenterId.make("waw"),
    side: "right" as const,
    lesionsPerSide: 7,
    deviceSerial: "P-1",
    operator: "Dr A",
    date: "2026-12-01" as Model.CalendarDate,
    mode: "live" as const,
    createdAt: "2026-12-01T10:00:00.000Z",
    endedAt: null,
    abortReason: null
  },
  deviceToken: "tok-secret-0123456789",
  deviceTokenExpiresAt: "2026-12-01T22:00:00.000Z"
}

describe("<DeviceConnection />", () => {
  it("shows the device token and the simulator's command for this origin, each with a copy button", async () => {
    const writeText = vi.fn(() => Promise.resolve())
    Object.assign(navigator, { clipboard: { writeText } })
    render(() => <DeviceConnection created={created} liveLink={false} />)
    const command = simulatorCommand("prc-0123456789abcdef", "tok-secret-0123456789", window.location.origin)
    expect(command).toBe(
      `pnpm sim procedure --join prc-0123456789abcdef --token tok-secret-0123456789 --api ${window.location.origin}`
    )
    expect(screen.getByRole("status", { name: "Device token" }).textContent).toBe("tok-secret-0123456789")
    expect(screen.getByRole("status", { name: "Simulator command" }).textContent).toBe(command)
    fireEvent.click(screen.getByRole("button", { name: "Copy simulator command" }))
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(command))
    expect(await screen.findByText("Copied.")).toBeTruthy()
  })
})
