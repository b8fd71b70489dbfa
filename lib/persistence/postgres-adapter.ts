import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

/** PostgreSQL's catalog types `"char"` and `name`, which the adapter cannot read, and `text`. */
const CATALOG_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

interface FieldsCarrier { fields?: Array<{ dataTypeID: number }> }

/** Report `name` and `"char"` columns as `text`: the adapter has no mapping for them (prisma/orm#27403), and `migrate`'s own catalog queries return them. */
function nameAsText<T>(result: T): T {
  for (const one of Array.isArray(result) ? (result as unknown[]) : [result]) {
    const fields = (one as FieldsCarrier | null | undefined)?.fields;
    if (Array.isArray(fields)) for (const field of fields) if (CATALOG_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

type AnyQuery = (...args: unknown[]) => unknown;

/** A pg.Client whose results give catalog `name` and `"char"` columns as `text` (promise and callback forms alike). */
export class NameAsTextClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = (this.query as AnyQuery).bind(this);
    const patched: AnyQuery = (...args) => {
      const last = args[args.length - 1];
      if (typeof last === "function") {
        args[args.length - 1] = (error: unknown, result: unknown) => (last as (e: unknown, r: unknown) => void)(error, nameAsText(result));
        return query(...args);
      }
      const result = query(...args);
      return result instanceof Promise ? result.then(nameAsText) : result;
    };
    Object.assign(this, { query: patched });
  }
}

/** Pool settings from a postgres:// URL, as discrete settings (host, database, ...), never as a connection string. */
export function poolConfig(url: string): pg.PoolConfig {
  const settings = parseIntoClientConfig(url);
  delete settings.connectionString;
  return { ...settings, Client: NameAsTextClient, max: Number(process.env.DATABASE_POOL_SIZE) || 10 };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** Run a whole migration as one statement batch (one implicit transaction), not split on every `;` (which breaks `$$` bodies). */
function wholeScripts(adapter: Adapter, pool: pg.Pool): Adapter {
  adapter.executeScript = async (script: string) => {
    await pool.query(script);
  };
  return adapter;
}

/**
 * The Prisma driver adapter for PostgreSQL (node-postgres), mended for `prisma migrate` where
 * @prisma/adapter-pg 6.19 falls short:
 * - catalog columns of type `name` read as text (NameAsTextClient);
 * - a migration runs as one batch, atomically, `$$` function bodies intact;
 * - the pool gets discrete settings, so the shadow database (`migrate diff --from-migrations`) is the
 *   shadow database, not the real one; it is dropped here once its pool has ended.
 */
class ParallaxPostgres extends PrismaPg {
  private readonly settings: pg.PoolConfig;

  constructor(settings: pg.PoolConfig) {
    super(settings);
    this.settings = settings;
  }

  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    return wholeScripts(adapter, adapter.underlyingDriver());
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
    const admin = new pg.Pool({ ...this.settings, max: 1 });
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadow = new PrismaPg(new pg.Pool({ ...this.settings, database }), { disposeExternalPool: true });
    const connected = await shadow.connect();
    const adapter = wholeScripts(connected, connected.underlyingDriver());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  }
}

/** The adapter for a postgres:// DATABASE_URL. */
export function postgresAdapter(url: string): PrismaPg {
  return new ParallaxPostgres(poolConfig(url));
}
