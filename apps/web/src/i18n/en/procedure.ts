/** Entering a procedure (after the fact or live), correcting or aborting it, connecting the probe (English). */
export const procedure = {
  entry: {
    how: "How the procedure is entered",
    recorded: "Enter a procedure already done",
    live: "Follow a procedure live from the probe"
  },
  form: {
    times:
      "Times are minutes:seconds from the start of the procedure (5:00 is five minutes in; seconds such as 300 work too). Each new lesion starts from the previous one: its side, its test and its cycles, at the next level of the study's plan (L5, S1, S1, S2, S2, S3, S3), a minute after it.",
    addLesion: "Add a lesion",
    lesionCount: (p: { n: number }) => (p.n === 1 ? "1 lesion" : `${p.n} lesions`),
    save: "Save the procedure"
  },
  lesion: {
    title: "Lesion {{ n }}",
    frequency: "Stimulation (Hz)",
    voltages: "Voltages tried (V)",
    voltagesHint: "In the order tried, e.g. 0.5, 1, 1.5, 2",
    motor: "Motor response",
    motorNone: "None",
    motorResponse: "Occurred",
    motorAt: "Motor response at (V)",
    cycle: "Freeze-thaw cycle {{ n }}",
    freezeStart: "Freeze start",
    freezeEnd: "Freeze end",
    thawEnd: "Thaw end",
    coldest: "Coldest tip (°C)",
    notRecorded: "Leave empty if not recorded",
    removeCycle: "Remove this cycle",
    addCycle: "Add a cycle",
    remove: "Remove this lesion"
  },
  errors: {
    asNumber: "Write the {{ what }} as a number",
    side: "Choose the side treated",
    durationWhat: "duration in minutes",
    lesionSide: "Choose the side of this lesion",
    lesionLevel: "Choose the level of this lesion",
    frequencyWhat: "frequency in Hz",
    voltages: "Write the voltages as numbers, e.g. 0.5, 1, 1.5, 2",
    motorVoltage: "Give the voltage of the motor response, or choose no motor response",
    voltageWhat: "voltage",
    freezeStart: "Give the freeze start, in {{ clock }}",
    freezeEnd: "Give the freeze end, in {{ clock }}",
    clockTime: "Write the {{ what }} in {{ clock }}",
    clock: "minutes:seconds from the start of the procedure (5:00), or seconds (300)",
    time: { startedAt: "freeze start", endedAt: "freeze end", thawCompletedAt: "thaw end" },
    noFreeze: "No freeze is allowed after this test: {{ finding }}",
    tooManyCycles: "{{ n }} freeze-thaw cycles; the protocol allows at most {{ max }} per lesion",
    noCycle: "No freeze-thaw cycle recorded: a lesion needs at least one",
    outOfOrder: "This time does not follow the one before it: the times of a procedure go forward",
    coldestWhat: "coldest tip in °C"
  },
  correction: {
    title: "Correct the procedure",
    liveLesions:
      "This procedure was followed live: its lesions (stimulation tests, freezes and the probe's telemetry) are the probe's record and cannot be corrected. Its date, operator, device serial and duration can."
  },
  live: {
    start: "Start a live procedure",
    lesionsPerSide: "Lesions planned per side",
    date: "Date",
    submit: "Start the live procedure",
    inProgress: "Live procedure in progress",
    progress: "{{ done }} of {{ planned }} lesions",
    openLive: "open the live page",
    summary: "Side: {{ side }}, {{ phase }}; started {{ at }}.",
    aborted: "Live procedure aborted {{ at }} — reason: {{ reason }}",
    abort: "Abort the live procedure"
  },
  abort: {
    reason: "Reason for aborting",
    hint: "Required; kept in the history. The probe's token stops working and the patient can have a new procedure.",
    submit: "Abort the procedure"
  },
  device: {
    title: "Connect the probe",
    open: "The live procedure is open. This device token is shown once: copy it now. A new one can be issued from the live page; the old one then stops working.",
    token: "Device token",
    command: "Simulator command",
    copyToken: "Copy device token",
    copyCommand: "Copy simulator command",
    copied: "Copied.",
    copyRefused: "Copying is not allowed here: select the text and copy it.",
    validUntil: "The token is valid until {{ at }}.",
    openLive: "Open the live page"
  },
  telemetry: {
    title: "Telemetry",
    watch: "Watch it live",
    openLive: "Open the procedure's live page",
    samples: (p: { n: number }) => (p.n === 1 ? "(1 sample recorded)" : `(${p.n} samples recorded)`)
  }
}
