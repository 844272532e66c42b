/** The months as statements write them, and a pattern that reads any of them. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_PATTERN = `(?:${MONTHS.join('|')})`;
