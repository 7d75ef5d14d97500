/** The frame every page shares: header, navigation, sign-in, page errors (English). */
export const shell = {
  brand: "Cryoneurolysis of the sacral lateral branches — registry",
  skipLink: "Skip to content",
  signOut: "Sign out",
  center: "center {{ center }}",
  language: "Language",
  loading: "Loading…",
  nav: {
    label: "Main",
    cohort: "Cohort",
    outcomes: "Outcomes",
    tables: "Tables",
    subgroups: "Subgroups",
    safety: "Safety",
    patients: "Patients",
    import: "Import"
  },
  roles: {
    admin: "Administrator",
    coordinator: "Study coordinator",
    clinician: "Clinician",
    statistician: "Statistician (read-only, pseudonymized)",
    device: "Device"
  },
  notFound: { title: "Page not found", back: "Go to the cohort overview" },
  pageError: {
    notFound: "Not found",
    notAllowed: "Not allowed",
    unreachable: "The API cannot be reached",
    notComputable: "Not computable from these records",
    refused: "The registry refused the request",
    unexpected: "Something went wrong",
    tryAgain: "Try again",
    backToPatients: "Back to the list of patients",
    noPatient: "There is no patient {{ id }} in the registry, or the patient belongs to another center.",
    notComputableText: "Too few records for this computation.",
    unexpectedText:
      "The page could not be shown. Try again; if it happens again, tell the registry's administrator."
  },
  session: {
    unreachable: "The registry cannot be reached: {{ reason }}",
    checking: "Checking your session…",
    notForRole: "Not available for your role",
    notForRoleBody:
      "Patient-level records are open to the clinical roles only; the statistician works with the analysis pages and the pseudonymized exports."
  },
  demo: {
    label: "Demo data",
    strong: "Demo data.",
    body: "The registry holds the synthetic study cohort (calibrated to the paper's Tables 1–10), not real patients."
  },
  server: {
    title: "Server",
    unavailable: "The registry is unavailable: {{ reason }}",
    tryAgain: "Try again",
    status: "Status",
    online: "online",
    databaseDown: "database unreachable",
    version: "Version",
    database: "Database",
    sqlite: "SQLite (embedded file)",
    postgresql: "PostgreSQL",
    uptime: "Uptime",
    seconds: "{{ n }} s",
    minutes: "{{ n }} min",
    hours: "{{ h }} h {{ m }} min",
    contacting: "Contacting the registry…"
  },
  login: {
    title: "Sign in to cryoreg",
    subtitle: "Registry for cryoneurolysis of the sacral lateral branches.",
    username: "User name",
    password: "Password",
    submit: "Sign in",
    busy: "Signing in…"
  }
}
