import { Dropdown, Field, MessageBar, MessageBarBody, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AuditRun, FindingDto, PopulationMemberDto } from '../../../../shared/ipc/contracts/audit';
import { QueryView } from '../../components/QueryView';
import { Section } from '../../components/Section';
import { useQuery } from '../../lib/useQuery';
import { DiffDialog } from './DiffDialog';
import { ExportReportMenu } from './ExportReportMenu';
import { ExpressionEditor } from './ExpressionEditor';
import { findingKey, FindingsList } from './FindingsList';
import { ObjectPicker, ObjectPreview, OperationPicker } from './ObjectPreview';
import { SeverityCounts } from './severity';
import { UpdateTarget, type UpdateAgainst } from './UpdateTarget';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'flex-end', flexWrap: 'wrap' },
  profile: { minWidth: '220px' },
  controls: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap', alignItems: 'flex-end' },
  mappingPicker: { minWidth: '320px' },
});

const currentTime = (): number => Date.now();

/** "none" in the dropdown means: audit without a vendor profile. */
const NO_PROFILE = 'none';

interface Selection {
  kind: 'User' | 'Group';
  index: number;
}

/** The mapping audit on top of an app's "Attribute mappings" tab. */
export function AuditPanel({
  tenantId,
  appId,
  onFindings,
  onShowMapping,
}: {
  tenantId: string;
  appId: string;
  /** The findings of the latest run, for the mappings table to mark its rows. */
  onFindings?: (findings: readonly FindingDto[]) => void;
  /** "Show mapping": the mappings table scrolls to, highlights and focuses the row. */
  onShowMapping?: (objectMapping: string, mappingIndex: number) => void;
}) {
  const [profile, setProfile] = useState<string | undefined>(undefined);
  const profileId = profile === undefined ? undefined : profile === NO_PROFILE ? null : profile;
  const run = useQuery('audit:run', { tenantId, appId, ...(profileId !== undefined ? { profileId } : {}) }, { keepPreviousData: true });
  const findings = run.data?.findings;
  useEffect(() => {
    if (findings) onFindings?.(findings);
  }, [findings, onFindings]);
  return (
    <QueryView query={run} loadingLabel="Auditing the mappings" errorTitle="Could not audit the mappings">
      {(value) => <AuditContent tenantId={tenantId} appId={appId} run={value} profile={profile} onProfile={setProfile} profileId={profileId} {...(onShowMapping ? { onShowMapping } : {})} />}
    </QueryView>
  );
}

function AuditContent({
  tenantId,
  appId,
  run,
  profile,
  onProfile,
  profileId,
  onShowMapping,
}: {
  tenantId: string;
  appId: string;
  run: AuditRun;
  profile: string | undefined;
  onProfile: (p: string) => void;
  profileId: string | null | undefined;
  onShowMapping?: (objectMapping: string, mappingIndex: number) => void;
}) {
  const styles = useStyles();
  const [exportError, setExportError] = useState<string | null>(null);
  const [member, setMember] = useState<PopulationMemberDto | null>(run.population.firstUser ?? run.population.firstGroup);
  const objectId = member?.id ?? null;
  const [operation, setOperation] = useState<'create' | 'update'>('create');
  const [selection, setSelection] = useState<Selection | null>(null);
  const [selectedFinding, setSelectedFinding] = useState<string | null>(null);
  const [against, setAgainst] = useState<UpdateAgainst>({ dialect: 'default' });
  const preview = useQuery('audit:preview', objectId ? { tenantId, appId, objectId, operation, ...(operation === 'update' ? against : {}) } : null, { keepPreviousData: true });
  const [now] = useState(currentTime);

  const kind = selection?.kind ?? member?.kind ?? 'User';
  const objectMapping = run.objectMappings.find((o) => o.objectKind === kind) ?? run.objectMappings[0];
  const mappingIndex = selection && selection.kind === objectMapping?.objectKind ? selection.index : (objectMapping?.attributeMappings.find((m) => m.expression !== null)?.index ?? 0);
  const mapping = objectMapping?.attributeMappings[mappingIndex];
  const previewMatches = preview.data && preview.data.kind === objectMapping?.objectKind;

  const selectFinding = (finding: FindingDto, index: number) => {
    const om = run.objectMappings.find((o) => o.name === finding.objectMapping);
    if (!om || finding.mappingIndex === undefined) return;
    setSelectedFinding(findingKey(finding, index));
    setSelection({ kind: om.objectKind, index: finding.mappingIndex });
    if (member?.kind !== om.objectKind) {
      const other = om.objectKind === 'User' ? run.population.firstUser : run.population.firstGroup;
      if (other) setMember(other);
    }
    // The editor above now shows the mapping; the table below scrolls to its row, highlights and focuses it.
    if (onShowMapping) onShowMapping(finding.objectMapping, finding.mappingIndex);
    else requestAnimationFrame(() => document.getElementById('audit-editor')?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  };

  const profileLabel = (id: string | null | undefined) => (id === null ? 'No vendor profile' : (run.profiles.find((p) => p.id === id)?.displayName ?? id ?? ''));

  return (
    <div className={styles.root} data-testid="audit">
      <Section
        title="Mapping audit"
        testId="audit-findings"
        actions={
          <>
            <DiffDialog tenantId={tenantId} appId={appId} app={{ id: run.appId, displayName: run.appName }} profileId={run.profileId} />
            <ExportReportMenu tenantId={tenantId} appId={appId} profileId={profileId} onError={setExportError} />
          </>
        }
      >
        <div className={styles.toolbar}>
          <Field label="Vendor profile" className={styles.profile}>
            <Dropdown
              value={profileLabel(profile === undefined ? run.profileId : profileId)}
              selectedOptions={[profile ?? run.profileId ?? NO_PROFILE]}
              onOptionSelect={(_, data) => data.optionValue && onProfile(data.optionValue)}
              data-testid="profile-picker"
            >
              {run.profiles.map((p) => (
                <Option key={p.id} value={p.id}>
                  {p.displayName}
                </Option>
              ))}
              <Option value={NO_PROFILE}>No vendor profile</Option>
            </Dropdown>
          </Field>
          <SeverityCounts counts={run.counts} />
        </div>
        {exportError && (
          <MessageBar intent="error">
            <MessageBarBody>{exportError}</MessageBarBody>
          </MessageBar>
        )}
        <FindingsList findings={run.findings} selectedKey={selectedFinding} onSelect={(f) => selectFinding(f, run.findings.indexOf(f))} />
      </Section>

      <Section title="Preview with a real user or group" testId="audit-preview">
        {run.population.total === 0 ? (
          <p>No users or groups are assigned to this app, so there is nothing to preview.</p>
        ) : (
          <>
            <div className={styles.controls}>
              <ObjectPicker tenantId={tenantId} appId={appId} selected={member} onChange={setMember} />
              <OperationPicker operation={operation} onChange={setOperation} />
            </div>
            {operation === 'update' && member && <UpdateTarget key={member.id} tenantId={tenantId} appId={appId} kind={member.kind} objectId={member.id} onChange={setAgainst} />}
            <QueryView query={preview} loadingLabel="Evaluating the mappings">
              {(value) => <ObjectPreview preview={value} selectedIndex={value.kind === selection?.kind ? mappingIndex : null} onSelectMapping={(index) => setSelection({ kind: value.kind, index })} />}
            </QueryView>
          </>
        )}
      </Section>

      <div id="audit-editor">
        <Section title="Expression editor" testId="audit-editor">
          {objectMapping && (
            <Field label="Mapping" className={styles.mappingPicker}>
              <Dropdown
                value={mapping ? mapping.targetAttributeName : ''}
                selectedOptions={mapping ? [String(mapping.index)] : []}
                onOptionSelect={(_, data) => data.optionValue && setSelection({ kind: objectMapping.objectKind, index: Number(data.optionValue) })}
                data-testid="mapping-picker"
              >
                {objectMapping.attributeMappings.map((m) => (
                  <Option key={m.index} value={String(m.index)} text={m.targetAttributeName}>
                    {m.targetAttributeName}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          <ExpressionEditor
            label={mapping ? `Source expression for ${mapping.targetAttributeName}` : 'Expression'}
            initial={mapping?.expression ?? ''}
            source={previewMatches ? preview.data!.source : null}
            sourceName={previewMatches ? preview.data!.displayName : null}
            now={now}
            sourceAttributes={objectMapping?.sourceAttributes ?? []}
          />
        </Section>
      </div>
    </div>
  );
}
