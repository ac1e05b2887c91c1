import { useCallback, useEffect, useState } from 'react';

/** Whether the browser has promised not to clear this app's data when the device runs low on space. */
export type StoragePersistence = 'checking' | 'persisted' | 'not-persisted' | 'unsupported';

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && 'storage' in navigator ? navigator.storage : undefined;
}

/** Asks for persistent storage (browsers may grant it silently, prompt, or refuse). */
export async function requestPersistentStorage(): Promise<StoragePersistence> {
  const storage = storageManager();
  if (!storage?.persist) return 'unsupported';
  try {
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

async function readPersistence(): Promise<StoragePersistence> {
  const storage = storageManager();
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

/** The current persistence state, and a way to ask again from the More screen. */
export function usePersistentStorage() {
  const [state, setState] = useState<StoragePersistence>('checking');
  useEffect(() => {
    let live = true;
    void readPersistence().then((value) => {
      if (live) setState(value);
    });
    return () => {
      live = false;
    };
  }, []);
  const askAgain = useCallback(async () => {
    setState(await requestPersistentStorage());
  }, []);
  return { state, askAgain };
}
