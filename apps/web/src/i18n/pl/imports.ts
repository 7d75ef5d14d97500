import type { imports as en } from "../en/imports"
import { pluralOf } from "../format"

const polish = (n: number, one: string, few: string, many: string) =>
  n === 1 ? one : pluralOf(n, "pl") === "few" ? few : many

/** Import wcześniejszych pacjentów ośrodka z uporządkowanego szablonu CSV (polski). */
export const imports: typeof en = {
  title: "Import dotychczasowych pacjentów",
  intro:
    "Wprowadź do rejestru wcześniejszych pacjentów ośrodka z uporządkowanego szablonu CSV, z pakietu FHIR lub z eksportu rekordów REDCap. Każdy wiersz jest sprawdzany według tych samych reguł co formularze; nic nie zostanie zapisane, dopóki cały plik nie przejdzie kontroli.",
  templateTitle: "1. Wypełnij szablon",
  templateHelp:
    "W visits.csv jeden wiersz na pacjenta i punkt czasowy, a w jego kolumnie timepoint jedna z wartości: {{ timepoints }}; w procedures.csv jeden wiersz na lezję; w adverse-events.csv jeden wiersz na zdarzenie niepożądane. Każdy plik zawiera przykładowy wiersz.",
  timepointValue: "{{ value }} — {{ meaning }}",
  timepoint: {
    screening: "kwalifikacja do badania",
    block: "blokada diagnostyczna",
    baseline: "wizyta wyjściowa",
    month3: "wizyta 3 miesiące po zabiegu",
    month6: "wizyta 6 miesięcy po zabiegu"
  },
  uploadTitle: "2. Prześlij pliki",
  format: "Co importujesz",
  formats: {
    tidy: "Uporządkowany szablon CSV (visits.csv i dwa pozostałe pliki)",
    fhir: "Pakiet FHIR (Bundle, JSON)",
    redcap: "Rekordy REDCap (płaski eksport CSV, records.csv)"
  },
  redcapFile: "Rekordy REDCap (.csv, wymagany)",
  redcapHelp:
    "Wyeksportuj rekordy z projektu REDCap rejestru jako CSV z surowymi danymi (kody, nie etykiety), jeden wiersz na zdarzenie i powtórzenie; każdy problem wskazuje kolumnę REDCap i record_id.",
  chooseRedcap: "Najpierw wybierz plik z rekordami REDCap (.csv): nic nie zostało wysłane.",
  bundle: "Pakiet FHIR (.json, wymagany)",
  chooseFile: "Najpierw wybierz plik {{ file }}: nic nie zostało wysłane.",
  chooseButton: "Wybierz plik",
  noFile: "Nie wybrano pliku",
  chooseBundle: "Najpierw wybierz pakiet FHIR (.json): nic nie zostało wysłane.",
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
  earlier: "Te pliki zaimportowano już wcześniej ({{ at }}; autor importu: {{ who }}).",
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
  columns: {
    file: "Plik",
    row: "Wiersz",
    column: "Kolumna",
    entry: "Wpis",
    element: "Element (FHIRPath)",
    redcapColumn: "Kolumna REDCap",
    record: "Rekord (record_id)",
    rule: "Zasada",
    message: "Co jest nie tak"
  },
  element: "element {{ path }}",
  column: "kolumna {{ column }}",
  unworded: "Niezgodne z zasadą: {{ rule }}",
  rules: {
    format: "wartość dozwolona w tej kolumnie",
    study: "zasada badania",
    order: "kolejność etapów badania",
    once: "jeden taki wpis na pacjenta",
    center: "tylko pacjenci ośrodka, który importuje",
    stored: "zapisane wpisy poprawia się w rejestrze",
    withdrawn: "dane wycofanego pacjenta są tylko do odczytu",
    file: "układ pliku",
    reference: "odwołania wewnątrz pliku"
  },
  records: {
    patient: "pacjent",
    screening: "kwalifikacja",
    block: "blokada diagnostyczna",
    procedure: "zabieg",
    visit: "wizyta",
    adverseEvent: "zdarzenie niepożądane"
  },
  parts: {
    patient: "pacjenta",
    screening: "kwalifikacji",
    block: "blokady diagnostycznej",
    visit: "wizyt (baseline, month3 lub month6: wizyty wyjściowej albo wizyty 3 lub 6 miesięcy po zabiegu)",
    procedure: "zabiegu",
    lesion: "lezji",
    adverseEvent: "zdarzenia niepożądanego"
  },
  problem: {
    fileRequired: "Dodaj plik {{ file }}: jest wymagany",
    notUtf8: "Plik nie jest tekstem UTF-8: zapisz go jako „CSV UTF-8”",
    notCsv: "Pliku nie można odczytać jako CSV: sprawdź cudzysłowy i separatory",
    unknownColumn:
      "Plik {{ sent }} ma kolumnę „{{ column }}”, której nie ma w szablonie {{ template }}: sprawdź nazwy kolumn w szablonie",
    duplicateColumn: "Ta kolumna występuje dwukrotnie",
    columnRequired:
      "W pliku {{ sent }} brakuje kolumny „{{ column }}”, wymaganej przez szablon {{ template }}: dodaj ją",
    extraCells: "Komórek w wierszu: {{ cells }}, w nagłówku: {{ header }}",
    wrongPart: "Ta kolumna dotyczy wierszy {{ part }}: tu zostaw ją pustą",
    notNumber: "„{{ value }}” nie jest liczbą: wpisz cyfry, np. 7 lub 2,5",
    notYesNo: "„{{ value }}” to ani „tak”, ani „nie”",
    notNumbers: "„{{ value }}” nie jest liczbą: wpisz liczby oddzielone średnikiem",
    patientIdMissing: "Brak identyfikatora pacjenta: tego wiersza nie można dalej sprawdzić",
    patientDiffers:
      "Inna wartość niż w pierwszym wierszu pacjenta (wiersz {{ firstRow }}): zostaw puste lub wpisz to samo",
    procedureDiffers:
      "Jeden zabieg na pacjenta: inna wartość niż w pierwszym wierszu zabiegu (wiersz {{ firstRow }})",
    secondScreening: "Pacjent {{ patient }} ma drugi wiersz kwalifikacji",
    noVisitRows:
      "Pacjent {{ patient }} nie ma wierszy w visits.csv: stamtąd pochodzą jego dane i kwalifikacja",
    otherCenter: "Ten import dodaje tylko pacjentów ośrodka {{ center }}, a nie ośrodka {{ given }}",
    storedDiffers:
      "Zapisany wpis ({{ record }}, {{ patient }}) ma inną wartość: jeśli plik jest poprawny, popraw wpis w rejestrze",
    twiceInFile: "Plik zawiera ten wpis ({{ record }}, {{ patient }}) dwukrotnie",
    withdrawn: "Pacjent {{ patient }} został wycofany z badania: nic nie zostanie dodane",
    emptyFile: "Plik {{ file }} jest pusty: wybierz plik z wypełnionymi danymi",
    noRows: "Plik {{ file }} zawiera tylko nagłówek: dodaj wiersz dla każdego pacjenta i punktu czasowego",
    noPatients: "Pakiet nie zawiera żadnego pacjenta (zasobu Patient): nie ma czego importować",
    stageMissing: "Pacjent {{ patient }} ma {{ has }}, ale nie ma {{ stage }}: {{ add }}",
    notEligible:
      "Nie można zaimportować zabiegu pacjenta {{ patient }}: pacjent nie spełnia kryteriów kwalifikacji (niespełnione: {{ criteria }})",
    patientUnchecked:
      "Dane pacjenta {{ patient }} są błędne (zob. problemy powyżej): pozostałe wiersze pacjenta sprawdzono tylko pod kątem wartości; zasady badania zostaną sprawdzone po poprawieniu danych",
    notJson: "Plik nie jest tekstem JSON: wyślij pakiet tak, jak został wyeksportowany, w UTF-8",
    notBundle: "Plik nie jest pakietem FHIR (resourceType Bundle)",
    bundleType: "Importowany jest pakiet typu transaction lub collection, nie „{{ value }}”",
    entryMethod: "Wpis pakietu typu transaction wysyła się metodą POST lub PUT, nie „{{ value }}”",
    resourceNotImported: "Zasób „{{ value }}” nie jest importowany: rejestr odczytuje {{ allowed }}",
    referenceUnresolved: "Odwołanie „{{ value }}” nie wskazuje żadnego wpisu pakietu",
    notPatientReference: "„{{ value }}” nie jest pacjentem z tego pakietu",
    unknownMeasure: "Obserwacja „{{ value }}” nie jest pomiarem rejestru (NRS, VAS, ODI, kwalifikacja)",
    unknownProcedure: "Zabieg nie jest ani krioneurolizą (SNOMED CT 1204278004), ani blokadą diagnostyczną",
    unknownField:
      "„{{ value }}” nie jest polem projektu REDCap rejestru: wyeksportuj rekordy ze słownikiem danych rejestru",
    unknownCheckboxCode: "Pole wyboru {{ field }} nie ma opcji „{{ value }}”: jego opcje to {{ allowed }}",
    unknownEvent: "„{{ value }}” nie jest zdarzeniem projektu REDCap rejestru: zdarzenia to {{ allowed }}",
    unknownRepeatInstrument:
      "Formularz „{{ value }}” nie powtarza się w zdarzeniu {{ event }}: formularze powtarzalne to {{ allowed }}",
    repeatInstance:
      "Numer powtórzenia formularza {{ instrument }} to liczba całkowita od 1, nie „{{ value }}”",
    instanceWithoutInstrument:
      "Wiersz bez formularza powtarzalnego nie ma numeru powtórzenia: zostaw redcap_repeat_instance puste, nie „{{ value }}”",
    rowTwice: "Pacjent {{ patient }} ma drugi wiersz dla {{ key }}: jeden wiersz na zdarzenie i powtórzenie",
    noScreeningRow:
      "Pacjent {{ patient }} nie ma wiersza screening_arm_1: z niego pochodzą dane pacjenta (ośrodek, płeć, rok urodzenia, strona leczona)",
    notYesNoCode: "„{{ value }}” to ani 1 (tak), ani 0 (nie)",
    notCheckboxCode: "„{{ value }}” to ani 1 (zaznaczone), ani 0 (niezaznaczone)",
    completeStatus:
      "Status formularza to 0 (niekompletny), 1 (niezweryfikowany) lub 2 (kompletny), nie „{{ value }}”"
  },
  has: {
    screening: "kwalifikację",
    block: "blokadę diagnostyczną",
    procedure: "zabieg",
    baseline: "wizytę wyjściową",
    month3: "wizytę po 3 miesiącach",
    month6: "wizytę po 6 miesiącach",
    visit: "wizytę",
    adverseEvent: "zdarzenie niepożądane"
  },
  stage: { screening: "kwalifikacji", block: "blokady diagnostycznej", procedure: "zabiegu" },
  addRow: {
    screening: "dodaj wiersz kwalifikacji (punkt czasowy „screening”) do pliku {{ file }}",
    block: "dodaj wiersz blokady diagnostycznej (punkt czasowy „block”) do pliku {{ file }}",
    procedure: "dodaj wiersze zabiegu (po jednym na lezję) do pliku {{ file }}"
  },
  addRecord: {
    screening: "dodaj kwalifikację do pliku {{ file }}",
    block: "dodaj blokadę diagnostyczną do pliku {{ file }}",
    procedure: "dodaj zabieg do pliku {{ file }}"
  },
  sentAs: "{{ file }} (wysłany jako {{ template }})",
  failed: "Przesyłanie zostało odrzucone: {{ reason }}",
  csvName: "problemy-importu.csv"
}
