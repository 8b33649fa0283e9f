import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../src/config/env.ts';

describe('configuration', () => {
  it('should default to SQLite under ./data with demo data on port 3000', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.match(c.databaseUrl, /data\/cong-ttdt\.sqlite$/);
    assert.equal(c.demoData, true);
    assert.equal(c.publicUrl, 'http://localhost:3000');
  });
  it('should never load demo data in production, and use secure cookies there', () => {
    const c = loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'on' });
    assert.equal(c.demoData, false);
    assert.equal(c.secureCookies, true);
  });
  it('should let DEMO_DATA=off turn the demo off and take DATABASE_URL as given', () => {
    const c = loadConfig({ DEMO_DATA: 'off', DATABASE_URL: 'postgres://u@h/db', DATA_DIR: '/srv/cong' });
    assert.equal(c.demoData, false);
    assert.equal(c.databaseUrl, 'postgres://u@h/db');
    assert.equal(c.dataDir, '/srv/cong');
  });
  it('should refuse an invalid port', () => assert.throws(() => loadConfig({ PORT: 'abc' }), /PORT/));
});
