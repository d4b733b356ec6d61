import type { Locator } from '@playwright/test';

/** Drags files (name and text, or a size of zeros) from "the desktop" onto an element and drops them there. */
export async function dropFiles(target: Locator, files: Array<{ name: string; text?: string; bytes?: number; type?: string }>): Promise<void> {
  const transfer = await target.page().evaluateHandle((specs) => {
    const data = new DataTransfer();
    for (const spec of specs) {
      const body = spec.text !== undefined ? [spec.text] : [new Uint8Array(spec.bytes ?? 0)];
      data.items.add(new File(body, spec.name, { type: spec.type ?? 'application/json' }));
    }
    return data;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(type, { dataTransfer: transfer });
}

/** Drags a file over an element without dropping it. */
export async function dragFileOver(target: Locator, name: string): Promise<void> {
  const transfer = await target.page().evaluateHandle((fileName) => {
    const data = new DataTransfer();
    data.items.add(new File(['[]'], fileName, { type: 'application/json' }));
    return data;
  }, name);
  for (const type of ['dragenter', 'dragover']) await target.dispatchEvent(type, { dataTransfer: transfer });
}
