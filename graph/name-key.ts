// Folds names and what users type to one comparable form: "U.S.S.R." ~ "ussr", "The Kremlin" ~ "kremlin".

/**
 * Lower case, no diacritics, apostrophes dropped, other punctuation folded to spaces, runs of single letters
 * joined ("u s" → "us", "j d vance" → "jd vance"): "De-Stalinization" ~ "de stalinization", "U.S." ~ "US".
 */
export function foldName(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ');
  const joined: string[] = [];
  for (const [i, word] of words.entries()) {
    if (i > 0 && isLetter(word) && isLetter(words[i - 1]!)) joined[joined.length - 1] += word;
    else joined.push(word);
  }
  return joined.join(' ');
}

/** The folded name without a leading "the": "The Kremlin" ~ "kremlin". */
export function normalizeName(text: string): string {
  return withoutArticle(foldName(text));
}

/** A folded name without its leading "the" (unchanged when there is none or nothing follows it). */
export function withoutArticle(folded: string): string {
  return folded.replace(/^the (?=.)/, '');
}

function isLetter(word: string): boolean {
  return /^\p{L}$/u.test(word);
}
