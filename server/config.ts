// Reads the server's settings from the environment, validated, with defaults.
import { isIP } from 'node:net';
import { z } from 'zod';
import { DEFAULT_CORPUS_DIR } from '../graph/essay.js';
import { WHOLE_NUMBER } from '../graph/whole-number.js';
import { TOKEN68 } from '../contract/edit-token.js';
import { isEmbedOrigin } from './routes/embed.js';

/** A whole number in decimal digits (`0x10` or `1e3` are refused, as in every URL parameter). */
const WholeNumber = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(WHOLE_NUMBER, `give a whole number from ${min} to ${max}`)
    .default(String(fallback))
    .transform(Number)
    .pipe(z.number().min(min).max(max));

/** The names proxy-addr (Express's `trust proxy`) knows for address ranges. */
const PROXY_RANGE_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, a subnet in CIDR form, or one of the range names. */
function isProxyAddress(text: string): boolean {
  if (PROXY_RANGE_NAMES.includes(text) || isIP(text) !== 0) return true;
  const [ip, bits, extra] = text.split('/');
  const version = isIP(ip ?? '');
  if (version === 0 || extra !== undefined || !bits || !/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (version === 4 ? 32 : 128);
}

/**
 * Express's `trust proxy`: off (`0`, `false`, the default: X-Forwarded-For is ignored, so it cannot be spoofed),
 * a hop count (`1`: one proxy in front), `true` (any), or the proxies' addresses and subnets, comma-separated.
 */
const TrustProxy = z
  .string()
  .default('false')
  .transform((v, ctx): boolean | number | string[] => {
    const text = v.trim();
    if (text === 'false' || text === '0') return false;
    if (text === 'true') return true;
    if (/^[0-9]{1,2}$/.test(text)) return Number(text);
    const list = text.split(',').map((s) => s.trim());
    if (list.length > 0 && list.every(isProxyAddress)) return list;
    ctx.addIssue({
      code: 'custom',
      message:
        'give a hop count (1 for one proxy in front), or the proxies’ addresses or subnets (10.0.0.0/8, loopback), comma-separated',
    });
    return z.NEVER;
  });

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

const ConfigSchema = z
  .object({
    PORT: WholeNumber(0, 65535, 3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    CORPUS_DIR: z.string().min(1).default(DEFAULT_CORPUS_DIR),
    /** Reload the corpus when its files change (development). */
    WATCH_CORPUS: Flag,
    /** Requests per minute per client on /api; 0 turns the limit off. */
    RATE_LIMIT: WholeNumber(0, 1_000_000, 600),
    /** Drawings (graph.svg, graph.png) per minute per client, within RATE_LIMIT; 0 turns this limit off. */
    RENDER_LIMIT: WholeNumber(0, 1_000_000, 30),
    /** Which proxies' X-Forwarded-For to believe for the client address (rate limits, logs). */
    TRUST_PROXY: TrustProxy,
    /** Origins allowed to read the API cross-origin: `*` or a comma-separated list. */
    CORS_ORIGINS: Origins,
    /** Origins allowed to frame /embed: `*` (any) or a comma-separated list; every other page refuses framing. */
    EMBED_ORIGINS: Origins.refine((v) => v === '*' || (v.length > 0 && v.every(isEmbedOrigin)), {
      message: 'give * or a comma-separated list of origins such as https://example.org',
    }),
    /** The token every write must bear; unset, the server makes one at start and prints the edit link. */
    EDIT_TOKEN: z
      .string()
      .min(16, 'give at least 16 characters (or leave it unset for a generated one)')
      .regex(
        TOKEN68,
        'use only letters, digits and - . _ ~ + / (then = padding): it travels in a header',
      )
      .optional(),
    /** Refuse every write (public deployments); no token is made or printed. */
    READ_ONLY: Flag,
    /** Writes per minute per client, within RATE_LIMIT; 0 turns this limit off. */
    WRITE_RATE_LIMIT: WholeNumber(0, 1_000_000, 30),
    /** Serve /api/dev/synthetic (development only). */
    DEV_DATASETS: Flag,
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    NODE_ENV: z.string().optional(),
  })
  .superRefine((config, ctx) => {
    // The generator holds the event loop for a quarter of a second per new seed: a denial of service in production.
    if (config.DEV_DATASETS && config.NODE_ENV === 'production')
      ctx.addIssue({
        code: 'custom',
        path: ['DEV_DATASETS'],
        message:
          'must be off when NODE_ENV=production (its generator blocks the server for ~250 ms per new seed)',
      });
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
