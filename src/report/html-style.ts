import type { Level } from '../catalog/types.js';

/** Colour of each level, shared by the cards, the timeline and the tables. */
export const LEVEL_COLOR: Record<Level, string> = {
  http: '#c8364e',
  response: '#d9822b',
  record: '#3a6ed8',
};

/**
 * The whole stylesheet, inlined so the report is one self-contained file. A
 * backslash at the end of a line continues the CSS line (the page is unchanged).
 */
export const HTML_STYLE = `
:root {
  --ink: #1c2230; --muted: #5d6677; --faint: #8b93a3; --line: #e3e6ec; --bg: #f5f6f9; --card: #fff;
  --error: #c8364e; --warning: #b86e12; --info: #2f6fb3; --ok: #2f8a57;
  --http: ${LEVEL_COLOR.http}; --response: ${LEVEL_COLOR.response}; --record: ${LEVEL_COLOR.record};
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 32px 28px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; letter-spacing: -0.01em; }
h2 { font-size: 19px; margin: 0 0 12px; display: flex; align-items: baseline; gap: 10px; flex-wrap: wrap; }
h2 .sub { font-size: 14px; font-weight: 400; color: var(--muted); }
h3 { font-size: 15px; margin: 18px 0 8px; }
.meta { color: var(--muted); margin: 0; font-size: 14px; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 20px 22px;
  margin-top: 20px; box-shadow: 0 1px 2px rgba(20, 30, 50, .04); }
.hint { color: var(--muted); margin: -6px 0 14px; font-size: 14px; }
.alert { margin-top: 18px; padding: 12px 16px; border-radius: 8px; background: #fdecee; color: #8c1d30;
  border: 1px solid #f3c2ca; font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px;
  background: none; border: 0; padding: 0; box-shadow: none; }
.card { background: var(--card); border: 1px solid var(--line); border-top: 4px solid var(--c, #d5d9e2); \
border-radius: 10px; padding: 12px 16px 14px; }
.card .label { font-size: 13px; color: var(--muted); }
.card .value { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; line-height: 1.25; }
.card .sub { font-size: 13px; color: var(--muted); }
.card.bad .value { color: var(--error); }
.chips { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
.chip { font-size: 13px; padding: 3px 10px; border-radius: 99px; background: #eceef3; color: var(--muted); }
.chip b { color: var(--ink); font-variant-numeric: tabular-nums; }
.diag { border-left: 4px solid var(--c); padding: 8px 0 8px 14px; margin: 10px 0; break-inside: avoid; }
.diag .head { font-weight: 650; }
.diag p { margin: 2px 0; }
.diag .evidence { color: var(--muted); font-size: 13px; \
font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.sev { display: inline-block; font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: .04em;
  color: #fff; background: var(--c); border-radius: 4px; padding: 1px 7px; margin-right: 8px; vertical-align: 1px; }
.sev-error { --c: var(--error); } .sev-warning { --c: var(--warning); } .sev-info { --c: var(--info); }
.ok { color: var(--ok); margin: 0; }
.timeline svg { width: 100%; height: auto; display: block; }
.timeline .axis text { fill: var(--muted); font-size: 12px; }
.timeline .axis line, .timeline .axis path { stroke: #c9ced8; }
.timeline .grid line { stroke: #eef0f4; }
.timeline .title { fill: var(--muted); font-size: 12px; }
.timeline .legend text { fill: var(--ink); font-size: 13px; }
.timeline .tips rect:hover { fill-opacity: .06; }
.empty { color: var(--muted); font-style: italic; margin: 0; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
  font-weight: 600; border-bottom: 2px solid var(--line); padding: 6px 10px; }
td { padding: 10px; vertical-align: top; border-top: 1px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.num { font-weight: 600; font-size: 16px; }
table.codes { table-layout: fixed; }
col.c-code { width: 6.5em; } col.c-num { width: 5em; } col.c-what { width: 42%; }
tbody.code { break-inside: avoid; }
.seen { color: var(--faint); font-size: 12.5px; margin-top: 4px; font-variant-numeric: tabular-nums; }
tr.detail td { border-top: 0; padding-top: 0; }
.code-badge { display: inline-block; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-weight: 700; font-size: 15px; padding: 2px 8px; border-radius: 6px; background: #f0f2f6;
  border-left: 4px solid var(--c); }
.what .title { font-weight: 650; }
.what .meaning { color: var(--muted); font-size: 14px; margin-top: 2px; }
.tag { display: inline-block; font-size: 12px; padding: 0 7px; border-radius: 99px; margin: 4px 4px 0 0;
  border: 1px solid var(--line); color: var(--muted); }
.tag.warn { border-color: #efd19f; color: #8a5200; background: #fff7e8; }
.retry { display: inline-block; font-size: 13px; font-weight: 600; padding: 2px 9px; border-radius: 6px;
  background: #eef2fb; color: #2c4f96; margin-bottom: 6px; }
.retry.stop { background: #fdecee; color: #8c1d30; }
.remedy { font-size: 14px; }
.facts { display: grid; grid-template-columns: 1.3fr 1.2fr 1.8fr; gap: 8px 20px;
  background: #f8f9fb; border-radius: 8px; padding: 10px 14px; font-size: 13px; }
.facts h4 { margin: 0 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--faint); }
.facts ul { margin: 0; padding: 0; list-style: none; }
.facts li { margin: 2px 0; overflow-wrap: anywhere; }
.facts li .mono.small { display: inline-block; max-width: 100%; }
.n { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: 6px; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.small { font-size: 13px; color: var(--muted); }
footer { color: var(--faint); font-size: 12px; margin-top: 24px; text-align: center; }
@media (max-width: 900px) {
  main { padding: 20px 14px 32px; }
  .facts { grid-template-columns: 1fr 1fr; }
  .facts > div:last-child { grid-column: 1 / -1; }
  col.c-code { width: 5.5em; } col.c-num { width: 4.2em; }
  td, th { padding-left: 6px; padding-right: 6px; }
}
@media (max-width: 640px) {
  .cards { grid-template-columns: repeat(2, 1fr); }
  .facts { grid-template-columns: 1fr; }
}
@media print {
  body { background: #fff; font-size: 12px; }
  main { max-width: none; padding: 0; }
  .facts { grid-template-columns: 1fr 1fr; }
  .facts > div:last-child { grid-column: 1 / -1; }
  section, .card { box-shadow: none; break-inside: avoid-page; }
  section.level { break-inside: auto; }
}
`;
