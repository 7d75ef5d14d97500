import type { procedure as en } from "../en/procedure"
import { pluralOf } from "../format"

const polish = (n: number, one: string, few: string, many: string) =>
  n === 1 ? one : pluralOf(n, "pl") === "few" ? few : many

/** Wprowadzanie zabiegu (po fakcie lub na żywo), korekta i przerwanie zabiegu, podłączenie sondy (polski). */
export const procedure: typeof en = {
  entry: {
    how: "Sposób wprowadzenia zabiegu",
    recorded: "Wprowadź wykonany zabieg",
    live: "Śledź zabieg na żywo z sondy"
  },
  form: {
    times:
      "Czasy podaje się jako minuty:sekundy od początku zabiegu (5:00 to pięć minut od początku; można też wpisać sekundy, np. 300). Każda nowa lezja zaczyna się jak poprzednia: ta sama strona, test i cykle, na następnym poziomie planu badania (L5, S1, S1, S2, S2, S3, S3), minutę po niej.",
    addLesion: "Dodaj lezję",
    lesionCount: (p: { n: number }) => `${p.n} ${polish(p.n, "lezja", "lezje", "lezji")}`,
    save: "Zapisz zabieg"
  },
  lesion: {
    title: "Lezja {{ n }}",
    frequency: "Stymulacja (Hz)",
    voltages: "Sprawdzone napięcia (V)",
    voltagesHint: "W kolejności sprawdzania, np. 0,5; 1; 1,5; 2",
    motor: "Odpowiedź ruchowa",
    motorNone: "Brak",
    motorResponse: "Wystąpiła",
    motorAt: "Odpowiedź ruchowa przy (V)",
    cycle: "Cykl zamrażania i rozmrażania {{ n }}",
    freezeStart: "Początek zamrażania",
    freezeEnd: "Koniec zamrażania",
    thawEnd: "Koniec rozmrażania",
    coldest: "Najniższa temperatura końcówki (°C)",
    notRecorded: "Pozostaw puste, jeśli nie zanotowano",
    removeCycle: "Usuń ten cykl",
    addCycle: "Dodaj cykl",
    remove: "Usuń tę lezję"
  },
  errors: {
    asNumber: "Wpisz {{ what }} jako liczbę",
    side: "Wybierz stronę leczoną",
    durationWhat: "czas trwania w minutach",
    lesionSide: "Wybierz stronę tej lezji",
    lesionLevel: "Wybierz poziom tej lezji",
    frequencyWhat: "częstotliwość w Hz",
    voltages: "Wpisz napięcia jako liczby, np. 0,5; 1; 1,5; 2",
    motorVoltage:
      "Podaj napięcie, przy którym wystąpiła odpowiedź ruchowa, albo wybierz brak odpowiedzi ruchowej",
    voltageWhat: "napięcie",
    freezeStart: "Podaj początek zamrażania jako {{ clock }}",
    freezeEnd: "Podaj koniec zamrażania jako {{ clock }}",
    clockTime: "Wpisz {{ what }} jako {{ clock }}",
    clock: "minuty:sekundy od początku zabiegu (5:00) albo sekundy (300)",
    time: {
      startedAt: "początek zamrażania",
      endedAt: "koniec zamrażania",
      thawCompletedAt: "koniec rozmrażania"
    },
    noFreeze: "Po tym teście nie wolno zamrażać: {{ finding }}",
    tooManyCycles: "Cykle zamrażania i rozmrażania: {{ n }}; protokół dopuszcza najwyżej {{ max }} na lezję",
    noCycle: "Nie zapisano żadnego cyklu zamrażania i rozmrażania: lezja wymaga co najmniej jednego",
    outOfOrder: "Ten czas nie następuje po poprzednim: czasy zabiegu muszą rosnąć",
    coldestWhat: "najniższą temperaturę końcówki w °C"
  },
  correction: {
    title: "Popraw dane zabiegu",
    liveLesions:
      "Ten zabieg prowadzono na żywo: jego lezje (testy stymulacji, zamrożenia i telemetria sondy) pochodzą z zapisu sondy i nie można ich poprawić. Można poprawić datę, operatora, numer seryjny urządzenia i czas trwania."
  },
  live: {
    start: "Rozpocznij zabieg na żywo",
    lesionsPerSide: "Planowana liczba lezji na stronę",
    date: "Data",
    submit: "Rozpocznij zabieg na żywo",
    inProgress: "Trwa zabieg na żywo",
    progress: "lezje: {{ done }} z {{ planned }}",
    openLive: "otwórz stronę zabiegu na żywo",
    summary: "Strona: {{ side }}, {{ phase }}; rozpoczęty {{ at }}.",
    aborted: "Zabieg na żywo przerwany {{ at }} — powód: {{ reason }}",
    abort: "Przerwij zabieg na żywo"
  },
  abort: {
    reason: "Powód przerwania",
    hint: "Wymagany; zostaje w historii. Token sondy przestaje działać, a pacjent może mieć nowy zabieg.",
    submit: "Przerwij zabieg"
  },
  device: {
    title: "Podłącz sondę",
    open: "Zabieg na żywo jest otwarty. Token urządzenia jest pokazywany tylko raz: skopiuj go teraz. Nowy token można wydać na stronie zabiegu na żywo; stary przestaje wtedy działać.",
    token: "Token urządzenia",
    command: "Polecenie symulatora",
    copyToken: "Kopiuj token urządzenia",
    copyCommand: "Kopiuj polecenie symulatora",
    copied: "Skopiowano.",
    copyRefused: "Kopiowanie nie jest tu dozwolone: zaznacz tekst i skopiuj go.",
    validUntil: "Token jest ważny do {{ at }}.",
    openLive: "Otwórz stronę zabiegu na żywo"
  },
  telemetry: {
    title: "Telemetria",
    watch: "Oglądaj na żywo",
    openLive: "Otwórz stronę zabiegu na żywo",
    samples: (p: { n: number }) =>
      `(${p.n} ${polish(p.n, "zapisana próbka", "zapisane próbki", "zapisanych próbek")})`
  }
}
