/** What Graph's synchronization cycle states mean, in the admin's words. */
const WORDS: Readonly<Record<string, string>> = {
  succeeded: 'Succeeded',
  failed: 'Failed',
  entrylevelerrors: 'Completed with errors on some users or groups',
  inprogress: 'In progress',
  notrun: 'Not run yet',
  quarantined: 'In quarantine',
};

/** A cycle state (`EntryLevelErrors`, `Succeeded`…) in words; an unknown one has its camel case split. */
export function cycleStateInWords(state: string): string {
  const known = WORDS[state.replace(/[^a-z]/gi, '').toLowerCase()];
  if (known) return known;
  const words = state.replace(/([a-z])([A-Z])/g, '$1 $2').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
