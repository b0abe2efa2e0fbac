/**
 * A function's configuration: the variables its resource definition binds
 * (resources/functions.ts), parsed with zod. A handler can only name the
 * tables, queues and settings its own definition gives it (the types say so),
 * and a variable that is missing fails at cold start with its name.
 */
import { z } from 'zod';
import { bindingsOf, type FUNCTIONS, type FunctionKind } from '../../resources';
import { ConfigError } from './errors';

type Def<K extends FunctionKind> = (typeof FUNCTIONS)[K];

export interface Config<K extends FunctionKind> {
  /** Table names. */
  tables: Record<keyof Def<K>['tables'], string>;
  /** Queue URLs. */
  queues: Record<keyof Def<K>['queues'], string>;
  settings: Record<keyof Def<K>['settings'], number>;
}

type Env = Readonly<Record<string, string | undefined>>;

// Queue URLs are not checked as URLs: local emulators hand out hosts such as sqs.us-east-1.127.0.0.1, which WHATWG URLs refuse.
const name = z.string({ error: 'not set' }).min(1, 'empty');
const setting = z.coerce.number({ error: 'not a number' }).int().nonnegative();

export function loadConfig<K extends FunctionKind>(kind: K, env: Env = process.env): Config<K> {
  const b = bindingsOf(kind);
  const problems: string[] = [];
  const read = <T>(variable: string, schema: z.ZodType<T>): T | undefined => {
    const value = env[variable];
    const r = schema.safeParse(value);
    if (!r.success) {
      const got = value === undefined ? '' : ` (got ${JSON.stringify(value)})`;
      problems.push(`${variable} ${r.error.issues.map((i) => i.message).join(', ')}${got}`);
    }
    return r.data;
  };
  const config = {
    tables: Object.fromEntries(b.tables.map((t) => [t.table, read(t.variable, name)])),
    queues: Object.fromEntries(b.queues.map((q) => [q.queue, read(q.variable, name)])),
    settings: Object.fromEntries(b.settings.map((s) => [s.setting, read(s.variable, setting)])),
  };
  if (problems.length > 0) throw new ConfigError(`${kind} function environment: ${problems.join('; ')}`);
  return config as Config<K>;
}
