import { useEffect, useRef, useState } from 'react';

export type Copying = 'idle' | 'copied' | 'refused';

/** How long the confirmation ("Link copied") stays up. */
const CONFIRM_MS = 4000;

/**
 * Copying a text to the clipboard, for a button beside the field that shows the same text. Where
 * the browser refuses (an insecure page, a denied permission, a frame not allowed to), the field
 * is focused with its text selected, ready for Ctrl+C, and `copying` says so for the message.
 */
export function useCopy<Field extends HTMLInputElement | HTMLTextAreaElement>() {
  const field = useRef<Field>(null);
  const [copying, setCopying] = useState<Copying>('idle');

  useEffect(() => {
    if (copying !== 'copied') return;
    const timer = setTimeout(() => setCopying('idle'), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [copying]);

  const copy = async (text: string) => {
    try {
      // Only a secure page has a clipboard.
      const { clipboard } = navigator as Partial<Navigator>;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(text);
      setCopying('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setCopying('refused');
    }
  };

  return { field, copying, copy };
}

/** The words under the button, for a text named `name` ("link"): done, or how to copy by hand. */
export function copyMessage(copying: Copying, name: string): string {
  if (copying === 'copied') return `${name.charAt(0).toUpperCase()}${name.slice(1)} copied`;
  if (copying === 'refused')
    return `The browser did not let the page copy. The ${name} is selected in the box: press Ctrl+C (⌘C on a Mac) to copy it.`;
  return '';
}
