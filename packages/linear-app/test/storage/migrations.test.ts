import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/storage/migrate';
import { MIGRATIONS } from '../../src/storage/migrations';
import { BACKENDS, backendTitle, type TestDatabase } from './backends';

const latest = Math.max(...MIGRATIONS.map((m) => m.version));

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipReason !== undefined)(`migrations — ${backendTitle(backend)}`, () => {
    let db: TestDatabase | undefined;
    afterEach(async () => {
      await db?.dispose();
      db = undefined;
    });

    it('applies every migration once, then nothing on later runs', async () => {
      db = await backend.create();
      const store = db.open();
      const first = await migrate(store);
      const second = await migrate(store);
      expect(first).toEqual(MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
      expect(second).toEqual([]);
      expect(await schemaVersion(store)).toBe(latest);
      await store.close();
    });

    // SQLite runs one connection per process (a second one in the same process would block the
    // event loop on the file lock), so concurrent start-up is a PostgreSQL concern.
    it.skipIf(backend.name === 'sqlite')(
      'lets two instances migrate the same empty database at once without error or double work',
      async () => {
        db = await backend.create();
        const a = db.open();
        const b = db.open();
        const [ra, rb] = await Promise.all([migrate(a), migrate(b)]);
        expect([...ra, ...rb].sort((x, y) => x - y)).toEqual(
          MIGRATIONS.map((m) => m.version).sort((x, y) => x - y),
        );
        const rows = await a.all<{ version: number }>(
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version).sort((x, y) => x - y));
        await a.close();
        await b.close();
      },
    );

    it('rolls a failing migration back completely, leaving the version unchanged', async () => {
      db = await backend.create();
      const store = db.open();
      await migrate(store);
      const broken = [
        ...MIGRATIONS,
        {
          version: latest + 1,
          name: 'broken',
          sql: 'CREATE TABLE x_tmp (a INT); SELECT nonsense FROM nowhere;',
        },
      ];
      await expect(migrate(store, broken)).rejects.toThrow();
      expect(await schemaVersion(store)).toBe(latest);
      await expect(store.get('SELECT count(*) AS n FROM x_tmp')).rejects.toThrow();
      await store.close();
    });

    it('returns BIGINT times as numbers', async () => {
      db = await backend.create();
      const store = db.open();
      await migrate(store);
      const row = await store.get<{ applied_at: unknown }>(
        'SELECT applied_at FROM schema_migrations LIMIT 1',
      );
      expect(typeof row?.applied_at).toBe('number');
      await store.close();
    });
  });
}
