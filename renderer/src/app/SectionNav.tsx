import { Tab, TabList } from '@fluentui/react-components';
import { SECTIONS } from './sections';

export const APPS_SECTION_ID = 'apps';

/** The header's section switcher; absent while the enterprise apps are the only section. */
export function SectionNav({ current, onSelect }: { current: string | null; onSelect: (section: string | null) => void }) {
  if (SECTIONS.length === 0) return null;
  return (
    <nav aria-label="Sections">
      <TabList
        size="small"
        selectedValue={current ?? APPS_SECTION_ID}
        onTabSelect={(_, data) => onSelect(data.value === APPS_SECTION_ID ? null : String(data.value))}
      >
        <Tab value={APPS_SECTION_ID}>Enterprise apps</Tab>
        {SECTIONS.map((section) => (
          <Tab key={section.id} value={section.id}>
            {section.label}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
