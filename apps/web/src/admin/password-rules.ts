import { weakness } from "@cryoreg/contract/PasswordPolicy"
import { t } from "../i18n"

/**
 * Why a password may not be the account's, in the user's language, or undefined when it may: the rule is
 * the registry's own (`@cryoreg/contract/PasswordPolicy`, the one the API checks), only the words are here.
 */
export const passwordProblem = (password: string, username: string): string | undefined => {
  const weak = weakness(password, username)
  return weak === null ? undefined : t(`admin.password.weak.${weak.rule}`)
}
