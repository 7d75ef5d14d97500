import { admin } from "./admin"
import { shell } from "./shell"
import { study } from "./study"

/**
 * The dashboard's English texts, one module per area of the dashboard. The Polish dictionary has the
 * same shape (its type is this one's), and `dictionaries.test.ts` fails on a key missing in either
 * language or used nowhere.
 */
export const en = { shell, study, admin }

export type Dictionary = typeof en
