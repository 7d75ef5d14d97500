import { ApiError, type User } from "@cryoreg/contract"
import { Model } from "@cryoreg/domain"
import { fireEvent, render, screen, waitFor } from "@solidjs/testing-library"
import { describe, expect, it } from "vitest"
import { App } from "../app"
import type { SessionSource } from "./session"

const clinician: User = {
  id: "u1",
  username: "anna.clinician",
  displayName: "Dr Anna Nowak",
  role: "clinician",
  centerId: Model.CenterId.make("waw")
} as User

const source = (initial: User | null, accepts: string): SessionSource => ({
  me: () => Promise.resolve(initial),
  login: (c) =>
    c.password === accepts
      ? Promise.resolve(clinician)
      : Promise.reject(new ApiError(401, "InvalidCredentials", "wrong user name or password")),
  logout: () => Promise.resolve()
})

describe("session handling", () => {
  it("sends a visitor without a session to the login page", async () => {
    window.history.replaceState(null, "", "/tables")
    render(() => <App session={source(null, "x")} />)
    expect(await screen.findByRole("heading", { name: "Sign in to cryoreg" })).toBeTruthy()
    await waitFor(() => expect(window.location.pathname).toBe("/login"))
    expect(decodeURIComponent(window.location.search)).toBe("?next=/tables")
  })

  it("says why a sign-in failed and shows the empty field's error", async () => {
    window.history.replaceState(null, "", "/login")
    render(() => <App session={source(null, "secret-password")} />)
    const user = await screen.findByLabelText("User name")
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }))
    // An empty field says so in words, not the schema's "at least 1 character(s)".
    expect(await screen.findByText("Fill in “User name”")).toBeTruthy()
    expect(screen.getByText("Fill in “Password”")).toBeTruthy()
    expect(screen.getByLabelText("User name").getAttribute("aria-invalid")).toBe("true")
    fireEvent.input(user, { target: { value: "anna.clinician" } })
    fireEvent.input(screen.getByLabelText("Password"), { target: { value: "nope" } })
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }))
    expect((await screen.findByText("Wrong user name or password.")).className).toBe("form-error")
  })

  it("shows the signed-in user's name, role and center in the header", async () => {
    window.history.replaceState(null, "", "/nowhere")
    render(() => <App session={source(clinician, "x")} />)
    expect(await screen.findByText("Dr Anna Nowak")).toBeTruthy()
    expect(screen.getByText(/Clinician · center waw/)).toBeTruthy()
    expect(screen.getByRole("navigation", { name: "Main" })).toBeTruthy()
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeTruthy()
  })
})
