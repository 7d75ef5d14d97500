import type { findings as en } from "../en/findings"

const chi = "(test chi-kwadrat z opublikowanych liczebności, z poprawką Yatesa i bez niej)"
const fromMeans = "z opublikowanych średnich i SD"

/** Spójność opublikowanych tabel (`FindingDetail` domeny), po polsku. */
export const findings: typeof en = {
  code: {
    scaleMeanImpossible:
      "{{ what }}: żadna suma {{ n }} takich wyników nie daje średniej, która po zaokrągleniu wynosi {{ mean }}.",
    scaleSdWithin: "{{ what }}: SD mieści się w możliwym zakresie {{ lo }}–{{ hi }}.",
    scaleSdImpossible:
      "{{ what }}: takie dane nie mogą istnieć, bo przy tej średniej SD takich wyników wynosi od {{ lo }} do {{ hi }}.",
    lesionsTypical:
      "{{ lesions }}: każdy zabieg mógł obejmować {{ min }} lub {{ max }} lezji, zgodnie ze stwierdzeniem publikacji „{{ stated }}”.",
    lesionsOutsideTypical:
      "{{ lesions }} przeczy stwierdzeniu publikacji „{{ stated }}” traktowanemu jako reguła: {{ bound }}, zatem część zabiegów obejmowała mniej niż {{ min }} lub więcej niż {{ max }} lezji.{{ howMany }}",
    percentAsPrinted: "{{ row }}: {{ count }}/{{ n }} to {{ printed }}%, zgodnie z publikacją.",
    percentNotPrinted:
      "{{ row }}: {{ count }}/{{ n }} to {{ computed }}%, a nie opublikowane {{ printed }}%.",
    subgroupPercentCounts: "{{ by }}: {{ pct }}% z {{ n }} to {{ counts }} pacjentów.",
    subgroupPercentNoCount: "{{ by }}: żadna liczba pacjentów spośród {{ n }} nie daje {{ pct }}%.",
    subgroupCountsAddUp: "{{ by }}: liczebności podgrup sumują się do łącznej liczby {{ overall }}.",
    subgroupCountsNever:
      "{{ by }}: liczebności podgrup sumują się do {{ sums }}, nigdy do łącznej liczby {{ overall }}.",
    sourcesAgree: "{{ quantity }}: {{ a }} oraz {{ b }} są zgodne.",
    sourcesDisagree: "{{ quantity }} nie może jednocześnie spełniać: {{ a }} oraz {{ b }}.",
    pReproducible:
      "{{ subject }}: p = {{ printed }} daje się odtworzyć z opublikowanych danych ({{ lo }}–{{ hi }}).",
    pNotReproducible: "{{ subject }}: opublikowane dane dają p od {{ lo }} do {{ hi }}, a nie {{ printed }}.",
    pairedPossible: "{{ paired }} Opublikowane p = {{ printed }} może pochodzić z testu dla prób zależnych.",
    pairedImpossible:
      "{{ paired }} Żadna tabela par zgodna z tymi liczebnościami nie daje opublikowanego p = {{ printed }}."
  },
  or: " lub ",
  scaleWhat:
    "{{ subject }} ({{ mean }} ± {{ sd }}, n = {{ n }}, liczby całkowite {{ lo }}–{{ hi }}{{ steps }})",
  inSteps: " co {{ step }}",
  subject: {
    baseline: "Wyjściowe {{ scale }}",
    later: "{{ scale }} po {{ at }}",
    age: "Wiek",
    nrsReduction: "Zmniejszenie NRS po {{ at }}",
    inGroup: "{{ subject }}, {{ group }}"
  },
  scale: { nrs: "NRS", vas: "VAS", odi: "ODI" },
  at: { baseline: "wizycie wyjściowej", m3: "3 miesiącach", m6: "6 miesiącach" },
  group: { female: "kobiety", male: "mężczyźni", under55: "poniżej 55 lat", atLeast55: "55 lat i więcej" },
  stratum: "podgrupa NRS {{ lo }}–{{ hi }}",
  lesions: "Liczba kriolezji na zabieg ({{ mean }} ± {{ sd }}, n = {{ n }})",
  stated: "zwykle {{ min }}–{{ max }} lezji na leczoną stronę",
  noMean:
    "żadna średnia z {{ min }} lub {{ max }} lezji w każdym zabiegu nie daje po zaokrągleniu {{ mean }}",
  sdAtMost:
    "gdyby każdy zabieg obejmował {{ min }} lub {{ max }} lezji, SD wynosiłoby co najwyżej {{ sdMax }}",
  howMany:
    " Co najmniej {{ fewest }} z {{ n }} zabiegów wykraczało poza zakres {{ min }}–{{ max }}, jeśli każdy o jedną lezję ({{ below }} lub {{ above }}); mniej, jeśli o więcej.",
  percentRow: "Tabela {{ table }}, {{ row }}",
  percentRowAt: "Tabela {{ table }}, {{ row }}, {{ at }}",
  row: {
    female: "kobiety",
    male: "mężczyźni",
    rightSide: "strona prawa",
    leftSide: "strona lewa",
    positiveBlock: "dodatni blok diagnostyczny",
    reduction50: "zmniejszenie NRS o co najmniej 50%",
    reduction30: "zmniejszenie NRS o co najmniej 30%",
    nrsAtMost2: "NRS nie większe niż 2",
    nsaids: "NLPZ",
    opioids: "leki opioidowe",
    localHematoma: "miejscowy krwiak",
    transientParesthesia: "przemijające parestezje",
    proceduralPain: "ból podczas zabiegu",
    temporaryMotorWeakness: "przemijające osłabienie siły mięśniowej",
    infection: "zakażenie",
    permanentNeurologicalDeficit: "trwały deficyt neurologiczny"
  },
  rowAt: { baseline: "wizyta wyjściowa", m3: "po 3 miesiącach", m6: "po 6 miesiącach" },
  respondersBy: {
    sex: "Tabela 8, odpowiedź na leczenie po 6 miesiącach wg płci",
    age: "Tabela 9, odpowiedź na leczenie po 6 miesiącach wg wieku",
    stratum: "Tabela 10, odpowiedź na leczenie wg podgrup wyjściowego NRS"
  },
  quantity: {
    baselineNrsMean: "Średnie wyjściowe NRS",
    baselineNrsSd: "SD wyjściowego NRS",
    nrsChangeM3: "Średnia zmiana NRS po 3 miesiącach",
    nrsChangeM6: "Średnia zmiana NRS po 6 miesiącach",
    vasChangeM3: "Średnia zmiana VAS po 3 miesiącach",
    vasChangeM6: "Średnia zmiana VAS po 6 miesiącach",
    odiChangeM3: "Średnia zmiana ODI po 3 miesiącach",
    odiChangeM6: "Średnia zmiana ODI po 6 miesiącach",
    cohensDNrsM3: "d_av Cohena dla zmiany NRS po 3 miesiącach"
  },
  partition: {
    sex: "podgrupy płci z Tabeli 8",
    age: "grupy wiekowe z Tabeli 9",
    stratum: "podgrupy NRS z Tabeli 10"
  },
  source: {
    printed: "opublikowana wartość {{ value }}",
    percent: "zmiana procentowa {{ value }}% średniej wyjściowej",
    combined: "{{ by }} łącznie (sumy całkowite)",
    pooled: "{{ by }} (SD łączone)",
    difference: "różnica opublikowanych średnich",
    strataForced: "liczebności i średnie podgrup z Tabeli 10 (całkowite NRS)",
    dFromTable2: "d_av ze zmiany i SD z Tabeli 2",
    dForcedSd: "d_av z wyjściowym SD wymuszonym przez Tabelę 10"
  },
  interval: "{{ source }} ({{ lo }} do {{ hi }})",
  p: {
    meanBySubgroup: `Tabela {{ table }}, {{ field }} wg {{ by }} (test t Welcha ${fromMeans})`,
    respondersOverTime: `Tabela 4, {{ criterion }} po 3 i po 6 miesiącach jako próby niezależne ${chi}`,
    drugOverTime: `Tabela 5, {{ drug }} na wizycie wyjściowej i po 6 miesiącach jako próby niezależne ${chi}`,
    respondersBySubgroup: `{{ by }} ${chi}`,
    reductionByStratum: `Tabela 10, zmniejszenie NRS po 6 miesiącach wg podgrup (jednoczynnikowa analiza wariancji ${fromMeans})`
  },
  field: {
    baselineNrs: "wyjściowe NRS",
    reductionM3: "zmniejszenie NRS po 3 miesiącach",
    reductionM6: "zmniejszenie NRS po 6 miesiącach"
  },
  by: { sex: "płci", age: "wieku" },
  respondersBetween: {
    sex: "Tabela 8, odpowiedź na leczenie wg płci",
    age: "Tabela 9, odpowiedź na leczenie wg wieku",
    stratum: "Tabela 10, odpowiedź na leczenie wg podgrup wyjściowego NRS"
  },
  below: "<{{ p }}",
  paired:
    "Tabela 4, {{ criterion }} po 3 i po 6 miesiącach jako próby zależne (test McNemara u tych samych pacjentów): opublikowane liczebności ({{ first }} i {{ second }} z {{ n }}) dopuszczają od {{ fewest }} do {{ most }} pacjentów, u których wynik się zmienił. {{ variants }}.",
  criterion: {
    reduction50: "zmniejszenie NRS o co najmniej 50%",
    reduction30: "zmniejszenie NRS o co najmniej 30%",
    nrsAtMost2: "NRS nie większe niż 2"
  },
  variant: { corrected: "Z poprawką na ciągłość", uncorrected: "Bez poprawki", exact: "Test dokładny" },
  variantRange: "{{ variant }}: p od {{ lo }} do {{ hi }}",
  hits: "{{ range }}; {{ printed }}, gdy {{ splits }}",
  never: "{{ range }}, nigdy {{ printed }}",
  steps:
    "{{ range }}, zakres obejmuje {{ printed }}, lecz wartości go przeskakują: {{ belowP }}, gdy {{ below }}; {{ aboveP }}, gdy {{ above }}",
  split: "{{ first }} tylko po 3 miesiącach i {{ second }} tylko po 6",
  orSplit: " lub ",
  nextVariant: ". "
}
