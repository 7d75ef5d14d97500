import type { shell as en } from "../en/shell"

/** Ramy wspólne dla wszystkich stron (polski). */
export const shell: typeof en = {
  brand: "Krioneuroliza gałęzi bocznych nerwów krzyżowych — rejestr",
  skipLink: "Przejdź do treści",
  signOut: "Wyloguj",
  center: "ośrodek {{ center }}",
  language: "Język",
  loading: "Wczytywanie…",
  nav: {
    label: "Menu główne",
    cohort: "Kohorta",
    outcomes: "Wyniki",
    tables: "Tabele",
    subgroups: "Podgrupy",
    safety: "Bezpieczeństwo",
    patients: "Pacjenci",
    import: "Import danych"
  },
  roles: {
    admin: "Administrator",
    coordinator: "Koordynator badania",
    clinician: "Lekarz",
    statistician: "Statystyk (tylko odczyt, dane spseudonimizowane)",
    device: "Urządzenie"
  },
  notFound: { title: "Nie znaleziono strony", back: "Przejdź do przeglądu kohorty" },
  pageError: {
    notFound: "Nie znaleziono",
    notAllowed: "Brak uprawnień",
    unreachable: "Brak połączenia z rejestrem",
    notComputable: "Nie da się tego obliczyć z tych danych",
    refused: "Rejestr odrzucił żądanie",
    unexpected: "Coś poszło nie tak",
    tryAgain: "Spróbuj ponownie",
    backToPatients: "Wróć do listy pacjentów",
    noPatient: "W rejestrze nie ma pacjenta {{ id }} albo należy on do innego ośrodka.",
    notComputableText: "Za mało danych do tego obliczenia.",
    unexpectedText:
      "Nie udało się wyświetlić strony. Spróbuj ponownie; jeśli to się powtórzy, powiadom administratora rejestru."
  },
  session: {
    unreachable: "Brak połączenia z rejestrem: {{ reason }}",
    checking: "Sprawdzanie sesji…",
    notForRole: "Niedostępne dla Twojej roli",
    notForRoleBody:
      "Dane pojedynczych pacjentów są dostępne tylko dla ról klinicznych; statystyk pracuje na stronach analizy i na danych spseudonimizowanych."
  },
  demo: {
    label: "Dane demonstracyjne",
    strong: "Dane demonstracyjne.",
    body: "Rejestr zawiera syntetyczną kohortę badania (skalibrowaną do tabel 1–10 publikacji), a nie prawdziwych pacjentów."
  },
  server: {
    title: "Serwer",
    unavailable: "Rejestr jest niedostępny: {{ reason }}",
    tryAgain: "Spróbuj ponownie",
    status: "Stan",
    online: "działa",
    databaseDown: "baza danych niedostępna",
    version: "Wersja",
    database: "Baza danych",
    sqlite: "SQLite (plik lokalny)",
    postgresql: "PostgreSQL",
    uptime: "Czas działania",
    seconds: "{{ n }} s",
    minutes: "{{ n }} min",
    hours: "{{ h }} godz. {{ m }} min",
    contacting: "Łączenie z rejestrem…"
  },
  login: {
    title: "Logowanie do cryoreg",
    subtitle: "Rejestr krioneurolizy gałęzi bocznych nerwów krzyżowych.",
    username: "Nazwa użytkownika",
    password: "Hasło",
    submit: "Zaloguj",
    busy: "Logowanie…"
  }
}
