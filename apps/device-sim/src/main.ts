import { parseFlags, RunError, UsageError } from "./cli/Args.js"
import { cohortCommand, cohortOptions } from "./cli/Cohort.js"
import { reportOptions, runOptions } from "./cli/ProbeOptions.js"
import { procedureCommand, procedureOptions } from "./cli/Procedure.js"
import { usage } from "./cli/Usage.js"
import { studyReportOutput } from "./report.js"
import { runProbe } from "./run.js"

const write = (text: string) => {
  process.stdout.write(text)
}
// A closed pipe (`device-sim run | head`) ends the program quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 1))

const main = async (argv: ReadonlyArray<string>) => {
  const { values, positionals } = parseFlags(argv)
  const command = positionals[0]
  if (values.help || command === undefined || command === "help") {
    write(usage)
    return values.help || command === "help" ? 0 : 2
  }
  switch (command) {
    case "procedure":
      return await procedureCommand(procedureOptions(values), write, process.stdout.isTTY === true)
    case "cohort":
      await cohortCommand(cohortOptions(values), write)
      return 0
    case "run":
      await runProbe(runOptions(values))
      return 0
    case "report":
      write(studyReportOutput(reportOptions(values)))
      return 0
    default:
      throw new UsageError(`unknown command "${command}"; try device-sim --help`)
  }
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  const known = error instanceof UsageError || error instanceof RunError
  const message = known
    ? error.message
    : `unexpected error: ${error instanceof Error ? error.message : String(error)}`
  process.stderr.write(`device-sim: ${message}\n`)
  if (!known && process.env.DEBUG) process.stderr.write(`${(error as Error).stack}\n`)
  process.exitCode = error instanceof UsageError ? 2 : 1
}
