/**
 * Offers a file to the person: the share sheet where the browser can share files (phones), a
 * download everywhere else; `text` describes it in the share sheet (a backup says it is health
 * data). Resolves to how it was offered.
 */
export async function saveFile(file: File, text?: string): Promise<'shared' | 'downloaded'> {
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: file.name, ...(text ? { text } : {}) });
      return 'shared';
    } catch (error) {
      // Closing the share sheet is a choice, not a failure; anything else falls back to a download.
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is released.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
  return 'downloaded';
}
