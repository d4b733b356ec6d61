import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ObjectMappingView } from '../../../../shared/ipc/dto/apps';
import { FactList } from '../../components/FactList';
import { Section } from '../../components/Section';
import { countOf, describeObjectActions } from '../../lib/format';
import type { FindingDto } from '../../../../shared/ipc/contracts/audit';
import { AttributeMappingTable, type ShownMapping } from './AttributeMappingTable';
import { ScopeInWords } from './ScopeInWords';

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

const ALL_ACTIONS = ['Create', 'Update', 'Delete'] as const;

/** One object mapping ("Synchronize Microsoft Entra ID Users to …"): what flows, for whom, and how. */
export function ObjectMappingSection({ mapping, findings = [], shown = null }: { mapping: ObjectMappingView; findings?: readonly FindingDto[]; shown?: ShownMapping | null }) {
  const styles = useStyles();
  const actions = describeObjectActions(mapping.flowTypes);
  const extraActions = actions.filter((action) => !(ALL_ACTIONS as readonly string[]).includes(action));
  return (
    <Section
      title={mapping.name}
      testId="object-mapping"
      actions={
        <Badge appearance="tint" color={mapping.enabled ? 'success' : 'subtle'}>
          {mapping.enabled ? 'Enabled' : 'Disabled'}
        </Badge>
      }
    >
      <FactList
        label={`${mapping.name}: settings`}
        facts={[
          {
            label: 'Source object',
            value: (
              <>
                <span className={styles.mono}>{mapping.sourceObjectName}</span>{' '}
                <span className={styles.muted}>in {mapping.sourceDirectoryName}</span>
              </>
            ),
          },
          {
            label: 'Target object',
            value: (
              <>
                <span className={styles.mono}>{mapping.targetObjectName}</span>{' '}
                <span className={styles.muted}>in {mapping.targetDirectoryName}</span>
              </>
            ),
          },
          {
            label: 'Target object actions',
            value: (
              <span className={styles.actions} data-testid="object-actions">
                {ALL_ACTIONS.map((action) => (
                  <Badge key={action} appearance={actions.includes(action) ? 'tint' : 'outline'} color={actions.includes(action) ? 'brand' : 'subtle'}>
                    {actions.includes(action) ? action : `No ${action.toLowerCase()}`}
                  </Badge>
                ))}
                {extraActions.map((action) => (
                  <Badge key={action} appearance="tint" color="brand">
                    {action}
                  </Badge>
                ))}
              </span>
            ),
          },
          { label: 'Source object scope', value: <ScopeInWords scope={mapping.scope} objectName={mapping.sourceObjectName} /> },
        ]}
      />
      <h4 className={styles.subheading}>Attribute mappings ({countOf(mapping.attributeMappings.length, 'attribute')})</h4>
      <AttributeMappingTable mappings={mapping.attributeMappings} label={`${mapping.name}: attribute mappings`} findings={findings} shown={shown} />
    </Section>
  );
}
