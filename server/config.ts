// Reads the server's settings from the environment, validated, with defaults.
import { z } from 'zod';
import { DEFAULT_CORPUS_DIR } from '../graph/essay.js';
import { isEmbedOrigin } from './routes/embed.js';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  CORPUS_DIR: z.string().min(1).default(DEFAULT_CORPUS_DIR),
  /** Reload the corpus when its files change (development). */
  WATCH_CORPUS: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** Requests per minute per client on /api; 0 turns the limit off. */
  RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  /** Origins allowed to read the API cross-origin: `*` or a comma-separated list. */
  CORS_ORIGINS: z
    .string()
    .default('*')
    .transform((v) =>
      v.trim() === '*'
        ? ('*' as const)
        : v
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean),
    ),
  /** Origins allowed to frame /embed: `*` (any) or a comma-separated list; every other page refuses framing. */
  EMBED_ORIGINS: z
    .string()
    .default('*')
    .transform((v) =>
      v.trim() === '*'
        ? ('*' as const)
        : v
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean),
    )
    .refine((v) => v === '*' || (v.length > 0 && v.every(isEmbedOrigin)), {
      message: 'give * or a comma-separated list of origins such as https://example.org',
    }),
  /** Serve /api/dev/synthetic (development only). */
  DEV_DATASETS: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
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
