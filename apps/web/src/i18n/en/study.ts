/** The study's own words, shared by every page: statuses, time points, sides, severity, adverse events, protocol steps (English). */
export const study = {
  status: {
    registered: "Registered, not screened yet",
    undecided: "Screened, eligibility not decided",
    ineligible: "Not eligible",
    eligible: "Eligible, awaiting the procedure",
    treated: "Treated",
    month3: "3-month follow-up",
    month6: "6-month follow-up"
  },
  timepoint: { baseline: "Baseline", month3: "3 months", month6: "6 months" },
  visit: { baseline: "Baseline visit", month3: "3-month visit", month6: "6-month visit" },
  side: { left: "left", right: "right", bilateral: "both sides" },
  sex: { female: "female", male: "male" },
  severity: { mild: "mild", moderate: "moderate", severe: "severe" },
  yesNo: { yes: "yes", no: "no" },
  answer: { yes: "yes", no: "no", unknown: "unknown" },
  adverseEventType: {
    "local hematoma": "local hematoma",
    "transient paresthesia": "transient paresthesia",
    "procedural pain": "procedural pain",
    "temporary motor weakness": "temporary motor weakness",
    infection: "infection",
    "permanent neurological deficit": "permanent neurological deficit",
    bleeding: "bleeding",
    other: "other"
  },
  anesthetic: {
    lidocaine: "lidocaine",
    mepivacaine: "mepivacaine",
    prilocaine: "prilocaine",
    articaine: "articaine",
    bupivacaine: "bupivacaine",
    levobupivacaine: "levobupivacaine",
    ropivacaine: "ropivacaine"
  },
  analgesicCategory: {
    nsaids: "NSAIDs",
    combinationAnalgesics: "Combination analgesics",
    opioidContaining: "Opioid-containing"
  },
  // one drug's kind, after its name ("tramadol — opioid"); `none`: an analgesic of none of the three categories
  analgesicKind: {
    nsaids: "NSAID",
    combinationAnalgesics: "combination analgesic",
    opioidContaining: "opioid",
    none: "other analgesic"
  },
  // each component of a drug of the domain's table (`Analgesics.table`) by its generic (INN) name
  drug: {
    ibuprofen: "ibuprofen",
    naproxen: "naproxen",
    ketoprofen: "ketoprofen",
    dexibuprofen: "dexibuprofen",
    dexketoprofen: "dexketoprofen",
    paracetamol: "paracetamol",
    indometacin: "indometacin",
    diclofenac: "diclofenac",
    aceclofenac: "aceclofenac",
    piroxicam: "piroxicam",
    lornoxicam: "lornoxicam",
    meloxicam: "meloxicam",
    celecoxib: "celecoxib",
    etoricoxib: "etoricoxib",
    nabumetone: "nabumetone",
    nimesulide: "nimesulide",
    morphine: "morphine",
    hydromorphone: "hydromorphone",
    oxycodone: "oxycodone",
    dihydrocodeine: "dihydrocodeine",
    naloxone: "naloxone",
    pethidine: "pethidine",
    fentanyl: "fentanyl",
    buprenorphine: "buprenorphine",
    tramadol: "tramadol",
    tapentadol: "tapentadol",
    codeine: "codeine",
    "acetylsalicylic acid": "acetylsalicylic acid",
    caffeine: "caffeine",
    propyphenazone: "propyphenazone",
    metamizole: "metamizole",
    gabapentin: "gabapentin",
    pregabalin: "pregabalin",
    amitriptyline: "amitriptyline",
    duloxetine: "duloxetine",
    tolperisone: "tolperisone",
    thiocolchicoside: "thiocolchicoside"
  },
  criterion: {
    painDuration: "Low back pain for at least 6 months",
    baselineNrs: "Baseline pain NRS at least 5",
    conservativeCareFailure: "Conservative care failed for at least 3 months",
    positiveDiagnosticBlock: "Positive diagnostic SIJ block (at least 50 % relief)",
    imaging: "MRI of the lumbar spine and SIJs done"
  },
  odiBand: {
    minimal: "minimal",
    moderate: "moderate",
    severe: "severe",
    crippled: "crippled",
    "bed-bound": "bed-bound"
  },
  odiSection: {
    "pain intensity": "pain intensity",
    "personal care": "personal care",
    lifting: "lifting",
    walking: "walking",
    sitting: "sitting",
    standing: "standing",
    sleeping: "sleeping",
    "sex life": "sex life",
    "social life": "social life",
    travelling: "travelling"
  },
  exclusion: {
    acuteOrProgressiveRadiculopathy: "Acute or progressive radiculopathy",
    nerveRootCompressionRequiringSurgery: "Nerve root compression requiring surgery (imaging)",
    inflammatorySacroiliitis: "Inflammatory sacroiliitis",
    priorSijFusion: "Prior SIJ fusion",
    coagulationDisorder: "Coagulation disorder precluding intervention",
    activeInfection: "Active infection",
    pregnancy: "Pregnancy",
    severeSystemicDisease: "Severe systemic disease interfering with treatment or follow-up"
  },
  phase: {
    Idle: "between lesions",
    Positioned: "probe placed",
    Stimulated: "stimulation tested",
    Freezing: "freezing",
    Thawing: "thawing",
    Thawed: "thawed",
    Completed: "completed"
  }
}
