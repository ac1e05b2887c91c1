// Counts the records IndexedDB hands back while `work` runs (values, not keys or counts), so a
// test can prove a query reads an index range instead of a whole table, without timing anything.
import { vi } from 'vitest';

type Reader = { prototype: object };

function countResults(owner: Reader, method: string, add: (n: number) => void) {
  const proto = owner.prototype as Record<string, (...args: unknown[]) => IDBRequest>;
  const original = proto[method];
  if (!original) throw new Error(`IndexedDB has no ${method}`);
  return vi.spyOn(proto, method).mockImplementation(function (this: unknown, ...args: unknown[]) {
    const request = original.apply(this, args);
    request.addEventListener('success', () => {
      const { result } = request as IDBRequest<unknown>;
      if (Array.isArray(result)) add(result.length);
      else if (result !== undefined && result !== null) add(1);
    });
    return request;
  });
}

/** Runs `work` and returns how many records (values) it read from IndexedDB. */
export async function recordsRead(work: () => Promise<unknown>): Promise<number> {
  let read = 0;
  const add = (n: number) => {
    read += n;
  };
  const spies = [
    countResults(IDBObjectStore, 'get', add),
    countResults(IDBObjectStore, 'getAll', add),
    countResults(IDBIndex, 'get', add),
    countResults(IDBIndex, 'getAll', add),
    countResults(IDBObjectStore, 'openCursor', add),
    countResults(IDBIndex, 'openCursor', add),
  ];
  // A cursor's request fires success once per record: openCursor's spy counts every step.
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return read;
}
