import { kvs } from '@forge/kvs';

/** How long a handled event id is remembered. */
export const EVENT_KEY_TTL_DAYS = 14;

/**
 * Claims an event id; `false` means it was already handled. Forge may deliver an event more than
 * once, and two deliveries can run at the same time, so the claim is one conditional write
 * (`keyPolicy: 'FAIL_IF_EXISTS'`): KVS lets exactly one of them create the key. The key keeps
 * only KVS-legal characters.
 *
 * @example
 * if (!(await claimEvent('created:10001', new Date()))) return; // duplicate delivery
 */
export async function claimEvent(eventId: string, now: Date): Promise<boolean> {
  const key = eventKey(eventId);
  try {
    // Redeliveries come within hours; the TTL keeps dedupe keys from piling up forever.
    await kvs.set(key, now.toISOString(), {
      ttl: { value: EVENT_KEY_TTL_DAYS, unit: 'DAYS' },
      keyPolicy: 'FAIL_IF_EXISTS',
    });
    return true;
  } catch (error) {
    // KVS does not document the error code of a refused FAIL_IF_EXISTS write, so tell a lost
    // race from a real failure by whether the key now exists.
    if ((await kvs.get(key)) !== undefined) return false;
    throw error;
  }
}

/**
 * Releases a claim after a failed attempt, so Forge's redelivery can try again.
 *
 * @example
 * await releaseEvent('created:10001');
 */
export async function releaseEvent(eventId: string): Promise<void> {
  await kvs.delete(eventKey(eventId));
}

function eventKey(eventId: string): string {
  return `event:${eventId.replace(/[^a-zA-Z0-9:._\-#]/g, '_')}`.slice(0, 500);
}
