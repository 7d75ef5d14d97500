// The live-procedure endpoints (events, telemetry, stream) are defined here; Api.ts re-exports them.
export {}
