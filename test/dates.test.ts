/** Dates kept as written: the author's day for readers, the right instant for feeds and ordering. */
import { describe, expect, test } from 'vitest';
import { compareDates, instantOf, latestOf, monthOf } from '../src/model/dates.ts';
import { formatDate, formatMonth } from '../src/i18n/index.ts';

describe('the day readers see is the day the author wrote', () => {
	test.each([
		['2025-03-13', '13 March 2025'],
		['2025-03-13T00:30:00+02:00', '13 March 2025'],
		['2025-03-13T23:30:00-05:00', '13 March 2025'],
		['2025-03-13T23:59:00+14:00', '13 March 2025'],
	])('%s reads %s', (date, shown) => {
		expect(formatDate(date)).toBe(shown);
	});
});

describe('the instant a date stands for', () => {
	test.each([
		['a date-time, in its own offset', '2025-03-13T09:30:00+01:00', 'UTC', '2025-03-13T08:30:00.000Z'],
		['a day, in a UTC site', '2025-03-13', 'UTC', '2025-03-13T00:00:00.000Z'],
		['a day, in a Warsaw site (winter)', '2025-03-13', 'Europe/Warsaw', '2025-03-12T23:00:00.000Z'],
		['a day, in a Warsaw site (summer)', '2025-07-01', 'Europe/Warsaw', '2025-06-30T22:00:00.000Z'],
		['a day, in a New York site', '2025-03-13', 'America/New_York', '2025-03-13T04:00:00.000Z'],
		['a day, in a Kolkata site', '2025-03-13', 'Asia/Kolkata', '2025-03-12T18:30:00.000Z'],
		['a date-time ignores the site', '2025-03-13T09:30:00+01:00', 'America/New_York', '2025-03-13T08:30:00.000Z'],
	])('%s', (_, date, timeZone, iso) => {
		expect(instantOf(date, timeZone).toISOString()).toBe(iso);
	});
});

test('dates order by instant, whatever their shape', () => {
	expect(['2025-03-13T10:00:00+01:00', '2025-03-13', '2025-03-12T23:30:00-05:00'].toSorted(compareDates)).toEqual([
		'2025-03-13',
		'2025-03-12T23:30:00-05:00',
		'2025-03-13T10:00:00+01:00',
	]);
	expect(latestOf(['2025-03-13', '2025-03-14T01:00:00+02:00', '2025-03-12'])).toBe('2025-03-14T01:00:00+02:00');
});

describe("the month a date falls in, in the site's time zone", () => {
	test.each([
		['a day is its own month, in any zone', '2025-03-31', 'Pacific/Kiritimati', '2025-03'],
		['a date-time in the same month where the site is', '2025-03-13T09:30:00+01:00', 'UTC', '2025-03'],
		['a date-time written late on the 31st, already April in a UTC site', '2025-03-31T23:30:00-05:00', 'UTC', '2025-04'],
		['the same date-time in a Chicago site (UTC-5 then)', '2025-03-31T23:30:00-05:00', 'America/Chicago', '2025-03'],
		['and in a New York site, already April there (UTC-4)', '2025-03-31T23:30:00-05:00', 'America/New_York', '2025-04'],
		['early on the 1st in Warsaw, still the old year in UTC', '2025-01-01T00:30:00+01:00', 'UTC', '2024-12'],
		['and the new year in a Warsaw site', '2025-01-01T00:30:00+01:00', 'Europe/Warsaw', '2025-01'],
	])('%s', (_, date, timeZone, month) => {
		expect(monthOf(date, timeZone)).toBe(month);
	});

	test.each([
		['en', 'March 2025'],
		['fr', 'mars 2025'],
		['pl', 'marzec 2025'],
		['de', 'März 2025'],
	])('months are named in the site language (%s: %s)', (lang, label) => {
		expect(formatMonth('2025-03', lang)).toBe(label);
	});
});
