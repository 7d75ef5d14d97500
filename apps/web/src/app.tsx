import { Access } from "@cryoreg/contract"
import {
  createAsync,
  Navigate,
  Route,
  type RoutePreloadFunc,
  Router,
  type RouteSectionProps,
  useLocation
} from "@solidjs/router"
import { ErrorBoundary, type JSX, lazy, Show, Suspense } from "solid-js"
import {
  preloadAudit,
  preloadCohort,
  preloadOutcomes,
  preloadPatient,
  preloadPatients,
  preloadSafety,
  preloadSubgroups,
  preloadTables,
  preloadUsers
} from "./api/preload"
import { getCohort } from "./api/queries"
import { Layout } from "./components/layout"
import { PageError } from "./components/page-error"
import { RequireRole, RequireSession } from "./components/require-session"
import { t } from "./i18n"
import LoginPage from "./pages/login-page"
import { mayRead, whenReadable } from "./session/readable"
import { SessionProvider, type SessionSource, useSession } from "./session/session"

// An analysis page's preload (the page the sign-in leads to) asks for its data once the session is known and
// may read them: not while a password change is owed.
const readable =
  (preload: RoutePreloadFunc): RoutePreloadFunc =>
  (args) => {
    whenReadable(() => preload(args))
  }

const CohortPage = lazy(() => import("./pages/cohort-page"))
const OutcomesPage = lazy(() => import("./pages/outcomes-page"))
const TablesPage = lazy(() => import("./pages/tables-page"))
const SubgroupsPage = lazy(() => import("./pages/subgroups-page"))
const SafetyPage = lazy(() => import("./pages/safety-page"))
const PatientsPage = lazy(() => import("./pages/patients-page"))
const PatientPage = lazy(() => import("./pages/patient-page"))
const LiveProcedurePage = lazy(() => import("./pages/live-procedure-page"))
const ImportPage = lazy(() => import("./pages/import-page"))
const AccountPasswordPage = lazy(() => import("./pages/account-password-page"))
const AdminUsersPage = lazy(() => import("./pages/admin-users-page"))
const AdminCentersPage = lazy(() => import("./pages/admin-centers-page"))
const AdminAuditPage = lazy(() => import("./pages/admin-audit-page"))

/** The password change page: where a user whose password was set for them must go first. */
const passwordPage = "/account/password"

function SignedIn(props: RouteSectionProps): JSX.Element {
  const session = useSession()
  // the live registry's cohort, the query the cohort page reads too (not before a password change owed)
  const demo = createAsync(() =>
    mayRead(session.user())
      ? getCohort(undefined).then(
          (c) => c.demo,
          () => undefined
        )
      : Promise.resolve(undefined)
  )
  return (
    <Layout demo={demo()}>
      <ErrorBoundary fallback={(error, reset) => <PageError error={error} reset={reset} />}>
        <Suspense fallback={<p class="loading">{t("shell.loading")}</p>}>{props.children}</Suspense>
      </ErrorBoundary>
    </Layout>
  )
}

// A password the server chose (first start, an administrator's reset) is changed before any other page.
function PasswordFirst(props: { readonly children: JSX.Element }): JSX.Element {
  const session = useSession()
  const location = useLocation()
  return (
    <Show
      when={session.user()?.mustChangePassword === true && location.pathname !== passwordPage}
      fallback={props.children}
    >
      <Navigate href={passwordPage} />
    </Show>
  )
}

function Protected(props: RouteSectionProps): JSX.Element {
  return (
    <RequireSession>
      <PasswordFirst>
        <SignedIn {...props} />
      </PasswordFirst>
    </RequireSession>
  )
}

function Admin(props: RouteSectionProps): JSX.Element {
  return <RequireRole roles={Access.adminRoles}>{props.children}</RequireRole>
}

function Clinical(props: RouteSectionProps): JSX.Element {
  return <RequireRole roles={Access.clinicalRoles}>{props.children}</RequireRole>
}

function Importer(props: RouteSectionProps): JSX.Element {
  return <RequireRole roles={Access.importRoles}>{props.children}</RequireRole>
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
          <Route path="/cohort" component={CohortPage} preload={readable(preloadCohort)} />
          <Route path="/outcomes" component={OutcomesPage} preload={readable(preloadOutcomes)} />
          <Route path="/tables" component={TablesPage} preload={readable(preloadTables)} />
          <Route path="/subgroups" component={SubgroupsPage} preload={readable(preloadSubgroups)} />
          <Route path="/safety" component={SafetyPage} preload={readable(preloadSafety)} />
          <Route path="/patients" component={Clinical}>
            <Route path="/" component={PatientsPage} preload={preloadPatients} />
            <Route path="/:id" component={PatientPage} preload={preloadPatient} />
          </Route>
          <Route path="/procedures/:id/live" component={Clinical}>
            <Route path="/" component={LiveProcedurePage} />
          </Route>
          <Route path="/import" component={Importer}>
            <Route path="/" component={ImportPage} />
          </Route>
          <Route path={passwordPage} component={AccountPasswordPage} />
          <Route path="/admin" component={Admin}>
            <Route path="/users" component={AdminUsersPage} preload={preloadUsers} />
            <Route path="/centers" component={AdminCentersPage} />
            <Route path="/audit" component={AdminAuditPage} preload={preloadAudit} />
          </Route>
          <Route path="*404" component={NotFound} />
        </Route>
      </Router>
    </SessionProvider>
  )
}
