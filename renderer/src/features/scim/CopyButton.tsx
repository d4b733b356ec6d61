import { Button, Tooltip } from '@fluentui/react-components';
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons';
import { useState } from 'react';

/** Copies a value to the clipboard and confirms it in place. */
export function CopyButton({ label, value, disabled }: { label: string; value: string | null | (() => Promise<string | null>); disabled?: boolean }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const text = typeof value === 'function' ? await value() : value;
    if (text === null) return;
    await navigator.clipboard.writeText(text);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  return (
    <Tooltip content={copied ? 'Copied' : label} relationship="label">
      <Button appearance="subtle" icon={copied ? <CheckmarkRegular /> : <CopyRegular />} onClick={() => void copy()} disabled={disabled ?? false} aria-label={label} />
    </Tooltip>
  );
}
