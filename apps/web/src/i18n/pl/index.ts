import type { Dictionary } from "../en"
import { admin } from "./admin"
import { analysis } from "./analysis"
import { errors } from "./errors"
import { fields } from "./fields"
import { history } from "./history"
import { imports } from "./imports"
import { live } from "./live"
import { patients } from "./patients"
import { procedure } from "./procedure"
import { shell } from "./shell"
import { study } from "./study"
import { tables } from "./tables"

/** The dashboard's Polish texts: the English dictionary's shape, area by area. */
export const pl: Dictionary = {
  shell,
  study,
  admin,
  errors,
  fields,
  history,
  patients,
  analysis,
  tables,
  live,
  procedure,
  imports
}
