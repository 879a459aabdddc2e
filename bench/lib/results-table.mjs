// Renders result rows as a plain-text table (also valid Markdown).

const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '-' : x.toFixed(digits));

export function resultsTable(rows, baselineNames) {
  const head = [
    'contender',
    'input',
    'MB/s',
    ...baselineNames.map((b) => `vs ${b}`),
    'peak RSS MB',
    'counts ok',
    'secrets ok',
  ];
  const body = rows.map((row) => {
    const ratios = baselineNames.map((b) => {
      const base = rows.find((x) => x.format === row.format && x.baseline === b && x.mbPerSec);
      return base && row.mbPerSec ? `${fmt(row.mbPerSec / base.mbPerSec, 2)}x` : '-';
    });
    const counts = row.error
      ? `FAILED: ${row.error}`
      : row.countsOk === null
        ? '-'
        : row.countsOk
          ? 'yes'
          : `NO (${row.mismatches.length})`;
    const secrets = row.secretsOk === null ? '-' : row.secretsOk ? 'yes' : 'LEAK';
    return [row.name, row.format, fmt(row.mbPerSec), ...ratios, fmt(row.peakRssMb, 0), counts, secrets];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
