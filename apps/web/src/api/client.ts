import { type Client, makeClient } from "@cryoreg/contract"

/**
 * The dashboard's one way to the API: the typed client of `@cryoreg/contract` on the same origin,
 * authenticated by the httpOnly session cookie the API sets at login.
 */
export const client: Client = makeClient()

export { Api, ApiError, urlOf } from "@cryoreg/contract"
