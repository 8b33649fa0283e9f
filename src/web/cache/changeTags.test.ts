import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tagsForChange } from './changeTags.ts';

const sections = [{ id: 1, parent_id: null }, { id: 2, parent_id: 1 }, { id: 3, parent_id: null }];

describe('tagsForChange', () => {
  it('should touch a ward item, its section chain, the feed and the parent ward block', () => {
    const tags = tagsForChange({ site_id: 7, subject_type: 'content', subject_id: 40, action: 'content.published' },
      { site: { id: 7, parent_id: 1 }, content: { section_id: 2, is_featured: 0, kind: 'news' }, sections });
    assert.deepEqual(tags.sort(), ['content-40', 'feed-7', 'section-1', 'section-2', 'wards-1'].sort());
  });
  it('should touch the featured block only for featured items', () => {
    const tags = tagsForChange({ site_id: 1, subject_type: 'content', subject_id: 5, action: 'content.updated' },
      { site: { id: 1, parent_id: null }, content: { section_id: 3, is_featured: 1, kind: 'news' }, sections });
    assert.ok(tags.includes('featured-1'));
    assert.ok(!tags.some((t) => t.startsWith('wards-')));
  });
  it('should touch the whole site for settings, the site lists for site changes, nothing for users or logins', () => {
    assert.deepEqual(tagsForChange({ site_id: 7, subject_type: 'site', subject_id: 7, action: 'site.updated' }, { site: { id: 7, parent_id: 1 }, sections }),
      ['site-7', 'directory', 'wards-1']);
    assert.deepEqual(tagsForChange({ site_id: 3, subject_type: 'section', subject_id: 9, action: 'section.updated' }, { site: { id: 3, parent_id: null }, sections }), ['site-3']);
    assert.deepEqual(tagsForChange({ site_id: 3, subject_type: 'user', subject_id: 9, action: 'user.created' }, { site: undefined, sections }), []);
    assert.deepEqual(tagsForChange({ site_id: null, subject_type: 'user', subject_id: 9, action: 'user.loggedIn' }, { site: undefined, sections }), []);
    assert.deepEqual(tagsForChange({ site_id: 3, subject_type: 'document', subject_id: 9, action: 'document.created' }, { site: { id: 3, parent_id: null }, sections }), ['site-3']);
  });
});
