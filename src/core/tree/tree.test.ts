import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { descendantsAndSelf, flattenTree, wouldCreateCycle } from './tree.ts';

interface Row { id: number; parent: number | null; order: number; name: string }
const rows: Row[] = [
  { id: 1, parent: null, order: 20, name: 'Tin tức' },
  { id: 2, parent: 1, order: 10, name: 'Kinh tế' },
  { id: 3, parent: null, order: 10, name: 'Giới thiệu' },
  { id: 4, parent: 2, order: 10, name: 'Nông nghiệp' },
  { id: 5, parent: 1, order: 5, name: 'Chính trị' },
  { id: 6, parent: 99, order: 1, name: 'Mồ côi' },
];
const node = (r: Row) => ({ id: r.id, parentId: r.parent });
const nodes = rows.map(node);

describe('flattenTree()', () => {
  it('puts each item before its children, siblings in the given order, orphans at the top level', () => {
    const flat = flattenTree(rows, node, (a, b) => a.order - b.order);
    assert.deepEqual(flat.map((f) => [f.item.name, f.depth]), [
      ['Mồ côi', 0], ['Giới thiệu', 0], ['Tin tức', 0], ['Chính trị', 1], ['Kinh tế', 1], ['Nông nghiệp', 2],
    ]);
  });

  it('lists rows caught in a cycle once instead of looping or losing them', () => {
    const cyclic = [{ id: 1, parent: 2, order: 0, name: 'A' }, { id: 2, parent: 1, order: 0, name: 'B' }];
    const flat = flattenTree(cyclic, node, () => 0);
    assert.deepEqual(flat.map((f) => f.item.id).sort(), [1, 2]);
  });
});

describe('wouldCreateCycle()', () => {
  it('refuses a move under itself or under any descendant', () => {
    assert.equal(wouldCreateCycle(nodes, 1, 1), true);
    assert.equal(wouldCreateCycle(nodes, 1, 2), true);
    assert.equal(wouldCreateCycle(nodes, 1, 4), true);
  });

  it('allows top level, a sibling branch, or moving a child up', () => {
    assert.equal(wouldCreateCycle(nodes, 1, null), false);
    assert.equal(wouldCreateCycle(nodes, 1, 3), false);
    assert.equal(wouldCreateCycle(nodes, 4, 1), false);
  });

  it('descendantsAndSelf() collects the whole branch', () => {
    assert.deepEqual([...descendantsAndSelf(nodes, 1)].sort(), [1, 2, 4, 5]);
  });
});
