import { makeStyles } from '@fluentui/react-components';
import { OverflowTabList } from '../components/OverflowTabList';
import { SECTIONS } from './sections';

export const APPS_SECTION_ID = 'apps';

const useStyles = makeStyles({
  // The nav takes what the header has left; tabs that do not fit move into a "More" menu.
  nav: { flexGrow: 1, flexShrink: 1, flexBasis: 0, minWidth: 0, display: 'flex' },
});

/** The header's section switcher; absent while the enterprise apps are the only section. */
export function SectionNav({ current, onSelect }: { current: string | null; onSelect: (section: string | null) => void }) {
  const styles = useStyles();
  if (SECTIONS.length === 0) return null;
  const tabs = [{ value: APPS_SECTION_ID, label: 'Enterprise apps' }, ...SECTIONS.map((section) => ({ value: section.id, label: section.label }))];
  return (
    <nav aria-label="Sections" className={styles.nav}>
      <OverflowTabList
        tabs={tabs}
        size="small"
        moreLabel="More sections"
        selectedValue={current ?? APPS_SECTION_ID}
        onSelect={(value) => onSelect(value === APPS_SECTION_ID ? null : value)}
      />
    </nav>
  );
}
