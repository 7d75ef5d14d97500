import type { fields as en } from "../en/fields"

/** Pola każdego rodzaju zapisu, tak jak nazywa je formularz (polski); czytają je formularze i historia. */
export const fields: typeof en = {
  patient: {
    centerId: "Ośrodek",
    id: "Identyfikator pacjenta",
    sex: "Płeć",
    birthYear: "Rok urodzenia",
    treatedSide: "Strona leczona"
  },
  screening: {
    date: "Data kwalifikacji",
    painDurationMonths: "Czas trwania bólu (miesiące)",
    baselineNrs: "NRS przy kwalifikacji",
    conservativeCareFailedMonths: "Nieskuteczne leczenie zachowawcze (miesiące)",
    imagingDone: "Wykonano MRI odcinka lędźwiowego i stawów krzyżowo-biodrowych",
    exclusions: "Kryteria wyłączenia"
  },
  diagnosticBlock: {
    date: "Data blokady",
    agent: "Środek znieczulający miejscowo",
    concentrationPercent: "Stężenie (%)",
    volumeMl: "Objętość (ml)",
    contrastConfirmed: "Rozprzestrzenienie dostawowe potwierdzone kontrastem",
    nrsBefore: "NRS przed blokadą",
    nrsAfter: "NRS po blokadzie",
    minutesAfter: "Minuty po wstrzyknięciu",
    reliefDurationHours: "Czas ulgi (godziny)",
    comparative: "Blokada porównawcza"
  },
  procedure: {
    date: "Data zabiegu",
    operator: "Operator",
    side: "Strona",
    deviceSerial: "Numer seryjny urządzenia",
    durationMinutes: "Czas trwania (minuty)",
    lesions: "Lezje"
  },
  visit: {
    timepoint: "Punkt czasowy",
    date: "Data wizyty",
    daysAfterProcedure: "Dni od zabiegu",
    nrs: "NRS",
    vasMm: "VAS",
    odiAnswers: "Odpowiedzi ODI",
    analgesics: "Leki przeciwbólowe"
  },
  adverseEvent: {
    type: "Rodzaj",
    severity: "Nasilenie",
    onsetDays: "Początek (dni od zabiegu)",
    resolutionDays: "Ustąpienie (dni od zabiegu)",
    description: "Opis",
    serious: "Poważne zdarzenie niepożądane (SAE)",
    relatedToProcedure: "Związane z zabiegiem"
  }
}
