import type { admin as en } from "../en/admin"

/** Ekrany administratora (użytkownicy, ośrodki, dziennik zdarzeń) i zmiana hasła przez każdego użytkownika. */
export const admin: typeof en = {
  nav: { users: "Użytkownicy", centers: "Ośrodki", audit: "Dziennik zdarzeń" },
  common: { none: "—", cancel: "Anuluj", saving: "Zapisywanie…" },
  users: {
    title: "Użytkownicy",
    intro: "Konta w rejestrze: załóż nowe, dezaktywuj konta osób, które odchodzą, zresetuj zapomniane hasło.",
    staff: "Konta personelu",
    devices: "Urządzenia w użyciu",
    devicesIntro:
      "Sonda otrzymuje własne konto na czas jednego zabiegu; konto wygasa, gdy zabieg zostanie zakończony lub przerwany.",
    noDevices: "Żadne urządzenie nie uczestniczy teraz w zabiegu.",
    username: "Nazwa użytkownika",
    displayName: "Imię i nazwisko",
    role: "Rola",
    center: "Ośrodek",
    status: "Stan",
    actions: "Działania",
    active: "aktywne",
    deactivated: "dezaktywowane",
    mustChange: "musi zmienić hasło",
    allCenters: "wszystkie ośrodki",
    deactivate: "Dezaktywuj",
    reactivate: "Przywróć",
    reset: "Resetuj hasło",
    revoke: "Zakończ sesje",
    actionsFor: "{{ action }}: {{ user }}",
    confirmDeactivate:
      "Dezaktywować konto użytkownika {{ user }}? Jego sesje zostaną zakończone i nie będzie można się na nie zalogować, dopóki konto nie zostanie przywrócone.",
    confirmReset:
      "Zresetować hasło użytkownika {{ user }}? Jego sesje zostaną zakończone; przy następnym logowaniu trzeba będzie ustalić nowe hasło.",
    deactivatedDone: "Konto użytkownika {{ user }} zostało dezaktywowane, a jego sesje zakończone.",
    reactivatedDone: "Konto użytkownika {{ user }} zostało przywrócone: można się na nie znów logować.",
    revokedDone: "Wszystkie sesje użytkownika {{ user }} zostały zakończone.",
    resetDone: "Hasło jednorazowe użytkownika {{ user }}",
    resetNote:
      "Wyświetlane tylko ten jeden raz: przekaż je osobiście użytkownikowi {{ user }}. Po zalogowaniu się tym hasłem trzeba będzie ustalić własne.",
    dismiss: "Gotowe",
    create: {
      title: "Nowe konto",
      open: "Nowe konto",
      submit: "Utwórz konto",
      password: "Hasło początkowe",
      passwordHint: "Co najmniej 12 znaków, trudne do odgadnięcia i inne niż nazwa użytkownika.",
      centerHint: "Koordynatorzy i lekarze pracują w jednym ośrodku.",
      choose: "Wybierz…",
      created: "Konto {{ user }} zostało utworzone."
    }
  },
  centers: {
    title: "Ośrodki",
    intro:
      "Ośrodki uczestniczące w badaniu. Kod rozpoczyna identyfikatory pacjentów ośrodka i nie może się zmienić.",
    code: "Kod",
    name: "Nazwa",
    city: "Miejscowość",
    actions: "Działania",
    rename: "Zmień nazwę",
    renameTitle: "Zmiana nazwy: {{ center }}",
    save: "Zapisz",
    add: "Dodaj ośrodek",
    codeHint:
      "Litery i cyfry, np. krk (zapisywany małymi literami); od niego zaczynają się identyfikatory pacjentów ośrodka (KRK-).",
    added: "Ośrodek {{ center }} został dodany.",
    renamed: "Ośrodek nazywa się teraz {{ center }}."
  },
  audit: {
    title: "Dziennik zdarzeń",
    intro:
      "Każdy zapis i każde logowanie: kto i kiedy. Zawęź wyniki filtrami, a potem przeglądaj strony lub pobierz plik.",
    filters: "Filtry",
    user: "Nazwa użytkownika",
    patient: "Identyfikator pacjenta",
    action: "Czynność",
    anyAction: "Każda czynność",
    from: "Od",
    to: "Do",
    apply: "Filtruj",
    clear: "Wyczyść",
    download: "Pobierz jako CSV",
    when: "Kiedy",
    who: "Kto",
    what: "Czynność",
    record: "Wpis",
    outcome: "Wynik",
    ok: "wykonano",
    outcomes: {
      throttled: "odrzucono: zbyt wiele prób",
      wrongPassword: "odrzucono: nieznana nazwa użytkownika lub błędne hasło",
      wrongCurrentPassword: "odrzucono: błędne obecne hasło",
      refused: "odrzucono: {{ reason }}",
      refusedOther: "odrzucono ({{ error }})"
    },
    reversed:
      "„{{ fromLabel }}” ({{ from }}) to dzień po „{{ toLabel }}” ({{ to }}): wybierz dzień „{{ fromLabel }}” nie późniejszy niż dzień „{{ toLabel }}”.",
    empty: "Żaden wpis nie spełnia tych warunków.",
    previous: "Poprzednia strona",
    next: "Następna strona",
    page: "Strona {{ n }}",
    pages: "Strony dziennika zdarzeń",
    caption: "Dziennik zdarzeń",
    entities: {
      user: "konto",
      center: "ośrodek",
      patient: "pacjent",
      screening: "kwalifikacja",
      diagnosticBlock: "blokada diagnostyczna",
      procedure: "zabieg",
      visit: "wizyta kontrolna",
      adverseEvent: "zdarzenie niepożądane",
      liveProcedure: "zabieg na żywo",
      analysisSet: "zestaw analityczny",
      export: "eksport",
      request: "żądanie"
    },
    actions: {
      create: "utworzenie",
      correct: "korekta",
      withdraw: "wycofanie z badania",
      retract: "unieważnienie wpisu",
      event: "etap zabiegu",
      login: "logowanie",
      logout: "wylogowanie",
      revoke: "zakończenie sesji",
      abort: "przerwanie",
      password: "zmiana hasła",
      unlock: "odblokowanie logowania",
      export: "eksport",
      refuse: "odmowa",
      delete: "usunięcie",
      deactivate: "dezaktywacja",
      reactivate: "przywrócenie konta",
      reset: "reset hasła"
    }
  },
  password: {
    title: "Zmiana hasła",
    forced:
      "Twoje hasło zostało nadane (przy pierwszym uruchomieniu rejestru lub przez administratora). Zanim przejdziesz dalej, ustal własne.",
    current: "Obecne hasło",
    currentMissing: "Wpisz obecne hasło.",
    currentWrong: "Obecne hasło jest błędne: wpisz hasło, którego używasz teraz.",
    next: "Nowe hasło",
    nextMissing: "Wpisz nowe hasło.",
    repeat: "Powtórz nowe hasło",
    hint: "Co najmniej 12 znaków, trudne do odgadnięcia i inne niż nazwa użytkownika.",
    mismatch: "Nowe hasła się różnią: wpisz dwa razy to samo.",
    submit: "Zmień hasło",
    done: "Hasło zostało zmienione.",
    link: "Zmień hasło",
    weak: {
      tooShort: "Wybierz dłuższe hasło: potrzeba co najmniej 12 znaków.",
      blank: "Wybierz hasło, które nie składa się z samych spacji.",
      userName: "Hasło musi być czymś więcej niż nazwa użytkownika: bez niej potrzeba co najmniej 12 znaków.",
      easyToGuess:
        "Wybierz hasło trudniejsze do odgadnięcia: popularne hasło, pojedyncze słowo, data czy rząd klawiszy są szybko odgadywane."
    }
  }
}
