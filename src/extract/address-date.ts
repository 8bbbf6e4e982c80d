/**
 * The date news and e-paper systems write into an article's address: `…/2023-02/11/…` and `…/202302/11/…`
 * (Founder e-papers, Xinhua), `…/2023/0211/…` (People's Daily), `…/2023/02/11/…` (most CMSs), and a run of
 * eight digits as a path segment or file name (`…/20230211/…`, `t20230211_556.html`, `…_20230211_…`).
 */

const PATTERNS = [
  /\/((?:19|20)\d{2})-?(\d{2})\/(\d{2})\//,
  /\/((?:19|20)\d{2})\/(\d{2})\/?(\d{2})(?:\/|\.\w+$|[?#]|$)/,
  /[/_]t?((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.?#]|$)/,
];

/** The date in a page's address as an ISO date (YYYY-MM-DD); null where there is none. */
export function dateInAddress(address: string | null): string | null {
  if (!address) return null;
  for (const pattern of PATTERNS) {
    const m = pattern.exec(address);
    if (!m) continue;
    const [month, day] = [Number(m[2]), Number(m[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}
