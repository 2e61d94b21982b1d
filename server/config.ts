// Reads the server's settings from the environment, validated, with defaults.
import { z } from 'zod';
import { DEFAULT_CORPUS_DIR } from '../graph/essay.js';
import { isEmbedOrigin } from './routes/embed.js';

/** An on/off setting: `1`/`true` or `0`/`false`, off when unset. */
const Flag = z
  .enum(['0', '1', 'true', 'false'])
  .default('0')
  .transform((v) => v === '1' || v === 'true');

/** `*` for any origin, or a comma-separated list. */
const Origins = z
  .string()
  .default('*')
  .transform((v) =>
    v.trim() === '*'
      ? ('*' as const)
      : v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
  );

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  CORPUS_DIR: z.string().min(1).default(DEFAULT_CORPUS_DIR),
  /** Reload the corpus when its files change (development). */
  WATCH_CORPUS: Flag,
  /** Requests per minute per client on /api; 0 turns the limit off. */
  RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Origins allowed to read the API cross-origin: `*` or a comma-separated list. */
  CORS_ORIGINS: Origins,
  /** Origins allowed to frame /embed: `*` (any) or a comma-separated list; every other page refuses framing. */
  EMBED_ORIGINS: Origins.refine((v) => v === '*' || (v.length > 0 && v.every(isEmbedOrigin)), {
    message: 'give * or a comma-separated list of origins such as https://example.org',
  }),
  /** Serve /api/dev/synthetic (development only). */
  DEV_DATASETS: Flag,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof ConfigSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
