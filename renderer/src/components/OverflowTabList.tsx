import {
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
  type TabListProps,
} from '@fluentui/react-components';
import { ChevronDownRegular } from '@fluentui/react-icons';

export interface OverflowTab {
  value: string;
  label: string;
}

const useStyles = makeStyles({
  // The list takes the room it is given and never pushes its neighbours: tabs that do not fit go into the menu.
  list: { minWidth: 0, flexGrow: 1, flexWrap: 'nowrap', overflow: 'hidden' },
  tab: { whiteSpace: 'nowrap', flexShrink: 0 },
});

/**
 * A tab strip that never wraps or clips: the tabs that do not fit (the selected one is kept visible)
 * move into a "More" menu at its end, as Fluent apps do.
 */
export function OverflowTabList({
  tabs,
  selectedValue,
  onSelect,
  moreLabel,
  size,
  className,
  'aria-label': ariaLabel,
}: {
  tabs: readonly OverflowTab[];
  selectedValue: string;
  onSelect(value: string): void;
  /** The menu button's accessible name, e.g. "More sections". */
  moreLabel: string;
  size?: TabListProps['size'];
  className?: string;
  'aria-label'?: string;
}) {
  const styles = useStyles();
  return (
    <Overflow minimumVisible={1} padding={8}>
      <TabList
        className={className ? `${styles.list} ${className}` : styles.list}
        selectedValue={selectedValue}
        onTabSelect={(_, data) => onSelect(String(data.value))}
        size={size ?? 'medium'}
        aria-label={ariaLabel}
      >
        {tabs.map((tab) => (
          <OverflowItem key={tab.value} id={tab.value} priority={tab.value === selectedValue ? 2 : 1}>
            <Tab value={tab.value} className={styles.tab}>
              {tab.label}
            </Tab>
          </OverflowItem>
        ))}
        <MoreTabsMenu tabs={tabs} selectedValue={selectedValue} onSelect={onSelect} label={moreLabel} />
      </TabList>
    </Overflow>
  );
}

function MoreTabsMenu({ tabs, selectedValue, onSelect, label }: { tabs: readonly OverflowTab[]; selectedValue: string; onSelect(value: string): void; label: string }) {
  const { ref, isOverflowing, overflowCount } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu checkedValues={{ tab: [selectedValue] }} onCheckedValueChange={(_, data) => data.checkedItems[0] && onSelect(data.checkedItems[0])}>
      <MenuTrigger disableButtonEnhancement>
        <Button ref={ref as never} appearance="transparent" icon={<ChevronDownRegular />} iconPosition="after" aria-label={`${label} (${overflowCount})`} data-testid="overflow-tabs-menu">
          More
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {tabs.map((tab) => (
            <HiddenTabItem key={tab.value} tab={tab} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

function HiddenTabItem({ tab }: { tab: OverflowTab }) {
  const visible = useIsOverflowItemVisible(tab.value);
  if (visible) return null;
  return (
    <MenuItemRadio name="tab" value={tab.value}>
      {tab.label}
    </MenuItemRadio>
  );
}
