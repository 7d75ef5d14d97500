import { ApiError, type Issue, IssueCode, Username } from "@cryoreg/contract"
import { Model, StudyCalendar } from "@cryoreg/domain"
import { Either, Schema } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { type Locale, setLocale } from "../i18n"
import { sideOptions, timepointOptions } from "../i18n/study-words"
import { check } from "./issues"
import { wordIssue, wordProblem } from "./words"

const api = "THE API'S ENGLISH SENTENCE"
const issue = (code: IssueCode, params: Issue["params"] = {}, path: Issue["path"] = ["date"]): Issue => ({
  code,
  path,
  params,
  message: api
})
const inLanguage = (locale: Locale, f: () => string) => {
  setLocale(locale)
  return f()
}

afterEach(() => setLocale("en"))

describe("wordIssue", () => {
  it("has words of its own for every issue code in both languages, never the API's sentence", () => {
    const params = {
      count: 10,
      onsetDays: 5,
      act: "deactivate",
      relation: "notBefore",
      otherRecord: "procedure",
      treatedSide: "left",
      value: "xyz"
    }
    for (const locale of ["en", "pl"] as const)
      for (const code of IssueCode.literals) {
        const words = inLanguage(locale, () => wordIssue(issue(code, params), { date: "Visit date" }))
        expect(words.trim(), `${locale} ${code}`).not.toBe("")
        expect(words, `${locale} ${code}`).not.toContain(api)
        expect(words, `${locale} ${code}`).not.toMatch(/\{\{|undefined|NaN/)
      }
  })

  it("names the other record of a date-order refusal and its date, in each language's case and format", () => {
    const early = issue("dateOrder", {
      relation: "notBefore",
      otherRecord: "procedure",
      otherDate: "2026-12-07",
      earlierDate: "2026-12-07",
      laterDate: "2026-12-01"
    })
    expect(inLanguage("en", () => wordIssue(early, { date: "Visit date" }))).toBe(
      "Visit date: cannot be before the procedure (7 Dec 2026)"
    )
    expect(inLanguage("pl", () => wordIssue(early, { date: "Data wizyty" }))).toBe(
      "Data wizyty: nie może przypadać przed zabiegiem (07.12.2026)"
    )
    const late = issue("dateOrder", {
      relation: "notAfter",
      otherRecord: "month3Visit",
      otherDate: "2026-06-16"
    })
    expect(inLanguage("pl", () => wordIssue(late, { date: "Data zabiegu" }))).toBe(
      "Data zabiegu: nie może przypadać po wizycie po 3 miesiącach (16.06.2026)"
    )
  })

  it("words every step of the course before and after, in both languages", () => {
    for (const locale of ["en", "pl"] as const)
      for (const step of StudyCalendar.CourseStep.literals)
        for (const relation of ["notBefore", "notAfter"])
          expect(
            inLanguage(locale, () =>
              wordIssue(issue("dateOrder", { relation, otherRecord: step, otherDate: "2026-03-16" }))
            )
          ).toMatch(locale === "en" ? /16 Mar 2026\)$/ : /16\.03\.2026\)$/)
  })

  it("names another field of the form as the form labels it", () => {
    const reversed = issue(
      "dateOrder",
      { relation: "notBefore", otherField: "selection.treatedFrom", otherDate: "2026-03-01" },
      ["selection", "treatedTo"]
    )
    const labels = { "selection.treatedTo": "Treated to", "selection.treatedFrom": "Treated from" }
    expect(inLanguage("en", () => wordIssue(reversed, labels))).toBe(
      "Treated to: cannot be before “Treated from” (1 Mar 2026)"
    )
  })

  it("words the adverse event's rules with their parameters", () => {
    const labels = { resolutionDays: "Resolved (days after the procedure)" }
    const onset = issue("resolutionBeforeOnset", { onsetDays: 5 }, ["resolutionDays"])
    expect(inLanguage("en", () => wordIssue(onset, labels))).toBe(
      "Resolved (days after the procedure): cannot come before the onset (day 5 after the procedure)"
    )
    expect(inLanguage("pl", () => wordIssue(onset, { resolutionDays: "Ustąpienie (dni po zabiegu)" }))).toBe(
      "Ustąpienie (dni po zabiegu): nie może przypadać przed wystąpieniem (dzień 5 po zabiegu)"
    )
  })

  it("says what an administrator may not do to an account, by the act", () => {
    expect(inLanguage("pl", () => wordIssue(issue("ownAccount", { act: "deactivate" }, ["id"])))).toBe(
      "Nie można dezaktywować własnego konta"
    )
    expect(inLanguage("en", () => wordIssue(issue("deviceAccount", { act: "resetPassword" }, ["id"])))).toBe(
      "A device account signs in with its token only: it has no password"
    )
  })

  it("words a rule without a code of its own generally, in English too", () => {
    expect(inLanguage("en", () => wordIssue(issue("invalid"), { date: "Visit date" }))).toBe(
      "Visit date: check this value"
    )
    expect(inLanguage("pl", () => wordIssue(issue("invalid"), { date: "Data wizyty" }))).toBe(
      "Data wizyty: sprawdź tę wartość"
    )
  })

  it("starts a Polish choice with the label, which stays a nominative noun phrase", () => {
    const side = { label: "Strona leczona", options: { left: "lewa", right: "prawa", both: "obie strony" } }
    const related = issue("type", { expected: "yesNo" }, ["related"])
    const choice = issue("oneOf", { allowed: ["left", "right", "both"] }, ["side"])
    const labels = { side, related: "Związane z zabiegiem" }
    expect(inLanguage("pl", () => wordIssue(choice, labels))).toBe(
      "Strona leczona: wybierz jedną z możliwości: lewa, prawa lub obie strony"
    )
    expect(inLanguage("pl", () => wordIssue(related, labels))).toBe(
      "Związane z zabiegiem: odpowiedz tak lub nie"
    )
    expect(inLanguage("en", () => wordIssue(related, { related: "Related to the procedure" }))).toBe(
      "Answer related to the procedure: yes or no"
    )
  })

  it("words a day after today in a field written as days after the procedure as a day, not a date", () => {
    const onset = issue("dateInFuture", { today: "2026-12-07", unit: "days" }, ["onsetDays"])
    const labels = { onsetDays: "Początek (dni od zabiegu)" }
    expect(inLanguage("pl", () => wordIssue(onset, labels))).toBe(
      "Początek (dni od zabiegu): ten dzień jeszcze nie nadszedł (dziś jest 07.12.2026)"
    )
    expect(inLanguage("en", () => wordIssue(onset, { onsetDays: "Onset (days after the procedure)" }))).toBe(
      "Onset (days after the procedure): that day has not come yet (today is 7 Dec 2026)"
    )
    const visit = issue("dateInFuture", { today: "2026-12-07" })
    expect(inLanguage("pl", () => wordIssue(visit, { date: "Data wizyty" }))).toBe(
      "Data wizyty: data nie może być późniejsza niż dziś (07.12.2026)"
    )
  })
})

describe("the choices a refusal lists", () => {
  it("lists only the values the form's select offers, in its words", () => {
    const role = issue("required", { allowed: ["admin", "clinician", "device"] }, ["role"])
    const labels = { role: { label: "Role", options: { admin: "Administrator", clinician: "Physician" } } }
    expect(inLanguage("en", () => wordIssue(role, labels))).toBe("Choose role: administrator or physician")
    // without words for the choices, every allowed value is listed as the API gives it
    expect(inLanguage("en", () => wordIssue(role, { role: "Role" }))).toMatch(/admin, clinician or device$/)
  })

  it("lists the choices in the order the select offers them, not the schema's", () => {
    const role = issue("required", { allowed: ["admin", "coordinator", "clinician"] }, ["role"])
    const options = { coordinator: "Koordynator", clinician: "Lekarz", admin: "Administrator" }
    expect(inLanguage("pl", () => wordIssue(role, { role: { label: "Rola", options } }))).toBe(
      "Rola: wybierz jedną z możliwości: koordynator, lekarz lub administrator"
    )
  })
})

describe("the choices named inside a sentence", () => {
  // the options as the forms' selects label them (each with its capital in the list)
  const selects = () => ({
    timepoint: {
      label: "Time point",
      options: Object.fromEntries(timepointOptions().map((o) => [o.value, o.label]))
    },
    side: {
      label: "Side",
      options: Object.fromEntries(sideOptions(Model.TreatedSide.literals).map((o) => [o.value, o.label]))
    },
    level: { label: "Level", options: { L5: "L5", S1: "S1", S2: "S2", S3: "S3" } },
    motor: { label: "Motor response", options: { none: "Brak", response: "Wystąpiła" } }
  })
  const oneOf = (path: string, allowed: ReadonlyArray<string>) =>
    issue("oneOf", { allowed: [...allowed] }, [path])

  it("are in lower case in Polish, though the select lists them with a capital", () => {
    const pl = (path: string, allowed: ReadonlyArray<string>) =>
      inLanguage("pl", () => wordIssue(oneOf(path, allowed), selects()))
    expect(pl("timepoint", ["baseline", "month3", "month6"])).toBe(
      "Time point: wybierz jedną z możliwości: wizyta wyjściowa, 3 miesiące lub 6 miesięcy"
    )
    expect(pl("side", ["left", "right", "bilateral"])).toBe(
      "Side: wybierz jedną z możliwości: lewa, prawa lub obie strony"
    )
    expect(pl("motor", ["none", "response"])).toBe(
      "Motor response: wybierz jedną z możliwości: brak lub wystąpiła"
    )
  })

  it("are in lower case in English too: 'choose … baseline, 3 months or 6 months'", () => {
    const en = (path: string, allowed: ReadonlyArray<string>) =>
      inLanguage("en", () => wordIssue(oneOf(path, allowed), selects()))
    expect(en("timepoint", ["baseline", "month3", "month6"])).toBe(
      "Choose time point: baseline, 3 months or 6 months"
    )
    expect(en("side", ["left", "right", "bilateral"])).toBe("Choose side: left, right or both sides")
  })

  it("keep an abbreviation's or a level's capitals (L5, S1)", () => {
    expect(inLanguage("pl", () => wordIssue(oneOf("level", ["L5", "S1", "S2", "S3"]), selects()))).toBe(
      "Level: wybierz jedną z możliwości: L5, S1, S2 lub S3"
    )
  })
})

describe("wordProblem", () => {
  it("says that a correction changed nothing, in the user's language, not the tag's general sentence", () => {
    const unchanged = new ApiError(400, "InvalidRequest", api, [issue("unchanged", { record: "visit" }, [])])
    expect(inLanguage("en", () => wordProblem(unchanged))).toMatch(/^Nothing was changed: /)
    expect(inLanguage("pl", () => wordProblem(unchanged))).toMatch(/^Niczego nie zmieniono: /)
    // a field's issue leaves the form's sentence to the tag
    const field = new ApiError(400, "InvalidRequest", api, [issue("range", { min: 0, max: 10 }, ["nrs"])])
    expect(inLanguage("en", () => wordProblem(field))).toBe("Some fields need attention: nothing was saved.")
  })
})

describe("a value taken already", () => {
  it("is said beside its field, naming the value, in both languages", () => {
    const taken = (path: string, value: string, record: string) => issue("taken", { value, record }, [path])
    const pl = (i: Issue, labels = {}) => inLanguage("pl", () => wordIssue(i, labels))
    const en = (i: Issue, labels = {}) => inLanguage("en", () => wordIssue(i, labels))
    expect(pl(taken("id", "WAW-0001", "patient"), { id: "Identyfikator pacjenta" })).toBe(
      "Identyfikator pacjenta WAW-0001 jest już zajęty: wpisz inny"
    )
    expect(en(taken("id", "WAW-0001", "patient"), { id: "Patient ID" })).toBe(
      "Patient ID WAW-0001 is already taken: enter another"
    )
    expect(pl(taken("timepoint", "month3", "visit"))).toBe(
      "Wizyta po 3 miesiącach jest już zapisana u tego pacjenta: popraw zapisaną"
    )
    expect(en(taken("timepoint", "month3", "visit"))).toBe(
      "A 3-month visit is already recorded for this patient: correct it instead"
    )
    expect(pl(taken("username", "jan", "user"), { username: "Nazwa użytkownika" })).toBe(
      "Nazwa użytkownika „jan” jest już zajęta: wybierz inną"
    )
    expect(pl(taken("id", "waw", "center"), { id: "Kod" })).toBe("Kod „waw” jest już zajęty: wybierz inny")
  })

  it("makes the form's sentence say what is taken and what to do: a user name, a center code", () => {
    const refused = (path: string, record: string) =>
      new ApiError(409, "AlreadyRecorded", api, [issue("taken", { value: "waw", record }, [path])])
    expect(inLanguage("pl", () => wordProblem(refused("username", "user")))).toBe(
      "Ta nazwa użytkownika jest już zajęta: wybierz inną."
    )
    expect(inLanguage("pl", () => wordProblem(refused("id", "center")))).toBe(
      "Ten kod ośrodka jest już zajęty: wybierz inny."
    )
    expect(inLanguage("en", () => wordProblem(refused("username", "user")))).toBe(
      "This user name is already taken: choose another."
    )
    expect(inLanguage("en", () => wordProblem(refused("id", "center")))).toBe(
      "This center code is already taken: choose another."
    )
    // never the advice to correct the record kept
    expect(inLanguage("pl", () => wordProblem(refused("username", "user")))).not.toMatch(/popraw zapisany/)
  })
})

describe("an id with characters the registry does not take", () => {
  it("says the length and the characters allowed, from the domain's rule", () => {
    const refused = Either.flip(check(Schema.Struct({ id: Model.CenterId }), { id: "łódź" }))
    const issueOf = Either.getOrThrow(refused).id!
    expect(issueOf.code).toBe("pattern")
    expect(inLanguage("pl", () => wordIssue(issueOf, { id: "Kod" }))).toBe(
      "Kod: 1–64 znaków spośród: litery a–z bez polskich znaków (np. ł, ó), cyfry, znaki . _ : -; na początku litera lub cyfra"
    )
    expect(inLanguage("en", () => wordIssue(issueOf, { id: "Code" }))).toBe(
      "Code: 1–64 characters of: the letters a–z without accents (no ł, ó), digits, the marks . _ : -; starting with a letter or digit"
    )
  })
})

describe("a user name with characters the registry does not take", () => {
  it("says a user name's own rule (lower case, no space, no colon), not an id's", () => {
    const refused = Either.flip(check(Schema.Struct({ username: Username }), { username: "Anna Kowalska!" }))
    const issueOf = Either.getOrThrow(refused).username!
    expect(issueOf.code).toBe("pattern")
    expect(inLanguage("pl", () => wordIssue(issueOf, { username: "Nazwa użytkownika" }))).toBe(
      "Nazwa użytkownika: 3–64 znaków spośród: małe litery a–z bez polskich znaków (np. ł, ó), cyfry, znaki . _ -, bez spacji; na początku litera lub cyfra"
    )
    expect(inLanguage("en", () => wordIssue(issueOf, { username: "User name" }))).toBe(
      "User name: 3–64 characters of: the lower-case letters a–z without accents (no ł, ó), digits, the marks . _ -, no spaces; starting with a letter or digit"
    )
  })
})

describe("a birth year after this year", () => {
  it("names the field once and says the years allowed", () => {
    const future = issue("dateInFuture", { birthYear: 2030, min: 1900, max: 2026, integer: true }, [
      "birthYear"
    ])
    expect(inLanguage("pl", () => wordIssue(future, { birthYear: "Rok urodzenia" }))).toBe(
      "Rok urodzenia: liczba całkowita od 1900 do 2026"
    )
    expect(inLanguage("en", () => wordIssue(future, { birthYear: "Birth year" }))).toBe(
      "Birth year: a whole number from 1900 to 2026"
    )
  })
})

describe("the words of the visit and screening forms in Polish", () => {
  it("says 'sekcja' as the ODI form does, and refuses a male patient's pregnancy by name", () => {
    const odi = inLanguage("pl", () => wordIssue(issue("odi", {}, ["odiAnswers"]), { odiAnswers: "ODI" }))
    expect(odi).toBe("ODI: odpowiedz w co najmniej 9 z 10 sekcji")
    const male = issue("notForSex", { sex: "male", allowed: ["no"] }, ["exclusions", "pregnancy"])
    expect(inLanguage("pl", () => wordIssue(male, { "exclusions.pregnancy": "Ciąża" }))).toBe(
      "Ciąża: nie dotyczy mężczyzny; wybierz „nie”"
    )
  })
})
