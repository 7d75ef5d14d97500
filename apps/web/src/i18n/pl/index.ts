import type { Dictionary } from "../en"
import { analysis } from "./analysis"
import { errors } from "./errors"
import { live } from "./live"
import { shell } from "./shell"
import { study } from "./study"
import { tables } from "./tables"

/** The dashboard's Polish texts: the English dictionary's shape, area by area. */
export const pl: Dictionary = { shell, study, errors, analysis, tables, live }
