import type { analysis as en } from "../en/analysis"
import { pluralOf } from "../format"

const polish = (n: number, one: string, few: string, many: string) =>
  n === 1 ? one : pluralOf(n, "pl") === "few" ? few : many

/** Strony analiz: liczby obok wykresów, zbiory analityczne, kohorta, wyniki, podgrupy, bezpieczeństwo (polski). */
export const analysis: typeof en = {
  numbers: {
    show: "Pokaż liczby",
    csv: "Pobierz CSV",
    range: "od {{ lo }} do {{ hi }}",
    nOf: "{{ n }} z {{ of }}"
  },
  stat: {
    n: "n",
    mean: "Średnia",
    sd: "SD",
    ci: "95% PU",
    p: "p",
    pct: "%",
    patients: "Pacjenci",
    timepoint: "Punkt czasowy",
    center: "Ośrodek"
  },
  sets: {
    title: "Zbiór analityczny",
    computedFrom: "Obliczono na podstawie",
    live: "Bieżący rejestr (wszystkie dane w obecnym stanie)",
    option: "{{ name }} — pacjenci: {{ n }}, zamrożony {{ day }}",
    liveNote: "Późniejsze wpisy i korekty zmieniają te wyniki.",
    frozen:
      "Zamrożony zbiór analityczny: pacjenci: {{ n }}, zamrożony {{ day }} (autor: {{ by }}); późniejsze wpisy i korekty go nie zmieniają. SHA-256 jego wierszy:",
    new: "Zamroź nowy zbiór analityczny",
    explain:
      "Zachowuje się kopię danych badania wybranych pacjentów po zabiegu w obecnym stanie, z jej skrótem SHA-256: późniejsze wpisy i korekty jej nie zmieniają. Pozostaw kryterium puste, aby objąć wszystkich pacjentów.",
    name: "Nazwa zbioru",
    demoName: "Kohorta badania (demo)",
    selection: "Wybór pacjentów",
    nameHint: "Na przykład: Zgłoszenie publikacji, czerwiec 2027.",
    centers: "Ośrodki",
    treatedFrom: "Zabieg od",
    treatedTo: "Zabieg do",
    reached: "Osiągnięta obserwacja",
    submit: "Zamroź zbiór",
    status: {
      treated: "Po zabiegu, jeszcze bez wizyty po 3 miesiącach",
      month3: "Po wizycie po 3 miesiącach, jeszcze bez wizyty po 6",
      month6: "Po wizycie po 6 miesiącach"
    }
  },
  cohort: {
    title: "Kohorta",
    screened: "po kwalifikacji",
    ineligible: "niekwalifikujący się",
    treated: "po zabiegu",
    withdrawn: "wycofani",
    funnel: "Lejek kwalifikacji",
    funnelCaption: "Pacjenci na każdym etapie",
    funnelChart:
      "Lejek kwalifikacji: po kwalifikacji, zakwalifikowani, po zabiegu, obserwowani po 3 i 6 miesiącach",
    stage: "Etap",
    stages: {
      screened: "Po kwalifikacji",
      eligible: "Zakwalifikowani",
      treated: "Po zabiegu",
      month3: "Kontrola po 3 mies.",
      month6: "Kontrola po 6 mies."
    },
    patientsAxis: "pacjenci",
    completeness: "Kompletność obserwacji",
    completenessCaption: "Wizyty należne, odbyte i zaległe względem okien protokołu",
    due: "Należne",
    done: "Odbyte",
    completePct: "Kompletność, %",
    missingCount: "Bez wpisu",
    openCount: "W oknie",
    overdueCount: "Zaległe",
    completenessNote:
      "Należne: pacjenci po zabiegu, dla których okno wizyty już się otworzyło. Bez wpisu = należne − odbyte = w oknie (wizyta może się jeszcze odbyć w terminie) + zaległe (okno już minęło). Wizyta wyjściowa odbywa się przed zabiegiem: pacjent po zabiegu bez niej to brak danych, oznaczony „—” w dwóch ostatnich kolumnach.",
    enrollment: "Rekrutacja według ośrodka i miesiąca",
    enrollmentChart: "Pacjenci zakwalifikowani w kolejnych miesiącach, w podziale na ośrodki",
    enrollmentAxis: "pacjenci po kwalifikacji",
    enrollmentCaption: "Pacjenci po kwalifikacji i po zabiegu według ośrodka i miesiąca",
    month: "Miesiąc",
    screenedCol: "Po kwalifikacji",
    treatedCol: "Po zabiegu",
    overdue: "Zaległe wizyty ({{ n }})",
    overdueLabel: "Zaległe wizyty",
    noneOverdue: "Żadna wizyta nie jest zaległa.",
    overdueCaption: "Wizyty po upływie okna protokołu, od najbardziej zaległych",
    patient: "Pacjent",
    visit: "Wizyta",
    dueBy: "Termin",
    daysOverdue: "Dni zaległości",
    outOfWindow: "Wizyty poza oknem ({{ n }})",
    outOfWindowLabel: "Wizyty poza oknem",
    allInWindow: "Każda wizyta odbyła się w oknie protokołu.",
    outOfWindowCaption: "Wizyty zapisane w rejestrze, lecz odbyte poza oknem protokołu",
    date: "Data",
    daysAfter: "Dni po zabiegu",
    window: "Okno, dni",
    windowRange: "od {{ from }} do {{ to }}",
    outOfWindowBadge: "poza oknem"
  },
  outcomes: {
    title: "Wyniki leczenia",
    count: "Pacjenci po zabiegu: {{ patients }}, wizyty: {{ visits }}.",
    trajectories: "Pokaż przebieg u każdego pacjenta",
    scale: { nrs: "Ból, NRS (0–10)", vas: "Ból, VAS (mm)", odi: "Niepełnosprawność, ODI (%)" },
    unit: { nrs: "NRS", vas: "VAS, mm", odi: "ODI, %" },
    meanCiCaption: "{{ title }}: średnia i 95% przedział ufności",
    meanCiChart:
      "{{ title }}: średnia z 95% przedziałem ufności na wizycie wyjściowej, po 3 i po 6 miesiącach",
    responders: "Odpowiadający na leczenie po 3 i 6 miesiącach",
    respondersChart: "Odsetek odpowiadających na leczenie po 3 i 6 miesiącach według progu",
    respondersCaption: "Odpowiadający na leczenie (tabela 4)",
    threshold: "Próg",
    thresholds: {
      reduction50: "Spadek NRS ≥ 50%",
      reduction30: "Spadek NRS ≥ 30%",
      nrsAtMost2: "NRS ≤ 2"
    },
    short: { reduction50: "spadek ≥ 50%", reduction30: "spadek ≥ 30%", nrsAtMost2: "NRS ≤ 2" },
    analgesics: "Stosowanie leków przeciwbólowych w czasie",
    analgesicsChart:
      "Odsetek pacjentów przyjmujących leki z każdej grupy na wizycie wyjściowej, po 3 i po 6 miesiącach",
    analgesicsCaption: "Stosowanie leków przeciwbólowych",
    category: "Grupa leków",
    categories: {
      nsaids: "NLPZ",
      combinationAnalgesics: "Leki złożone",
      opioidContaining: "Leki zawierające opioid"
    }
  },
  subgroups: {
    title: "Podgrupy",
    forest: "Zmiana NRS po 6 miesiącach w podgrupach",
    forestChart:
      "Wykres leśny zmiany NRS po 6 miesiącach według płci, grupy wiekowej i wyjściowego nasilenia bólu, z 95% przedziałami ufności",
    forestAxis: "Zmiana NRS po 6 miesiącach (pkt; im bardziej ujemna, tym lepiej)",
    forestCaption: "Zmiana NRS po 6 miesiącach: średnia, odchylenie standardowe (SD) i 95% przedział ufności",
    subgroup: "Podgrupa",
    meanChange: "Średnia zmiana",
    between: "Porównania między grupami",
    betweenCaption: "Czy zmiana NRS po 6 miesiącach różni się między grupami?",
    families: "Podgrupy",
    test: "Test",
    family: { sex: "Płeć", age: "Wiek", baselineNrs: "Wyjściowe NRS" },
    group: { female: "Kobiety", male: "Mężczyźni", under55: "< 55 lat", atLeast55: "≥ 55 lat" },
    welch: "test t Welcha, dwie grupy",
    anova: "jednoczynnikowa analiza wariancji (ANOVA), trzy grupy",
    notComputed: "nie obliczono: {{ reason }}"
  },
  safety: {
    title: "Bezpieczeństwo",
    events: (p) => polish(p.n, "zdarzenie niepożądane", "zdarzenia niepożądane", "zdarzeń niepożądanych"),
    // "pacjent" after a number but 1 takes the genitive plural (2 pacjentów: dwóch pacjentów)
    patientsWith: (p) => (p.n === 1 ? "pacjent ze zdarzeniem" : "pacjentów ze zdarzeniem"),
    serious: (p) => polish(p.n, "poważne (SAE)", "poważne (SAE)", "poważnych (SAE)"),
    ongoing: (p) => polish(p.n, "nieustąpione", "nieustąpione", "nieustąpionych"),
    bySeverity: "Według rodzaju i nasilenia",
    severityChart: "Zdarzenia niepożądane według rodzaju, w podziale na nasilenie",
    eventsAxis: "zdarzenia",
    bySeverityCaption: "Zdarzenia niepożądane według rodzaju i nasilenia",
    type: "Rodzaj",
    severity: "Nasilenie",
    eventsCol: "Zdarzenia",
    outcome: "Przebieg według rodzaju",
    outcomeCaption:
      "Zdarzenia niepożądane według rodzaju: pacjenci, zdarzenia poważne, związek z zabiegiem i ustąpienie",
    seriousCol: "Poważne",
    related: "Związane z zabiegiem",
    resolved: "Ustąpiły",
    ongoingCol: "Nieustąpione",
    medianDays: "Mediana dni do ustąpienia"
  }
}
