import { describe, expect, expectTypeOf, it } from 'vitest';
import { CHANNEL_NAMES, isChannelName } from '../../../../shared/ipc/channels';
import type { ChannelName } from '../../../../shared/ipc/channels';
import { channels, contract } from '../../../../shared/ipc/contract';
import type { Channel } from '../../../../shared/ipc/contract';

describe('the zod-free channel list', () => {
  it('is exactly the contract channels (contract.ts stays the source of truth)', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(contract).sort());
    expect(channels).toEqual(CHANNEL_NAMES);
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
    expectTypeOf<ChannelName>().toEqualTypeOf<Channel>();
  });

  it('recognises only own channel names', () => {
    for (const channel of Object.keys(contract)) expect(isChannelName(channel)).toBe(true);
    for (const value of ['toString', '__proto__', 'apps:', '', 1, null]) expect(isChannelName(value)).toBe(false);
  });
});
