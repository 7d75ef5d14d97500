import { StudyCalendar } from "@cryoreg/domain"
import { timeZone } from "."

// Apart from index.ts: the calendar's code is not needed by the first page, only by the forms.

/** Today's date in the registry's time zone (`2026-12-08` from midnight in Warsaw, whatever the browser's zone or UTC say). */
export const today = (): string => StudyCalendar.dateIn(Date.now(), timeZone())
