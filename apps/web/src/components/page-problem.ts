import { Problems } from "@cryoreg/contract"
import { ApiError } from "../api/client"
import { wordIssue, wordProblem } from "../forms/words"
import { t } from "../i18n"

/** What a page that failed to load says: a title, a sentence, and a way on (a link back, or trying again). */
export interface PageProblem {
  readonly title: string
  readonly text: string
  readonly back?: { readonly href: string; readonly label: string }
  readonly retry: boolean
}

const toCohort = () => ({ href: "/cohort", label: t("shell.notFound.back") })
const toPatients = () => ({ href: "/patients", label: t("shell.pageError.backToPatients") })

// What a missing record is on the page of its address: a patient, a live procedure, or a record in general.
const missing = (pathname: string): PageProblem => {
  const patient = /^\/patients\/([^/]+)/.exec(pathname)
  if (patient !== null)
    return {
      title: t("patients.page.noSuchId"),
      text: t("shell.pageError.noPatient", { id: decodeURIComponent(patient[1]!) }),
      back: toPatients(),
      retry: false
    }
  if (/^\/procedures\//.test(pathname))
    return { title: t("live.noSuchId"), text: t("errors.problem.NotFound"), back: toPatients(), retry: false }
  return {
    title: t("shell.pageError.notFound"),
    text: t("errors.problem.NotFound"),
    back: toCohort(),
    retry: false
  }
}

/**
 * A page's failure in the user's language, worded by the API's error code and the page's address: never the
 * API's English sentence. A record that does not exist (or is another center's) gets a link back instead of
 * "try again", which would fail the same way; a lost connection or a server failure may be tried again.
 *
 * @example
 * pageProblem(new ApiError(404, "NotFound", "no patient PILA-0001"), "/patients/PILA-0001")
 * // { title: "Nie ma pacjenta o takim identyfikatorze", text: "Pacjent PILA-0001 …", back: { href: "/patients", … } }
 */
export const pageProblem = (error: unknown, pathname: string): PageProblem => {
  if (!(error instanceof ApiError))
    return { title: t("shell.pageError.unexpected"), text: t("shell.pageError.unexpectedText"), retry: true }
  switch (error.status) {
    case 404:
      return missing(pathname)
    case 403:
      return {
        title: t("shell.pageError.notAllowed"),
        text: t("errors.problem.Forbidden"),
        back: toCohort(),
        retry: false
      }
    case 0:
      return { title: t("shell.pageError.unreachable"), text: t("errors.problem.Unreachable"), retry: true }
    case 422: {
      const issues = Problems.issues(error).map((i) => wordIssue(i))
      return {
        title: t("shell.pageError.notComputable"),
        text: issues.length > 0 ? issues.join(" ") : t("shell.pageError.notComputableText"),
        back: toCohort(),
        retry: false
      }
    }
    default:
      return { title: t("shell.pageError.refused"), text: wordProblem(error), retry: true }
  }
}
