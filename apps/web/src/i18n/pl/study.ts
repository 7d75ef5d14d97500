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
  side: { left: "lewa", right: "prawa", bilateral: "obustronnie" },
  severity: { mild: "łagodne", moderate: "umiarkowane", severe: "ciężkie" },
  adverseEvent: {
    "local hematoma": "miejscowy krwiak",
    "transient paresthesia": "przemijające parestezje",
    "procedural pain": "ból związany z zabiegiem",
    "temporary motor weakness": "przemijające osłabienie siły mięśniowej",
    infection: "zakażenie",
    "permanent neurological deficit": "trwały deficyt neurologiczny",
    bleeding: "krwawienie",
    other: "inne"
  },
  phase: {
    Idle: "między zmianami",
    Positioned: "sonda umieszczona",
    Stimulated: "stymulacja wykonana",
    Freezing: "zamrażanie",
    Thawing: "rozmrażanie",
    Thawed: "rozmrożono",
    Completed: "zakończony"
  }
}
