// Route matching with addresses typed or pasted by anyone: a malformed one is "not found", never a throw.
import { describe, expect, it } from 'vitest';
import { match, type Route } from '../../src/ui/router';

const page = { path: '/cases/:id', title: 'x', load: () => Promise.resolve({ default: () => null }) } satisfies Route;
const list = { path: '/cases', title: 'y', load: () => Promise.resolve({ default: () => null }) } satisfies Route;

describe('match', () => {
  it('decodes a parameter', () => {
    expect(match([list, page], '/cases/a%20b')?.params).toEqual({ id: 'a b' });
  });

  it('treats a malformed percent-encoding as no route (#/cases/%E0%A4%A)', () => {
    expect(match([list, page], '/cases/%E0%A4%A')).toBeNull();
    expect(match([list, page], '/cases/%')).toBeNull();
    // The other routes still match afterwards.
    expect(match([list, page], '/cases')?.route).toBe(list);
  });

  it('keeps a parameter named like an Object.prototype member a plain value', () => {
    const proto = { path: '/x/:constructor', title: 'z', load: page.load } satisfies Route;
    const m = match([proto], '/x/__proto__');
    expect(m?.params.constructor).toBe('__proto__');
  });
});
