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

/**
 * The dashboard's English texts, one module per area of the dashboard. The Polish dictionary has the
 * same shape (its type is this one's), and `dictionaries.test.ts` fails on a key missing in either
 * language or used nowhere.
 */
export const en = {
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

export type Dictionary = typeof en
