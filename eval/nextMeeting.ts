/**
 * The facts a draft of the next statement updates in its framing paragraphs
 * (the meeting paragraph, the stock-taking sentence, the convening
 * paragraph): the meeting's ordinal, its date and its place. The Council
 * meets in Brussels and Tokyo in turn.
 */

export interface MeetingFacts {
  /** As the statements write it: "5 May 2026". */
  date: string;
  place: string;
}

export interface MeetingUpdate {
  /** The meeting the prior statement records. */
  priorMeeting: number;
  /** Every meeting known from the priors' front matter, by number, and the draft's own. */
  meetings: ReadonlyMap<number, MeetingFacts>;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh'];
const CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];

/** "2026-05-05" as the statements write a date: "5 May 2026". */
export function statementDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export const otherPlace = (place: string) => (place === 'Brussels' ? 'Tokyo' : 'Brussels');

export const ordinalWord = (n: number) => ORDINALS[n - 1];

const numericSuffix = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

const keepCapital = (found: string, word: string) => (found[0] === found[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word);

const FACT = new RegExp(
  [
    String.raw`\((Brussels|Tokyo), (\d{1,2} [A-Z][a-z]+ \d{4})\)`,
    String.raw`(\d{1,2} [A-Z][a-z]+ \d{4})`,
    String.raw`\b(Brussels|Tokyo)\b`,
    String.raw`\b(20\d\d)\b`,
    String.raw`\b(${ORDINALS.slice(0, -1).join('|')})\b`,
    String.raw`\b(\d{1,2})(?:st|nd|rd|th)\b`,
    String.raw`\b(${CARDINALS.slice(0, -1).join('|')})(?= years\b)`,
  ].join('|'),
  'gi',
);

/**
 * Moves every meeting fact of a framing paragraph on by one meeting, in one
 * pass (so "second" becomes "third" and "third" becomes "fourth" without
 * either being moved twice): ordinals, "three years", years, dates, places. A
 * date of a known meeting becomes the next meeting's date; a meeting cited
 * as "(Place, date)" that no front matter names is taken to be the one
 * before the prior's.
 */
export function updateMeetingFacts(text: string, update: MeetingUpdate): string {
  const meetingOn = new Map([...update.meetings].map(([number, facts]) => [facts.date, number]));
  const factsAfter = (meeting: number): MeetingFacts | undefined => update.meetings.get(meeting + 1);
  const yearLater = (date: string) => date.replace(/\d{4}$/, (year) => String(Number(year) + 1));
  return text.replace(FACT, (found, citedPlace, citedDate, date, place, year, ordinal, numeric, cardinal) => {
    if (citedPlace) {
      const next = factsAfter(meetingOn.get(citedDate) ?? update.priorMeeting - 1);
      return next ? `(${next.place}, ${next.date})` : `(${otherPlace(citedPlace)}, ${yearLater(citedDate)})`;
    }
    if (date) {
      const known = meetingOn.get(date);
      return (known !== undefined ? factsAfter(known)?.date : undefined) ?? yearLater(date);
    }
    if (place) return otherPlace(place);
    if (year) return String(Number(year) + 1);
    if (ordinal) return keepCapital(found, ORDINALS[ORDINALS.indexOf(ordinal.toLowerCase()) + 1]);
    if (numeric) {
      const next = Number(numeric) + 1;
      return `${next}${numericSuffix(next)}`;
    }
    return keepCapital(found, CARDINALS[CARDINALS.indexOf(cardinal.toLowerCase()) + 1]);
  });
}
