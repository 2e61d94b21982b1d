// Text widths in the font the drawings ship with (DejaVu Sans), to wrap footnotes and keep labels apart.

/**
 * Advance widths in em of DejaVu Sans 2.37 (regular and bold) for U+0020–U+007E, read once from the TTFs of
 * the dejavu-fonts-ttf package. A hand table instead of a font-parsing library: labels only need widths
 * within a few per cent, and a table keeps the drawing code synchronous and dependency-free.
 */
const ASCII_WIDTHS = {
  regular: [
    0.318, 0.401, 0.46, 0.838, 0.636, 0.95, 0.78, 0.275, 0.39, 0.39, 0.5, 0.838, 0.318, 0.361,
    0.318, 0.337, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.337,
    0.337, 0.838, 0.838, 0.838, 0.531, 1.0, 0.684, 0.686, 0.698, 0.77, 0.632, 0.575, 0.775, 0.752,
    0.295, 0.295, 0.656, 0.557, 0.863, 0.748, 0.787, 0.603, 0.787, 0.695, 0.635, 0.611, 0.732,
    0.684, 0.989, 0.685, 0.611, 0.685, 0.39, 0.337, 0.39, 0.838, 0.5, 0.5, 0.613, 0.635, 0.55,
    0.635, 0.615, 0.352, 0.635, 0.634, 0.278, 0.278, 0.579, 0.278, 0.974, 0.634, 0.612, 0.635,
    0.635, 0.411, 0.521, 0.392, 0.634, 0.592, 0.818, 0.592, 0.592, 0.525, 0.636, 0.337, 0.636,
    0.838,
  ],
  bold: [
    0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.38, 0.415,
    0.38, 0.365, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.4, 0.4,
    0.838, 0.838, 0.838, 0.58, 1.0, 0.774, 0.762, 0.734, 0.83, 0.683, 0.683, 0.821, 0.837, 0.372,
    0.372, 0.775, 0.637, 0.995, 0.837, 0.85, 0.733, 0.85, 0.77, 0.72, 0.682, 0.812, 0.774, 1.103,
    0.771, 0.724, 0.725, 0.457, 0.365, 0.457, 0.838, 0.5, 0.5, 0.675, 0.716, 0.593, 0.716, 0.678,
    0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712, 0.687, 0.716, 0.716, 0.493,
    0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712, 0.838,
  ],
};

/** A few non-ASCII characters the drawings use often: curly quotes, dashes, ellipsis, arrow, middle dot. */
const OTHER_WIDTHS: Record<string, { regular: number; bold: number }> = {
  '“': { regular: 0.518, bold: 0.657 },
  '”': { regular: 0.518, bold: 0.657 },
  '‘': { regular: 0.318, bold: 0.38 },
  '’': { regular: 0.318, bold: 0.38 },
  '—': { regular: 1, bold: 1 },
  '–': { regular: 0.5, bold: 0.5 },
  '…': { regular: 1, bold: 1 },
  '→': { regular: 0.838, bold: 0.838 },
  '·': { regular: 0.318, bold: 0.38 },
};

/** For letters outside the table (accents, other scripts): a little wider than average, to err on the safe side. */
const FALLBACK = { regular: 0.68, bold: 0.76 };

export function textWidth(text: string, fontSize: number, bold = false): number {
  const weight = bold ? 'bold' : 'regular';
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    em +=
      code >= 32 && code <= 126
        ? ASCII_WIDTHS[weight][code - 32]!
        : (OTHER_WIDTHS[char]?.[weight] ?? FALLBACK[weight]);
  }
  return em * fontSize;
}

/** Greedy word wrap to `maxWidth`; a word longer than a line is cut with a hyphen-less break. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, fontSize, bold) > maxWidth) {
      const cut = fitPrefix(line, maxWidth, fontSize, bold);
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

function fitPrefix(word: string, maxWidth: number, fontSize: number, bold: boolean): number {
  let cut = 1;
  while (cut < word.length && textWidth(word.slice(0, cut + 1), fontSize, bold) <= maxWidth) cut++;
  return cut;
}

/** Shortens text to `maxWidth`, ending with an ellipsis when cut. */
export function truncateText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && textWidth(`${text.slice(0, end)}…`, fontSize, bold) > maxWidth) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** SVG text does not break lines: line breaks and tabs become single spaces, as they would be drawn. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
