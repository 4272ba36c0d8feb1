const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** Anything that looks like a date in another notation (`2026-1-5`, `15.01.2026`, `2026/01/15`). */
const DATE_LIKE = /\b(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\b/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** `August 26, 2018`, `Aug 26 2018`, `26 August 2018`: dates written with an English month name. */
const MONTH_NAME_DATE = /\b(?:([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4}))\b/i;

/** The release date in a heading: `date` as YYYY-MM-DD; `written` when it was written otherwise (a month name); `invalid` when unreadable. */
export function readDate(text: string): { date?: string; written?: string; invalid?: string } {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [whole, year, month, day] = iso as unknown as [string, string, string, string];
    return isCalendarDate(Number(year), Number(month), Number(day)) ? { date: whole } : { invalid: whole };
  }
  const named = MONTH_NAME_DATE.exec(text);
  if (named) {
    const monthName = (named[1] ?? named[5]!).toLowerCase();
    const month = MONTHS.findIndex((name) => name.startsWith(monthName) && monthName.length >= 3) + 1;
    const day = Number(named[2] ?? named[4]);
    const year = Number(named[3] ?? named[6]);
    if (month > 0) {
      if (!isCalendarDate(year, month, day)) return { invalid: named[0] };
      return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, written: named[0] };
    }
  }
  const other = DATE_LIKE.exec(text);
  return other ? { invalid: other[0] } : {};
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}
