import { clinicalRoles } from "@cryoreg/contract"
import { createAsync, Navigate, Route, Router, type RouteSectionProps } from "@solidjs/router"
import { ErrorBoundary, type JSX, lazy, Suspense } from "solid-js"
import { getCohort } from "./api/queries"
import { Layout } from "./components/layout"
import { PageError } from "./components/page-error"
import { RequireRole, RequireSession } from "./components/require-session"
import { t } from "./i18n"
import LoginPage from "./pages/login-page"
import { SessionProvider, type SessionSource } from "./session/session"

const CohortPage = lazy(() => import("./pages/cohort-page"))
const OutcomesPage = lazy(() => import("./pages/outcomes-page"))
const TablesPage = lazy(() => import("./pages/tables-page"))
const SubgroupsPage = lazy(() => import("./pages/subgroups-page"))
const SafetyPage = lazy(() => import("./pages/safety-page"))
const PatientsPage = lazy(() => import("./pages/patients-page"))
const PatientPage = lazy(() => import("./pages/patient-page"))
const LiveProcedurePage = lazy(() => import("./pages/live-procedure-page"))

function SignedIn(props: RouteSectionProps): JSX.Element {
  const demo = createAsync(() =>
    getCohort().then(
      (c) => c.demo,
      () => undefined
    )
  )
  return (
    <Layout demo={demo()}>
      <ErrorBoundary fallback={(error, reset) => <PageError error={error} reset={reset} />}>
        <Suspense fallback={<p class="loading">{t("shell.loading")}</p>}>{props.children}</Suspense>
      </ErrorBoundary>
    </Layout>
  )
}

function Protected(props: RouteSectionProps): JSX.Element {
  return (
    <RequireSession>
      <SignedIn {...props} />
    </RequireSession>
  )
}

function Clinical(props: RouteSectionProps): JSX.Element {
  return <RequireRole roles={clinicalRoles}>{props.children}</RequireRole>
}

function NotFound(): JSX.Element {
  return (
    <section>
      <h1>{t("shell.notFound.title")}</h1>
      <p>
        <a href="/cohort">{t("shell.notFound.back")}</a>
      </p>
    </section>
  )
}

/** The dashboard: the login page and the signed-in pages, each loaded when first visited. */
export function App(props: { readonly session?: SessionSource | undefined }): JSX.Element {
  return (
    <SessionProvider source={props.session}>
      <Router root={(p) => <Suspense>{p.children}</Suspense>}>
        <Route path="/login" component={LoginPage} />
        <Route path="/" component={Protected}>
          <Route path="/" component={() => <Navigate href="/cohort" />} />
          <Route path="/cohort" component={CohortPage} />
          <Route path="/outcomes" component={OutcomesPage} />
          <Route path="/tables" component={TablesPage} />
          <Route path="/subgroups" component={SubgroupsPage} />
          <Route path="/safety" component={SafetyPage} />
          <Route path="/patients" component={Clinical}>
            <Route path="/" component={PatientsPage} />
            <Route path="/:id" component={PatientPage} />
          </Route>
          <Route path="/procedures/:id/live" component={Clinical}>
            <Route path="/" component={LiveProcedurePage} />
          </Route>
          <Route path="*404" component={NotFound} />
        </Route>
      </Router>
    </SessionProvider>
  )
}
