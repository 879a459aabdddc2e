/**
 * The month names java.util.logging's SimpleFormatter writes (`%1$tb`) in the JVM's locale, lower-case
 * and without the abbreviation's dot: the JDK's CLDR data (JDK 9 on: `Dez.`, `März`, `maj`, `déc.`) and
 * its older own data (JDK 8: `Dez`, `Mär`). English, German and Swedish, and the locales a European
 * server is often set to (French, Spanish, Italian, Dutch, Portuguese, Danish, Norwegian, Finnish, Polish).
 */
const NAMES: readonly string[] = [
  'jan janv ene gen sty tammik',
  'feb févr fev lut helmik',
  'mar mär märz mars mrt maalisk',
  'apr avr abr kwi huhtik',
  'may mai maj mag mei toukok',
  'jun juni juin giu cze kesäk',
  'jul juli juil lug lip heinäk',
  'aug août ago sie elok',
  'sep sept set wrz syysk',
  'oct okt ott out paź lokak',
  'nov lis marrask',
  'dec dez déc dic des gru jouluk',
];

const MONTHS = new Map<string, number>(NAMES.flatMap((names, i) => names.split(' ').map((n) => [n, i + 1] as const)));

/** 1 to 12 for a month name as SimpleFormatter writes it in a known locale, else undefined. */
export function julMonth(name: string): number | undefined {
  const key = name.toLowerCase();
  return MONTHS.get(key.endsWith('.') ? key.slice(0, -1) : key);
}
