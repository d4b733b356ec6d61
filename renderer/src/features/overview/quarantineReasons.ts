/** Graph's synchronizationQuarantine reason codes in plain words (see graph-facts §1.6). */
const QUARANTINE_REASONS: Readonly<Record<string, string>> = {
  EncounteredBaseEscrowThreshold: 'Too many objects failed to provision (base escrow threshold reached)',
  EncounteredTotalEscrowThreshold: 'Too many objects failed to provision in total (total escrow threshold reached)',
  EncounteredEscrowProportionThreshold: 'More than 40% of objects failed to provision (escrow proportion threshold reached)',
  EncounteredQuarantineException:
    'The target app answered with an error that stops provisioning, such as invalid credentials or an unreachable endpoint',
  QuarantinedOnDemand: 'Quarantined on request',
  QuarantineOnDemand: 'Quarantined on request',
  TooManyDeletes: 'Too many deletions in one cycle (accidental-deletion threshold reached)',
  IngestionInterrupted: 'Ingestion was interrupted',
  Unknown: 'Entra did not give a reason',
};

export function describeQuarantineReason(reason: string): string {
  return QUARANTINE_REASONS[reason] ?? reason;
}
