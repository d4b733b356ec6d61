import { Button, Menu, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger, MenuDivider, MenuItem } from '@fluentui/react-components';
import { ColumnTripleEditRegular } from '@fluentui/react-icons';
import { DEFAULT_VISIBLE_COLUMNS, LOG_COLUMNS } from './logColumns';

/** The portal's "Columns" choice: any record field can be shown; the choice is remembered. */
export function ColumnChooser({ visible, onChange }: { visible: readonly string[]; onChange(columns: string[]): void }) {
  return (
    <Menu checkedValues={{ columns: [...visible] }} onCheckedValueChange={(_, data) => data.checkedItems.length > 0 && onChange(LOG_COLUMNS.map((c) => c.id).filter((id) => data.checkedItems.includes(id)))}>
      <MenuTrigger disableButtonEnhancement>
        <Button icon={<ColumnTripleEditRegular />}>Columns</Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {LOG_COLUMNS.map((c) => (
            <MenuItemCheckbox key={c.id} name="columns" value={c.id}>
              {c.label}
            </MenuItemCheckbox>
          ))}
          <MenuDivider />
          <MenuItem onClick={() => onChange([...DEFAULT_VISIBLE_COLUMNS])}>Reset to the portal's columns</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
