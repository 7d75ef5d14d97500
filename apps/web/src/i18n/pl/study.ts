import type { study as en } from "../en/study"

/** Słownictwo badania wspólne dla wszystkich stron (polski). */
export const study: typeof en = {
  status: {
    registered: "Zarejestrowany, jeszcze bez kwalifikacji",
    undecided: "Po kwalifikacji, kwalifikowalność nierozstrzygnięta",
    ineligible: "Niekwalifikujący się",
    eligible: "Zakwalifikowany, czeka na zabieg",
    treated: "Po zabiegu",
    month3: "Kontrola po 3 miesiącach",
    month6: "Kontrola po 6 miesiącach"
  },
  timepoint: { baseline: "Wizyta wyjściowa", month3: "3 miesiące", month6: "6 miesięcy" },
  visit: { baseline: "Wizyta wyjściowa", month3: "Wizyta po 3 miesiącach", month6: "Wizyta po 6 miesiącach" },
  side: { left: "lewa", right: "prawa", bilateral: "obie strony" },
  sex: { female: "kobieta", male: "mężczyzna" },
  severity: { mild: "łagodne", moderate: "umiarkowane", severe: "ciężkie" },
  yesNo: { yes: "tak", no: "nie" },
  answer: { yes: "tak", no: "nie", unknown: "nie wiadomo" },
  adverseEventType: {
    "local hematoma": "krwiak miejscowy",
    "transient paresthesia": "przemijające parestezje",
    "procedural pain": "ból okołozabiegowy",
    "temporary motor weakness": "przemijające osłabienie ruchowe",
    infection: "zakażenie",
    "permanent neurological deficit": "trwały deficyt neurologiczny",
    bleeding: "krwawienie",
    other: "inne"
  },
  anesthetic: {
    lidocaine: "lidokaina",
    mepivacaine: "mepiwakaina",
    prilocaine: "prilokaina",
    articaine: "artykaina",
    bupivacaine: "bupiwakaina",
    levobupivacaine: "lewobupiwakaina",
    ropivacaine: "ropiwakaina"
  },
  analgesicCategory: {
    nsaids: "NLPZ",
    combinationAnalgesics: "Złożone leki przeciwbólowe",
    opioidContaining: "Zawierające opioidy"
  },
  analgesicKind: {
    nsaids: "NLPZ",
    combinationAnalgesics: "złożony lek przeciwbólowy",
    opioidContaining: "opioid",
    none: "inny lek przeciwbólowy"
  },
  // składniki leków z tabeli domeny (`Analgesics.table`) pod polskimi nazwami międzynarodowymi (INN)
  drug: {
    ibuprofen: "ibuprofen",
    naproxen: "naproksen",
    ketoprofen: "ketoprofen",
    dexibuprofen: "deksybuprofen",
    dexketoprofen: "deksketoprofen",
    paracetamol: "paracetamol",
    indometacin: "indometacyna",
    diclofenac: "diklofenak",
    aceclofenac: "aceklofenak",
    piroxicam: "piroksykam",
    lornoxicam: "lornoksykam",
    meloxicam: "meloksykam",
    celecoxib: "celekoksyb",
    etoricoxib: "etorykoksyb",
    nabumetone: "nabumeton",
    nimesulide: "nimesulid",
    morphine: "morfina",
    hydromorphone: "hydromorfon",
    oxycodone: "oksykodon",
    dihydrocodeine: "dihydrokodeina",
    naloxone: "nalokson",
    pethidine: "petydyna",
    fentanyl: "fentanyl",
    buprenorphine: "buprenorfina",
    tramadol: "tramadol",
    tapentadol: "tapentadol",
    codeine: "kodeina",
    "acetylsalicylic acid": "kwas acetylosalicylowy",
    caffeine: "kofeina",
    propyphenazone: "propyfenazon",
    metamizole: "metamizol",
    gabapentin: "gabapentyna",
    pregabalin: "pregabalina",
    amitriptyline: "amitryptylina",
    duloxetine: "duloksetyna",
    tolperisone: "tolperyzon",
    thiocolchicoside: "tiokolchikozyd"
  },
  criterion: {
    painDuration: "Ból krzyża od co najmniej 6 miesięcy",
    baselineNrs: "Wyjściowe natężenie bólu NRS co najmniej 5",
    conservativeCareFailure: "Nieskuteczne leczenie zachowawcze przez co najmniej 3 miesiące",
    positiveDiagnosticBlock:
      "Dodatnia blokada diagnostyczna stawu krzyżowo-biodrowego (ulga co najmniej 50 %)",
    imaging: "Wykonane MRI odcinka lędźwiowego i stawów krzyżowo-biodrowych"
  },
  odiBand: {
    minimal: "minimalna",
    moderate: "umiarkowana",
    severe: "ciężka",
    crippled: "kalectwo",
    "bed-bound": "unieruchomienie w łóżku"
  },
  odiSection: {
    "pain intensity": "natężenie bólu",
    "personal care": "samoobsługa",
    lifting: "podnoszenie",
    walking: "chodzenie",
    sitting: "siedzenie",
    standing: "stanie",
    sleeping: "sen",
    "sex life": "życie seksualne",
    "social life": "życie towarzyskie",
    travelling: "podróżowanie"
  },
  exclusion: {
    acuteOrProgressiveRadiculopathy: "Ostra lub postępująca radikulopatia",
    nerveRootCompressionRequiringSurgery:
      "Ucisk korzenia nerwowego wymagający operacji (w badaniu obrazowym)",
    inflammatorySacroiliitis: "Zapalenie stawów krzyżowo-biodrowych",
    priorSijFusion: "Przebyta artrodeza stawu krzyżowo-biodrowego",
    coagulationDisorder: "Zaburzenia krzepnięcia wykluczające zabieg",
    activeInfection: "Czynne zakażenie",
    pregnancy: "Ciąża",
    severeSystemicDisease: "Ciężka choroba ogólnoustrojowa utrudniająca leczenie lub obserwację"
  },
  phase: {
    Idle: "między lezjami",
    Positioned: "sonda umieszczona",
    Stimulated: "stymulacja wykonana",
    Freezing: "zamrażanie",
    Thawing: "rozmrażanie",
    Thawed: "rozmrożono",
    Completed: "zakończony"
  }
}
