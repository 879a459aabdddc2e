import type { Lang, Level } from '../catalog/types.js';
import { escapeHtml, oneLine } from '../util/sanitize.js';
import { codeSeverity, formatInt, formatSource, seenRange } from './format.js';
import { LEVEL_COLOR } from './html-style.js';
import { numberText } from './numbers.js';
import type { CodeReport } from './model.js';
import type { Words } from './words.js';

/** The HTML table of one level: a row per code, then a row of its evidence. */

const MAX_LIST = 5;

function h(s: string): string {
  return escapeHtml(oneLine(s));
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

function list<T>(items: T[], show: (x: T) => string, w: Words): string {
  if (items.length === 0) return `<li>${h(w.none)}</li>`;
  const shown = items.slice(0, MAX_LIST).map((x) => `<li>${show(x)}</li>`);
  if (items.length > MAX_LIST) shown.push(`<li class="small">${h(w.more(items.length - MAX_LIST))}</li>`);
  return shown.join('');
}

function codeBody(level: Level, c: CodeReport, w: Words, lang: Lang): string {
  const n = (v: number) => formatInt(v, lang);
  const stop = codeSeverity(c) === 'error';
  const tags = [
    c.documented ? '' : `<span class="tag warn">${h(w.undocumented)}</span>`,
    c.countsAgainstQuota === false ? `<span class="tag">${h(w.notCountedAgainstQuota)}</span>` : '',
  ].join('');
  const messages = list(c.messages, (m) => `<span class="n">×${n(m.count)}</span>${h(m.message)}`, w);
  const endpoints = list(c.endpoints, (e) => `<span class="n">×${n(e.count)}</span><code>${h(e.endpoint)}</code>`, w);
  const samples = list(
    c.samples,
    // The file's base name keeps a sample on one line; the full path is in
    // the tooltip and in the inputs table.
    (s) =>
      (s.requestId ? `<code>${h(s.requestId)}</code> ` : '') +
      `<span class="small mono" title="${h(formatSource(s.source))}">` +
      `${h(formatSource({ ...s.source, file: baseName(s.source.file) }))}</span>`,
    w,
  );
  const seen = `<div class="seen">${h(w.seen)}: ${h(seenRange(c.firstSeen, c.lastSeen, w.none))}</div>`;
  return (
    `<tbody class="code" data-level="${level}" data-code="${h(c.code)}">` +
    `<tr class="code-row" data-code="${h(c.code)}" data-count="${numberText(c.count)}" ` +
    `data-exchanges="${numberText(c.exchanges)}">` +
    `<td><span class="code-badge" style="--c:${LEVEL_COLOR[level]}">${h(c.code)}</span></td>` +
    `<td class="num count">${n(c.count)}</td><td class="num exchanges">${n(c.exchanges)}</td>` +
    `<td class="what"><div class="title">${h(c.title)}</div>` +
    `<div class="meaning">${h(c.meaning)}</div>${seen}${tags}</td>` +
    `<td class="todo"><div class="retry${stop ? ' stop' : ''}">` +
    `${h(c.retry ? w.retryPolicy[c.retry] : w.retryUnknown)}</div>` +
    `<div class="remedy">${h(c.remedy)}</div></td></tr>` +
    `<tr class="detail"><td colspan="5"><div class="facts">` +
    `<div><h4>${h(w.messages)}</h4><ul>${messages}</ul></div>` +
    `<div><h4>${h(w.endpoints)}</h4><ul>${endpoints}</ul></div>` +
    `<div><h4>${h(w.samples)}</h4><ul>${samples}</ul></div>` +
    `</div></td></tr></tbody>`
  );
}

export function renderCodeTable(level: Level, codes: CodeReport[], w: Words, lang: Lang, empty = w.noCodes): string {
  if (codes.length === 0) return `<p class="empty">${h(empty)}</p>`;
  const head =
    `<thead><tr><th>${h(w.code)}</th><th class="num">${h(w.count)}</th><th class="num">${h(w.calls)}</th>` +
    `<th>${h(w.meaning)}</th><th>${h(w.remedy)}</th></tr></thead>`;
  const cols =
    '<colgroup><col class="c-code"><col class="c-num"><col class="c-num"><col class="c-what"><col></colgroup>';
  const bodies = codes.map((c) => codeBody(level, c, w, lang)).join('');
  return `<table class="codes" data-level="${level}">${cols}${head}${bodies}</table>`;
}
