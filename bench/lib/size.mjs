// Parses sizes such as "1GB", "200MB", "512KB", "1000" (bytes). Units are binary (1 MB = 2^20 bytes).
const UNITS = { B: 1, KB: 1 << 10, MB: 1 << 20, GB: 1 << 30 };

export function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?$/i.exec(String(text).trim());
  if (!m) throw new Error(`bad size: ${text} (use e.g. 1GB, 200MB, 64KB)`);
  return Math.round(Number(m[1]) * UNITS[(m[2] ?? 'B').toUpperCase()]);
}

export function formatSize(bytes) {
  if (bytes >= UNITS.GB && bytes % UNITS.GB === 0) return `${bytes / UNITS.GB}GB`;
  if (bytes >= UNITS.MB && bytes % UNITS.MB === 0) return `${bytes / UNITS.MB}MB`;
  if (bytes >= UNITS.KB && bytes % UNITS.KB === 0) return `${bytes / UNITS.KB}KB`;
  return `${bytes}B`;
}
