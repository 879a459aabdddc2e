import { Chalk } from 'chalk';
import type { CatalogEntry, Lang } from '../../catalog/types.js';
import { retryText } from '../../catalog/retry-text.js';
import { maxOf } from '../numbers.js';
import { CODES_WORDS } from './words.js';
import { retryColour } from './render-codes.js';
import { wrapText } from './wrap.js';

export interface RenderExplainOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width for wrapping prose; 80 when not given. */
  width?: number;
}

/** Renders the full explanation of each entry for `marketo-errors explain <code...>`. */
export function renderExplain(entries: readonly CatalogEntry[], options: RenderExplainOptions): string {
  const w = CODES_WORDS[options.lang];
  if (entries.length === 0) return `${w.noEntries}\n`;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.min(Math.max(options.width ?? 80, 40), 120);
  const labels = [w.level, w.meaning, w.remedy, w.retry, w.quotaShort, w.messages, w.source];
  const labelWidth =
    maxOf(
      labels.map((l) => l.length),
      0,
    ) + 2;
  const indent = ' '.repeat(2 + labelWidth);

  const field = (label: string, text: string, paint: (s: string) => string = (s) => s): string[] => {
    const lines = wrapText(text, width - indent.length);
    const first = `  ${chalk.dim(`${label}:`.padEnd(labelWidth))}${paint(lines[0] ?? '')}`;
    return [first, ...lines.slice(1).map((l) => indent + paint(l))];
  };

  const blocks = entries.map((entry) => {
    const text = entry.text[options.lang];
    const retry = retryText(entry.retry, options.lang);
    const paint = retryColour(chalk, entry.retry);
    const lines = [
      `${chalk.bold.cyan(entry.code)}  ${chalk.bold(text.title)}`,
      ...field(w.level, w.levels[entry.level]),
      ...field(w.meaning, text.meaning),
      ...field(w.remedy, text.remedy),
      ...field(w.retry, `${retry.label}. ${retry.advice}`, paint),
      ...field(w.quotaShort, entry.countsAgainstQuota ? w.quotaCounted : w.quotaNotCounted),
    ];
    if (entry.messages.length > 0) {
      lines.push(...field(w.messages, entry.messages.map((m) => `"${m}"`).join(', ')));
    }
    lines.push(...field(w.source, w.sources[entry.source]));
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
