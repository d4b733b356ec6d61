import { describe, expect, it } from 'vitest';
import {
  describeFlowType,
  describeMatching,
  describeObjectActions,
  formatElapsed,
  formatIsoDuration,
  formatRelative,
  formatSchedule,
  humanizeIdentifier,
} from '../../../../renderer/src/lib/format';

describe('formatSchedule', () => {
  it('says "every 40 minutes" for PT40M', () => {
    expect(formatSchedule('PT40M')).toBe('every 40 minutes');
  });

  it('says "not scheduled" when Graph reports no interval', () => {
    expect(formatSchedule(null)).toBe('not scheduled');
  });

  it('combines units and singularises', () => {
    expect(formatSchedule('P1DT2H1M')).toBe('every 1 day 2 hours 1 minute');
  });
});

describe('formatIsoDuration', () => {
  it('returns unparseable input verbatim', () => {
    expect(formatIsoDuration('00:40:00')).toBe('00:40:00');
    expect(formatIsoDuration('P')).toBe('P');
    expect(formatIsoDuration('PT')).toBe('PT');
  });

  it('reads seconds and weeks', () => {
    expect(formatIsoDuration('PT30S')).toBe('30 seconds');
    expect(formatIsoDuration('P2W')).toBe('2 weeks');
  });
});

describe('describeFlowType', () => {
  it('words Always and ObjectAddOnly as the admin center does', () => {
    expect(describeFlowType('Always')).toBe('Always');
    expect(describeFlowType('ObjectAddOnly')).toBe('Only during creation');
  });

  it('keeps the API-only flow types verbatim', () => {
    expect(describeFlowType('MultiValueAddOnly')).toBe('MultiValueAddOnly');
  });
});

describe('describeObjectActions', () => {
  it('turns Graph flowTypes into the portal target object actions', () => {
    expect(describeObjectActions('Add, Update, Delete')).toEqual(['Create', 'Update', 'Delete']);
    expect(describeObjectActions('Add,Update')).toEqual(['Create', 'Update']);
    expect(describeObjectActions('')).toEqual([]);
  });
});

describe('describeMatching', () => {
  it('names the matching precedence and ignores non-matching mappings', () => {
    expect(describeMatching(1)).toBe('Matching #1');
    expect(describeMatching(0)).toBeNull();
  });
});

describe('formatElapsed', () => {
  it('measures a cycle', () => {
    expect(formatElapsed('2026-01-01T10:00:00Z', '2026-01-01T10:04:12Z')).toBe('4 min 12 s');
    expect(formatElapsed('2026-01-01T10:00:00Z', '2026-01-01T12:05:00Z')).toBe('2 h 5 min');
    expect(formatElapsed('2026-01-01T10:00:00Z', null)).toBeNull();
  });
});

describe('formatRelative', () => {
  it('words past and future instants relative to now', () => {
    const now = new Date('2026-01-01T12:00:00Z');
    expect(formatRelative('2026-01-01T09:00:00Z', now)).toMatch(/3 hours ago/);
    expect(formatRelative('2026-01-03T12:00:00Z', now)).toMatch(/in 2 days/);
  });
});

describe('humanizeIdentifier', () => {
  it('splits Pascal case status codes', () => {
    expect(humanizeIdentifier('NotConfigured')).toBe('Not configured');
    expect(humanizeIdentifier('Active')).toBe('Active');
  });
});
