// Reads the essay file: a `key: value` header naming source and author, a `---` line, then the page as received.
import { CorpusError } from '../errors.js';
import type { EssayMeta } from '../types.js';

export interface EssayFile {
  meta: EssayMeta;
  /** The page text exactly as received. */
  raw: string;
}

const REQUIRED = ['title', 'author', 'publication'] as const;

export function parseEssayFile(content: string, file: string): EssayFile {
  const lines = content.split('\n');
  const separator = lines.indexOf('---');
  if (separator < 0) {
    throw new CorpusError([
      {
        file,
        line: null,
        message: 'no `---` line separating the header from the page text',
        fix: 'start the file with `title:`, `author:` and `publication:` lines, then a line `---`, then the page text',
      },
    ]);
  }
  const header = new Map<string, string>();
  const problems = [];
  for (const [i, line] of lines.slice(0, separator).entries()) {
    const match = /^([a-z0-9-]+):\s*(.*)$/.exec(line);
    if (!match) {
      problems.push({
        file,
        line: i + 1,
        message: `header line is not \`key: value\`: ${JSON.stringify(line.slice(0, 80))}`,
        fix: 'write each header line as `key: value`, or remove it',
      });
      continue;
    }
    header.set(match[1]!, match[2]!.trim());
  }
  for (const key of REQUIRED) {
    if (!header.get(key)) {
      problems.push({
        file,
        line: null,
        message: `header has no \`${key}\``,
        fix: `add a line \`${key}: …\` above \`---\``,
      });
    }
  }
  if (problems.length > 0) throw new CorpusError(problems);
  const meta: EssayMeta = {
    title: header.get('title')!,
    author: header.get('author')!,
    publication: header.get('publication')!,
  };
  const published = header.get('published');
  if (published) meta.published = published;
  const url = header.get('url');
  if (url) meta.url = url;
  return { meta, raw: lines.slice(separator + 1).join('\n') };
}
