import type { Dictionary } from "../en"

/** Komunikaty o odrzuconych wartościach i żądaniach (po polsku): jeden na kod problemu API i na błąd API. */
export const errors: Dictionary["errors"] = {
  thisField: "to pole",
  or: "lub",
  yes: "tak",
  no: "nie",
  formNeedsAttention: "Popraw zaznaczone pola: nic nie zapisano.",
  issue: {
    required: "Uzupełnij pole „{{ field }}”",
    requiredUnnamed: "Uzupełnij to pole",
    // the choices listed after a colon keep their own (nominative) form: "wybierz lewa" would not be Polish
    requiredChoice: "{{ field }}: wybierz jedną z możliwości: {{ allowed }}",
    oneOf: "{{ field }}: wybierz jedną z możliwości: {{ allowed }}",
    range: "{{ field }}: liczba od {{ min }} do {{ max }}",
    rangeWhole: "{{ field }}: liczba całkowita od {{ min }} do {{ max }}",
    atLeast: "{{ field }}: {{ min }} lub więcej",
    moreThan: "{{ field }}: więcej niż {{ min }}",
    atMost: "{{ field }}: najwyżej {{ max }}",
    whole: "{{ field }}: liczba całkowita",
    type: "{{ field }}: wpisz liczbę",
    typeText: "{{ field }}: wpisz tekst",
    typeYesNo: "{{ field }}: odpowiedz tak lub nie",
    idPattern:
      "{{ field }}: 1–{{ max }} znaków spośród: litery a–z bez polskich znaków (np. ł, ó), cyfry, znaki {{ marks }}; na początku litera lub cyfra",
    usernamePattern:
      "{{ field }}: {{ min }}–{{ max }} znaków spośród: małe litery a–z bez polskich znaków (np. ł, ó), cyfry, znaki {{ marks }}, bez spacji; na początku litera lub cyfra",
    pattern: "{{ field }}: użyj liter, cyfr, kropek, łączników lub dwukropków; na początku litera lub cyfra",
    date: "{{ field }}: wpisz datę, która istnieje w kalendarzu",
    tooLong: "{{ field }}: najwyżej {{ max }} znaków",
    tooShort: "{{ field }}: co najmniej {{ min }} znaków",
    unexpected: "{{ field }}: tego pola nie ma w formularzu",
    invalid: "{{ field }}: sprawdź tę wartość",
    dateOrder: "{{ field }}: daty są w złej kolejności ({{ earlierDate }} musi być przed {{ laterDate }})",
    notBefore: "{{ field }}: nie może przypadać przed {{ other }} ({{ otherDate }})",
    notAfter: "{{ field }}: nie może przypadać po {{ other }} ({{ otherDate }})",
    dateInFuture: "{{ field }}: data nie może być późniejsza niż dziś ({{ today }})",
    dayInFuture: "{{ field }}: ten dzień jeszcze nie nadszedł (dziś jest {{ today }})",
    birthYearInFuture: "{{ field }}: nie może być późniejszy niż bieżący rok",
    side: "{{ field }}: strona leczona u pacjenta to {{ treatedSide }}; wybierz ją",
    analgesic:
      "{{ field }}: nieznany lek „{{ drug }}”; wpisz nazwę międzynarodową (np. ibuprofen) lub kod ATC",
    analgesicContradiction: "{{ field }}: {{ drug }} należy do tej grupy; zaznacz ją albo usuń lek",
    freezeProtocol: "{{ field }}: protokół mrożenia nie pozwala na ten krok",
    odi: "{{ field }}: odpowiedz w co najmniej 9 z 10 sekcji",
    blockPain: "{{ field }}: ból przed blokadą musi wynosić co najmniej 1",
    patientIdPrefix: "{{ field }}: zacznij od {{ prefix }}",
    password: "{{ field }}: wybierz dłuższe hasło, trudniejsze do odgadnięcia",
    underage: "{{ field }}: w roku kwalifikacji pacjent musi mieć co najmniej {{ minAge }} lat",
    unknown: "{{ field }}: rejestr nie zna wartości {{ value }}",
    answerCount: "{{ field }}: odpowiedz we wszystkich sekcjach ({{ count }})",
    ownAccountDeactivate: "Nie można dezaktywować własnego konta",
    ownAccountResetPassword: "Nie można tu zresetować własnego hasła: użyj „Zmień hasło”",
    deviceAccountReactivate: "Konto urządzenia kończy się wraz z zabiegiem i nie można go ponownie aktywować",
    deviceAccountResetPassword: "Konto urządzenia loguje się wyłącznie tokenem: nie ma hasła",
    noMatch: "{{ field }}: żaden widoczny dla Ciebie leczony pacjent nie spełnia kryteriów; rozszerz wybór",
    notForSex: "{{ field }}: nie dotyczy mężczyzny; wybierz „nie”",
    taken: {
      patient: "{{ field }} {{ value }} jest już zajęty: wpisz inny",
      user: "{{ field }} „{{ value }}” jest już zajęta: wybierz inną",
      center: "{{ field }} „{{ value }}” jest już zajęty: wybierz inny",
      other: "{{ field }}: wartość {{ value }} jest już zapisana"
    },
    takenVisit: {
      baseline: "Wizyta wyjściowa jest już zapisana u tego pacjenta: popraw zapisaną",
      month3: "Wizyta po 3 miesiącach jest już zapisana u tego pacjenta: popraw zapisaną",
      month6: "Wizyta po 6 miesiącach jest już zapisana u tego pacjenta: popraw zapisaną"
    },
    illFormedText: "{{ field }}: tekst zawiera znak, którego nie można zapisać; wpisz go ponownie",
    otherNeedsDescription: "{{ field }}: opisz zdarzenie (jego rodzaj to „inne”)",
    resolutionBeforeOnset:
      "{{ field }}: nie może przypadać przed wystąpieniem (dzień {{ onsetDays }} po zabiegu)",
    unchanged:
      "Niczego nie zmieniono: wszystkie wartości są takie same jak w rejestrze, więc poprawka nie została zapisana. Zmień wartość, którą poprawiasz, albo anuluj.",
    recordedByProbe:
      "{{ field }}: lezje zabiegu prowadzonego na żywo pochodzą z zapisu sondy i nie można ich poprawić"
  },
  // a value taken already (AlreadyRecorded), said by what it is, for the form's sentence
  taken: {
    user: "Ta nazwa użytkownika jest już zajęta: wybierz inną.",
    center: "Ten kod ośrodka jest już zajęty: wybierz inny."
  },
  quoted: "„{{ label }}”",
  dateInput: {
    placeholder: "dd.mm.rrrr",
    format: "{{ field }}: wpisz datę jako dzień.miesiąc.rok, np. 07.12.2026",
    calendar: "{{ field }}: dnia {{ text }} nie ma w kalendarzu"
  },
  courseStep: {
    // po „przed”: narzędnik
    notBefore: {
      screening: "kwalifikacją",
      diagnosticBlock: "blokadą diagnostyczną",
      comparativeBlock: "blokadą porównawczą",
      procedure: "zabiegiem",
      baselineVisit: "wizytą wyjściową",
      month3Visit: "wizytą po 3 miesiącach",
      month6Visit: "wizytą po 6 miesiącach",
      adverseEventOnset: "wystąpieniem zdarzenia niepożądanego",
      adverseEventResolution: "ustąpieniem zdarzenia niepożądanego"
    },
    // po „po”: miejscownik
    notAfter: {
      screening: "kwalifikacji",
      diagnosticBlock: "blokadzie diagnostycznej",
      comparativeBlock: "blokadzie porównawczej",
      procedure: "zabiegu",
      baselineVisit: "wizycie wyjściowej",
      month3Visit: "wizycie po 3 miesiącach",
      month6Visit: "wizycie po 6 miesiącach",
      adverseEventOnset: "wystąpieniu zdarzenia niepożądanego",
      adverseEventResolution: "ustąpieniu zdarzenia niepożądanego"
    }
  },
  // brakujący wcześniejszy krok (StepOutOfOrder), nazwany
  stepMissing: {
    screening: "Najpierw wprowadź kwalifikację pacjenta: nic nie zapisano.",
    eligibility:
      "Zabieg wymaga pacjenta zakwalifikowanego do badania (kwalifikacja i dodatnia blokada diagnostyczna): nic nie zapisano.",
    procedure: "Najpierw wprowadź zabieg: ta wizyta następuje po nim. Nic nie zapisano."
  },
  problem: {
    InvalidRequest: "Niektóre pola wymagają poprawy: nic nie zapisano.",
    RuleViolation: "Zasady badania na to nie pozwalają: nic nie zapisano.",
    NotFound: "Ten wpis nie istnieje albo należy do innego ośrodka.",
    NoSuchRoute: "Ta wersja rejestru tego nie potrafi.",
    AlreadyRecorded: "Ten wpis już istnieje: popraw zapisany.",
    ProcedureExists: "Pacjent ma już zabieg: popraw zapisany.",
    ProcedureNotOpen: "Zabieg się zakończył: nie można go już zmienić.",
    PatientWithdrawn: "Pacjent został wycofany z badania: dane są tylko do odczytu.",
    StepOutOfOrder:
      "Brakuje wcześniejszego kroku (kwalifikacja, dodatnia blokada, zabieg): nic nie zapisano.",
    RecordChanged:
      "W międzyczasie ktoś zmienił ten wpis: formularz pokazuje teraz jego wartości; sprawdź je i zapisz ponownie.",
    Unauthorized: "Sesja wygasła: zaloguj się ponownie.",
    InvalidCredentials: "Błędna nazwa użytkownika lub hasło.",
    Forbidden: "Twoja rola nie pozwala na to działanie.",
    PasswordChangeRequired: "Najpierw zmień hasło: zostało ustawione przez administratora.",
    TooManyRequests: "Zbyt wiele prób: odczekaj chwilę i spróbuj ponownie.",
    Unreachable: "Brak połączenia z rejestrem: sprawdź połączenie i spróbuj ponownie.",
    other: "Rejestr odrzucił żądanie: nic nie zapisano."
  }
}
