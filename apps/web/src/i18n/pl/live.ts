import type { live as en } from "../en/live"

/** Zabieg na żywo: sonda, warunek stymulacji, krzywa temperatury, odchylenia i lezje (polski). */
export const live: typeof en = {
  title: "Zabieg na żywo — pacjent {{ patient }}, strona: {{ side }}, rozpoczęty {{ at }}",
  titleLoading: "Zabieg na żywo",
  noSuchId: "Nie ma zabiegu o takim identyfikatorze",
  back: "Powrót do pacjenta {{ patient }}",
  abortedOn: "Przerwany {{ day }}: {{ reason }}",
  controls: "Sonda i zabieg",
  issueToken: "Wydaj nowy token urządzenia",
  abort: "Przerwij zabieg na żywo",
  connection: {
    ended: "Zabieg się zakończył: z sondy nie napłyną już żadne dane.",
    open: "Połączono: dane napływają",
    reconnecting: "Utracono połączenie: ponowne łączenie…",
    connecting: "Łączenie…"
  },
  aborted: "przerwany",
  step: "etap protokołu",
  seconds: "{{ s }} s",
  freeze: "zamrażanie (docelowo {{ s }} s)",
  lesionsLeft: "lezje po stronie lewej",
  lesionsRight: "lezje po stronie prawej",
  curve: "Temperatura końcówki sondy",
  gate: "Warunek stymulacji: {{ gate }}",
  gateState: {
    aborted: "zabieg przerwany",
    completed: "zabieg zakończony",
    notPlaced: "sonda nie jest umieszczona",
    cleared:
      "można zamrażać: strona {{ side }}, poziom {{ level }} (brak odpowiedzi ruchowej do {{ volts }} V przy {{ hz }} Hz)",
    notCleared: "nie wolno zamrażać: strona {{ side }}, poziom {{ level }}: {{ finding }}"
  },
  finding: {
    "no-test": "od umieszczenia sondy nie wykonano testu stymulacji; zamrażanie wymaga {{ rule }}",
    "wrong-frequency": "ostatni test stymulacji wykonano przy {{ hz }} Hz; zamrażanie wymaga {{ rule }}",
    "motor-response":
      "odpowiedź ruchowa przy {{ volts }} V (limit {{ max }} V): sonda leży blisko nerwu ruchowego; zmień położenie i powtórz test",
    "voltage-not-reached": "test stymulacji doszedł tylko do {{ volts }}; zamrażanie wymaga {{ rule }}",
    rule: "testu stymulacji ruchowej przy {{ hz }} Hz bez odpowiedzi ruchowej do {{ max }} V",
    noVoltage: "żadnego napięcia"
  },
  samples: "Odebrane próbki: {{ n }}.",
  axis: { time: "czas urządzenia (s)", temperature: "temperatura końcówki (°C)", t: "t (s)" },
  lesion: "lezja {{ n }}",
  curveLabel:
    "Temperatura końcówki sondy w czasie, jedna linia na lezję; linia przerywana na docelowej temperaturze {{ target }} °C",
  deviations: "Odchylenia od protokołu",
  noDeviation: "Brak odchyleń od protokołu.",
  noneYet: "Na razie brak.",
  noneAborted: "Brak.",
  deviation: {
    "no-lesions": "W tym zabiegu nie ukończono żadnej lezji",
    "too-few-lesions": "Strona {{ side }}: lezje: {{ n }}; protokół przewiduje {{ wanted }} na stronę",
    "too-many-lesions": "Strona {{ side }}: lezje: {{ n }}; protokół przewiduje {{ wanted }} na stronę",
    "level-not-covered":
      "Strona {{ side }}: brak lezji na poziomie {{ level }} (protokół obejmuje {{ levels }})",
    "lesion-on-untreated-side": "Lezja {{ n }} ({{ where }}) leży po stronie nieplanowanej do leczenia",
    "freeze-cycles-out-of-range":
      "Lezja {{ n }} ({{ where }}): cykle zamrażania i rozmrażania: {{ cycles }}; protokół dopuszcza {{ wanted }}",
    "target-not-reached":
      "końcówka nie osiągnęła {{ target }} °C (z tolerancją {{ tolerance }} °C) podczas zamrażania",
    "freeze-too-short":
      "zamrażanie było krótsze niż przewidziane w protokole {{ s }} s (± {{ tolerance }} s)",
    "freeze-too-long": "zamrażanie było dłuższe niż przewidziane w protokole {{ s }} s (± {{ tolerance }} s)",
    "sensor-gap": "podczas zamrażania wystąpiła przerwa w telemetrii dłuższa niż {{ s }} s",
    inLesion: "Lezja {{ n }} ({{ where }}): {{ what }}"
  },
  lesions: "Lezje",
  lesionsLabel: "Ukończone lezje",
  lesionsCaption: "Ukończone lezje i ocena ich cykli",
  column: { side: "Strona", level: "Poziom", cycles: "Cykle" },
  cycle: "{{ s }} s, najniższa {{ coldest }} °C, {{ atTarget }} s w temperaturze docelowej"
}
