import type { reasons as en } from "../en/reasons"

/** Dlaczego komórki tabel badania nie obliczono (`NotComputedReason` domeny), po polsku. */
export const reasons: typeof en = {
  code: {
    noTreatedPatient: "dane nie obejmują żadnego pacjenta po zabiegu",
    noPatient: "brak pacjentów z {{ who }}",
    tooFew: "{{ patientsHave }} {{ who }}: za mało do wykonania {{ test }}",
    sameValues:
      "wszyscy pacjenci z {{ who }} (n = {{ n }}) mają te same wartości: wynik {{ test }} jest nieokreślony",
    emptyCountTableRow:
      "wśród pacjentów z {{ who }} (n = {{ n }}) wiersz lub kolumna tabeli {{ test }} jest pusta: wynik testu jest nieokreślony",
    notEstimable: "nie można oszacować {{ test }} na podstawie pacjentów z {{ who }} (n = {{ n }})",
    cannotCompute: "nie można obliczyć {{ test }} na podstawie pacjentów z {{ who }} (n = {{ n }})",
    meanSdNeedsTwo: "tylko 1 pacjent z {{ who }}: do obliczenia średniej ± SD potrzeba co najmniej 2",
    meanSdUndefined: "średnia ± SD u pacjentów z {{ who }} jest nieokreślona",
    sdNeedsTwo: "tylko 1 pacjent: do obliczenia SD {{ quantity }} potrzeba co najmniej 2",
    summaryUndefined: "wartość {{ statistic }} {{ quantity }} jest nieokreślona",
    changeUndefined:
      "zmiana {{ measure }} względem wartości wyjściowej jest nieokreślona (średnia wyjściowa 0)",
    statisticUndefined: "statystyka jest nieokreślona dla tych wartości",
    mixedModelTooFew: "{{ patientsHave }} {{ who }}: model mieszany wymaga co najmniej {{ needed }}",
    mixedModelUndefined: "oszacowania modelu mieszanego są nieokreślone dla tych pacjentów",
    noVisit: "żaden pacjent nie odbył {{ visit }}",
    noneUsed:
      "wśród pacjentów z {{ who }} ({{ thePatients }}) nikt nie stosował {{ drug }} podczas żadnej z tych wizyt",
    allUsed: "wszyscy pacjenci z {{ who }} ({{ thePatients }}) stosowali {{ drug }} podczas obu wizyt",
    noBaselineUse:
      "żaden pacjent nie stosował {{ drug }} w chwili wizyty wyjściowej: względna zmiana od zera jest nieokreślona",
    noResponder:
      "wśród pacjentów z {{ who }} ({{ thePatients }}) nikt nie spełnia kryterium „{{ criterion }}” ani po 3, ani po 6 miesiącach",
    allResponders:
      "wszyscy pacjenci z {{ who }} ({{ thePatients }}) spełniają kryterium „{{ criterion }}” zarówno po 3, jak i po 6 miesiącach",
    sameValueEveryone:
      "wszyscy pacjenci z {{ who }} mają tę samą wartość: wynik {{ test }} jest nieokreślony",
    sameReductionEveryone:
      "wszyscy pacjenci z {{ who }} mają taką samą redukcję: wynik {{ test }} jest nieokreślony",
    needsTwoPerGroup:
      "do wykonania {{ test }} potrzeba co najmniej 2 pacjentów z {{ who }} w każdej grupie ({{ groups }})",
    needsEveryGroup: "do wykonania {{ test }} potrzeba pacjentów z {{ who }} w każdej grupie ({{ groups }})",
    needsEveryStratum:
      "do wykonania {{ test }} potrzeba pacjentów z {{ who }} w każdej warstwie, w tym co najmniej 2 w jednej z nich ({{ groups }})",
    noResponderM6:
      "wśród pacjentów z {{ who }} ({{ thePatients }}) nikt nie odpowiedział na leczenie po 6 miesiącach",
    allRespondersM6:
      "wszyscy pacjenci z {{ who }} ({{ thePatients }}) odpowiedzieli na leczenie po 6 miesiącach",
    undefinedForPatients: "wynik {{ test }} jest nieokreślony dla tych pacjentów (n = {{ n }})"
  },
  inGroup: "{{ group }}: {{ reason }}",
  thePatients: (p: { n: number }) => `n = ${p.n}`,
  patientsHave: (p: { n: number }) =>
    p.n === 0 ? "brak pacjentów z" : p.n === 1 ? "tylko 1 pacjent z" : `tylko ${p.n} pacjentów z`,
  who: {
    nrs: "pomiarem NRS {{ at }}",
    vas: "pomiarem VAS {{ at }}",
    odi: "pomiarem ODI {{ at }}",
    visit: "{{ visit }}"
  },
  measure: { nrs: "NRS", vas: "VAS", odi: "ODI", visit: "wizyty" },
  at: {
    baseline: "na wizycie wyjściowej",
    m3: "po 3 miesiącach",
    m6: "po 6 miesiącach",
    baselineAndM3: "na wizycie wyjściowej i po 3 miesiącach",
    baselineAndM6: "na wizycie wyjściowej i po 6 miesiącach",
    all: "na wizycie wyjściowej, po 3 i po 6 miesiącach",
    m3OrM6: "po 3 lub po 6 miesiącach"
  },
  visits: {
    baseline: "wizytą wyjściową",
    m3: "wizytą po 3 miesiącach",
    m6: "wizytą po 6 miesiącach",
    baselineAndM3: "wizytą wyjściową i wizytą po 3 miesiącach",
    baselineAndM6: "wizytą wyjściową i wizytą po 6 miesiącach",
    all: "wizytą wyjściową, po 3 i po 6 miesiącach",
    m3OrM6: "wizytą po 3 lub po 6 miesiącach"
  },
  visit: { baseline: "wizyty wyjściowej", m3: "wizyty po 3 miesiącach", m6: "wizyty po 6 miesiącach" },
  test: {
    shapiroWilk: "testu Shapiro-Wilka",
    rmAnova: "analizy wariancji z powtarzanymi pomiarami",
    mauchly: "testu sferyczności Mauchly’ego",
    friedman: "testu Friedmana",
    wilcoxon: "testu kolejności par Wilcoxona",
    bonferroniTests: "testów t dla prób zależnych z poprawką Bonferroniego",
    bonferroniTest: "testu t dla prób zależnych z poprawką Bonferroniego",
    chiSquare: "testu chi-kwadrat",
    cohensD: "d Cohena",
    mixedModel: "modelu mieszanego",
    tTest: "testu t",
    oneWayAnova: "jednoczynnikowej analizy wariancji"
  },
  group: {
    female: "kobiety",
    male: "mężczyźni",
    under55: "poniżej 55 lat",
    atLeast55: "55 lat i więcej",
    nrs5to6: "wyjściowe NRS 5–6",
    nrs7to8: "wyjściowe NRS 7–8",
    nrs9to10: "wyjściowe NRS 9–10"
  },
  groupSize: "{{ group }}: {{ n }}",
  quantity: {
    age: "wieku",
    symptomMonths: "czasu trwania objawów",
    baselineNrs: "wyjściowego NRS",
    baselineVas: "wyjściowego VAS",
    baselineOdi: "wyjściowego ODI",
    lesions: "liczby lezji na zabieg",
    duration: "czasu trwania zabiegu"
  },
  statistic: { mean: "średniej", sd: "SD" },
  criterion: {
    reduction50: "redukcja NRS o co najmniej 50%",
    reduction30: "redukcja NRS o co najmniej 30%",
    nrsAtMost2: "NRS ≤ 2"
  },
  drug: { nsaids: "NLPZ", opioids: "leków przeciwbólowych zawierających opioidy" }
}
