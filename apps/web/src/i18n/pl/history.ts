import type { history as en } from "../en/history"

/** Historia pacjenta słowami: każda zmiana jako zdanie nazywające zapis (polski). */
export const history: typeof en = {
  title: "Historia zmian",
  empty: "Nie zapisano żadnej zmiany.",
  onBehalf: "{{ user }} (w imieniu: {{ who }})",
  reason: "Powód: {{ reason }}",
  none: "brak",
  change: "{{ field }}: {{ before }} → {{ after }}",
  changed: "{{ field }}: zmienione",
  section: "sekcja {{ n }}",
  drugUnnamed: "{{ category }} (lek nienazwany)",
  other: "Inna zmiana w dokumentacji",
  lesion: {
    added: "{{ lesion }} dodana",
    removed: "{{ lesion }} usunięta",
    cycleAdded: "{{ cycle }} dodany",
    cycleRemoved: "{{ cycle }} usunięty",
    target: "Temperatura docelowa (°C)"
  },
  record: {
    visit: "{{ visit }} z {{ date }}",
    screening: "Kwalifikacja z {{ date }}",
    diagnosticBlock: "Blokada diagnostyczna z {{ date }}",
    procedure: "Zabieg z {{ date }}",
    adverseEvent: "Zdarzenie niepożądane „{{ type }}” z początkiem {{ onset }}",
    adverseEventDays: (p) =>
      `Zdarzenie niepożądane „${p.type}” z początkiem ${p.days} ${p.n === 1 ? "dzień" : "dni"} po zabiegu`
  },
  patient: {
    create: "Pacjent zarejestrowany",
    correct: "Dane pacjenta poprawione",
    withdraw: "Pacjent wycofany z badania"
  },
  screening: {
    create: "{{ record }} zapisana",
    correct: "{{ record }} poprawiona",
    retract: "{{ record }} wycofana (wprowadzona omyłkowo)"
  },
  diagnosticBlock: {
    create: "{{ record }} zapisana",
    correct: "{{ record }} poprawiona",
    retract: "{{ record }} wycofana (wprowadzona omyłkowo)"
  },
  procedure: {
    create: "{{ record }} zapisany",
    correct: "{{ record }} poprawiony",
    retract: "{{ record }} wycofany (wprowadzony omyłkowo)"
  },
  visit: {
    create: "{{ record }} zapisana",
    correct: "{{ record }} poprawiona",
    retract: "{{ record }} wycofana (wprowadzona omyłkowo)"
  },
  adverseEvent: {
    create: "{{ record }} zgłoszone",
    correct: "{{ record }} poprawione",
    retract: "{{ record }} wycofane (wprowadzone omyłkowo)"
  },
  liveProcedure: {
    create: "Rozpoczęto zabieg na żywo urządzeniem {{ device }}, strona: {{ side }}",
    revoke: "Zabieg na żywo: wydano nowy token urządzenia (poprzedni przestał działać)",
    abort: "Zabieg na żywo przerwany",
    completed: "Zabieg na żywo zakończony (lezje: {{ lesions }}); zabieg zapisano"
  }
}
