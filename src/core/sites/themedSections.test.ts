import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isShownAt, withThemeWindows } from './themedSections.ts';

describe('themed sections', () => {
  const s = { id: 1, starts_at: '2026-11-01T00:00:00.000Z', ends_at: '2026-12-01T00:00:00.000Z', in_menu: 1, on_home: 1 };
  it('should show a themed section only inside its window, open-ended bounds included', () => {
    assert.equal(isShownAt(s, '2026-10-31T23:59:59.000Z'), false);
    assert.equal(isShownAt(s, '2026-11-15T00:00:00.000Z'), true);
    assert.equal(isShownAt(s, '2026-12-01T00:00:00.000Z'), false, 'the end is exclusive');
    assert.equal(isShownAt({ starts_at: null, ends_at: null }, '2030-01-01T00:00:00.000Z'), true);
  });
  it('should take a section outside its window off the menu and the home page, and leave the rest alone', () => {
    const plain = { id: 2, starts_at: null, ends_at: null, in_menu: 1, on_home: 0 };
    assert.deepEqual(withThemeWindows([s, plain], '2027-01-01T00:00:00.000Z'), [{ ...s, in_menu: 0, on_home: 0 }, plain]);
    assert.deepEqual(withThemeWindows([s, plain], '2026-11-15T00:00:00.000Z'), [s, plain]);
  });
});
