/** Greedy word wrap for terminal prose; words longer than the width stay whole rather than break. */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(20, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= limit) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}
