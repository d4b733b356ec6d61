import { useCallback, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { ResultError } from '../../../shared/ipc/result';
import { grantDroppedFiles, isDesktop } from './api';
import { uploadTooLarge, type PickedFiles } from './pickedFiles';

export interface FileDrop {
  /** True while files are dragged over the target. */
  dragging: boolean;
  handlers: {
    onDragEnter(event: DragEvent): void;
    onDragOver(event: DragEvent): void;
    onDragLeave(event: DragEvent): void;
    onDrop(event: DragEvent): void;
  };
}

const carriesFiles = (event: DragEvent) => [...event.dataTransfer.types].includes('Files');

/**
 * Files dropped onto an element: granted by path in the desktop app (the main process reads nothing
 * the admin did not drop), uploaded within the upload limit in browser mode.
 */
export function useFileDrop(onPicked: (picked: PickedFiles) => void, onRefused: (error: ResultError) => void, cliCommand: string, enabled = true): FileDrop {
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child crossed: count them so the highlight does not flicker.
  const depth = useRef(0);

  const drop = useCallback(
    async (files: File[]) => {
      if (isDesktop()) {
        const granted = await grantDroppedFiles(files);
        if (!granted.ok) return onRefused(granted.error);
        if (granted.value.length > 0) onPicked({ kind: 'paths', files: granted.value });
        return;
      }
      const refused = uploadTooLarge(files, cliCommand);
      if (refused) onRefused(refused);
      else onPicked({ kind: 'uploads', files });
    },
    [onPicked, onRefused, cliCommand],
  );

  // Every file drag is taken, even while busy: a drop the page does not take makes the browser open the file instead of the app.
  return {
    dragging,
    handlers: {
      onDragEnter(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current += 1;
        if (enabled) setDragging(true);
      },
      onDragOver(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = enabled ? 'copy' : 'none';
      },
      onDragLeave(event) {
        if (!carriesFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      },
      onDrop(event) {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setDragging(false);
        const files = [...event.dataTransfer.files];
        if (enabled && files.length > 0) void drop(files);
      },
    },
  };
}
