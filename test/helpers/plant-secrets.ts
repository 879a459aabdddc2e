/**
 * Plants secrets in log text for the redaction property test: a seeded
 * generator (mulberry32, so every run plants the same), every spelling the
 * redaction rules promise to catch, and a planter that puts a spelling inside
 * a random JSON string of a real fixture, keeping the file's layout.
 */

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random secret that looks like a key: letters and digits, mixed case, at least one digit. */
export function secretValue(rng: Rng): string {
  let s = 'Sk';
  for (let i = int(rng, 10, 18); i > 0; i--) s += ALNUM[int(rng, 0, ALNUM.length - 1)];
  return `${s}${int(rng, 0, 9)}q`;
}

const WORDS: Record<string, string[]> = {
  accessToken: ['access', 'token'],
  clientSecret: ['client', 'secret'],
  refreshToken: ['refresh', 'token'],
  idToken: ['id', 'token'],
  apiKey: ['api', 'key'],
  xApiKey: ['x', 'api', 'key'],
  password: ['password'],
  passwd: ['passwd'],
  secret: ['secret'],
  token: ['token'],
  userPassword: ['user', 'password'],
  sessionId: ['session', 'id'],
};

/** A secret name in a random case and separator: access_token, accessToken, Access-Token, access.token, ACCESS_TOKEN */
export function secretName(rng: Rng): string {
  const words = WORDS[pick(rng, Object.keys(WORDS))]!;
  switch (int(rng, 0, 5)) {
    case 0:
      return words.join('_');
    case 1:
      return words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
    case 2:
      return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('-');
    case 3:
      return words.join('.');
    case 4:
      return words.join('_').toUpperCase();
    default:
      return words.join('-');
  }
}

export interface Spelling {
  /** The text to plant. */
  text: string;
  /** What must never appear in any output. */
  needle: string;
}

const base64 = (s: string): string => Buffer.from(s).toString('base64');
const base64url = (s: string): string => Buffer.from(s).toString('base64url');

/** Every way of writing a secret that the rules promise to remove, one chosen at random. */
export function spelling(rng: Rng): Spelling {
  const v = secretValue(rng);
  const k = secretName(rng);
  const forms: Array<() => Spelling> = [
    () => ({ text: `${k}=${v}`, needle: v }),
    () => ({ text: `${k}: ${v}`, needle: v }),
    () => ({ text: `{"${k}":"${v}"}`, needle: v }),
    () => ({ text: `{ ${k}: '${v}' }`, needle: v }),
    () => ({ text: `{'${k}': u'${v}'}`, needle: v }),
    () => ({ text: JSON.stringify(JSON.stringify({ [k]: v })), needle: v }),
    () => ({ text: JSON.stringify(JSON.stringify(JSON.stringify({ outer: { [k]: v } }))), needle: v }),
    () => ({ text: `${k}%3D${v}%26next%3D1`, needle: v }),
    () => ({ text: `%7B%22${k}%22%3A%22${v}%22%7D`, needle: v }),
    () => ({ text: `&quot;${k}&quot;: &quot;${v}&quot;`, needle: v }),
    () => {
      const header = pick(rng, ['Authorization', 'authorization', 'Proxy-Authorization']);
      return { text: `${header}: ${pick(rng, ['Bearer', 'Token', 'Basic'])} ${v}`, needle: v };
    },
    () => ({ text: `${pick(rng, ['Bearer', 'bearer', 'BEARER', 'Token'])} ${v}`, needle: v }),
    () => ({ text: `Bearer cdf01657-110d:${v}`, needle: v }),
    () => ({ text: `Basic ${base64(`svc:${v}`)}`, needle: base64(`svc:${v}`).slice(0, 16) }),
    () => ({ text: `Digest username="svc", realm="mkto", response="${v}"`, needle: v }),
    () => ({ text: `${pick(rng, ['Cookie', 'cookie', 'Set-Cookie'])}: sid=${v}; theme=dark`, needle: v }),
    () => ({ text: `{ 'set-cookie': [ 'sid=${v}; Path=/', 'lb=${v}' ] }`, needle: v }),
    () => ({ text: `https://svc:${v}@proxy.internal:8080/x`, needle: v }),
    () => ({ text: `/rest/v1/leads.json;jsessionid=${v}`, needle: v }),
    () => {
      const jwt = `eyJhbGciOiJIUzI1NiJ9.${base64url(`{"sub":"${v}"}`)}.${v}`;
      return { text: jwt, needle: v };
    },
    () => ({ text: `{"name":"${pick(rng, ['Cookie', 'Authorization', 'x-api-key'])}","value":"${v}"}`, needle: v }),
  ];
  return pick(rng, forms)();
}

// A JSON string literal in a file, escapes and all; never crosses a line.
const STRING_LITERAL = /"(?:[^"\\\n]|\\.)*"/g;
// Where a report shows log text, at any depth of JSON in strings (the backslashes
// before the quote tell the depth): Marketo's messages and warnings, requestIds,
// record e-mails (--show-records), and the end of a URL's path (its endpoint).
const SHOWN_VALUE = String.raw`(\\*)"(message|warnings|requestId|email|endpoint|file)\\*"\s*:\s*\[?\s*\\*"`;
const URL_PATH = String.raw`(\\*)"(url|path)\\*"\s*:\s*\\*"[^"?\\\s]*`;
const SHOWN = new RegExp(`${SHOWN_VALUE}|${URL_PATH}`, 'g');

/** The text as it must be written `depth` JSON strings deep (0: a plain string value). */
function escapeTo(text: string, depth: number): string {
  let out = text;
  for (let i = 0; i <= depth; i++) out = JSON.stringify(out).slice(1, -1);
  return out;
}

/** Backslashes before a quote at depth d: 0, 1, 3, 7 ... */
const depthOf = (backslashes: number): number => Math.round(Math.log2(backslashes + 1));

interface Spot {
  at: number;
  depth: number;
}

/**
 * A place for a text in a string value of `file`, for the depth it is at:
 * half the time where a report shows it, else anywhere in any string value
 * (where it may break JSON nested in the string, as a hostile log would).
 */
function spotIn(file: string, rng: Rng): Spot | undefined {
  // By key first, so that the thousand e-mails of a lead sync do not crowd out its few messages.
  const shownByKey = new Map<string, Array<{ at: number; depth: number }>>();
  for (const m of file.matchAll(SHOWN)) {
    const key = m[2] ?? m[4]!;
    const spots = shownByKey.get(key) ?? [];
    spots.push({ at: m.index + m[0].length, depth: depthOf((m[1] ?? m[3] ?? '').length) });
    shownByKey.set(key, spots);
  }
  const shown = shownByKey.size > 0 ? pick(rng, [...shownByKey.values()]) : [];
  const anywhere: Array<{ at: number; depth: number }> = [];
  for (const m of file.matchAll(STRING_LITERAL)) {
    const end = m.index + m[0].length;
    if (/^\s*:/.test(file.slice(end, end + 4))) continue; // a key, not a value
    let at = int(rng, m.index + 1, end - 1);
    while (at > m.index + 1 && file[at - 1] === '\\') at--; // not inside an escape sequence
    anywhere.push({ at, depth: 0 });
  }
  return rng() < 0.5 && shown.length > 0 ? pick(rng, shown) : anywhere.length > 0 ? pick(rng, anywhere) : undefined;
}

/**
 * Puts each text in a string value of `file`, escaped for where it lands.
 * Places are chosen in the original file, so no text lands inside another.
 */
export function plantInJson(file: string, texts: string[], rng: Rng): string {
  const spots = texts.map((text) => ({ text, spot: spotIn(file, rng) }));
  spots.sort((a, b) => (b.spot?.at ?? 0) - (a.spot?.at ?? 0));
  let out = file;
  for (const { text, spot } of spots) {
    if (spot) out = out.slice(0, spot.at) + escapeTo(` ${text} `, spot.depth) + out.slice(spot.at);
  }
  return out;
}
