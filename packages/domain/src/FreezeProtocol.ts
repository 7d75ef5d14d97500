/**
 * The freeze protocol of one procedure as a pure state machine: probe positioning, motor stimulation
 * test, freeze-thaw cycles with telemetry, lesions and the procedure summary, with the study's rules.
 */

export * from "./FreezeProtocol/Cycle.js"
export * from "./FreezeProtocol/Errors.js"
export * from "./FreezeProtocol/Events.js"
export * from "./FreezeProtocol/Plan.js"
export * from "./FreezeProtocol/Recorded.js"
export * from "./FreezeProtocol/Script.js"
export * from "./FreezeProtocol/State.js"
export * from "./FreezeProtocol/Stimulation.js"
export * from "./FreezeProtocol/Summary.js"
export * from "./FreezeProtocol/Transitions.js"
