import type { imports as en } from "../en/imports"
import { pluralOf } from "../format"

const polish = (n: number, one: string, few: string, many: string) =>
  n === 1 ? one : pluralOf(n, "pl") === "few" ? few : many

/** Import wcześniejszych pacjentów ośrodka z uporządkowanego szablonu CSV (polski). */
export const imports: typeof en = {
  title: "Import dotychczasowych pacjentów",
  intro:
    "Wprowadź do rejestru wcześniejszych pacjentów ośrodka z uporządkowanego szablonu CSV. Każdy wiersz jest sprawdzany według tych samych reguł co formularze; nic nie zostanie zapisane, dopóki cały plik nie przejdzie kontroli.",
  templateTitle: "1. Wypełnij szablon",
  templateHelp:
    "W visits.csv jeden wiersz na pacjenta i punkt czasowy (screening, block, baseline, month3, month6); w procedures.csv jeden wiersz na lezję; w adverse-events.csv jeden wiersz na zdarzenie niepożądane. Każdy plik zawiera przykładowy wiersz.",
  uploadTitle: "2. Prześlij pliki",
  files: {
    visits: "Wizyty (visits.csv, wymagany)",
    procedures: "Zabiegi z lezjami (procedures.csv)",
    adverseEvents: "Zdarzenia niepożądane (adverse-events.csv)"
  },
  center: "Ośrodek, do którego importujesz",
  check: "Sprawdź pliki",
  checking: "Sprawdzanie…",
  reportTitle: "3. Sprawdź raport",
  clean: (p: { n: number }) =>
    `Nie znaleziono problemów: można zaimportować ${p.n} ${polish(p.n, "pacjenta", "pacjentów", "pacjentów")}. Nic jeszcze nie zapisano.`,
  problems: (p: { n: number }) =>
    `Znaleziono ${p.n} ${polish(p.n, "problem", "problemy", "problemów")}: nic nie zapisano. Popraw pliki i sprawdź je ponownie.`,
  problemsCaption: "Znalezione problemy według pliku, wiersza i kolumny",
  downloadProblems: "Pobierz listę problemów (CSV)",
  confirm: "Importuj ({{ n }})",
  importing: "Importowanie…",
  stored: (p: { n: number }) =>
    `Zaimportowano: dodano lub uzupełniono ${p.n} ${polish(p.n, "pacjenta", "pacjentów", "pacjentów")}.`,
  nothingNew: "Nic nowego: wszyscy pacjenci i wszystkie zapisy z tych plików są już w rejestrze.",
  earlier: "Te pliki zaimportowano już wcześniej, {{ at }}, użytkownik {{ who }}.",
  storedPatients: "Zaimportowani pacjenci",
  counts: { kind: "Zapisy", added: "Do dodania", unchanged: "Już zapisane" },
  kinds: {
    patients: "Pacjenci",
    screenings: "Kwalifikacje",
    blocks: "Blokady diagnostyczne",
    procedures: "Zabiegi",
    visits: "Wizyty",
    adverseEvents: "Zdarzenia niepożądane"
  },
  columns: { file: "Plik", row: "Wiersz", column: "Kolumna", message: "Co jest nie tak" },
  failed: "Przesyłanie zostało odrzucone: {{ reason }}"
}
