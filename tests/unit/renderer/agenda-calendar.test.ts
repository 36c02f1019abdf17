// The next-steps calendar file, read back with a real iCalendar parser (ical.js): one all-day event per
// open step with a reminder a day before, Chinese text intact, , ; \ and line breaks escaped, every
// line CRLF and at most 75 octets, folds never inside a UTF-8 character.
import i18next from 'i18next';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { NextStepItem } from '../../../shared/visits/model';
import { calendarWords, eventUid, nextStepsCalendar } from '../../../renderer/features/agenda/calendar';
import { resources } from '../../../renderer/i18n/resources';

const ACCOUNT = '贝乐母婴连锁（华东）, 总部; 采购\\部';
const LONG = '寄送试用装样品给孙美华和许晶，并确认首批试用订单的数量、价格与交付时间，顺便预约总经理见面🙂';

const step = (over: Partial<NextStepItem>): NextStepItem => ({
  visitId: 'v1',
  accountId: 'a1',
  accountName: ACCOUNT,
  visitDate: '2026-11-03',
  visitKind: 'visit',
  what: LONG,
  due: '2026-11-24',
  owner: 'us',
  done: false,
  doneOn: null,
  people: [
    { personId: 'p1', name: '孙美华' },
    { personId: 'p2', name: '许晶' },
  ],
  ...over,
});

const ITEMS = [
  step({}),
  step({ visitId: 'v2', accountName: 'Acme', what: 'Send the price list', due: '2026-11-28', owner: 'them', visitKind: 'call', people: [] }),
  step({ visitId: 'v3', what: 'Bring the engineer', due: '2026-12-15', done: false }),
  step({ visitId: 'v4', what: 'Already done', due: '2026-11-01', done: true, doneOn: '2026-11-02' }),
];

async function words(lng: 'en' | 'zh-CN') {
  const t = i18next.createInstance();
  await t.init({ resources: { en: { translation: resources.en }, 'zh-CN': { translation: resources['zh-CN'] } }, lng, interpolation: { escapeValue: false } });
  return calendarWords(t.t.bind(t), lng);
}

const STAMP = new Date('2026-11-27T09:00:00Z');

describe('next steps calendar (.ics)', () => {
  it('parses with ical.js: one all-day event per open step, Chinese text intact, a display reminder one day before', async () => {
    const text = nextStepsCalendar(ITEMS, await words('zh-CN'), STAMP, 'zh-CN');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([eventUid('v1'), eventUid('v2'), eventUid('v3')]);

    const [first, second] = events;
    const start = first!.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(start.toString()).toBe('2026-11-24');
    expect((first!.getFirstPropertyValue('dtend') as ICAL.Time).toString()).toBe('2026-11-25');
    expect((first!.getFirstPropertyValue('dtstamp') as ICAL.Time).toString()).toBe('2026-11-27T09:00:00Z');
    expect(first!.getFirstPropertyValue('summary')).toBe(`下一步：${LONG} — ${ACCOUNT}`);
    expect(first!.getFirstPropertyValue('description')).toBe('相关人员：孙美华、许晶\n负责方：我方\n约定于 2026年11月3日 的拜访（拜访）');
    expect(second!.getFirstPropertyValue('summary')).toBe('下一步：Send the price list — Acme');
    expect(second!.getFirstPropertyValue('description')).toBe('相关人员：未列出\n负责方：客户\n约定于 2026年11月3日 的拜访（电话/视频）');

    for (const event of events) {
      const alarms = event.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarms[0]!.getFirstPropertyValue('trigger'))).toBe('-P1D');
      expect(alarms[0]!.getFirstPropertyValue('description')).toBe(`明天 — ${event.getFirstPropertyValue('summary')}`);
    }
  });

  it('writes CRLF lines of at most 75 octets, folded between UTF-8 characters, with , ; \\ and line breaks escaped', async () => {
    const text = nextStepsCalendar(ITEMS, await words('zh-CN'), STAMP, 'zh-CN');
    const bytes = new TextEncoder().encode(text);
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    // The long Chinese summary really was folded, and every physical line is whole UTF-8 on its own.
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
    const fatal = new TextDecoder('utf-8', { fatal: true });
    let from = 0;
    for (let i = 0; i + 1 < bytes.length; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        expect(() => fatal.decode(bytes.subarray(from, i))).not.toThrow();
        from = i + 2;
      }
    }
    expect(text).not.toContain('\uFFFD');
    // Escaping (RFC 5545 3.3.11), seen in the unfolded text.
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('贝乐母婴连锁（华东）\\, 总部\\; 采购\\\\部');
    expect(unfolded).toContain('DESCRIPTION:相关人员：孙美华、许晶\\n负责方：我方\\n');
    expect(unfolded).toContain('🙂');
  });

  it('leaves done steps out and speaks English when the app does', async () => {
    const text = nextStepsCalendar(ITEMS, await words('en'), STAMP, 'en');
    expect(text).not.toContain('Already done');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(3);
    expect(events[1]!.getFirstPropertyValue('summary')).toBe('Next step: Send the price list — Acme');
    expect(events[1]!.getFirstPropertyValue('description')).toBe('People: none listed\nWho does it: the customer\nAgreed at the visit on Nov 3, 2026 (phone/video call)');
    expect(nextStepsCalendar([], await words('en'), STAMP, 'en')).toContain('BEGIN:VCALENDAR');
  });
});
