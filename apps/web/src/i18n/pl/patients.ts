import type { patients as en } from "../en/patients"
import { pluralOf } from "../format"

/** "lezja", "lezje" or "lezji" after a count. */
const lesions = (n: number) => (n === 1 ? "lezja" : pluralOf(n, "pl") === "few" ? "lezje" : "lezji")

/** Lista pacjentów, strona pacjenta i jej formularze (polski). */
export const patients: typeof en = {
  list: {
    title: "Pacjenci",
    search: "Szukaj po identyfikatorze pacjenta",
    status: "Status",
    all: "Wszystkie",
    center: "Ośrodek",
    allCenters: "Wszystkie ośrodki",
    register: "Zarejestruj pacjenta",
    closeForm: "Zamknij formularz",
    // masculine-personal nouns take the genitive plural after every number but 1: "2 pacjentów", "5 pacjentów"
    count: (p: { n: number }) => `${p.n} ${pluralOf(p.n, "pl") === "one" ? "pacjent" : "pacjentów"}`,
    caption: "Pacjenci",
    captionMatching: "Pacjenci pasujący do „{{ q }}”",
    patient: "Pacjent",
    sex: "Płeć",
    born: "Rok urodzenia",
    side: "Strona",
    withdrawn: "wycofany",
    none: "Żaden pacjent nie pasuje.",
    pages: "Strony listy pacjentów",
    previous: "Poprzednia strona",
    next: "Następna strona",
    page: "Strona {{ page }}",
    pageOf: "Strona {{ page }} z {{ pages }}"
  },
  page: {
    noSuchId: "Nie ma pacjenta o takim identyfikatorze",
    title: "Pacjent {{ id }}",
    summary: "{{ sex }}, rok urodzenia {{ year }}, ośrodek {{ center }}, strona leczona: {{ side }}",
    correctPatient: "Popraw dane pacjenta",
    withdrawn: "Wycofany {{ date }}: {{ reason }}",
    screening: "1. Kwalifikacja",
    recordScreening: "Wprowadź kwalifikację",
    noScreening: "Kwalifikacji jeszcze nie zapisano.",
    screened:
      "Kwalifikacja {{ date }}: ból od {{ months }} mies., NRS {{ nrs }}, nieskuteczne leczenie zachowawcze przez {{ care }} mies., MRI {{ mri }}.",
    mriDone: "wykonane",
    mriNotDone: "niewykonane",
    correctScreening: "Popraw kwalifikację",
    blocks: "2. Blokada diagnostyczna stawu krzyżowo-biodrowego",
    recordBlock: "Wprowadź blokadę",
    procedure: "3. Zabieg kriolezji",
    enterProcedure: "Wprowadź zabieg",
    noProcedure: "Zabiegu jeszcze nie wykonano.",
    correctProcedure: "Popraw zabieg",
    visits: "4. Wizyty kontrolne",
    recordVisit: "Wprowadź wizytę",
    adverseEvents: "Zdarzenia niepożądane",
    reportAdverseEvent: "Zgłoś zdarzenie niepożądane"
  },
  newPatient: {
    title: "Rejestracja pacjenta",
    pseudonym: "Tylko pseudonimowy identyfikator (np. WAW-0042): nigdy imię i nazwisko ani PESEL.",
    nextId: "Następny wolny identyfikator ośrodka to {{ id }}; można go zmienić.",
    submit: "Zarejestruj pacjenta"
  },
  verdict: {
    eligible: "Kwalifikuje się: wszystkie kryteria spełnione",
    ineligible: "Nie kwalifikuje się",
    incomplete: "Niepełna: brakuje niektórych odpowiedzi",
    incompleteMissing: "Niepełna: nie wiadomo jeszcze — {{ missing }}",
    awaitingBlock: "Niepełna: czeka na blokadę diagnostyczną (wykonywaną po kwalifikacji)",
    inclusion: "Kryteria włączenia",
    exclusion: "Kryteria wyłączenia",
    inclusionState: { met: "spełnione", unmet: "niespełnione", unknown: "nie wiadomo" },
    exclusionState: { met: "nie występuje", unmet: "występuje — wyklucza", unknown: "nie wiadomo" }
  },
  screening: {
    record: "Wprowadź kwalifikację",
    correct: "Popraw kwalifikację",
    noneApplies: "Żadne z kryteriów wyłączenia nie występuje",
    noneAppliesHint: "Ustawia każdą odpowiedź poniżej na „nie”; każdą można jeszcze zmienić.",
    save: "Zapisz kwalifikację"
  },
  visit: {
    record: "Wprowadź wizytę",
    correct: "Popraw wizytę",
    dateHint: "Dni od zabiegu liczone są od tej daty.",
    save: "Zapisz wizytę"
  },
  visits: {
    none: "Nie zapisano jeszcze żadnej wizyty.",
    caption: "Wizyty",
    date: "Data",
    days: "Dni",
    daysAfter: "od zabiegu",
    vas: "VAS (mm)",
    actions: "Popraw lub wycofaj",
    outOfWindow: "poza oknem",
    notScored: "nie obliczono",
    odi: "{{ percent }} % ({{ band }})",
    named: {
      baseline: "wizytę wyjściową",
      month3: "wizytę po 3 miesiącach",
      month6: "wizytę po 6 miesiącach"
    }
  },
  retract: {
    button: "Wycofaj (wprowadzone omyłkowo)",
    title: "Wycofaj {{ what }}",
    explain:
      "Tylko dla zapisu wprowadzonego omyłkowo: znika z dokumentacji pacjenta i z analizy, a zostaje w historii zmian wraz z powodem.",
    reason: "Powód wycofania",
    submit: "Wycofaj"
  },
  odi: {
    title: "Wskaźnik niepełnosprawności Oswestry (ODI v2.1a)",
    hint: "Każda sekcja od 0 (bez trudności) do 5 (największe trudności); najwyżej jedna może pozostać bez odpowiedzi.",
    unanswered: "brak odpowiedzi",
    score: "Wynik ODI:",
    tooManyMissing:
      "Jeszcze nie obliczono: sekcje {{ sections }} są bez odpowiedzi; brakować może najwyżej jednej.",
    notScored: "Jeszcze nie obliczono: każda odpowiedź to liczba całkowita od 0 do 5."
  },
  analgesics: {
    drugs: "Leki (nazwy międzynarodowe lub kody ATC, oddzielone przecinkami)",
    drugsNamed: "Leki",
    hint: "Znane nazwy są podpowiadane podczas pisania; każdy lek zaznacza swoją kategorię.",
    categories: "Kategoria każdego leku",
    unknown: "{{ drug }}: nie ma w tabeli znanych leków (podaj nazwę międzynarodową lub kod ATC)",
    contradiction: "{{ drug }} należy do kategorii „{{ category }}”: zaznacz „{{ category }}” albo usuń lek",
    note: "{{ drug }} — {{ kind }} (ATC {{ atc }})"
  },
  blocks: {
    none: "Nie zapisano jeszcze blokady diagnostycznej.",
    caption: "Blokady diagnostyczne",
    agent: "Środek",
    nrs: "NRS przed → po",
    relief: "Ulga",
    verdict: "Ocena",
    deviations: "Odstępstwa",
    positive: "dodatnia",
    negative: "ujemna",
    comparative: "porównawcza: {{ verdict }}",
    comparativeVerdict: {
      concordant: "zgodna",
      discordant: "niezgodna",
      "possibly placebo": "możliwy efekt placebo",
      negative: "ujemna",
      undetermined: "nierozstrzygnięta"
    },
    comparativeReason: "{{ verdict }} — {{ reason }}",
    reason: {
      neitherPositive: "żadna z blokad nie przyniosła wystarczającej ulgi",
      onlyOnePositive: "wystarczającą ulgę przyniosła tylko blokada ze środkiem: {{ agent }}",
      sameDurationClass:
        "oba środki ({{ first }}, {{ second }}) są {{ acting }}: nie można porównać czasu trwania ulgi",
      durationsNotRecorded: "obie blokady były dodatnie, ale nie zapisano, jak długo trwała ulga",
      longActingLastedLonger:
        "ulga trwała {{ longHours }} h ({{ longAgent }}), dłużej niż {{ shortHours }} h ({{ shortAgent }})",
      shortActingNotShorter:
        "ulga po środku krótko działającym ({{ shortAgent }}) trwała {{ shortHours }} h, nie krócej niż {{ longHours }} h po środku długo działającym ({{ longAgent }})"
    },
    acting: { "short-acting": "krótko działające", "long-acting": "długo działające" },
    deviation: {
      otherAgent: "podano środek: {{ agent }}; protokół przewiduje: {{ protocolAgent }}",
      otherConcentration: "stężenie wynosiło {{ percent }} %; protokół przewiduje {{ protocolPercent }} %",
      volumeOutOfRange: "objętość wynosiła {{ ml }} ml; protokół przewiduje {{ min }}–{{ max }} ml",
      contrastNotConfirmed:
        "nie potwierdzono kontrastem rozprzestrzenienia dostawowego; protokół tego wymaga",
      reassessedOutOfWindow:
        "ból oceniono {{ minutes }} min po wstrzyknięciu; protokół przewiduje ocenę po {{ min }}–{{ max }} min",
      noComparativeBlock: "nie wykonano blokady porównawczej; ten protokół jej wymaga"
    },
    named: "blokadę z {{ date }}"
  },
  adverseEvents: {
    none: "Nie zgłoszono zdarzeń niepożądanych.",
    named: "zdarzenie „{{ type }}” z dnia {{ day }}",
    otherDescribed: "inne: {{ description }}",
    summary: "{{ type }} ({{ severity }}{{ serious }}, {{ related }}), dzień {{ day }}, {{ end }}",
    serious: ", poważne (SAE)",
    related: "związane z zabiegiem",
    notRelated: "niezwiązane z zabiegiem",
    ongoing: "trwa",
    resolved: "ustąpiło w dniu {{ day }}"
  },
  blockForm: {
    record: "Wprowadź blokadę diagnostyczną",
    correct: "Popraw blokadę diagnostyczną",
    optional: "Opcjonalnie.",
    save: "Zapisz blokadę"
  },
  eventForm: {
    record: "Zgłoś zdarzenie niepożądane",
    correct: "Popraw zdarzenie niepożądane",
    ongoingHint: "Zostaw puste, dopóki zdarzenie trwa.",
    descriptionHint: "Wymagany dla rodzaju „inne”.",
    save: "Zgłoś zdarzenie"
  },
  procedure: {
    sideLesions: (p: { side: string; n: number }) => `${p.side} strona: ${p.n} ${lesions(p.n)}`,
    atLevel: "{{ count }} na poziomie {{ levels }}",
    atLevels: "{{ count }} na poziomach {{ levels }}",
    coldest: "najniższa temperatura {{ c }} °C",
    coldestUnknown: "nie zapisano najniższej temperatury końcówki",
    thawEnd: "koniec odmrażania {{ time }}",
    thawUnknown: "nie zapisano końca odmrażania",
    howEntered: "Sposób wprowadzenia",
    entered: {
      recorded: "Wprowadzony po zabiegu",
      live: "Na żywo z sondy, w toku",
      completed: "Na żywo z sondy, zakończony"
    },
    lesionsLabel: "Lezje i cykle zamrażania-odmrażania",
    lesionsCaption: "Lezje i cykle zamrażania-odmrażania (czasy od początku zabiegu)",
    minutes: "{{ n }} min",
    level: "Poziom",
    stimulation: "Stymulacja",
    cycles: "Cykle zamrażania-odmrażania",
    stimulationText: "{{ hz }} Hz do {{ v }} V:",
    noMotor: "bez odpowiedzi ruchowej",
    motorAt: "odpowiedź ruchowa przy {{ v }} V",
    noDeviation: "Bez odstępstw od protokołu.",
    deviations: (p: { n: number }) => `Odstępstwa od protokołu (${p.n})`,
    deviationsLabel: "Odstępstwa od protokołu",
    lesion: "Lezja {{ n }} ({{ level }}, strona {{ side }})",
    inCycle: "{{ lesion }}, cykl {{ cycle }}: {{ what }}",
    coldestWas: "najniższa temperatura wyniosła {{ c }} °C",
    noTemperature: "nie zapisano temperatury",
    deviation: {
      "no-lesions": "W tym zabiegu nie ukończono żadnej lezji",
      "too-few-lesions": (p: { side: string; lesions: number; range: string }) =>
        `${p.side} strona: ${p.lesions} ${lesions(p.lesions)}; protokół przewiduje ${p.range} na stronę`,
      "too-many-lesions": (p: { side: string; lesions: number; range: string }) =>
        `${p.side} strona: ${p.lesions} ${lesions(p.lesions)}; protokół przewiduje ${p.range} na stronę`,
      "level-not-covered":
        "{{ side }} strona: brak lezji na poziomie {{ level }} (protokół obejmuje {{ levels }})",
      "lesion-on-untreated-side": "{{ lesion }} leży po stronie nieplanowanej do leczenia",
      "freeze-cycles-out-of-range":
        "{{ lesion }}: cykle zamrażania-odmrażania: {{ cycles }}; protokół dopuszcza {{ min }}–{{ max }}",
      "target-not-reached":
        "końcówka nie osiągnęła {{ target }} °C (z tolerancją {{ tolerance }} °C) podczas zamrażania; {{ coldest }}",
      "freeze-too-short":
        "zamrażanie trwało {{ seconds }} s; protokół przewiduje {{ protocol }} s ± {{ tolerance }} s",
      "freeze-too-long":
        "zamrażanie trwało {{ seconds }} s; protokół przewiduje {{ protocol }} s ± {{ tolerance }} s",
      "sensor-gap":
        "brak telemetrii od {{ from }} s do {{ to }} s zamrażania ({{ gap }} s; dopuszczalnie najwyżej {{ max }} s)"
    }
  },
  timing: {
    dayOf: "dnia zabiegu",
    onDay: "w dniu zabiegu",
    before: (p: { n: number }) => `${p.n} ${p.n === 1 ? "dzień" : "dni"} przed zabiegiem`,
    after: (p: { n: number }) => `${p.n} ${p.n === 1 ? "dzień" : "dni"} po zabiegu`,
    afterRange: "od {{ min }} do {{ max }} dni po zabiegu",
    range: "od {{ from }} do {{ to }}",
    window: "okno {{ visit }} to {{ range }}",
    windowOf: {
      baseline: "wizyty wyjściowej",
      month3: "wizyty po 3 miesiącach",
      month6: "wizyty po 6 miesiącach"
    },
    inWindow: "{{ when }}, w oknie wizyty",
    outOfWindow: "{{ when }}: poza oknem ({{ window }})"
  },
  eventDates: {
    text: "Zabieg {{ procedure }}: {{ parts }}.",
    onset: "początek {{ date }}",
    resolved: "ustąpienie {{ date }}"
  },
  form: {
    choose: "Wybierz…",
    cancel: "Anuluj",
    yes: "Tak",
    no: "Nie",
    reason: "Powód poprawki",
    reasonHint: "Wymagany; zostaje w historii zmian.",
    saveCorrection: "Zapisz poprawkę",
    correct: "Popraw",
    correctNamed: "Popraw {{ what }}",
    colleague:
      "Ktoś z zespołu zmienił ten zapis po otwarciu formularza: {{ changes }}. Sprawdź i zapisz ponownie.",
    savedAgain: "zapis zapisano ponownie bez zmian"
  }
}
