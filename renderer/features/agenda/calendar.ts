// The next steps as a calendar file (iCalendar, RFC 5545) for Outlook, Apple and Google Calendar:
// one all-day event per OPEN next step on its due day, a display reminder one day before, the UID
// stable per visit (importing again updates the event instead of adding a second one).
// ical-generator does the RFC work: CRLF line ends, folding at 75 octets without splitting a UTF-8
// character (Chinese text is 3 octets a character), and escaping of , ; \ and line breaks.
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import type { TFunction } from 'i18next';
import { addDays } from '../../../shared/history/days';
import type { NextStepItem } from '../../../shared/visits/model';
import { listNames } from '../../i18n/list';
import { formatDay } from '../timeline/dates';

/** The words of the file, in the app language. */
export interface CalendarWords {
  calendarName: string;
  summary(item: NextStepItem): string;
  description(item: NextStepItem): string;
  reminder(item: NextStepItem): string;
}

const ONE_DAY_S = 24 * 60 * 60;

/** A calendar day as a Date at UTC midnight: ical-generator writes all-day dates from UTC fields. */
const utcDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** "next-step-<visit id>@powermap": one visit has at most one next step, so this never changes. */
export const eventUid = (visitId: string): string => `next-step-${visitId}@powermap`;

/** The .ics text for the open steps among `items`; `stamp` is the file's DTSTAMP (when it was made). */
export function nextStepsCalendar(items: readonly NextStepItem[], words: CalendarWords, stamp: Date, language: string): string {
  const calendar = ical({
    name: words.calendarName,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Powermap', product: 'Next steps', language: language.slice(0, 2).toUpperCase() },
  });
  for (const item of items) {
    if (item.done) continue;
    const event = calendar.createEvent({
      id: eventUid(item.visitId),
      start: utcDay(item.due),
      end: utcDay(addDays(item.due, 1)),
      allDay: true,
      stamp,
      summary: words.summary(item),
      description: words.description(item),
    });
    event.createAlarm({ type: ICalAlarmType.display, triggerBefore: ONE_DAY_S, description: words.reminder(item) });
  }
  // RFC 5545 ends every content line with CRLF, the last one too (ical-generator leaves it off).
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** The file's words from the app's translations. */
export function calendarWords(t: TFunction, language: string): CalendarWords {
  const summary = (item: NextStepItem) => t('agenda.ics.summary', { what: item.what, account: item.accountName });
  return {
    calendarName: t('agenda.ics.calendarName'),
    summary,
    description: (item) =>
      [
        item.people.length > 0 ? t('agenda.ics.people', { names: listNames(item.people.map((p) => p.name), language) }) : t('agenda.ics.noPeople'),
        t(`agenda.ics.owner.${item.owner}`),
        t('agenda.ics.visit', { date: formatDay(item.visitDate, language), kind: t(`agenda.kind.${item.visitKind}`) }),
      ].join('\n'),
    reminder: (item) => t('agenda.ics.reminder', { summary: summary(item) }),
  };
}
