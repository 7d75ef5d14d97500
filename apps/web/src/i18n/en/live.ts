/** The live procedure page: the probe, its gate, the curve, deviations and lesions (English). */
export const live = {
  title: "Live procedure — patient {{ patient }}, side: {{ side }}, started {{ at }}",
  titleLoading: "Live procedure",
  noSuchId: "No such procedure id",
  back: "Back to patient {{ patient }}",
  abortedOn: "Aborted on {{ day }}: {{ reason }}",
  controls: "Probe and procedure",
  issueToken: "Issue a new device token",
  abort: "Abort the live procedure",
  connection: {
    ended: "The procedure has ended: nothing more will arrive from the probe.",
    open: "Connected: streaming",
    reconnecting: "Connection lost: reconnecting…",
    connecting: "Connecting…"
  },
  aborted: "aborted",
  step: "protocol step",
  seconds: "{{ s }} s",
  freeze: "freeze (target {{ s }} s)",
  lesionsLeft: "lesions on the left",
  lesionsRight: "lesions on the right",
  curve: "Tip temperature",
  gate: "Stimulation gate: {{ gate }}",
  gateState: {
    aborted: "procedure aborted",
    completed: "procedure completed",
    notPlaced: "probe not placed",
    cleared:
      "cleared to freeze at {{ side }} {{ level }} (no motor response up to {{ volts }} V at {{ hz }} Hz)",
    notCleared: "not cleared at {{ side }} {{ level }}: {{ finding }}"
  },
  finding: {
    "no-test": "no stimulation test since the probe was placed; freezing needs {{ rule }}",
    "wrong-frequency": "the last stimulation test was at {{ hz }} Hz; freezing needs {{ rule }}",
    "motor-response":
      "a motor response was seen at {{ volts }} V (limit {{ max }} V): the probe is near a motor nerve; reposition and test again",
    "voltage-not-reached": "the stimulation test went only up to {{ volts }}; freezing needs {{ rule }}",
    rule: "a motor stimulation test at {{ hz }} Hz with no motor response up to {{ max }} V",
    noVoltage: "no voltage"
  },
  samples: "{{ n }} samples received.",
  axis: { time: "device time (s)", temperature: "tip temperature (°C)", t: "t (s)" },
  lesion: "lesion {{ n }}",
  curveLabel:
    "Probe tip temperature over time, one line per lesion; dashed line at the {{ target }} °C target",
  deviations: "Deviations",
  noDeviation: "No deviation from the protocol.",
  noneYet: "None so far.",
  noneAborted: "None.",
  deviation: {
    "no-lesions": "No lesion was completed in this procedure",
    "too-few-lesions": "{{ side }} side: {{ n }} lesions; the protocol asks for {{ wanted }} a side",
    "too-many-lesions": "{{ side }} side: {{ n }} lesions; the protocol asks for {{ wanted }} a side",
    "level-not-covered": "{{ side }} side: no lesion at {{ level }} (the protocol covers {{ levels }})",
    "lesion-on-untreated-side": "Lesion {{ n }} ({{ where }}) is on a side not planned for treatment",
    "freeze-cycles-out-of-range":
      "Lesion {{ n }} ({{ where }}) had {{ cycles }} freeze-thaw cycles; the protocol allows {{ wanted }}",
    "target-not-reached":
      "the tip never reached {{ target }} °C (within {{ tolerance }} °C) during the freeze",
    "freeze-too-short": "the freeze was shorter than the protocol's {{ s }} s (± {{ tolerance }} s)",
    "freeze-too-long": "the freeze was longer than the protocol's {{ s }} s (± {{ tolerance }} s)",
    "sensor-gap": "the telemetry had a gap of more than {{ s }} s during the freeze",
    inLesion: "Lesion {{ n }} ({{ where }}): {{ what }}"
  },
  lesions: "Lesions",
  lesionsLabel: "Closed lesions",
  lesionsCaption: "Closed lesions and their cycle evaluations",
  column: { side: "Side", level: "Level", cycles: "Cycles" },
  cycle: "{{ s }} s, coldest {{ coldest }} °C, {{ atTarget }} s at target"
}
