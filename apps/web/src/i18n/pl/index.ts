import type { Dictionary } from "../en"
import { fields } from "./fields"
import { history } from "./history"
import { patients } from "./patients"
import { shell } from "./shell"
import { study } from "./study"

/** The dashboard's Polish texts: the English dictionary's shape, area by area. */
export const pl: Dictionary = { shell, study, fields, history, patients }
