import type { Dictionary } from "../en"
import { admin } from "./admin"
import { shell } from "./shell"
import { study } from "./study"

/** The dashboard's Polish texts: the English dictionary's shape, area by area. */
export const pl: Dictionary = { shell, study, admin }
