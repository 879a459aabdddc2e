/**
 * Marketo's daily quota resets at midnight US Central time (America/Chicago,
 * with daylight saving). Central offsets are whole hours, so every UTC hour
 * lies inside one Central day: the day is looked up once per UTC hour and
 * cached, which keeps Intl off the per-exchange path.
 */
export const HOUR_MS = 3_600_000;

const format = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/Chicago',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const dayByHour = new Map<number, string>();
const CACHE_LIMIT = 200_000;

/** 'YYYY-MM-DD' of the Central day that holds UTC hour number `hour` (epoch ms / 3600000). */
export function centralDayOfHour(hour: number): string {
  const hit = dayByHour.get(hour);
  if (hit !== undefined) return hit;
  let y = '';
  let m = '';
  let d = '';
  for (const p of format.formatToParts(new Date(hour * HOUR_MS))) {
    if (p.type === 'year') y = p.value;
    else if (p.type === 'month') m = p.value;
    else if (p.type === 'day') d = p.value;
  }
  const day = `${y}-${m}-${d}`;
  if (dayByHour.size >= CACHE_LIMIT) dayByHour.clear();
  dayByHour.set(hour, day);
  return day;
}

export function centralDay(ms: number): string {
  return centralDayOfHour(Math.floor(ms / HOUR_MS));
}

/** Epoch ms of the first Central midnight after `ms`: when a 607 quota block ends. */
export function nextCentralMidnight(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  const today = centralDayOfHour(hour);
  // A Central day lasts 23 to 25 hours; 26 steps always reach the next one.
  for (let h = hour + 1; h <= hour + 26; h++) {
    if (centralDayOfHour(h) !== today) return h * HOUR_MS;
  }
  return (hour + 24) * HOUR_MS;
}
