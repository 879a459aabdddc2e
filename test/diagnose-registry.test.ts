import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { AnyDetectorKind } from '../src/diagnose/detector.js';
import { DETECTORS, DiagnosticsState, PHRASES } from '../src/diagnose/index.js';

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/diagnose/state-v1.json', import.meta.url), 'utf8'));
const kinds: readonly AnyDetectorKind[] = DETECTORS;
const ctx = { dailyQuota: 50_000, peer: <D>(kind: { create(): D }) => kind.create() };

describe('diagnose: the registry', () => {
  it('ids and state keys are unique', () => {
    assert.equal(new Set(kinds.map((k) => k.id)).size, kinds.length);
    assert.equal(new Set(kinds.map((k) => k.stateKey)).size, kinds.length);
    assert.ok(!kinds.some((k) => k.stateKey === 'version'));
  });

  it('every id has phrases in every language', () => {
    for (const [lang, book] of Object.entries(PHRASES)) {
      for (const k of kinds) assert.equal(typeof (book as Record<string, unknown>)[k.id], 'object', `${lang} ${k.id}`);
    }
  });

  it('a new detector, or one read from damaged JSON, finds nothing', () => {
    for (const k of kinds) {
      assert.equal(k.create().finish(ctx), null, k.id);
      for (const bad of [null, 'x', 5, [], { samples: [null], calls: ['x'] }]) {
        assert.equal(k.fromJSON(bad).finish(ctx), null, `${k.id} from ${JSON.stringify(bad)}`);
      }
    }
  });

  it('keeps the state layout of version 1: one key per detector', () => {
    const json = new DiagnosticsState().toJSON() as Record<string, unknown>;
    assert.deepEqual(Object.keys(json).sort(), ['version', ...kinds.map((k) => k.stateKey)].sort());
    assert.equal(json.version, 1);
  });

  it('reads a state written by the version before the registry to the same diagnostics', () => {
    const state = DiagnosticsState.fromJSON(fixture.state);
    assert.equal(fixture.diagnostics.length, 8, 'the fixture sets off every detector of that version');
    // Evidence added since that version, as a state without its data gives it.
    const added: Record<string, Record<string, unknown>> = {
      concurrency: { togetherPeak: null, togetherAt: null, outsideTogether615: 0 },
      'retry-too-soon': { bodiesUnseen: 0 },
      'retry-pointless': { bodiesUnseen: 0 },
    };
    const expected = (fixture.diagnostics as Array<{ id: string; evidence: Record<string, unknown> }>).map((d) => ({
      ...d,
      evidence: { ...d.evidence, ...added[d.id] },
    }));
    assert.deepEqual(state.finish({ dailyQuota: fixture.dailyQuota, lang: 'en' }), expected);
  });
});
