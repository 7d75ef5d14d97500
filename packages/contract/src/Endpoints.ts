/** Every endpoint, by name and as a list. */

import * as Api from "./Api.js"
import type { Any } from "./Endpoint.js"

/** Every endpoint of the API by name: the server mounts these, the OpenAPI document lists them. */
export const endpoints = Api

/** The endpoints as a list. */
export const all: ReadonlyArray<Any> = Object.values(Api)
