import type { Lang, Level } from '../catalog/types.js';
import { LEVELS } from '../catalog/types.js';
import type { ReportFormatSpec } from './format-spec.js';
import { escapeHtml, oneLine } from '../util/sanitize.js';
import {
  bySeverity,
  formatBytes,
  formatEvidence,
  formatInt,
  formatPercent,
  formatSource,
  levelOccurrences,
  levelsWithCodes,
  severityOf,
} from './format.js';
import { renderCodeTable } from './html-codes.js';
import { HTML_STYLE, LEVEL_COLOR } from './html-style.js';
import { renderTimelineSvg } from './html-timeline.js';
import type { Report } from './model.js';
import { sectionHtml } from './section-render.js';
import { textCodeList } from './text-codes.js';
import { reportSections } from './sections.js';
import type { Words } from './words.js';
import { emptyLevelText } from './empty-level.js';
import { wordsFor } from './words.js';

export interface HtmlOptions {
  lang: Lang;
}

/** Log text as inert HTML: control characters out, one line, escaped. */
export function h(s: string): string {
  return escapeHtml(oneLine(s));
}

const MAX_MALFORMED = 10;

// No script, no external URL: the policy makes the browser refuse any fetch.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** One self-contained HTML page: cards, diagnostics, timeline, a table per level, inputs. */
export function renderHtml(report: Report, opts: HtmlOptions): string {
  const w = wordsFor(opts.lang);
  const lang = opts.lang;
  const body = [
    `<header><h1>${h(w.reportTitle)}</h1><p class="meta">` +
      `${h(w.generatedBy)} ${h(report.tool.name)} ${h(report.tool.version)} · ` +
      `${report.inputs.map((i) => h(i.name)).join(', ')}</p></header>`,
    report.complete ? '' : `<div class="alert" role="alert">${h(w.incomplete)}</div>`,
    cards(report, w, lang),
    diagnostics(report, w),
    `<section class="timeline"><h2>${h(w.timeline)}</h2>${renderTimelineSvg(report.timeline, w, lang)}</section>`,
    ...levelsWithCodes(report).map(
      ({ level, codes }) =>
        `<section class="level" id="level-${level}"><h2>${h(w.level[level])}<span class="sub">` +
        `${h(w.codesAtLevel(codes.length, formatInt(levelOccurrences(codes), lang)))}</span></h2>` +
        `<p class="hint">${h(w.levelHint[level])}</p>` +
        `${renderCodeTable(level, codes, w, lang, emptyLevelText(report, level, w, lang))}</section>`,
    ),
    ...reportSections(report, lang).map(sectionHtml),
    inputs(report, w, lang),
    `<footer>${h(report.tool.name)} ${h(report.tool.version)}</footer>`,
  ];
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(w.reportTitle)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
    `<body><main>${body.filter(Boolean).join('\n')}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}

function card(label: string, value: string, sub = '', cls = '', style = ''): string {
  return (
    `<div class="card ${cls}"${style ? ` style="${style}"` : ''}><div class="label">${h(label)}</div>` +
    `<div class="value">${value}</div>${sub ? `<div class="sub">${sub}</div>` : ''}</div>`
  );
}

/** `value` is HTML already. */
const chip = (label: string, value: string): string => `<span class="chip">${h(label)}: <b>${value}</b></span>`;

function cards(report: Report, w: Words, lang: Lang): string {
  const t = report.totals;
  const n = (v: number) => formatInt(v, lang);
  const levelCards = LEVELS.map((l: Level) =>
    card(w.level[l], n(t.findings[l]), h(w.findings), 'level', `--c:${LEVEL_COLOR[l]}`),
  );
  const notes = report.notes.reduce((s, x) => s + x.count, 0);
  const chips: Array<[string, number]> = [
    [w.malformed, t.malformed],
    [w.unrecognised, t.unrecognised],
    [w.other, t.other],
    [w.notes, notes],
  ];
  const filters = Object.entries(report.filters ?? {}).map(([k, v]) =>
    chip(w.filters, `${h(k)}=${h(Array.isArray(v) ? v.join(',') : v)}`),
  );
  return (
    `<section class="cards">` +
    card(w.exchanges, n(t.exchanges)) +
    card(w.marketoCalls, n(t.marketoCalls)) +
    card(
      w.failedCalls,
      n(t.failedCalls),
      `${h(w.failedShare)}: ${formatPercent(t.failedShare, lang)}`,
      t.failedCalls > 0 ? 'bad' : '',
    ) +
    card(w.recordFailureCalls, n(t.recordFailureCalls), '', t.recordFailureCalls > 0 ? 'bad' : '') +
    card(w.quotaCalls, n(t.quotaCalls)) +
    card(w.noResponse, n(t.noResponse), '', t.noResponse > 0 ? 'bad' : '') +
    levelCards.join('') +
    `</section><div class="chips">${chips.map(([l, v]) => chip(l, n(v))).join('')}${filters.join('')}</div>`
  );
}

function diagnostics(report: Report, w: Words): string {
  const items = bySeverity(report.diagnostics).map((d) => {
    const evidence = formatEvidence(d.evidence);
    const sev = severityOf(d);
    return (
      `<div class="diag sev-${sev}" data-id="${h(d.id)}">` +
      `<div class="head"><span class="sev">${h(w.severity[sev])}</span>${h(d.title)}</div>` +
      `<p>${h(d.advice)}</p>${evidence ? `<p class="evidence">${h(w.evidence)}: ${h(evidence)}</p>` : ''}</div>`
    );
  });
  const content = items.length ? items.join('') : `<p class="ok">${h(w.noDiagnostics)}</p>`;
  return `<section class="diagnostics"><h2>${h(w.diagnostics)}</h2>${content}</section>`;
}

function inputs(report: Report, w: Words, lang: Lang): string {
  const rows = report.inputs.map(
    (i) =>
      `<tr><td class="mono">${h(i.name)}</td><td>${h(i.format)}${i.gzip ? ` (${h(w.compressed)})` : ''}</td>` +
      `<td class="num">${h(formatBytes(i.bytes, lang))}</td><td class="num">${formatInt(i.exchanges, lang)}</td>` +
      [i.malformedCount, i.unrecognised, i.other].map((v) => `<td class="num">${formatInt(v, lang)}</td>`).join('') +
      '</tr>' +
      inputNotes(i, w, lang)
        .map((note) => `<tr><td colspan="7" class="small">${note}</td></tr>`)
        .join(''),
  );
  const head = [w.input, w.format, w.size, w.exchanges, w.malformed, w.unrecognised, w.other]
    .map((x, i) => `<th${i >= 2 ? ' class="num"' : ''}>${h(x)}</th>`)
    .join('');
  const malformed = report.inputs.flatMap((i) =>
    i.malformed.slice(0, MAX_MALFORMED).map((m) => {
      const where = formatSource({ file: i.name, line: m.line, entry: m.entry });
      return `<li><code>${h(where)}</code> ${h(w.malformedReason(m.reason))}</li>`;
    }),
  );
  const hidden = report.totals.malformed - malformed.length;
  if (hidden > 0) malformed.push(`<li>${h(w.more(hidden))}</li>`);
  const notes = report.notes.map((x) => `<li><span class="n">×${formatInt(x.count, lang)}</span>${h(x.message)}</li>`);
  return (
    `<section class="inputs"><h2>${h(w.inputs)}</h2>` +
    `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>` +
    (malformed.length ? `<h3>${h(w.malformedLines)}</h3><ul class="small">${malformed.join('')}</ul>` : '') +
    (notes.length ? `<h3>${h(w.notes)}</h3><ul class="small">${notes.join('')}</ul>` : '') +
    `</section>`
  );
}

/** Words with `code` in backticks, as HTML: each part escaped, the quoted ones in <code>. */
function withCode(words: string): string {
  return oneLine(words)
    .split('`')
    .map((part, k) => (k % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part)))
    .join('');
}

/** What an input's row leaves out, as HTML: where reading stopped, lines not read (where to look), text codes. */
function inputNotes(i: Report['inputs'][number], w: Words, lang: Lang): string[] {
  const notes: string[] = [];
  if (i.truncated) notes.push(h(w.truncatedAt(i.truncated.line, i.truncated.reason)));
  if (i.unrecognised) {
    notes.push(`${h(w.unrecognised)}: ${formatInt(i.unrecognised, lang)} (${withCode(w.inspectHint)})`);
  }
  if (i.textCodes) notes.push(h(`${w.textCodes}: ${textCodeList(i.textCodes, lang)}`));
  return notes;
}

export const htmlFormat: ReportFormatSpec = {
  name: 'html',
  help: 'one self-contained page with a timeline, no script and no external link',
  extensions: ['html', 'htm'],
  render: (report, opts) => renderHtml(report, { lang: opts.lang }),
};
